/**
 * Content is data, never code. The Markdown/MDX bodies of documents, articles and report
 * narratives may use Markdown, plain HTML (sanitized, below) and the site's own components from a
 * fixed list, given to MDX by the pages, never imported. Anything MDX would run (import, export,
 * `{…}` expressions, attribute expressions, other components) is an error:
 * - `npm run check` and the build's validation report it per file and line (`checkBody`);
 * - the Astro pipeline itself refuses to compile it (`remarkRejectCode`), so a body that never
 *   went through the validator cannot run code on the build machine either.
 * Raw HTML is sanitized with rehype-sanitize against `SANITIZE_SCHEMA` in both pipelines.
 */
import { h } from 'hastscript';
import rehypeRaw from 'rehype-raw';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { BODY_PARSERS } from './body-files.ts';
import { treeTooDeep } from './nesting.ts';
import type { Message } from './validation-messages.ts';

/**
 * The components a body may use, by name; each renders
 * as the HTML of `COMPONENT_ELEMENTS` (below). Their attributes must be plain text (`type="warning"`).
 */
export const CONTENT_COMPONENTS = ['Note'] as const;
export type ContentComponentName = (typeof CONTENT_COMPONENTS)[number];

const ALLOWED_EN = `plain Markdown or HTML, and only these components: ${CONTENT_COMPONENTS.map((name) => `<${name}>`).join(', ')}, with plain-text attributes; no import, export or {…} (except {/* comments */})`;
const ALLOWED_ZH = `只能使用 Markdown、HTML 和以下组件：${CONTENT_COMPONENTS.map((name) => `<${name}>`).join('、')}（属性只能是纯文字）；不能使用 import、export 或 {…}（注释 {/* … */} 除外）`;

/** Something in a body that MDX would run, with its 1-based line in the body. */
export interface CodeFinding {
  line: number;
  message: Message;
}

interface Point {
  line?: number;
}
interface AnyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: AnyNode[];
  position?: { start?: Point };
  data?: unknown;
}

const snippet = (text: unknown) => {
  const first = String(text ?? '').trim().split('\n')[0]!;
  return first.length > 60 ? `${first.slice(0, 57)}...` : first;
};

const isComponentName = (name: string) => /^[A-Z]/.test(name) || /[.:]/.test(name);

/** An expression holding nothing but comments: its parsed program (estree, from the MDX parser) has no statements. */
const isCommentOnly = (node: AnyNode) => {
  const program = (node.data as { estree?: { body?: unknown[] } } | undefined)?.estree;
  return program !== undefined && Array.isArray(program.body) && program.body.length === 0;
};

/** Every node of an MDX tree (mdast or hast) that would be code, in document order. */
export function findCode(tree: AnyNode): CodeFinding[] {
  const findings: CodeFinding[] = [];
  const add = (node: AnyNode, en: string, zh: string) =>
    findings.push({ line: node.position?.start?.line ?? 1, message: { en: `${en}; expected ${ALLOWED_EN}`, zh: `${zh}；${ALLOWED_ZH}` } });
  const walk = (node: AnyNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, `found "${snippet(node.value)}": import and export run code on the build machine`, `发现 "${snippet(node.value)}"：import 和 export 会在构建机器上运行代码`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* a comment */} is MDX's comment (npm run new writes them): no code, nothing rendered.
        if (isCommentOnly(node)) break;
        add(node, `found the expression {${snippet(node.value)}}: text in braces is code in MDX`, `发现表达式 {${snippet(node.value)}}：MDX 中花括号里的内容是代码`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name && isComponentName(name) && !(CONTENT_COMPONENTS as readonly string[]).includes(name)) {
          add(node, `found the component <${name}>, which the site does not provide`, `发现组件 <${name}>，本站不提供这个组件`);
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            add(node, `found the attribute expression {${snippet(attribute.value)}} on <${name}>`, `<${name}> 上有属性表达式 {${snippet(attribute.value)}}`);
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            const expression = (attribute.value as { value?: unknown }).value;
            add(node, `found ${attribute.name}={${snippet(expression)}} on <${name}>: an attribute in braces is code`, `<${name}> 的属性 ${attribute.name}={${snippet(expression)}} 是代码`);
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return findings;
}

export interface BodyCheck {
  /** The MDX syntax error, if the body does not parse. */
  syntax?: { line: number; message: string };
  /** The line where the body nests deeper than MAX_NESTING_DEPTH (its code is then not looked for). */
  tooDeep?: number;
  code: CodeFinding[];
  /** The parsed body (mdast), when it parsed and is not too deep: the image checks read it too. */
  tree?: unknown;
}


/** Parses an MDX body with the real MDX parser and lists what would be code. */
export function checkMdxBody(body: string, path?: string): BodyCheck {
  let tree: AnyNode;
  try {
    tree = BODY_PARSERS.mdx.parse(new VFile({ value: body, path })) as unknown as AnyNode;
  } catch (error) {
    if (error instanceof RangeError) return { tooDeep: 1, code: [] };
    const failure = error as { line?: number; reason?: string; message?: string };
    // The parser's own positions (4:1-4:7) count from the body, not the file: the line is given separately.
    const message = (failure.reason ?? failure.message ?? String(error)).replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    return { syntax: { line: failure.line ?? 1, message }, code: [] };
  }
  const tooDeep = treeTooDeep(tree);
  return tooDeep === undefined ? { code: findCode(tree), tree } : { tooDeep, code: [] };
}

/**
 * Remark plugin for the Astro pipeline: a body with code in it does not compile. It throws
 * before MDX turns the body into a module, so nothing in it is ever imported or run.
 */
export function remarkRejectCode() {
  return (tree: AnyNode, file: VFile) => {
    const findings = findCode(tree);
    if (findings.length === 0) return;
    const list = findings.map((finding) => `  line ${finding.line} of the body: ${finding.message.en}`).join('\n');
    const error = new Error(`${file.path}: content may not contain code (it would run on the build machine):\n${list}`);
    error.stack = error.message;
    throw error;
  };
}

/** Placeholder element a component travels as through rehype-sanitize (which keeps only known elements). */
const COMPONENT_TAG = 'studio-content-component';

/**
 * What HTML a body may contain: rehype-sanitize's GitHub-like default (no script, style, iframe,
 * form, meta, event handlers or `javascript:` URLs; the page's Content-Security-Policy keeps images
 * of other hosts from loading), and the placeholders of the site's components.
 */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((name) => name !== 'input'), COMPONENT_TAG],
  attributes: { ...defaultSchema.attributes, [COMPONENT_TAG]: ['dataComponent', 'dataFlow', 'dataAttributes'] },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style'],
};

interface HastElement {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: HastElement[];
  value?: unknown;
}

/** The plain-text attributes of a JSX element; expressions never get this far (remarkRejectCode). */
const literalAttributes = (node: HastElement): Record<string, string | true> =>
  Object.fromEntries(
    (node.attributes ?? [])
      .filter((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name && (attribute.value === null || typeof attribute.value === 'string'))
      .map((attribute) => [attribute.name!, attribute.value === null ? true : (attribute.value as string)]),
  );

/**
 * Rehype plugin: in MDX, HTML is written as JSX. Turns lowercase JSX elements into ordinary HTML
 * elements and the site's components into placeholders, so that rehype-sanitize judges them all.
 */
export function rehypeJsxToHtml() {
  return (tree: HastElement) => {
    visit(tree as never, (node: HastElement, index, parent: HastElement | undefined) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!parent || index === undefined) return;
      const name = node.name ?? '';
      const attributes = literalAttributes(node);
      let replacement: HastElement;
      if ((CONTENT_COMPONENTS as readonly string[]).includes(name)) {
        replacement = { type: 'element', tagName: COMPONENT_TAG, properties: { dataComponent: name, dataFlow: node.type === 'mdxJsxFlowElement' ? 'flow' : 'text', dataAttributes: JSON.stringify(attributes) }, children: node.children ?? [] };
      } else if (/^[a-z][a-z0-9-]*$/.test(name)) {
        replacement = { ...(h(name, attributes) as unknown as HastElement), children: node.children ?? [] };
      } else {
        // A fragment or an unknown name: keep only what is inside (concat, not splice(...children): a body may hold more
        // children than a call's arguments can).
        parent.children = parent.children!.slice(0, index).concat(node.children ?? [], parent.children!.slice(index + 1));
        return index;
      }
      parent.children![index] = replacement;
      return undefined;
    });
  };
}

/** Rehype plugin: parses raw HTML of Markdown bodies into elements (only when there is some), for rehype-sanitize. */
export function rehypeRawWhenPresent() {
  const parse = rehypeRaw();
  return (tree: HastElement, file: VFile) => {
    let hasRaw = false;
    visit(tree as never, 'raw', () => {
      hasRaw = true;
    });
    return hasRaw ? parse(tree as never, file) : undefined;
  };
}

/**
 * What each component renders, its children inside: bodies are rendered to HTML in the content
 * layer (src/data/mdx-html.ts), never compiled into modules, so a component is this element.
 */
const COMPONENT_ELEMENTS: Record<ContentComponentName, { tagName: string; properties: Record<string, unknown> }> = {
  Note: { tagName: 'aside', properties: { className: ['notice', 'content-note'], role: 'note' } },
};

/**
 * Rehype plugin: the sanitized placeholders become their components' HTML. A placeholder naming no
 * component (written as raw HTML in a body) keeps only what is inside.
 */
export function rehypeComponentsAsHtml() {
  return (tree: HastElement) => {
    visit(tree as never, 'element', (node: HastElement, index, parent: HastElement | undefined) => {
      if (node.tagName !== COMPONENT_TAG || !parent || index === undefined) return;
      const name = String(node.properties?.dataComponent ?? '');
      const element = Object.hasOwn(COMPONENT_ELEMENTS, name) ? COMPONENT_ELEMENTS[name as ContentComponentName] : undefined;
      if (element) {
        node.tagName = element.tagName;
        node.properties = structuredClone(element.properties);
        return undefined;
      }
      parent.children = parent.children!.slice(0, index).concat(node.children ?? [], parent.children!.slice(index + 1));
      return index;
    });
  };
}
