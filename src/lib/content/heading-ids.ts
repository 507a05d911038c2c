/**
 * The ids of a body's headings, prefixed as rehype-sanitize prefixes the ids of its raw HTML
 * (`user-content-`): a heading written "## key-figures" in a report's narrative would otherwise
 * take the id of the page's own section, and the page's contents and aria-labelledby would lead
 * to it. Astro gives headings their ids after every configured plugin and keeps an id it finds,
 * so this plugin gives them first, with Astro's own slugs, and prefixes them.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The prefix of every id a body gives (rehype-sanitize's clobberPrefix). */
export const BODY_ID_PREFIX = 'user-content-';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
}

/** Rehype plugin, after rehype-sanitize: every heading of a body has an id that starts with BODY_ID_PREFIX. */
export function rehypeBodyHeadingIds() {
  // Astro's own plugin (a unified transformer: the tree and the file).
  const slugs = rehypeHeadingIds() as unknown as (tree: unknown, file: VFile) => void;
  return (tree: HastNode, file: VFile) => {
    slugs(tree, file);
    visit(tree as never, 'element', (node: HastNode) => {
      const id = node.properties?.id;
      if (!/^h[1-6]$/.test(node.tagName ?? '') || typeof id !== 'string') return;
      if (!id.startsWith(BODY_ID_PREFIX)) node.properties!.id = `${BODY_ID_PREFIX}${id}`;
    });
  };
}
