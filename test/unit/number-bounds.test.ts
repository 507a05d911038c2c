/**
 * Numbers and web addresses an editor writes: every number field has bounds (a count is a whole
 * number held exactly, money is at most 10⁹ 万元, nothing is negative that cannot be), every web
 * address is http or https, and a figure is shown with every digit it was given. Read through the
 * real validator (the project's YAML reader, then the schemas) on a copy of the sample content.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content/collections.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatNumber, formatQuantity } from '../../src/lib/site/format.ts';
import { ROOT } from '../helpers/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'studio-number-bounds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  format?: string;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every schema below `schema` with the path of the field that holds it (a.b[].c). */
function walk(
  schema: z.ZodType,
  path: string,
  found: [string, z.ZodType][] = [],
): [string, z.ZodType][] {
  found.push([path, schema]);
  const def = defOf(schema);
  if (def.innerType) walk(def.innerType, path, found);
  if (def.type === 'pipe' && def.in) walk(def.in, path, found);
  if (def.element) walk(def.element, `${path}[]`, found);
  for (const option of def.options ?? []) walk(option, path, found);
  for (const [key, field] of Object.entries(def.shape ?? {}))
    walk(field, path ? `${path}.${key}` : key, found);
  return found;
}
const everyField = Object.entries(COLLECTIONS).flatMap(([name, { schema }]) =>
  walk(schema, '').map(([path, field]) => [`${name}: ${path}`, field] as const),
);

describe('every number field of every collection', () => {
  const numbers = everyField.filter(([, field]) => defOf(field).type === 'number');
  it('is found (counts, money, areas, years, chart values, scores)', () => {
    expect(numbers.length).toBeGreaterThan(25);
  });
  it.each(numbers)(
    '%s refuses 1e308, -1e308 and 9007199254740992 (what YAML makes of …993)',
    (_where, field) => {
      for (const value of [1e308, -1e308, Number('9007199254740993')])
        expect(field.safeParse(value).success, String(value)).toBe(false);
    },
  );
});

describe('every web address field of every collection', () => {
  const addresses = everyField.filter(
    ([path, field]) =>
      defOf(field).format === 'url' || /(url|website|link|href|homepage)$/i.test(path),
  );
  it('is found (sources of documents, designations, awards …; an organisation’s website)', () => {
    expect(addresses.map(([where]) => where)).toEqual(
      expect.arrayContaining(['organisations: website', 'documents: sources[].url']),
    );
  });
  it.each(addresses)('%s takes http and https only', (_where, field) => {
    for (const refused of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ])
      expect(field.safeParse(refused).success, refused).toBe(false);
    expect(field.safeParse('https://www.jzgh.org.cn/news/2022/0615.html').success).toBe(true);
  });
});

describe('hostile numbers in content files', () => {
  /** The sample content with one figures file and one studio changed as a hostile editor would. */
  function hostileCopy(): string {
    const dir = mkdtempSync(join(scratch, 'content-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const figures = join(dir, 'figures/chen-lei.yaml');
    const text = readFileSync(figures, 'utf8');
    writeFileSync(
      figures,
      text
        .replace('  benefit: 52.9\n', '  benefit: 1e308\n')
        .replace('  trained: 88\n', '  trained: 9007199254740993\n')
        .replace('  innovations: 6\n', '  innovations: 2.5\n')
        .replace('  breakthroughs: 2\n', '  breakthroughs: -1\n'),
    );
    const studio = join(dir, 'studios/sun-jianguo.yaml');
    writeFileSync(
      studio,
      readFileSync(studio, 'utf8').replace('siteArea: 220\n', 'siteArea: 1e12\n'),
    );
    return dir;
  }

  it('are each refused with the file, the field and what is expected; the sample itself passes', () => {
    expect(validateContent(join(ROOT, 'content')).problems).toEqual([]);
    const { problems } = validateContent(hostileCopy());
    const about = (file: string, field: string) =>
      problems.find((problem) => problem.file.endsWith(file) && problem.field === field)?.message
        .en;
    expect(about('figures/chen-lei.yaml', 'periods[0].benefit')).toMatch(
      /found 1e\+308; expected at most 1000000000 万元/,
    );
    expect(about('figures/chen-lei.yaml', 'periods[0].trained')).toMatch(
      /too large to be kept exactly \(at most 9007199254740991/,
    );
    expect(about('figures/chen-lei.yaml', 'periods[0].innovations')).toMatch(
      /found 2\.5; a count is a whole number/,
    );
    expect(about('figures/chen-lei.yaml', 'periods[0].breakthroughs')).toMatch(
      /found -1; expected at least 0/,
    );
    expect(about('studios/sun-jianguo.yaml', 'siteArea')).toMatch(
      /expected at most 10000000 square metres/,
    );
    expect(problems.find((problem) => problem.field === 'periods[0].benefit')?.message.zh).toMatch(
      /金额最多为 1000000000 万元/,
    );
  });
});

describe('figures as shown', () => {
  it('keep every digit they were given: never 约0, never rounded to three decimals', () => {
    expect(formatQuantity('zh', { value: 0.0000001, qualifier: 'about' })).toBe('约0.0000001');
    expect(formatQuantity('en', { value: 0.0000001, qualifier: 'exact' })).toBe('0.0000001');
    expect(formatNumber('zh', 1234.5678)).toBe('1,234.5678');
    expect(formatNumber('en', 9007199254740991)).toBe('9,007,199,254,740,991');
    expect(formatNumber('zh', 1e9)).toBe('1,000,000,000');
    // A sum of stated figures is shown as the figures add up, without the noise of binary fractions.
    expect(formatNumber('en', 0.1 + 0.2)).toBe('0.3');
  });
});
