/** The site model on a small archive made in the test (test/helpers/small-archive.ts), never the sample content. */
import { describe, expect, it } from 'vitest';
import { studioYears, programmeYear } from '../../src/lib/figures/yearly-figures.ts';
import { formatDate, formatQuantity } from '../../src/lib/site/format.ts';
import { activeDesignations, buildModel, highestLevel } from '../../src/lib/model/model.ts';
import { sumQuantities } from '../../src/lib/model/quantity.ts';
import { studiosByTier } from '../../src/lib/model/stats.ts';
import { levelTier } from '../../src/lib/model/levels.ts';
import { contentOf } from '../helpers/content-set.ts';
import { RAW, smallArchive } from '../helpers/small-archive.ts';

const model = buildModel(smallArchive(), '2026-01-15');

describe('designations derived from the documents', () => {
  it('gives the Zhao Pengda studio its municipal naming of 2021-12-07 and its provincial naming of 2024', () => {
    const list = model.designationsByStudio.get('zhao-pengda')!;
    expect(list.map((d) => [d.date?.value, d.level, d.documentId])).toEqual([
      ['2021-12-07', 'municipal', 'jz-2021-31'],
      ['2024-10-22', 'provincial', 'ln-2024-21'],
    ]);
    expect(highestLevel(model, 'zhao-pengda', '2021-12-31')).toBe('municipal');
    expect(highestLevel(model, 'zhao-pengda')).toBe('provincial');
    expect(highestLevel(model, 'zhao-pengda', '2021-12-06')).toBeUndefined();
  });

  it('adds designations whose document is not in the archive, with their source', () => {
    const national = model.designationsByStudio
      .get('liu-hongwei')!
      .find((d) => d.level === 'national-supported')!;
    expect(national.documentId).toBeUndefined();
    expect(national.source?.title?.zh).toContain('全国总工会');
  });

  it('ends a designation when an assessment by the same issuer revokes it', () => {
    const [municipal] = model.designationsByStudio.get('wang-shulan')!;
    expect(municipal!.revokedOn).toEqual({ value: '2024-12-05', precision: 'day' });
    expect(activeDesignations(model, 'wang-shulan', '2024-01-01')).toHaveLength(1);
    expect(activeDesignations(model, 'wang-shulan')).toHaveLength(0);
  });

  it('leaves the namings of other issuers standing: a revocation ends only what its issuer granted, alone or jointly', () => {
    const naming = (issuer: string, level: string, date: string, extra: object = {}) => ({
      type: 'naming-decision',
      issuer,
      date,
      title: '关于命名的决定',
      named: [{ studio: 's', level }],
      ...extra,
    });
    const mixed = buildModel(
      contentOf({
        organisations: {
          ftu: { name: '市总工会' },
          province: { name: '省总工会' },
          science: { name: '市科技局' },
        },
        studios: { s: { title: '甲创新工作室' } },
        documents: {
          city: naming('ftu', 'municipal', '2019-05'),
          joint: naming('science', 'municipal-demonstrative', '2020-05', { coIssuers: ['ftu'] }),
          province: naming('province', 'provincial', '2021-05'),
          revoke: {
            type: 'assessment-notice',
            issuer: 'ftu',
            date: '2023-12',
            title: '考核通报',
            cycle: '2021—2023',
            results: [{ studio: 's', grade: 'fail', outcome: 'revoked' }],
          },
        },
      }),
      '2026-01-15',
    );
    const byDocument = new Map(mixed.designationsByStudio.get('s')!.map((d) => [d.documentId, d]));
    expect(byDocument.get('city')!.revokedBy).toBe('revoke');
    expect(byDocument.get('joint')!.revokedBy).toBe('revoke');
    expect(byDocument.get('province')!.revokedOn).toBeUndefined();
    expect(activeDesignations(mixed, 's').map((d) => d.level)).toEqual(['provincial']);
    expect(highestLevel(mixed, 's')).toBe('provincial');
  });

  it('lists assessment grades and pairings per studio from the notices', () => {
    expect(
      model.assessmentsByStudio.get('wang-shulan')!.map((a) => [a.cycle, a.grade, a.outcome]),
    ).toEqual([
      ['2019—2021', 'fail', 'rectify'],
      ['2022—2024', 'fail', 'revoked'],
    ]);
    expect(model.pairingsByStudio.get('ma-li')!.map((p) => [p.kind, p.studios[0]])).toEqual([
      ['incubation', 'zhao-pengda'],
    ]);
  });

  it('counts each studio once, at its highest active level, as an independent count over the raw files does', () => {
    // Independent count: read the YAML and front matter directly and apply the rule by hand.
    const order = ['national', 'provincial', 'industry', 'municipal', 'district', 'enterprise'];
    const best = new Map<string, string>();
    const revoked = new Set<string>();
    const consider = (studio: string, level: string) => {
      // An industry union's level is its own tier, never national or provincial.
      const tier = level.endsWith('-industry')
        ? 'industry'
        : order.find((t) => level.startsWith(t))!;
      const current = best.get(studio);
      if (!current || order.indexOf(tier) < order.indexOf(current)) best.set(studio, tier);
    };
    for (const data of Object.values(RAW.documents) as Array<{
      named?: Array<{ studio: string; level: string }>;
      results?: Array<{ studio: string; outcome?: string }>;
    }>) {
      data.named?.forEach((row) => consider(row.studio, row.level));
      data.results
        ?.filter((row) => row.outcome === 'revoked')
        .forEach((row) => revoked.add(row.studio));
    }
    for (const data of Object.values(RAW.designations)) consider(data.studio, data.level);
    for (const [id, data] of Object.entries(RAW.studios) as Array<[string, { status?: string }]>) {
      if (data.status === 'merged' || data.status === 'revoked') best.delete(id);
    }
    revoked.forEach((studio) => best.delete(studio)); // here, revoked studios held only the revoked title
    const expected = Object.fromEntries(
      order.map((tier) => [tier, [...best.values()].filter((t) => t === tier).length]),
    );
    // The sample states a level for every naming: none is counted under "level not stated".
    expect(studiosByTier(model)).toEqual({ ...expected, unstated: 0 });
    expect(expected).toMatchObject({ national: 1, provincial: 1, municipal: 2 });
    expect(levelTier('provincial-demonstrative')).toBe('provincial');
    expect(levelTier('municipal-industry')).toBe('industry');
  });
});

describe('figures', () => {
  it('holds the seed story: 22 proposals from August to October 2021, all applied', () => {
    const [first] = studioYears(model, 'zhao-pengda');
    expect(first!.year).toBe(2021);
    expect(first!.periods).toEqual(['2021-08–2021-10']);
    expect([
      first!.proposalsSubmitted?.value,
      first!.proposalsAdopted?.value,
      first!.proposalsImplemented?.value,
    ]).toEqual([22, 22, 22]);
  });

  it('sums the programme year over every studio', () => {
    const year = programmeYear(model, 2022)!;
    let submitted = 0;
    for (const entry of model.content.figures)
      for (const p of entry.data.periods)
        if (p.from?.startsWith('2022')) submitted += p.proposals?.submitted?.value ?? 0;
    expect(year.proposalsSubmitted!.value).toBe(submitted);
    expect(programmeYear(model, 1990)).toBeUndefined();
  });

  it('keeps lower bounds and estimates honest when summing', () => {
    expect(
      sumQuantities([
        { value: 2, qualifier: 'exact' },
        { value: 1200, qualifier: 'at-least' },
      ]),
    ).toEqual({ value: 1202, qualifier: 'at-least' });
    expect(
      sumQuantities([
        { value: 2, qualifier: 'at-least' },
        { value: 30, qualifier: 'about' },
      ]),
    ).toEqual({ value: 32, qualifier: 'about' });
    expect(sumQuantities([undefined])).toBeUndefined();
  });
});

describe('formatting', () => {
  it('writes dates and qualified numbers in each language', () => {
    expect(formatDate('zh', '2021-12-07')).toBe('2021年12月7日');
    expect(formatDate('en', '2021-12-07')).toBe('7 December 2021');
    expect(formatQuantity('zh', { value: 1200, qualifier: 'at-least' })).toBe('1,200以上');
    expect(formatQuantity('en', { value: 30, qualifier: 'about' })).toBe('about 30');
    expect(formatQuantity('en', undefined)).toBe('—');
  });
});
