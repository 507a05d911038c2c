/** Reading built XML files (feeds, sitemaps) with a conforming XML parser (saxes). */
import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

/** Parses an XML file; every well-formedness error (a forbidden character, a broken tag) is listed in `errors`. */
export function parseXmlFile(file: string): { root: XmlElement | undefined; errors: string[] } {
  const errors: string[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    if (stack.length) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (text) => stack.length && (stack.at(-1)!.text += text));
  parser.write(readFileSync(file, 'utf8')).close();
  return { root, errors };
}

/** Parses an XML file that must be well-formed. */
export function readXml(file: string): XmlElement {
  const { root, errors } = parseXmlFile(file);
  if (errors.length || !root)
    throw new Error(`${file} is not well-formed XML:\n${errors.join('\n')}`);
  return root;
}

/** Every element of that name under an element, in document order. */
export const descendants = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...descendants(child, name),
  ]);
