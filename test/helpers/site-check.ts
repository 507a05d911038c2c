/**
 * A check over a whole built site: broken internal links and #anchors, duplicate ids, resources
 * from other hosts, the number of h1 elements, and the lang attribute. Returns every problem.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlPages } from './html.ts';

export interface SiteProblem {
  page: string;
  problem: string;
}

const RESOURCE_SELECTORS: Array<[string, string]> = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['object[data]', 'data'],
  ['link[rel~="stylesheet"]', 'href'],
  ['link[rel~="icon"]', 'href'],
  ['link[rel~="preload"]', 'href'],
  ['link[rel~="modulepreload"]', 'href'],
];

/** The file a site path is served from, or undefined. */
function fileFor(dist: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(dist, decoded, 'index.html')]
    : [join(dist, decoded), join(dist, decoded, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function checkSite(dist: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const pages = htmlPages(dist);
  const parsed = new Map<string, HTMLElement>();
  const idsOf = new Map<string, Set<string>>();
  const load = (file: string) => {
    if (!parsed.has(file)) parsed.set(file, parse(readFileSync(file, 'utf8')));
    return parsed.get(file)!;
  };
  const ids = (file: string) => {
    if (!idsOf.has(file))
      idsOf.set(
        file,
        new Set(
          load(file)
            .querySelectorAll('[id]')
            .map((el) => el.id),
        ),
      );
    return idsOf.get(file)!;
  };

  for (const path of pages) {
    const file = fileFor(dist, path)!;
    const root = load(file);
    const add = (problem: string) => problems.push({ page: path, problem });

    const lang = root.querySelector('html')?.getAttribute('lang');
    if (!lang) add('the html element has no lang attribute');
    const h1s = root.querySelectorAll('h1').length;
    if (h1s !== 1) add(`has ${h1s} h1 elements; expected exactly one`);

    const seen = new Set<string>();
    for (const el of root.querySelectorAll('[id]')) {
      if (seen.has(el.id)) add(`duplicate id "${el.id}"`);
      seen.add(el.id);
    }

    for (const [selector, attribute] of RESOURCE_SELECTORS) {
      for (const el of root.querySelectorAll(selector)) {
        const value = el.getAttribute(attribute) ?? '';
        if (/^(https?:)?\/\//i.test(value)) add(`loads ${value} from another host (${selector})`);
      }
    }

    const base = new URL(path, 'http://site.local');
    for (const el of root.querySelectorAll(
      'a[href], link[href], script[src], img[src], form[action]',
    )) {
      const raw =
        el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      if (/^(mailto|tel|data):/i.test(raw)) continue;
      if (/^(https?:)?\/\//i.test(raw) && new URL(raw, base).host !== base.host) continue;
      if (
        el.tagName === 'LINK' &&
        /canonical|alternate/.test(el.getAttribute('rel') ?? '') &&
        /^https?:/i.test(raw)
      )
        continue;
      const url = new URL(raw, base);
      const target = fileFor(dist, url.pathname);
      if (!target) {
        add(`links to ${url.pathname}, which does not exist`);
        continue;
      }
      if (
        url.hash &&
        target.endsWith('.html') &&
        !ids(target).has(decodeURIComponent(url.hash.slice(1)))
      ) {
        add(`links to ${url.pathname}${url.hash}, but that page has no element with that id`);
      }
    }
  }
  return problems;
}
