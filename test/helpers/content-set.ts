/** Content made in a test, without files: each entry parsed by its collection's schema, as the validator does. */
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/collections.ts';
import type { ContentSet } from '../../src/lib/content/types.ts';

/** A content set from plain objects, each parsed by its collection's schema as the validator does. */
export function contentOf(
  entries: Partial<Record<CollectionName, Record<string, unknown>>>,
): ContentSet {
  const content = Object.fromEntries(
    Object.keys(COLLECTIONS).map((name) => [name, []]),
  ) as unknown as Record<CollectionName, unknown[]>;
  const all = {
    settings: {
      site: {
        siteName: '站点',
        tagline: '副题',
        description: '说明',
        publisher: 'ftu',
        navigation: [{ path: '/studios/', label: '工作室' }],
      },
    },
    ...entries,
  };
  for (const [name, byId] of Object.entries(all) as Array<
    [CollectionName, Record<string, unknown>]
  >) {
    content[name] = Object.entries(byId).map(([id, data]) => ({
      id,
      file: `${name}/${id}`,
      data: COLLECTIONS[name].schema.parse(data),
    }));
  }
  return content as unknown as ContentSet;
}

/** A naming decision of the federation (issuer `ftu`) on `date`, naming `named`, as content made in a test. */
export const namingDecision = (date: string, named: object[], extra: object = {}) => ({
  type: 'naming-decision',
  issuer: 'ftu',
  date,
  title: '关于命名的决定',
  named,
  ...extra,
});
