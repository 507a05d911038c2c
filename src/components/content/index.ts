/**
 * The components a content body may use, handed to MDX by the pages as
 * `<Content components={contentComponents} />`; bodies cannot import anything themselves.
 * The names are the fixed list in src/lib/content/mdx-rules.ts.
 */
import type { ContentComponentName } from '../../lib/content/mdx-rules.ts';
import Note from './Note.astro';

export const contentComponents: Record<ContentComponentName, unknown> = { Note };
