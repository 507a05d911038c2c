/**
 * A page's incremental-build key is the digest of its view (src/lib/views/key.ts). Here, on content
 * made in the test: a document page's key changes with everything the page shows about other
 * entries (a listed studio's title, its employer's name, the issuer's level shown as the search
 * filter) for every kind of list, and stays the same when nothing it shows changes.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model.ts';
import { documentView } from '../../src/lib/views/document.ts';
import { viewKey } from '../../src/lib/views/key.ts';
import { contentOf } from '../helpers/content-set.ts';

const notice = { issuer: 'ftu', date: '2023-12', title: '通知' };
const documents = {
  named: { ...notice, type: 'naming-decision', named: [{ studio: 'a', level: 'municipal' }] },
  selected: { ...notice, type: 'selection-notice', selected: [{ studio: 'a', level: 'municipal' }] },
  commended: { ...notice, type: 'commendation', commended: [{ studio: 'a', level: 'municipal', funding: 2 }] },
  assessed: { ...notice, type: 'assessment-notice', cycle: '2021—2023', results: [{ studio: 'a', grade: 'good' }] },
};
const base = { title: '甲创新工作室', employer: '某公司', issuerLevel: 'municipal', unrelated: '乙创新工作室' };
function keyOf(id: string, change: Partial<typeof base> = {}): string {
  const facts = { ...base, ...change };
  const model = buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会', level: facts.issuerLevel }, co: { name: facts.employer } },
      studios: { a: { title: facts.title, employer: 'co' }, b: { title: facts.unrelated } },
      documents,
    }),
    '2026-11-26',
  );
  return viewKey(documentView(model, 'zh', id));
}

describe('document page keys', () => {
  it.each(Object.keys(documents))('of a %s list change with what the page shows of other entries, and only with that', (id) => {
    const key = keyOf(id);
    expect(keyOf(id, { title: '甲劳模创新工作室' })).not.toBe(key);
    expect(keyOf(id, { employer: '某某公司' })).not.toBe(key);
    // The issuer's level is shown as the page's search filter (the key once hashed only the issuer's names).
    expect(keyOf(id, { issuerLevel: 'provincial' })).not.toBe(key);
    expect(keyOf(id, { unrelated: '丙创新工作室' })).toBe(key);
    expect(keyOf(id)).toBe(key);
  });
});

describe('view keys', () => {
  it('refuse what would hide a value from the digest', () => {
    expect(() => viewKey({ name: () => 'x' })).toThrow(/plain data only; name is a function/);
    expect(() => viewKey({ names: new Map([['a', 'b']]) })).toThrow(/names is a Map/);
    expect(viewKey({ a: 1, b: ['x'] })).toBe(viewKey({ a: 1, b: ['x'] }));
    expect(viewKey({ a: 1 })).not.toBe(viewKey({ a: 2 }));
  });
});
