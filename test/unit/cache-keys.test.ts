/**
 * Incremental-build keys of document pages: a page's key changes when anything its lists show
 * changes, for every kind of list (named, 公示, commended, assessed), on content made in the test.
 */
import { describe, expect, it } from 'vitest';
import { documentPageKey } from '../../src/lib/cache-keys.ts';
import { buildModel } from '../../src/lib/model.ts';
import { contentOf } from '../helpers/content-set.ts';

const notice = { issuer: 'ftu', date: '2023-12', title: '通知' };
const documents = {
  named: { ...notice, type: 'naming-decision', named: [{ studio: 'a', level: 'municipal' }] },
  selected: { ...notice, type: 'selection-notice', selected: [{ studio: 'a', level: 'municipal' }] },
  commended: { ...notice, type: 'commendation', commended: [{ studio: 'a', level: 'municipal', funding: 2 }] },
  assessed: { ...notice, type: 'assessment-notice', cycle: '2021—2023', results: [{ studio: 'a', grade: 'good' }] },
};
const keysWith = (title: string, employerLevel: string) =>
  buildModel(
    contentOf({
      organisations: { ftu: { name: '某市总工会' }, co: { name: '某公司', level: employerLevel } },
      studios: { a: { title, employer: 'co' } },
      documents,
    }),
    '2026-11-26',
  );

describe('document page keys', () => {
  const before = keysWith('甲创新工作室', 'enterprise');
  it.each(Object.keys(documents))('change for a %s list when a listed studio is renamed or its employer changes', (id) => {
    const key = documentPageKey(before, id, []);
    expect(documentPageKey(keysWith('甲劳模创新工作室', 'enterprise'), id, [])).not.toBe(key);
    expect(documentPageKey(keysWith('甲创新工作室', 'municipal'), id, [])).not.toBe(key);
    expect(documentPageKey(keysWith('甲创新工作室', 'enterprise'), id, [])).toBe(key);
  });
});
