import { describe, expect, it } from 'vitest';
import { BuildDateError, parseBuildDate } from '../../src/lib/site/build-date.ts';
import { publishingDate } from '../../src/lib/model/model.ts';

describe('STUDIO_BUILD_DATE', () => {
  it('accepts a real date, and a full ISO date-time as the day it is in China', () => {
    expect(publishingDate({ STUDIO_BUILD_DATE: '2026-11-27' })).toBe('2026-11-27');
    expect(publishingDate({ STUDIO_BUILD_DATE: '2024-02-29' })).toBe('2024-02-29');
    expect(parseBuildDate('2026-11-27T09:30')).toBe('2026-11-27');
    expect(parseBuildDate('2026-11-27T09:30:00+08:00')).toBe('2026-11-27');
    // 20:00 UTC is 04:00 the next morning in China.
    expect(parseBuildDate('2026-11-27T20:00:00Z')).toBe('2026-11-28');
    expect(parseBuildDate('2026-11-27T23:59:59.999-05:00')).toBe('2026-11-28');
  });

  it.each([
    '20261127',
    'garbage',
    '2026-13-01',
    '2026-02-30',
    '2023-02-29',
    '2026-11-27 ',
    ' 2026-11-27',
    '2026-11-27T25:00',
    '2026-11-27T10:61',
    '2026-11-27T10:00+99:00',
    '2026-1-5',
    '27/11/2026',
    '2026-11-27T',
  ])('rejects %j with a message that names the variable and what is expected', (value) => {
    expect(() => publishingDate({ STUDIO_BUILD_DATE: value })).toThrow(BuildDateError);
    expect(() => parseBuildDate(value)).toThrow(
      /STUDIO_BUILD_DATE .*expected a real date written YYYY-MM-DD[\s\S]*应为真实存在的日期/,
    );
  });

  it('is today in China when unset', () => {
    expect(publishingDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
