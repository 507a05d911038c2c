import { z } from 'astro/zod';
import { industryTextSchema, localizedSchema, ref, webUrlSchema } from './common.ts';
import { ADMIN_LEVELS, INDUSTRIES, ORGANISATION_KINDS } from './vocabulary.ts';
import { described } from './field-meta.ts';

/** An employer or an issuing authority (a federation of trade unions, an industry union, a company). */
export const organisationSchema = z
  .strictObject({
    /** Full official name, when known. */
    name: described(localizedSchema.optional(), {
      label: { zh: '全称', en: 'Full name' },
      hint: {
        zh: '正式全称，知道时填写；全称和简称至少填一项。',
        en: 'The full official name, when known; give this or the short name.',
      },
      example: '锦州市总工会',
    }),
    /** Short name used in tables, such as 锦州市总工会; alone when the source gives only an abbreviation. */
    shortName: described(localizedSchema.optional(), {
      label: { zh: '简称', en: 'Short name' },
      hint: {
        zh: '表格中使用的简称；来源只给简称时只填这一项。',
        en: 'The short name used in tables; alone when the source gives only that.',
      },
      example: '锦州市总',
    }),
    /** What kind of body this is, when known. */
    kind: described(z.enum(ORGANISATION_KINDS).optional(), {
      label: { zh: '单位类型', en: 'Kind' },
      hint: {
        zh: '总工会、产业工会、企业、政府部门等。',
        en: 'Union federation, industry union, company, government body and so on.',
      },
      example: 'union-federation',
    }),
    /** Administrative level at which it acts, when known. */
    level: described(z.enum(ADMIN_LEVELS).optional(), {
      label: { zh: '级别', en: 'Level' },
      hint: {
        zh: '全国、省、市、区县、产业或企业级，知道时填写。',
        en: 'National, provincial, city, district, industry or enterprise, when known.',
      },
      example: 'municipal',
    }),
    /** Province, city, district, town or street it belongs to, when known. */
    region: described(localizedSchema.optional(), {
      label: { zh: '所在地区', en: 'Region' },
      hint: {
        zh: '所属的省、市、区县或乡镇街道，知道时填写。',
        en: 'The province, city, district, town or street it belongs to, when known.',
      },
      example: '辽宁省锦州市',
    }),
    /** Industry, for employers. */
    industry: described(z.enum(INDUSTRIES).optional(), {
      label: { zh: '所属行业', en: 'Industry' },
      hint: { zh: '企业单位填写。', en: 'For employers.' },
      example: 'power',
    }),
    /** The industry in words, when `industry` is other or missing from the vocabulary. */
    industryText: industryTextSchema,
    /** The body above it, such as a city federation's provincial federation. */
    parent: described(ref('organisations').optional(), {
      label: { zh: '上级单位', en: 'Parent body' },
      hint: {
        zh: '如市总工会的上级省总工会，从组织中选择。',
        en: "The body above it, such as a city federation's provincial federation.",
      },
      example: 'liaoning-ftu',
    }),
    /** Official website, shown as text only. */
    website: described(webUrlSchema.optional(), {
      label: { zh: '官方网站', en: 'Website' },
      hint: {
        zh: '网址，以 http:// 或 https:// 开头。',
        en: 'Its address, starting with http:// or https://.',
      },
      example: 'https://www.jzgh.org.cn/',
    }),
  })
  .refine(
    (organisation) => organisation.name !== undefined || organisation.shortName !== undefined,
    {
      message: 'give name or shortName: an organisation needs at least one of them',
      path: ['name'],
    },
  );
export type Organisation = z.output<typeof organisationSchema>;
