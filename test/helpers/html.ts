/** Reading built pages. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses a built page by its URL path, such as /en/studios/zhao-pengda/. */
export function page(dist: string, urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  return parse(readFileSync(file, 'utf8'));
}

/** Every HTML file of a build, as URL paths. */
export function htmlPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.html'))
        out.push(`/${relative(dist, path).replace(/index\.html$/, '')}`);
    }
  };
  walk(dist);
  return out.sort();
}

/** Text of an element with whitespace collapsed. */
export const textOf = (element: HTMLElement | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
