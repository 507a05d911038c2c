/**
 * A small archive made in code for the unit tests (they never read content/): a few studios with
 * a municipal naming, a provincial one, an assessment that revokes, a pairing, a naming whose
 * document is not in the archive, figures (a part year and whole years), awards, two charts and
 * two register entries. RAW holds the entries as an editor writes them, so that a test can count
 * over them independently of the model; `smallArchive()` parses them as the validator does.
 */
import type { CollectionName } from '../../src/lib/content/collections.ts';
import type { ContentSet } from '../../src/lib/content/types.ts';
import { contentOf } from './content-set.ts';

type Raw = Partial<Record<CollectionName, Record<string, Record<string, unknown>>>>;

export const RAW = {
  organisations: {
    ftu: { name: '锦州市总工会' },
    'province-ftu': { name: '辽宁省总工会' },
    acftu: { name: '中华全国总工会' },
  },
  people: {
    'zhao-pengda': { name: '赵鹏达' },
    'chen-lei': { name: '陈磊' },
  },
  studios: {
    'zhao-pengda': { title: '赵鹏达劳模创新工作室', leader: 'zhao-pengda' },
    'chen-lei': { title: '陈磊职工创新工作室', leader: 'chen-lei' },
    'wang-shulan': { title: '王淑兰劳模创新工作室', status: 'revoked' },
    'ma-li': { title: '马力职工创新工作室' },
    'liu-hongwei': { title: '刘宏伟劳模创新工作室' },
  },
  documents: {
    'jz-2021-31': {
      type: 'naming-decision',
      number: '锦工发〔2021〕31号',
      issuer: 'ftu',
      date: '2021-12-07',
      title: '关于命名市级劳模创新工作室的决定',
      named: [
        { studio: 'zhao-pengda', level: 'municipal' },
        { studio: 'chen-lei', level: 'municipal' },
        { studio: 'wang-shulan', level: 'municipal' },
        { studio: 'ma-li', level: 'municipal' },
      ],
    },
    'jz-2021-40': {
      type: 'pairing-notice',
      number: '锦工发〔2021〕40号',
      issuer: 'ftu',
      date: '2021-12-20',
      title: '关于结对共建的通知',
      pairings: [{ studios: ['zhao-pengda', 'ma-li'], kind: 'incubation' }],
    },
    'jz-2022-5': {
      type: 'assessment-notice',
      number: '锦工发〔2022〕5号',
      issuer: 'ftu',
      date: '2022-03-15',
      title: '关于考核结果的通报',
      cycle: '2019—2021',
      results: [
        { studio: 'zhao-pengda', grade: 'excellent' },
        { studio: 'chen-lei', grade: 'good' },
        { studio: 'wang-shulan', grade: 'fail', outcome: 'rectify' },
      ],
    },
    'ln-2024-21': {
      type: 'naming-decision',
      number: '辽工发〔2024〕21号',
      issuer: 'province-ftu',
      date: '2024-10-22',
      title: '关于命名省级劳模创新工作室的决定',
      named: [{ studio: 'zhao-pengda', level: 'provincial' }],
    },
    'jz-2024-50': {
      type: 'assessment-notice',
      number: '锦工发〔2024〕50号',
      issuer: 'ftu',
      date: '2024-12-05',
      title: '关于考核结果的通报',
      cycle: '2022—2024',
      results: [
        { studio: 'zhao-pengda', grade: 'excellent' },
        { studio: 'chen-lei', grade: 'pass' },
        { studio: 'wang-shulan', grade: 'fail', outcome: 'revoked' },
      ],
    },
  },
  designations: {
    'liu-hongwei-national': {
      studio: 'liu-hongwei',
      level: 'national-supported',
      issuers: 'acftu',
      date: '2020-11',
      source: {
        title: '全国总工会关于公布全国示范性劳模和工匠人才创新工作室名单的通知',
        publisher: '中华全国总工会',
      },
    },
  },
  competitions: {
    'jz-skills': {
      name: '锦州市职工职业技能大赛',
      organiser: 'ftu',
      family: 'skills-contest',
      level: 'municipal',
    },
    'ln-tech': {
      name: '辽宁省职工技术创新成果评选',
      organiser: 'province-ftu',
      family: 'tech-innovation',
      level: 'provincial',
    },
  },
  awards: {
    'skills-2022-zhao': {
      competition: 'jz-skills',
      rank: 'first',
      year: 2022,
      achievement: '焊工项目',
      recipients: [{ type: 'person', person: 'zhao-pengda' }],
      studio: 'zhao-pengda',
    },
    'skills-2023-chen': {
      competition: 'jz-skills',
      rank: 'second',
      year: 2023,
      achievement: '钳工项目',
      recipients: [{ type: 'person', person: 'chen-lei' }],
      studio: 'chen-lei',
    },
    'tech-2023-zhao': {
      competition: 'ln-tech',
      rank: 'first',
      year: 2023,
      achievement: '管道焊接工装',
      recipients: [{ type: 'studio', studio: 'zhao-pengda' }],
    },
    'tech-2023-chen': {
      competition: 'ln-tech',
      rank: 'third',
      year: 2023,
      achievement: '检测夹具',
      recipients: [{ type: 'studio', studio: 'chen-lei' }],
    },
  },
  figures: {
    'zhao-pengda': {
      studio: 'zhao-pengda',
      periods: [
        // The seed story: 22 proposals from August to October 2021, all applied.
        {
          from: '2021-08',
          to: '2021-10',
          proposals: { submitted: 22, adopted: 22, implemented: 22 },
        },
        {
          from: '2022-01',
          to: '2022-12',
          proposals: { submitted: 32, adopted: 28, implemented: 24 },
          benefit: 199.6,
        },
        {
          from: '2023-01',
          to: '2023-12',
          proposals: { submitted: 27, adopted: 17, implemented: 12 },
          benefit: 306.1,
        },
      ],
    },
    'chen-lei': {
      studio: 'chen-lei',
      periods: [
        {
          from: '2022-01',
          to: '2022-12',
          proposals: { submitted: 10, adopted: 6, implemented: 5 },
        },
        {
          from: '2023-01',
          to: '2023-12',
          proposals: { submitted: 12, adopted: 9, implemented: 9 },
        },
      ],
    },
  },
  achievements: {
    'zhao-proposals-2021': {
      title: '2021年8—10月合理化建议',
      type: 'proposal',
      studios: ['zhao-pengda'],
      date: '2021-10',
      count: 22,
    },
    'zhao-welding-jig': {
      title: '管道焊接工装',
      type: 'tech-innovation',
      studios: ['zhao-pengda'],
      date: '2022-05',
      benefit: { amount: { value: 120, qualifier: 'about' }, period: '2022' },
    },
  },
  charts: {
    'studios-by-level': {
      title: { zh: '各级别工作室数量', en: 'Studios by highest level' },
      type: 'bar',
      metric: 'studios-by-level',
      placements: ['home', 'report'],
    },
    proposals: {
      title: { zh: '合理化建议提出、采纳与实施', en: 'Improvement proposals' },
      type: 'bar-line',
      metric: 'proposals',
      placements: ['home', 'studio', 'report'],
    },
  },
} satisfies Raw;

/** The small archive as the validator hands it over: each entry parsed by its collection's schema. */
export function smallArchive(): ContentSet {
  return contentOf({
    ...RAW,
    settings: {
      site: {
        siteName: '锦州市劳模创新工作室',
        tagline: '副题',
        description: '说明',
        publisher: 'ftu',
        navigation: [{ path: '/studios/', label: '工作室' }],
      },
    },
  });
}
