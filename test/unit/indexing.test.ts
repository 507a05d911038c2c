/**
 * The pages that ask not to be indexed (src/lib/views/indexing.ts), on content made in the test:
 * the English page of each entry with no English text of its own, and no other page. The list the
 * sitemap reads agrees with the `translated` of every page's view, which decides the page's
 * robots meta (src/layouts/Base.astro).
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { LOCALES } from '../../src/schemas/vocabulary.ts';
import { asksNoindex, unindexedPaths } from '../../src/lib/views/indexing.ts';
import { PAGE_ROUTES } from '../../src/lib/views/routes.ts';
import { localePath } from '../../src/lib/site/paths.ts';
import { contentOf } from '../helpers/content-set.ts';

const newsItem = { date: '2022-05-06', summary: '摘要' };
const model = buildModel(
  contentOf({
    organisations: { ftu: { name: '某市总工会' } },
    studios: {
      'with-english': { title: { zh: '甲创新工作室', en: 'Studio A' } },
      'chinese-only': { title: '乙创新工作室' },
      // An English title does not make the page English when its summary, which the page leads with, has none.
      'summary-chinese': {
        title: { zh: '丙创新工作室', en: 'Studio C' },
        summary: '只有中文的简介',
      },
    },
    people: { named: { name: { zh: '赵鹏达', en: 'Zhao Pengda' } }, unnamed: { name: '陈磊' } },
    news: {
      'zh/translated': { ...newsItem, title: '有译文的消息' },
      'en/translated': { ...newsItem, title: 'A translated item', summary: 'Summary' },
      'zh/chinese-only': { ...newsItem, title: '没有译文的消息' },
    },
    documents: {
      translated: { type: 'other', issuer: 'ftu', date: '2021-03', title: '有译文的通知' },
      'chinese-only': { type: 'other', issuer: 'ftu', date: '2022-03', title: '没有译文的通知' },
    },
    documentTranslations: { translated: {} },
    achievements: {
      'with-english': {
        title: { zh: '检测装置', en: 'Testing rig' },
        type: 'tech-innovation',
        studios: ['with-english'],
        date: '2022-05',
      },
      'chinese-only': {
        title: '阀门研磨工具',
        type: 'five-small',
        studios: ['chinese-only'],
        date: '2022-06',
      },
    },
    reports: {
      // 2021 has a Chinese narrative only; 2022 has both; 2020 (a document's year) has none, and shows words made from its figures.
      'zh/2021': { year: 2021, title: '2021年度报告', summary: '摘要' },
      'zh/2022': { year: 2022, title: '2022年度报告', summary: '摘要' },
      'en/2022': { year: 2022, title: 'Report 2022', summary: 'Summary' },
    },
  }),
  '2026-11-26',
);

describe('the pages that ask not to be indexed', () => {
  it('are the English pages of the entries with no English text, and only those', () => {
    expect(unindexedPaths(model).toSorted()).toEqual(
      [
        '/en/studios/chinese-only/',
        '/en/studios/summary-chinese/',
        '/en/people/unnamed/',
        '/en/news/chinese-only/',
        '/en/documents/chinese-only/',
        '/en/achievements/chinese-only/',
        '/en/reports/2021/',
      ].toSorted(),
    );
  });

  it("agree with every page's view, in both languages", () => {
    const images = new Map();
    // A page's path from its route and parameters: studios/[id] with { id: 'a' } is /studios/a/.
    const pathOf = (route: string, params: Record<string, string>) =>
      `/${route.replace(/\[(\w+)\]/g, (_, name: string) => params[name]!)}/`;
    const fromViews = Object.entries(PAGE_ROUTES).flatMap(([route, views]) =>
      LOCALES.flatMap((locale) =>
        views(model, locale, images)
          .filter(
            ({ view }) => 'translated' in view && asksNoindex(locale, view.translated as boolean),
          )
          .map(({ params }) => localePath(locale, pathOf(route, params))),
      ),
    );
    expect(fromViews.toSorted()).toEqual(unindexedPaths(model).toSorted());
  });
});
