/**
 * A studio's level and status from its whole history, on small content made in the test (not the
 * sample): partial dates, stages, industry tiers, revocation and merger, undated namings.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, highestLevel, studioStanding } from '../../src/lib/model/model.ts';
import { namedStudioCount, studiosByTier } from '../../src/lib/model/stats.ts';
import { studiosOfNoYear } from '../../src/lib/figures/reconciliation.ts';
import { standingLabel } from '../../src/lib/views/standing.ts';
import { contentOf } from '../helpers/content-set.ts';

const model = buildModel(
  contentOf({
    organisations: {
      ftu: { name: '某市总工会' },
      'seamen-union': { name: '中国海员建设工会', kind: 'industry-union', level: 'national' },
    },
    studios: {
      'named-2026': { title: '甲创新工作室' },
      undated: { title: '乙创新工作室' },
      industry: { title: '丙创新工作室' },
      publicised: { title: '丁创新工作室' },
      merged: {
        title: '戊创新工作室',
        status: 'merged',
        mergedInto: 'named-2026',
        statusDate: '2025',
      },
      nothing: { title: '己创新工作室' },
    },
    designations: {
      a: { studio: 'named-2026', level: 'municipal', issuers: ['ftu'], date: '2026' },
      b: { studio: 'undated', level: 'district', issuers: ['ftu'] },
      c: {
        studio: 'industry',
        level: 'national-industry',
        issuers: ['seamen-union'],
        date: { before: '2015-06' },
      },
      d: {
        studio: 'publicised',
        level: 'municipal',
        stage: 'publicised',
        issuers: ['ftu'],
        date: '2025-11',
      },
      e: { studio: 'merged', level: 'provincial', issuers: ['ftu'], date: '2019-11' },
    },
  }),
  '2026-11-26',
);

describe('where a studio stands', () => {
  it('counts a naming of "2026" now, in November 2026, but not at the end of 2025', () => {
    expect(highestLevel(model, 'named-2026')).toBe('municipal');
    expect(highestLevel(model, 'named-2026', '2025-12-31')).toBeUndefined();
  });

  it('counts an undated naming now, in no year-end count, and says how many such studios there are', () => {
    expect(highestLevel(model, 'undated')).toBe('district');
    expect(highestLevel(model, 'undated', '2099-12-31')).toBeUndefined();
    expect(studiosOfNoYear(model)).toBe(1);
  });

  it('counts an industry union\'s title in its own tier, from the end of the year of "before June 2015"', () => {
    expect(studiosByTier(model)).toMatchObject({ national: 0, industry: 1 });
    expect(highestLevel(model, 'industry', '2015-12-31')).toBe('national-industry');
    expect(highestLevel(model, 'industry', '2014-12-31')).toBeUndefined();
  });

  it('never counts a 公示 as a naming, and shows it as such', () => {
    expect(studioStanding(model, 'publicised')).toEqual({
      status: 'publicised',
      level: 'municipal',
    });
    expect(standingLabel('zh', model, studioStanding(model, 'publicised'))).toBe(
      '已公示（本站未收录命名记录）：市级',
    );
  });

  it('shows a merged studio with its former level and date, and subtracts it from the year it merged', () => {
    expect(studioStanding(model, 'merged')).toMatchObject({
      status: 'merged',
      formerLevel: 'provincial',
      mergedInto: 'named-2026',
    });
    expect(standingLabel('zh', model, studioStanding(model, 'merged'))).toBe(
      '已并入甲创新工作室（原级别：省级，2025年）',
    );
    expect(highestLevel(model, 'merged', '2024-12-31')).toBe('provincial');
    expect(highestLevel(model, 'merged', '2025-12-31')).toBeUndefined();
  });

  it('says that no naming is recorded, never that a studio was not named', () => {
    expect(standingLabel('zh', model, studioStanding(model, 'nothing'))).toBe('本站未收录命名记录');
    expect(standingLabel('en', model, studioStanding(model, 'nothing'))).toBe(
      'No naming recorded here',
    );
  });

  it('counts named studios now: the 2026 naming, the undated one and the industry title', () => {
    expect(namedStudioCount(model)).toBe(3);
    // At the end of 2025 only the industry title counts: the 2026 naming is later, the undated one has no year, the merger fell in 2025.
    expect(namedStudioCount(model, '2025-12-31')).toBe(1);
    expect(namedStudioCount(model, '2024-12-31')).toBe(2);
  });
});
