/**
 * A page's incremental-build key is the digest of its view (src/lib/views/key.ts). Here, on content
 * made in the test: a document page's key changes with everything the page shows about other
 * entries (a listed studio's title, its employer's name, the issuer's level shown as the search
 * filter) for every kind of list, and stays the same when nothing it shows changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { documentView } from '../../src/lib/views/document.ts';
import { viewKey } from '../../src/lib/views/key.ts';
import { PAGE_ROUTES } from '../../src/lib/views/routes.ts';
import { contentOf } from '../helpers/content-set.ts';

const notice = { issuer: 'ftu', date: '2023-12', title: '通知' };
const documents = {
  named: { ...notice, type: 'naming-decision', named: [{ studio: 'a', level: 'municipal' }] },
  selected: {
    ...notice,
    type: 'selection-notice',
    selected: [{ studio: 'a', level: 'municipal' }],
  },
  commended: {
    ...notice,
    type: 'commendation',
    commended: [{ studio: 'a', level: 'municipal', funding: 2 }],
  },
  assessed: {
    ...notice,
    type: 'assessment-notice',
    cycle: '2021—2023',
    results: [{ studio: 'a', grade: 'good' }],
  },
};
const base = {
  title: '甲创新工作室',
  employer: '某公司',
  issuerLevel: 'municipal',
  unrelated: '乙创新工作室',
};
function keyOf(id: string, change: Partial<typeof base> = {}): string {
  const facts = { ...base, ...change };
  const model = buildModel(
    contentOf({
      organisations: {
        ftu: { name: '某市总工会', level: facts.issuerLevel },
        co: { name: facts.employer },
      },
      studios: { a: { title: facts.title, employer: 'co' }, b: { title: facts.unrelated } },
      documents,
    }),
    '2026-11-26',
  );
  return viewKey(documentView(model, 'zh', id));
}

describe('document page keys', () => {
  it.each(Object.keys(documents))(
    'of a %s list change with what the page shows of other entries, and only with that',
    (id) => {
      const key = keyOf(id);
      expect(keyOf(id, { title: '甲劳模创新工作室' })).not.toBe(key);
      expect(keyOf(id, { employer: '某某公司' })).not.toBe(key);
      // The issuer's level is shown as the page's search filter (the key once hashed only the issuer's names).
      expect(keyOf(id, { issuerLevel: 'provincial' })).not.toBe(key);
      expect(keyOf(id, { unrelated: '丙创新工作室' })).toBe(key);
      expect(keyOf(id)).toBe(key);
    },
  );
});

describe('view keys', () => {
  it('refuse what would hide a value from the digest', () => {
    expect(() => viewKey({ name: () => 'x' })).toThrow(/plain data only; name is a function/);
    expect(() => viewKey({ names: new Map([['a', 'b']]) })).toThrow(/names is a Map/);
    expect(viewKey({ a: 1, b: ['x'] })).toBe(viewKey({ a: 1, b: ['x'] }));
    expect(viewKey({ a: 1 })).not.toBe(viewKey({ a: 2 }));
  });
});

describe('pages and components', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const pagesDir = join(root, 'src/pages/[...lang]');
  const pageFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? pageFiles(join(dir, entry.name))
        : entry.name.endsWith('.astro')
          ? [join(dir, entry.name)]
          : [],
    );

  it('every page type has its views in src/lib/views/routes.ts and takes its static paths from there', () => {
    const routes = pageFiles(pagesDir).map((file) =>
      relative(pagesDir, file).replace(/\.astro$/, ''),
    );
    expect(routes.toSorted()).toEqual(Object.keys(PAGE_ROUTES).toSorted());
    for (const route of routes)
      expect(readFileSync(join(pagesDir, `${route}.astro`), 'utf8'), route).toContain(
        `routePaths('${route}', model, images)`,
      );
  });

  it('render their view: outside getStaticPaths a page asks the site only for the MDX bodies it renders, and components never', () => {
    for (const file of pageFiles(pagesDir)) {
      const source = readFileSync(file, 'utf8');
      const outside = source
        .replace(/export async function getStaticPaths\(\) \{[\s\S]*?\n\}\n/, '')
        .replace(/^import .*$/gm, '');
      for (const use of outside.matchAll(/const (.*) = await loadSite\(\)/g))
        expect(use[1], relative(root, file)).toBe('{ renderable }');
      expect(outside, relative(root, file)).not.toMatch(/\bmodel\b/);
    }
    for (const name of readdirSync(join(root, 'src/components')).filter((file) =>
      file.endsWith('.astro'),
    )) {
      expect(readFileSync(join(root, 'src/components', name), 'utf8'), name).not.toContain(
        'loadSite',
      );
    }
  });
});
