/**
 * MDX bodies rendered to HTML by the content loader, as Markdown bodies are, instead of each being
 * compiled into a JavaScript module when a page renders it (the @astrojs/mdx integration, no longer
 * used). Bodies hold no code (src/lib/content/mdx-rules.ts), so a module gave them nothing, and
 * compiling and bundling 1,000 of them cost every build about 12 s, a rebuild after one edit too
 * (docs/performance.md).
 *
 * The pipeline is the site's Markdown one (astro.config.mjs: code refused, images contained, HTML
 * sanitized, components as their HTML), parsed with the MDX parser the validator uses (remark-mdx),
 * so that a body means what MDX means by it: JSX elements, no indented code, `{/* comments *\/}`.
 */
import { isUnifiedProcessor, unified } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';

type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
type Renderer = Awaited<ReturnType<ReturnType<typeof unified>['createRenderer']>>;

/** MDX's own nodes, carried into the HTML tree: the rehype plugins turn JSX into elements, and rehype-sanitize drops the rest. */
const MDX_NODES = [
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
];

interface Node {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const isBlank = (node: Node) => node.type === 'text' && /^[\t\r\n ]*$/.test(node.value ?? '');

/**
 * As MDX does: a paragraph holding only JSX elements (and comments, and white space) is not a
 * paragraph; its elements stand as blocks (`<div>…</div>` on a line of its own is no `<p>`).
 */
function remarkUnwrapJsxParagraphs() {
  return (tree: Node) => {
    visit(tree as never, 'paragraph', (node: Node, index, parent: Node | undefined) => {
      if (!parent || index === undefined) return;
      const children = node.children ?? [];
      const jsx = children.filter((child) => !isBlank(child));
      if (jsx.length === 0) return;
      if (
        !jsx.every(
          (child) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression',
        )
      )
        return;
      for (const child of jsx)
        child.type = child.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression';
      parent.children = parent
        .children!.slice(0, index)
        .concat(jsx, parent.children!.slice(index + 1));
      return index;
    });
  };
}

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * As MDX writes tables: a column's alignment as a style (HTML has dropped `align`), and no white
 * space between a table's rows and cells. After rehype-sanitize, which allows no style attribute
 * (and lets `align` hold any text: only the four keywords become a style).
 */
function rehypeMdxTables() {
  return (tree: Node) => {
    visit(tree as never, 'element', (node: Node) => {
      if (TABLE_PARTS.has(node.tagName ?? ''))
        node.children = (node.children ?? []).filter((child) => !isBlank(child));
      const align = node.properties?.align;
      // Only a keyword: `align` is any text written in a body, and a style is CSS.
      if (
        (node.tagName === 'td' || node.tagName === 'th') &&
        typeof align === 'string' &&
        /^(left|right|center|justify)$/.test(align)
      ) {
        delete node.properties!.align;
        node.properties!.style = `text-align:${align}`;
      }
    });
  };
}

let renderer: Promise<Renderer> | undefined;

function mdxRenderer(config: AstroConfig): Promise<Renderer> {
  const site = config.markdown.processor;
  if (!isUnifiedProcessor(site))
    throw new Error('astro.config.mjs: markdown.processor must be unified() for MDX bodies');
  const { options } = site;
  renderer ??= unified({
    ...options,
    remarkPlugins: [remarkMdx, remarkUnwrapJsxParagraphs, ...options.remarkPlugins],
    rehypePlugins: [...options.rehypePlugins, rehypeMdxTables],
    remarkRehype: { ...options.remarkRehype, passThrough: MDX_NODES },
  }).createRenderer({
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
    gfm: config.markdown.gfm,
    smartypants: config.markdown.smartypants,
  });
  return renderer;
}

/** An MDX body as HTML, with the images it names for Astro to optimize (as `renderMarkdown` gives them). */
export async function renderMdx(
  config: AstroConfig,
  body: string,
  fileURL: URL,
): Promise<RenderedContent> {
  const { code, metadata } = await (await mdxRenderer(config)).render(body, { fileURL });
  return {
    html: code,
    metadata: {
      ...metadata,
      imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])],
    },
  };
}
