import { describe, expect, it } from 'vitest';
import {
  characterTerms,
  hasCjk,
  mergeCharacterSearch,
  promoteExactTitles,
} from '../../src/lib/search/search-rank.ts';

describe('search ranking helpers', () => {
  it('puts a result whose title is the query first and keeps the rest in order', () => {
    const results = [
      { title: '赵鹏达工作室获批' },
      { title: '其他' },
      { title: '赵鹏达' },
      { title: '赵鹏达劳模创新工作室' },
    ];
    expect(promoteExactTitles(results, ' 赵鹏达 ').map((r) => r.title)).toEqual([
      '赵鹏达',
      '赵鹏达工作室获批',
      '其他',
      '赵鹏达劳模创新工作室',
    ]);
    expect(promoteExactTitles(results, 'Zhao')).toEqual(results);
    expect(
      promoteExactTitles([{ title: 'Zhao Pengda' }, { title: 'x' }].reverse(), 'zhao pengda')[0]!
        .title,
    ).toBe('Zhao Pengda');
  });
  it('splits Chinese queries into characters for the fallback search', () => {
    expect(characterTerms('劳模创新')).toBe('劳 模 创 新');
    expect(characterTerms('锦工发〔2021〕31号')).toBe('锦 工 发 2021 31 号');
    expect(hasCjk('innovation')).toBe(false);
    expect(hasCjk('创新 studio')).toBe(true);
  });
});

describe('joining the character search', () => {
  const outcome = (ids: string[], count: number) => ({
    results: ids.map((id) => ({ id })),
    filters: { type: { 新闻: count } },
  });
  it('appends what only the character search found, keeping the typed order', () => {
    const merged = mergeCharacterSearch(outcome(['b', 'a'], 2), outcome(['a', 'c', 'b'], 3));
    expect(merged.results.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(merged.filters.type?.新闻).toBe(3);
  });
  it('keeps the typed counts when the character search misses a typed result', () => {
    expect(
      mergeCharacterSearch(outcome(['a', 'x'], 2), outcome(['a', 'c'], 2)).filters.type?.新闻,
    ).toBe(2);
  });
  it('returns the typed search when the character search adds nothing', () => {
    const typed = outcome(['a'], 1);
    expect(mergeCharacterSearch(typed, outcome(['a'], 1))).toBe(typed);
  });
});
