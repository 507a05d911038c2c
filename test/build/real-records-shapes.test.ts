/**
 * The shapes of public records issue 24 found the model could not hold, each read from the built
 * pages of the real-records fixture (test/fixtures/real-records, one shared build): dates known
 * only by a bound (reported by, 近日), a list whose size alone is given, two sources that disagree,
 * a republished source, a 人社 title, a team, funding that is not a naming, a naming whose level
 * no source states, a studio known only from a news report, other names, and cumulative figures
 * no field holds. Every expectation is the record's own words, compared with what a reader sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, textOf } from '../helpers/html.ts';
import { ROOT, TMP } from '../helpers/paths.ts';
import { sharedBuild } from '../helpers/shared-builds.ts';

const FIXTURE = join(ROOT, 'test/fixtures/real-records');
const DIST = join(TMP, 'real-records-dist');

beforeAll(async () => {
  expect(await sharedBuild('real-records', FIXTURE)).toBe(DIST);
});

const html = (path: string) => page(DIST, path);
/** The rows of a studio's recognitions table (designations or other-bodies). */
const rows = (path: string, table = 'designations') =>
  html(path).querySelectorAll(`[data-testid="${table}"] tbody tr`);
const cell = (row: ReturnType<typeof rows>[number], field: string) =>
  textOf(row.querySelector(`[data-field="${field}"]`));
const standing = (path: string) => html(path).querySelector('[data-field="highest-level"]');

describe('dates as the sources say them', () => {
  it('"reported by" a day is shown as by that day, not as before it (乔森, 2017-10-12 report)', () => {
    const [row] = rows('/studios/qiao-sen/');
    expect(cell(row!, 'designation-date')).toBe('不晚于2017年10月12日（据报道）');
    expect(cell(rows('/en/studios/qiao-sen/')[0]!, 'designation-date')).toBe(
      'by 12 October 2017 (as reported)',
    );
  });

  it('"近日" is shown as recent to the article\'s day, and the naming is filed under the article\'s year (孙绪江, 2018)', () => {
    const [row] = rows('/studios/sun-xujiang/');
    expect(cell(row!, 'designation-date')).toBe('近日（2018年2月7日报道）');
    expect(cell(rows('/en/studios/sun-xujiang/')[0]!, 'designation-date')).toBe(
      'shortly before 7 February 2018',
    );
    // Filed under 2018: the studio is among the report's namings of 2018, not hidden as undated.
    expect(textOf(html('/reports/2018/').querySelector('main'))).toContain('孙绪江创新工作室');
  });
});

describe('lists and sources', () => {
  it('a list whose size alone is given says so (孙绪江等28个创新工作室)', () => {
    const sizes = rows('/studios/sun-xujiang/')[0]!.querySelector('[data-field="list-sizes"]');
    expect(textOf(sizes)).toBe('名单规模：28创新工作室（来源未列出全部名单）');
    expect(sizes?.hasAttribute('data-disagree')).toBe(false);
  });

  it('two sources that disagree are both shown, each with its source, marked as disagreeing (29 and 28 劳模创新工作室)', () => {
    const sizes = rows('/studios/zhang-yong/')[0]!.querySelector('[data-field="list-sizes"]');
    expect(sizes?.hasAttribute('data-disagree')).toBe(true);
    expect(sizes?.querySelectorAll('[data-list-size]').map(textOf)).toEqual([
      '29劳模创新工作室',
      '28劳模创新工作室',
    ]);
    expect(textOf(sizes)).toContain('各来源说法不一，均照录');
    expect(
      sizes?.querySelector(
        'a[href="http://epaper.dtnews.cn/dtrb/html/2025-01/16/content_2_250252.htm"]',
      ),
    ).not.toBeNull();
    const wuBo = rows('/studios/wu-bo/')[0]!.querySelector('[data-field="list-sizes"]');
    expect(wuBo?.querySelectorAll('[data-list-size]').map(textOf)).toEqual([
      '111职工创新工作室',
      '112职工创新工作室',
    ]);
  });

  it('a republished source shows the copy and the original (转载: 人民网 from 内蒙古日报, 查策网 from 武汉市人社局)', () => {
    const source = html('/studios/zhou-jiancheng/').querySelector(
      '[data-testid="designations"] .source',
    );
    expect(source?.querySelector('a')?.getAttribute('href')).toBe(
      'http://nm.people.com.cn/BIG5/n2/2023/1228/c196667-40694794.html',
    );
    expect(textOf(source?.querySelector('[data-field="republished-from"]'))).toBe(
      '（转载自内蒙古日报）',
    );
    const wuhan = html('/studios/fu-yiming/').querySelector(
      '[data-testid="other-bodies"] [data-field="republished-from"]',
    );
    expect(textOf(wuhan)).toBe('（转载自武汉市人力资源和社会保障局（2023年12月19日））');
  });

  it('a studio known only from a news report cites it on its page, and is not said to be named', () => {
    const sources = html('/studios/wang-jing/').querySelector('[data-testid="studio-sources"]');
    expect(sources?.querySelector('a')?.getAttribute('href')).toBe(
      'https://etr.cccc4.com/contents/5/17752.html',
    );
    expect(standing('/studios/wang-jing/')?.getAttribute('data-status')).toBe('unrecorded');
  });
});

describe('recognitions that are not union namings of the studio', () => {
  it('a 人社 title is shown apart, as what it is, and never makes a studio named (付一鸣技能大师工作室)', () => {
    expect(rows('/studios/fu-yiming/')).toHaveLength(0);
    const [row] = rows('/studios/fu-yiming/', 'other-bodies');
    expect(row?.getAttribute('data-scheme')).toBe('skill-master');
    expect(cell(row!, 'designation-stage')).toContain('人社部门认定（技能大师工作室，非工会命名）');
    expect(standing('/studios/fu-yiming/')?.getAttribute('data-status')).toBe('unrecorded');
    // 乔森 keeps its union level; its 人社 title is listed apart and adds nothing to it.
    expect(textOf(standing('/studios/qiao-sen/'))).toBe('省级示范性');
    expect(rows('/studios/qiao-sen/', 'other-bodies')).toHaveLength(1);
  });

  it('a team (创新团队) is shown as a team and never makes the studio named (龙俊峰创新工作室)', () => {
    const [row] = rows('/studios/long-junfeng/');
    expect(row?.getAttribute('data-recipient')).toBe('team');
    expect(cell(row!, 'designation-stage')).toContain('创新团队（非工作室命名）');
    expect(standing('/studios/long-junfeng/')?.getAttribute('data-status')).toBe('unrecorded');
  });

  it('funding of a studio (重点支持) is shown as funding, not a naming (张勇劳模创新工作室)', () => {
    const [row] = rows('/studios/zhang-yong/');
    expect(row?.getAttribute('data-stage')).toBe('supported');
    expect(cell(row!, 'designation-stage')).toBe('重点支持（非命名）');
    expect(standing('/studios/zhang-yong/')?.getAttribute('data-status')).toBe('unrecorded');
  });

  it('a naming whose source states no level is a naming at a level not stated, in no tier (郭有军)', () => {
    expect(cell(rows('/studios/guo-youjun/')[0]!, 'designation-level')).toBe('级别未注明');
    expect(standing('/studios/guo-youjun/')?.getAttribute('data-status')).toBe('named');
    expect(textOf(standing('/studios/guo-youjun/'))).toBe('已命名（级别未注明）');
    expect(textOf(standing('/en/studios/guo-youjun/'))).toBe('Named (level not stated)');
  });
});

describe('names and cumulative figures', () => {
  it('shows other names on the studio page, inside what search indexes', () => {
    const aliases = html('/studios/qiao-sen/').querySelector(
      '[data-pagefind-body] [data-field="aliases"]',
    );
    expect(textOf(aliases)).toBe('常运集团公司乔森创新工作室');
  });

  it('shows a cumulative figure no field holds with its label, unit, period and source, apart from the yearly figures', () => {
    const facts = html('/studios/qiao-sen/').querySelectorAll(
      '[data-testid="cumulative-facts"] tbody tr',
    );
    expect(facts.map((row) => row.querySelectorAll('td').map(textOf).slice(0, 3))).toEqual([
      ['未注明 – 2017年10月', '运行时间', '6年以上'],
    ]);
    const liu = html('/studios/liu-haitao/').querySelectorAll(
      '[data-testid="cumulative-facts"] tbody tr',
    );
    expect(liu.map((row) => textOf(row.querySelector('[data-fact]')))).toEqual(['2项', '3项']);
    expect(html('/studios/liu-haitao/').querySelector('[data-testid="figures"]')).toBeNull();
    // In the open data, one row per figure with its qualifier, unit, period and source; no yearly file takes them.
    const csv = readFileSync(join(DIST, 'data/cumulative-facts.csv'), 'utf8');
    expect(csv).toMatch(
      /^qiao-sen,运行时间,,6,at-least,年,,2017-10,劳模工作室创效益160多亿元[^,]*,https:\/\/big5\.cri\.cn\//m,
    );
    expect(csv.match(/^liu-haitao,/gm)).toHaveLength(2);
  });
});

describe('a document with no known date', () => {
  // develop.058290.com/a/30045.html: a report saying only “近日” lists 3 pairs of studios given alliance plaques at
  // 北京时尚控股公司's meeting; the page states no date, so the document has none.
  const doc = '/documents/beijing-fashion-holding-alliances/';
  const pairs = [
    ['xu-yang', 'da-hua-shi-shang'],
    ['jiang-zhao', 'li-xiaolin'],
    ['guang-hua-ji-shu-zhong-xin', 'zhong-fang-hai-tian'],
  ];

  it('shows the pairing list as undated on its page, in the directory and in its citation, with no date made up', () => {
    expect(textOf(html(doc).querySelector('[data-field="date"]'))).toBe('日期未注明');
    expect(html(doc).querySelector('[data-field="date"] time')).toBeNull();
    expect(textOf(html(doc).querySelector('[data-testid="citation"]'))).toContain('日期未注明');
    const row = html('/documents/')
      .querySelector(`#document-table a[href="${doc}"]`)!
      .closest('tr')!;
    expect(textOf(row.querySelector('td'))).toBe('日期未注明');
    expect(row.getAttribute('data-year') ?? null).toBeNull();
  });

  it('holds each announced pair on the document and on both studios, undated, with no joint projects made up', () => {
    for (const [a, b] of pairs) {
      for (const id of [a!, b!])
        expect(
          html(doc).querySelector(`[data-testid="doc-pairings"] a[href="/studios/${id}/"]`),
        ).not.toBeNull();
      for (const [self, partner] of [
        [a!, b!],
        [b!, a!],
      ]) {
        const rows = html(`/studios/${self}/`).querySelectorAll(
          '[data-testid="pairings"] tbody tr',
        );
        expect(rows).toHaveLength(1);
        const cells = rows[0]!.querySelectorAll('td').map(textOf);
        expect(rows[0]!.querySelector(`a[href="/studios/${partner}/"]`)).not.toBeNull();
        expect(cells[0]).not.toMatch(/\d{4}/);
        expect(cells[4]).not.toMatch(/\d/);
      }
    }
  });

  it('puts the undated pairings in no year: no report names these studios', () => {
    const reports = html('/reports/')
      .querySelectorAll('main a[href^="/reports/"]')
      .map((a) => a.getAttribute('href')!);
    expect(reports.length).toBeGreaterThan(0);
    for (const report of new Set(reports)) {
      const text = textOf(html(report).querySelector('main'));
      for (const title of ['许扬创新工作室', '姜钊创新工作室', '中纺海天新材料技术研究室'])
        expect(text).not.toContain(title);
    }
  });
});
