/**
 * Answers to `npm run new` for every kind, shared by the unit test (every combination of answers,
 * rendered in memory) and the build test (the real command on a copy of the sample content).
 * Ids refer to the sample content. Values are distinct from one another, so that a value found in
 * a written file can only come from the answer that gave it.
 */
import { parse } from 'yaml';
import { type Answers, FORMS, type Kind, KINDS } from '../../src/lib/scaffold/scaffold-kinds.ts';
import { listAnswer, readDateAnswer, readQuantityAnswer } from '../../src/lib/scaffold/scaffold.ts';
import { DOCUMENT_TYPES, RECIPIENT_TYPES } from '../../src/schemas/vocabulary.ts';

export interface ScaffoldCase {
  kind: string;
  /** Answers every file of the kind needs, whatever else is given. */
  base: Answers;
  /** Smallest sets of answers the scaffolder accepts: base plus one of the alternatives it requires. */
  minimal: Answers[];
  /**
   * Every flag of the case (values may differ from base: a rank of place, several issuers); the
   * cases of a kind together give every flag it has (a kind with many flags has two cases, so that
   * each case's combinations stay few enough to try them all).
   */
  full: Answers;
}

const source = (at: string, date: string): Answers => ({
  'source-url': `https://example.org/${at}`,
  'source-publisher': `${at} 发布者`,
  'source-date': date,
});

const DOCUMENT_BASE = { summary: '一句话摘要。', addressees: '各县（市）区总工会：' };

export const SCAFFOLD_CASES: ScaffoldCase[] = [
  {
    kind: 'organisation',
    base: {},
    minimal: [{ name: '锦州滨海新区总工会' }, { 'short-name': '滨海工会' }],
    full: {
      name: '锦州滨海新区总工会',
      'name-en': 'Binhai District Federation of Trade Unions',
      'short-name': '滨海新区总工会',
      kind: 'union-federation',
      level: 'district',
      region: '辽宁省锦州市滨海新区',
      industry: 'public-services',
      'industry-text': '街道公共服务',
      parent: 'jinzhou-ftu',
      website: 'https://binhai.example.org/',
    },
  },
  {
    kind: 'person',
    base: { name: '李建华' },
    minimal: [{ name: '李建华' }],
    full: {
      name: '李建华',
      'name-en': 'Li Jianhua',
      'job-title': '焊工班长',
      employer: 'bohai-petrochem',
      grade: 'senior-technician',
      bio: '从事管道焊接二十年。',
    },
  },
  {
    kind: 'studio',
    base: { title: '量子导航创新工作室' },
    minimal: [{ title: '量子导航创新工作室' }],
    full: {
      title: '李建华职工创新工作室',
      'title-en': 'Li Jianhua employee innovation studio',
      kind: 'employee',
      leader: 'zhao-pengda',
      employer: 'bohai-petrochem',
      industry: 'other',
      'industry-text': '管道焊接',
      region: '辽宁省锦州市太和区',
      founded: 'before 2015-06',
      focus: '焊接工艺,管道检修',
      summary: '专注焊接工艺改进。',
    },
  },
  {
    kind: 'studio',
    base: { title: '智能焊接职工创新工作室' },
    minimal: [{ title: '智能焊接职工创新工作室' }],
    full: {
      title: '智能焊接职工创新工作室',
      'member-count': '20+',
      'site-area': '~150',
      status: 'merged',
      'merged-into': 'chen-lei',
      'status-date': '2025-03',
      'status-document': 'jz-2023-27',
      featured: 'true',
    },
  },
  {
    kind: 'competition',
    base: { name: '锦州市职工焊接技能竞赛', family: 'skills-contest', level: 'municipal' },
    minimal: [{ name: '锦州市职工焊接技能竞赛', family: 'skills-contest', level: 'municipal' }],
    full: {
      name: '锦州市职工焊接技能竞赛',
      'name-en': 'Jinzhou welding contest',
      family: 'skills-contest',
      level: 'municipal',
      organiser: 'jinzhou-ftu',
    },
  },
  {
    kind: 'award',
    base: { competition: 'jinzhou-skills', rank: 'first', year: '2026', achievement: '焊工项目' },
    minimal: [
      {
        competition: 'jinzhou-skills',
        rank: 'first',
        year: '2026',
        achievement: '焊工项目',
        person: 'zhao-pengda',
      },
      {
        competition: 'jinzhou-skills',
        rank: 'first',
        year: '2026',
        achievement: '焊工项目',
        team: '焊接攻关组',
      },
      {
        competition: 'jinzhou-skills',
        rank: 'first',
        year: '2026',
        achievement: '焊工项目',
        organisation: 'jinxin-steel',
      },
    ],
    full: {
      competition: 'jinzhou-skills',
      rank: 'place',
      place: '3',
      year: '2026',
      date: '2026-11',
      achievement: '焊工项目',
      person: 'zhao-pengda',
      studio: 'chen-lei',
      team: '焊接攻关组',
      'team-members': 'ma-li,fang-yu',
      'source-title': '关于公布竞赛结果的通知',
      'source-number': '锦工发〔2026〕7号',
      ...source('award', '2026-11-20'),
    },
  },
  {
    kind: 'award',
    // "任文等14人获一等奖": the source states no year; the award is filed without one.
    base: { competition: 'jinzhou-skills', rank: 'first', person: 'zhao-pengda' },
    minimal: [{ competition: 'jinzhou-skills', rank: 'first', person: 'zhao-pengda' }],
    full: {
      competition: 'jinzhou-skills',
      rank: 'first',
      person: 'zhao-pengda',
      achievement: '焊工项目',
    },
  },
  {
    kind: 'award',
    // The source names no winning entry: the award is filed without one.
    base: {
      competition: 'jinzhou-skills',
      rank: 'second',
      year: '2025',
      studio: 'sun-jianguo',
    },
    minimal: [
      {
        competition: 'jinzhou-skills',
        rank: 'second',
        year: '2025',
        studio: 'sun-jianguo',
      },
    ],
    full: {
      competition: 'jinzhou-skills',
      rank: 'second',
      year: '2025',
      achievement: '轴承座一次装夹',
      studio: 'sun-jianguo',
      'achievement-id': 'bearing-housing-one-setup',
      // The announcement's own words for the rank.
      'rank-as': '二等成果',
      // The company the announcement names as the winner, the studio credited beside it.
      organisation: 'jinxin-steel',
    },
  },
  {
    kind: 'achievement',
    base: { title: '管道焊口快速检测法', type: 'operating-method' },
    minimal: [
      { title: '管道焊口快速检测法', type: 'operating-method', studios: 'zhao-pengda' },
      { title: '管道焊口快速检测法', type: 'operating-method', team: '焊接QC小组' },
    ],
    full: {
      title: '管道焊口快速检测法',
      'title-en': 'Quick weld inspection method',
      type: 'operating-method',
      studios: 'zhao-pengda,chen-lei',
      people: 'ma-li',
      'other-people': '宋立新,潘立',
      team: '焊接QC小组',
      date: '2026-03',
      status: 'proposed:2025-11,implemented:2026-02',
      benefit: '12.5',
      'benefit-period': '2026-06',
      patents: '202620765432.X:utility-model:granted',
      summary: '一种焊口快速检测方法。',
      'source-url': 'https://example.org/achievement',
    },
  },
  {
    kind: 'achievement',
    base: { title: '炉口密封改进建议', type: 'proposal', team: '炉前班' },
    minimal: [{ title: '炉口密封改进建议', type: 'proposal', team: '炉前班' }],
    full: {
      title: '炉口密封改进建议',
      type: 'proposal',
      team: '炉前班',
      count: '4+',
      'applied-at': '锦州石化检修车间,锦州港',
      documents: 'jz-2021-31',
      news: '2019-first-studios-named',
      'source-title': '合理化建议汇编',
      'source-number': '锦工办〔2022〕3号',
      ...source('achievement-sources', '2022-04'),
    },
  },
  {
    kind: 'decision',
    base: {
      issuers: 'jinzhou-ftu',
      date: '2026-11-20',
      title: '关于命名2026年度锦州市职工创新工作室的决定',
      studios: 'zhao-pengda',
      level: 'district',
    },
    minimal: [
      {
        issuers: 'jinzhou-ftu',
        date: '2026-11-20',
        title: '关于命名2026年度锦州市职工创新工作室的决定',
        studios: 'zhao-pengda',
        level: 'district',
      },
    ],
    full: {
      number: '锦工发〔2026〕8号',
      issuers: 'jinzhou-ftu,liaoning-sti',
      date: '2026-11-20',
      title: '关于命名2026年度锦州市职工创新工作室的决定',
      ...DOCUMENT_BASE,
      ...source('decision', '2026-11-21'),
      studios: 'zhao-pengda,chen-lei',
      level: 'district',
      designation: '锦州市职工创新工作室',
      funding: '3',
      'cycle-year': '2025',
      batch: '第五批',
    },
  },
  {
    // A cycle of two years (2024-2025年度): its first year beside its last.
    kind: 'decision',
    base: {
      issuers: 'jinzhou-ftu',
      date: '2026-02-20',
      title: '关于命名2024-2025年度锦州市职工创新工作室的决定',
      studios: 'zhao-pengda',
      level: 'municipal',
      'cycle-year': '2025',
    },
    minimal: [],
    full: {
      issuers: 'jinzhou-ftu',
      date: '2026-02-20',
      title: '关于命名2024-2025年度锦州市职工创新工作室的决定',
      studios: 'zhao-pengda',
      level: 'municipal',
      'cycle-year': '2025',
      'cycle-from': '2024',
    },
  },
  {
    kind: 'selection',
    base: {
      issuers: 'liaoning-ftu',
      date: '2026-10',
      title: '关于2026年度辽宁省示范性创新工作室拟命名名单的公示',
      studios: 'chen-lei',
      level: 'provincial-demonstrative',
    },
    minimal: [
      {
        issuers: 'liaoning-ftu',
        date: '2026-10',
        title: '关于2026年度辽宁省示范性创新工作室拟命名名单的公示',
        studios: 'chen-lei',
        level: 'provincial-demonstrative',
      },
    ],
    full: {
      number: '辽工发〔2026〕3号',
      issuers: 'liaoning-ftu',
      date: '2026-10',
      title: '关于2026年度辽宁省示范性创新工作室拟命名名单的公示',
      ...DOCUMENT_BASE,
      ...source('selection', '2026-10-09'),
      studios: 'chen-lei',
      level: 'provincial-demonstrative',
      designation: '辽宁省示范性劳模和工匠人才创新工作室',
      'cycle-year': '2026',
      'cycle-from': '2025',
      batch: '第二批',
    },
  },
  {
    kind: 'commendation',
    base: {
      issuers: 'liaoning-ftu',
      date: '2026',
      title: '关于表彰优秀劳模创新工作室的决定',
      studios: 'zhao-pengda',
      level: 'provincial',
    },
    minimal: [
      {
        issuers: 'liaoning-ftu',
        date: '2026',
        title: '关于表彰优秀劳模创新工作室的决定',
        studios: 'zhao-pengda',
        level: 'provincial',
      },
    ],
    full: {
      number: '辽工发〔2026〕9号',
      issuers: 'liaoning-ftu,liaoning-sti',
      date: '2026',
      title: '关于表彰优秀劳模创新工作室的决定',
      ...DOCUMENT_BASE,
      ...source('commendation', '2026-12'),
      studios: 'zhao-pengda',
      level: 'provincial',
      designation: '优秀劳模创新工作室',
      funding: '5',
    },
  },
  {
    kind: 'assessment',
    base: {
      issuers: 'jinzhou-ftu',
      date: '2026-11-21',
      title: '关于2025—2026年度考核结果的通报',
      cycle: '2025—2026',
      results: 'zhao-pengda:excellent:95,chen-lei:good',
    },
    minimal: [
      {
        issuers: 'jinzhou-ftu',
        date: '2026-11-21',
        title: '关于2025—2026年度考核结果的通报',
        cycle: '2025—2026',
        results: 'zhao-pengda:excellent:95,chen-lei:good',
      },
    ],
    full: {
      number: '锦工发〔2026〕9号',
      issuers: 'jinzhou-ftu',
      date: '2026-11-21',
      title: '关于2025—2026年度考核结果的通报',
      ...DOCUMENT_BASE,
      ...source('assessment', '2026-11-22'),
      cycle: '2025—2026',
      results: 'zhao-pengda:excellent:95,chen-lei:pass:rectify',
    },
  },
  {
    kind: 'pairing',
    base: {
      issuers: 'jinzhou-ftu',
      date: '2026-11-22',
      title: '关于结对共建的通知',
      studios: 'chen-lei,zhao-pengda',
      'pairing-kind': 'pair',
    },
    minimal: [
      {
        issuers: 'jinzhou-ftu',
        date: '2026-11-22',
        title: '关于结对共建的通知',
        studios: 'chen-lei,zhao-pengda',
        'pairing-kind': 'pair',
      },
    ],
    full: {
      number: '锦工发〔2026〕10号',
      issuers: 'jinzhou-ftu',
      date: '2026-11-22',
      title: '关于结对共建的通知',
      ...DOCUMENT_BASE,
      ...source('pairing', '2026-11-23'),
      studios: 'chen-lei,zhao-pengda',
      'pairing-kind': 'incubation',
      topic: '焊接与检修',
    },
  },
  {
    kind: 'designation',
    base: { studio: 'ma-li', level: 'national-industry' },
    minimal: [
      { studio: 'ma-li', level: 'national-industry', issuers: 'acftu' },
      {
        studio: 'ma-li',
        level: 'national-industry',
        'source-url': 'https://example.org/list-only',
      },
    ],
    full: {
      studio: 'ma-li',
      level: 'national-industry',
      stage: 'publicised',
      designation: '全国能源化学地质系统劳模创新工作室',
      date: 'before 2015-06',
      'cycle-year': '2014',
      batch: '第一批',
      funding: '10',
      issuers: 'acftu,liaoning-ftu',
      'source-title': '全国能源化学地质系统劳模创新工作室名单',
      'source-number': '总工办发〔2014〕5号',
      ...source('designation', '2015-05'),
    },
  },
  {
    // "2012-2013年度上海房管行业劳模创新工作室": a cycle of two years, its naming undated.
    kind: 'designation',
    base: { studio: 'ma-li', level: 'provincial-industry', issuers: 'acftu', 'cycle-year': '2013' },
    minimal: [],
    full: {
      studio: 'ma-li',
      level: 'provincial-industry',
      issuers: 'acftu',
      'cycle-year': '2013',
      'cycle-from': '2012',
    },
  },
  {
    // A 人社 title of a team, under the name the source gives, known only by the day of a report.
    kind: 'designation',
    base: { studio: 'ma-li', level: 'national' },
    minimal: [{ studio: 'ma-li', level: 'national', issuers: 'acftu' }],
    full: {
      studio: 'ma-li',
      scheme: 'skill-master',
      level: 'national',
      recipient: 'team',
      designation: '国家级技能大师工作室',
      'named-as': '马丽技能大师工作室',
      date: 'by 2017-10-12',
      issuers: 'acftu',
    },
  },
  {
    kind: 'news',
    base: { title: '李建华职工创新工作室获命名', summary: '市总工会命名新一批工作室。' },
    minimal: [{ title: '李建华职工创新工作室获命名', summary: '市总工会命名新一批工作室。' }],
    full: {
      lang: 'zh',
      title: '李建华职工创新工作室获命名',
      summary: '市总工会命名新一批工作室。',
      date: '2026-11-20',
      studios: 'zhao-pengda',
      people: 'chen-lei',
      tags: 'naming',
      slug: 'li-jianhua-named',
    },
  },
  {
    kind: 'news',
    base: {
      lang: 'en',
      slug: '2022-ma-li-studio',
      title: 'Ma Li studio opens',
      summary: 'The Ma Li studio opened.',
    },
    minimal: [
      {
        lang: 'en',
        slug: '2022-ma-li-studio',
        title: 'Ma Li studio opens',
        summary: 'The Ma Li studio opened.',
      },
    ],
    full: {
      lang: 'en',
      slug: '2022-ma-li-studio',
      title: 'Ma Li studio opens',
      summary: 'The Ma Li studio opened.',
      date: '2022-05-10',
      studios: 'ma-li',
      people: 'zhao-pengda',
      tags: 'training',
    },
  },
  {
    kind: 'report',
    base: { year: '2026', title: '2026年度工作报告', summary: '本年工作综述。' },
    minimal: [{ year: '2026', title: '2026年度工作报告', summary: '本年工作综述。' }],
    full: { year: '2026', lang: 'en', title: '2026 report', summary: 'The year in brief.' },
  },
];

/** Values that give a file its form, not a fact: a document's type, a recipient's type, draft: false. */
const STRUCTURE = new Set<string>([...DOCUMENT_TYPES, ...RECIPIENT_TYPES, 'false']);

/** Flags that choose the file (its folder or name) rather than say a fact in it. */
const FILE_FLAGS = new Set(['lang', 'slug', 'id']);

/** The values an answer puts in a file: list items, assessment result parts, a date without "before", a number and its qualifier. */
export function valuesOfAnswer(kind: Kind, flag: string, answer: string): string[] {
  const field = kind.fields.find((f) => f.flag === flag);
  const quantity = field?.form === FORMS.quantity ? readQuantityAnswer(answer) : undefined;
  if (quantity)
    return quantity.qualifier === 'exact' ? [quantity.value] : [quantity.value, quantity.qualifier];
  const items = field?.list ? listAnswer(answer) : [answer];
  // Answers of several parts (a result, a step of a history, a patent) put each part in the file.
  return items.flatMap((item) =>
    ['results', 'status', 'patents'].includes(flag)
      ? item.split(':').map((part) => readDateAnswer(part)?.value ?? part)
      : [readDateAnswer(item)?.value ?? item],
  );
}

/** Every scalar in parsed YAML, as text; null is kept as the word null so that an empty field shows. */
export function scalarsOf(data: unknown): string[] {
  if (data === null) return ['null'];
  if (Array.isArray(data)) return data.flatMap(scalarsOf);
  if (typeof data === 'object') return Object.values(data as object).flatMap(scalarsOf);
  return [String(data)];
}

/** The YAML data of a written file (the front matter of a Markdown or MDX file). */
export function dataOfFile(text: string, path: string): unknown {
  if (!/\.mdx?$/.test(path)) return parse(text);
  const match = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!match) throw new Error(`${path}: no front matter`);
  return parse(match[1]!);
}

/**
 * What is wrong with a written file against the answers: an answer not in it, a value no answer
 * gave (a default written as a fact), or the value of an answer that was not given. `proposed` lists the flags
 * whose proposed value (a news article's publishing date) was used.
 */
export function unfaithfulValues(
  kindName: string,
  answers: Answers,
  full: Answers,
  data: unknown,
  proposed: string[] = [],
): string[] {
  const kind = KINDS[kindName]!;
  const scalars = new Set(scalarsOf(data));
  const problems: string[] = [];
  if (scalars.has('null')) problems.push('an empty field (null)');
  const told = new Set(
    Object.entries(answers).flatMap(([flag, answer]) =>
      answer === undefined ? [] : valuesOfAnswer(kind, flag, answer),
    ),
  );
  for (const scalar of scalars)
    if (!told.has(scalar) && !STRUCTURE.has(scalar))
      problems.push(`${scalar} is in the file, but no answer said it`);
  for (const [flag, answer] of Object.entries(answers)) {
    if (FILE_FLAGS.has(flag) || answer === undefined) continue;
    for (const value of valuesOfAnswer(kind, flag, answer))
      if (!scalars.has(value)) problems.push(`--${flag} ${value} is not in the file`);
  }
  for (const [flag, answer] of Object.entries(full)) {
    if (FILE_FLAGS.has(flag) || answers[flag] !== undefined || proposed.includes(flag)) continue;
    for (const value of valuesOfAnswer(kind, flag, answer!))
      if (scalars.has(value)) problems.push(`--${flag} was not given, yet ${value} is in the file`);
  }
  return problems;
}
