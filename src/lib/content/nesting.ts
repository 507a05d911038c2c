/**
 * How deeply content nests: a YAML value (arrays and maps in one another) or a body's tree (lists
 * in lists, quotes in quotes, emphasis in emphasis). Counted without recursion, so that content
 * nested thousands deep is measured and refused (MAX_NESTING_DEPTH) rather than crashing whatever
 * walks it recursively: the YAML reader, the check, Astro's Markdown and MDX pipeline.
 */
import { MAX_NESTING_DEPTH } from './content-limits.ts';
import type { Message } from './validation-messages.ts';

/** The first node found deeper than `limit` (its depth counts the root as 1), or undefined. */
function firstTooDeep<T>(root: T, children: (node: T) => T[], limit: number): T | undefined {
  const stack: Array<[T, number]> = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return node;
    for (const child of children(node)) stack.push([child, depth + 1]);
  }
  return undefined;
}

const valuesOf = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object'
      ? Object.values(value)
      : [];

/** Whether parsed YAML data nests deeper than MAX_NESTING_DEPTH (the file's top map is level 1). */
export const dataTooDeep = (data: unknown): boolean =>
  firstTooDeep(data, valuesOf, MAX_NESTING_DEPTH) !== undefined;

interface TreeNode {
  type?: string;
  value?: unknown;
  children?: TreeNode[];
  position?: { start?: { line?: number } };
}

const lineOf = (node: TreeNode) => node.position?.start?.line ?? 1;

/** Elements that never hold others (`<br>`), so that their tags open no level. */
const VOID_ELEMENT = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
const TAG = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*?(\/?)>/gi;

/**
 * Raw HTML of a Markdown body is one flat node per block in the tree, yet `<div>` in `<div>`
 * thousands deep is as deep for the pipeline once rehype-raw parses it: its open tags are counted
 * across the body, in order.
 */
function htmlTooDeep(tree: TreeNode): number | undefined {
  let open = 0;
  const stack: TreeNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html' && typeof node.value === 'string') {
      for (const [, closing, name, selfClosing] of node.value.matchAll(TAG)) {
        if (VOID_ELEMENT.test(name!) || selfClosing) continue;
        open = Math.max(0, open + (closing ? -1 : 1));
        if (open > MAX_NESTING_DEPTH) return lineOf(node);
      }
    }
    for (let i = (node.children ?? []).length - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
  return undefined;
}

/**
 * Whether a parsed body's tree nests deeper than MAX_NESTING_DEPTH: the 1-based line (in the body)
 * where it first does, else undefined.
 */
export function treeTooDeep(tree: unknown): number | undefined {
  const node = firstTooDeep(tree as TreeNode, (n) => n.children ?? [], MAX_NESTING_DEPTH);
  return node ? lineOf(node) : htmlTooDeep(tree as TreeNode);
}

/** What opens a level at the start of a line: a quote, a list item's marker, or two columns of indentation. */
const LINE_OPENERS = /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*/;

/**
 * The 1-based line of a body that opens more than MAX_NESTING_DEPTH levels at its start
 * (`> > > …`, `- - - …`, or deep indentation), else undefined. Read from the text, before any
 * parser: thousands of nested list items take the Markdown parser time that grows with their square.
 */
export function linesTooDeep(body: string): number | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const opening = LINE_OPENERS.exec(lines[i]!)![0];
    const markers = opening.replace(/[ \t]/g, '').replace(/\d{1,9}[.)]/g, '.').length;
    const indent = opening.replace(/\t/g, '    ').length - opening.replace(/[ \t]/g, '').length;
    if (markers + indent / 2 > MAX_NESTING_DEPTH) return i + 1;
  }
  return undefined;
}

/** The problem of content nested too deeply, in both languages. */
export const TOO_DEEP: Message = {
  en: `is nested more than ${MAX_NESTING_DEPTH} levels deep (lists in lists, quotes in quotes, or brackets in brackets); expected the few levels a real entry has`,
  zh: `嵌套超过 ${MAX_NESTING_DEPTH} 层（列表套列表、引用套引用或括号套括号）；实际条目只需几层`,
};
