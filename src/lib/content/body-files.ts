/**
 * Images in Markdown and MDX bodies follow the rule of every file content names (named-files.ts):
 * inside the content folder, present, within the size limit, a picture by its bytes (never SVG).
 * An image from another host, or a `data:` address, is refused: no page asks another host for
 * anything, and the site publishes only files it checked. An HTML `<img>` is refused too: the site
 * publishes only images written as Markdown (`![alt](images/photo.jpg)`), so its file would be missing.
 * - `npm run check` and the build's validation report each with its file and line (`checkBodyImages`);
 * - the Astro pipeline refuses the same (`remarkContainedImages`) before the bundler looks for the
 *   file, so a body that never went through the validator cannot publish a file of the build machine.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { namedFileProblems } from './named-files.ts';
import type { Message } from './validation-messages.ts';

/** An image a body names, with its 1-based line in the body. */
export interface BodyImage {
  url: string;
  line: number;
  /** Written as an HTML (or JSX) <img> rather than Markdown. */
  html: boolean;
}

interface AnyNode {
  type: string;
  url?: string;
  identifier?: string;
  name?: string | null;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start?: { line?: number } };
  children?: AnyNode[];
}

/**
 * The one Markdown and one MDX parser of the checks: each body is parsed once (checkBody) and its
 * tree shared. With GitHub's extensions, as Astro reads bodies: a link definition inside a footnote
 * is one to Astro, so it must be one to the checks.
 */
export const BODY_PARSERS = {
  md: createProcessor({ format: 'md', remarkPlugins: [remarkGfm] }),
  mdx: createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }),
};
const lineOf = (node: AnyNode) => node.position?.start?.line ?? 1;

/** The <img> elements of a piece of raw HTML (a comment or text that only looks like one is not an image). */
function htmlImages(node: AnyNode): BodyImage[] {
  const tree = rehypeRaw()({ type: 'root', children: [{ type: 'raw', value: node.value ?? '' }] } as never, new VFile()) as unknown as AnyNode;
  const found: BodyImage[] = [];
  visit(tree as never, 'element', (element: AnyNode) => {
    if (element.tagName === 'img') found.push({ url: String(element.properties?.src ?? ''), line: lineOf(node), html: true });
  });
  return found;
}

/**
 * Every image of a parsed body (mdast, from Markdown or MDX), in document order. An image by
 * reference is each definition of its label: Markdown takes the first of two, a tool may take the
 * last, so every one must pass (a harmless second definition must not clear the first).
 */
export function imagesOf(tree: AnyNode): BodyImage[] {
  const definitions = new Map<string, string[]>();
  visit(tree as never, 'definition', (node: AnyNode) => {
    const label = node.identifier ?? '';
    definitions.set(label, [...(definitions.get(label) ?? []), node.url ?? '']);
  });
  const images: BodyImage[] = [];
  visit(tree as never, (node: AnyNode) => {
    if (node.type === 'image') images.push({ url: node.url ?? '', line: lineOf(node), html: false });
    else if (node.type === 'imageReference')
      for (const url of definitions.get(node.identifier ?? '') ?? []) images.push({ url, line: lineOf(node), html: false });
    else if (node.type === 'html') images.push(...htmlImages(node));
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const src = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'src')?.value;
      images.push({ url: typeof src === 'string' ? src : '', line: lineOf(node), html: true });
    }
  });
  return images;
}

const ALLOWED = { en: 'expected an image written as ![alt](images/photo.jpg), its file beside the entry in the content folder', zh: '应写为 ![说明](images/photo.jpg)，图片文件放在内容目录中本条目旁边' };

/** What is wrong with one image of a body in the entry file `entryFile`, under the content folder `root`. */
export function bodyImageProblems(root: string, entryFile: string, image: BodyImage): Message[] {
  if (image.html) {
    return [{ en: `found an HTML <img> ("${image.url}"), which the site does not publish; ${ALLOWED.en}`, zh: `发现 HTML 图片 <img>（"${image.url}"），网站不会发布它；${ALLOWED.zh}` }];
  }
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.url)) {
    return [
      {
        en: `found the image "${image.url.slice(0, 80)}" from another host or a data: address; the site asks no other host for anything: ${ALLOWED.en}`,
        zh: `图片 "${image.url.slice(0, 80)}" 来自其他网站或是 data: 地址；本站不向其他网站请求任何内容：${ALLOWED.zh}`,
      },
    ];
  }
  if (image.url.trim() === '') return [{ en: `found an image that names no file; ${ALLOWED.en}`, zh: `图片没有填写文件；${ALLOWED.zh}` }];
  let path = image.url;
  try {
    path = decodeURI(image.url);
  } catch {
    // A broken %-escape: the path as written, reported as missing below.
  }
  return namedFileProblems(root, entryFile, path, true);
}

/** Reports every problem of every image of a body (imagesOf its tree), at its line in the file. */
export function checkBodyImages(root: string, entryFile: string, images: BodyImage[], bodyLine: number, report: (field: string, message: Message, line?: number) => void): void {
  for (const image of images) {
    for (const problem of bodyImageProblems(root, entryFile, image)) report('(body)', problem, bodyLine + image.line - 1);
  }
}

/**
 * Each image's path written as relative to the entry (`./images/photo.jpg`): Astro imports a body's
 * images by these paths, and the bundler reads `images/photo.jpg` as the name of a package, which
 * it may or may not then find beside the entry (a build of a folder failed so, another passed).
 */
function explicitlyRelative(tree: AnyNode): void {
  const relative = (url: string) => (/^\.{1,2}\//.test(url) ? url : `./${url}`);
  const referenced = new Set<string>();
  visit(tree as never, (node: AnyNode) => {
    if (node.type === 'image') node.url = relative(node.url ?? '');
    else if (node.type === 'imageReference') referenced.add(node.identifier ?? '');
  });
  visit(tree as never, 'definition', (node: AnyNode) => {
    if (referenced.has(node.identifier ?? '')) node.url = relative(node.url ?? '');
  });
}

/**
 * Remark plugin for the Astro pipeline: a body in the content folder `root` whose images break the
 * rule does not compile. It throws before Astro resolves the images, so no file outside the folder,
 * no SVG and no missing file ever reaches the bundler.
 */
export function remarkContainedImages(options: { root: string }) {
  const root = resolve(options.root);
  return (tree: AnyNode, file: VFile) => {
    if (!file.path) return;
    const inContent = relative(root, resolve(file.path));
    if (inContent.startsWith('..') || isAbsolute(inContent)) return; // the site's own pages, not content
    const problems = imagesOf(tree).flatMap((image) => bodyImageProblems(root, file.path, image).map((problem) => `  line ${image.line} of the body: ${problem.en}`));
    if (problems.length === 0) return void explicitlyRelative(tree);
    const error = new Error(`${file.path}: an image of the body cannot be published:\n${problems.join('\n')}`);
    error.stack = error.message;
    throw error;
  };
}
