/**
 * What `npm run new -- <kind>` asks for each kind of entry, and the file it writes from the answers.
 * The rule: a file says only what the editor told. An optional answer left empty is left out of the
 * file (a commented-out line shows the field), never filled with a default that would read as a
 * fact. The one proposed answer is a news article's own publishing date (today), and the prompt
 * says so. Pure: asking, checking ids against the content folder and writing are scripts/new.ts.
 */
import { idSchema, webUrlSchema } from '../../schemas/common.ts';
import { patentNumberSchema, patentTypeOfNumber } from '../../schemas/achievement.ts';
import {
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_TYPES,
  PATENT_STATUSES,
  PATENT_TYPES,
  ADMIN_LEVELS,
  ASSESSMENT_GRADES,
  ASSESSMENT_OUTCOMES,
  AWARD_FAMILIES,
  AWARD_RANKS,
  INDUSTRIES,
  ORGANISATION_KINDS,
  PAIRING_KINDS,
  RECOGNITION_STAGES,
  SKILL_GRADES,
  STUDIO_KINDS,
  STUDIO_LEVELS,
} from '../../schemas/vocabulary.ts';
import type { CollectionName } from '../content/collections.ts';
import {
  documentId,
  idList,
  listAnswer,
  localized,
  personId,
  q,
  readDateAnswer,
  studioId,
  textId,
  unnumberedDocumentId,
  yamlDate,
  yamlField,
  yearOfDate,
} from './scaffold.ts';

/** The editor's answers, by flag name; an answer left empty is undefined. */
export type Answers = Record<string, string | undefined>;

/** The form an answer must take. */
export interface AnswerForm {
  /** What is expected, for the message. */
  expected: string;
  accepts: (value: string) => boolean;
}

export interface Field {
  /** The command-line flag, without --. */
  flag: string;
  /** Question asked in an interactive terminal. */
  ask: string;
  /** Required always, or depending on the other answers (one of two fields), saying when for --help. */
  required?: boolean | { when: (answers: Answers) => boolean; says: string };
  /** Asked only when this holds; a flag given is always read. */
  askWhen?: (answers: Answers) => boolean;
  choices?: readonly string[];
  /** Ids that must exist in this collection (for a list, each item; for "id:…" items, the part before the colon). */
  refers?: CollectionName;
  /** Several values separated by commas. */
  list?: boolean;
  form?: AnswerForm;
  /**
   * An answer proposed when none is given. Only for what is the entry's own choice, never a fact
   * about the world: the language of the file, the publishing date of a news article.
   */
  proposed?: (context: ScaffoldContext) => { value: string; note: string };
}

export interface ScaffoldContext {
  /** The publishing date, YYYY-MM-DD. */
  today: string;
}

export interface Kind {
  /** What the kind is, for --help. */
  about: string;
  fields: Field[];
  /** Rules across answers; each message names the flags concerned. */
  check?: (answers: Answers) => string[];
  /** Path of the new file under the content root, from its id. */
  path: (id: string, answers: Answers) => string;
  proposeId: (answers: Answers) => string;
  render: (answers: Answers, id: string) => string;
}

export const FORMS = {
  date: {
    expected: 'a date at the precision the source gives: "2019", "2019-11", "2019-11-20", or "before 2015-06"',
    accepts: (v: string) => readDateAnswer(v) !== undefined,
  },
  day: { expected: 'a day written YYYY-MM-DD', accepts: (v: string) => readDateAnswer(v)?.before === false && v.length === 10 },
  year: { expected: 'a year such as 2024', accepts: (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1949 && Number(v) <= 2100 },
  amount: { expected: 'a number of 万元, such as 3 or 2.5', accepts: (v: string) => /^\d+(\.\d+)?$/.test(v) },
  place: { expected: 'a whole number such as 3', accepts: (v: string) => /^[1-9]\d*$/.test(v) },
  url: { expected: 'a web address starting with http:// or https://', accepts: (v: string) => webUrlSchema.safeParse(v).success },
  id: { expected: 'an id of lower-case letters, digits and hyphens, such as "zhao-pengda"', accepts: (v: string) => idSchema.safeParse(v).success },
  result: {
    expected: `studio:grade, studio:grade:score or studio:grade:score:outcome (grades: ${ASSESSMENT_GRADES.join(', ')}; outcomes: ${ASSESSMENT_OUTCOMES.join(', ')})`,
    accepts: (v: string) => readResult(v) !== undefined,
  },
} satisfies Record<string, AnswerForm>;

/** One step of an achievement's history: stage[:date]. */
const readStep = (item: string): { stage: string; date?: string } | undefined => {
  const [stage, date, ...rest] = item.split(':');
  if (rest.length || !(ACHIEVEMENT_STAGES as readonly string[]).includes(stage!) || (date !== undefined && !readDateAnswer(date))) return undefined;
  return { stage: stage!, date };
};

/** One patent: number:type:status, the number's type digit agreeing with the type. */
const readPatent = (item: string): { number: string; type: string; status: string } | undefined => {
  const [number, type, status, ...rest] = item.split(':');
  if (
    rest.length ||
    !number ||
    !patentNumberSchema.safeParse(number).success ||
    patentTypeOfNumber(number) !== type ||
    !(PATENT_STATUSES as readonly string[]).includes(status!)
  )
    return undefined;
  return { number, type: type!, status: status! };
};

export const ACHIEVEMENT_FORMS = {
  step: {
    expected: `stage[:date] with stage one of ${ACHIEVEMENT_STAGES.join(', ')}, such as proposed:2021-08`,
    accepts: (v: string) => readStep(v) !== undefined,
  },
  patent: {
    expected: `number:type:status, such as 202120214587.1:utility-model:granted (types ${PATENT_TYPES.join(', ')}; the number's fifth digit gives the type; status ${PATENT_STATUSES.join(' or ')})`,
    accepts: (v: string) => readPatent(v) !== undefined,
  },
} satisfies Record<string, AnswerForm>;

interface AssessmentAnswer {
  studio: string;
  grade: string;
  score?: string;
  outcome?: string;
}

/** One assessment result as answered: studio:grade[:score][:outcome]. */
function readResult(item: string): AssessmentAnswer | undefined {
  const [studio, grade, ...rest] = item.split(':');
  if (!studio || !grade || !(ASSESSMENT_GRADES as readonly string[]).includes(grade) || rest.length > 2) return undefined;
  const score = rest.find((part) => /^\d+(\.\d+)?$/.test(part));
  const outcome = rest.find((part) => (ASSESSMENT_OUTCOMES as readonly string[]).includes(part));
  if (rest.length !== [score, outcome].filter(Boolean).length || (score !== undefined && Number(score) > 100)) return undefined;
  return { studio, grade, score, outcome };
}

/** Whether a field must be answered, given the other answers. */
export const isRequired = (field: Field, answers: Answers): boolean =>
  typeof field.required === 'object' ? field.required.when(answers) : field.required === true;

/** What is wrong with one answer, against its choices, its form and the ids that exist; empty when nothing. */
export function answerProblems(field: Field, value: string, exists: (collection: CollectionName, id: string) => boolean): string[] {
  const problems: string[] = [];
  const items = field.list ? listAnswer(value) : [value];
  for (const item of items) {
    if (field.choices && !field.choices.includes(item)) problems.push(`--${field.flag} "${item}" must be one of: ${field.choices.join(', ')}`);
    if (field.form && !field.form.accepts(item)) problems.push(`--${field.flag} "${item}" is not ${field.form.expected}`);
    const id = field.refers ? item.split(':')[0]! : undefined;
    if (field.refers && id && !exists(field.refers, id)) problems.push(`--${field.flag} "${id}" is not an entry of content/${field.refers}`);
  }
  const repeated = items.filter((item, i) => items.findIndex((other) => other.split(':')[0] === item.split(':')[0]) !== i);
  if (repeated.length) problems.push(`--${field.flag} names "${repeated[0]!.split(':')[0]}" twice; expected each once`);
  return problems;
}

/**
 * Everything wrong with a kind's answers: required answers missing (given the others), answers in
 * the wrong form or naming ids that do not exist, and rules across answers. Empty: the file can be written.
 */
export function answersProblems(kind: Kind, answers: Answers, exists: (collection: CollectionName, id: string) => boolean): string[] {
  return [
    ...kind.fields.flatMap((field) => {
      const value = answers[field.flag];
      if (value === undefined) return isRequired(field, answers) ? [`--${field.flag} is required: ${field.ask}`] : [];
      return answerProblems(field, value, exists);
    }),
    ...(kind.check?.(answers) ?? []),
  ];
}

// ---------------------------------------------------------------------------------------------
// Pieces shared by several kinds.

const hasSource = (a: Answers): boolean => Boolean(a['source-title'] || a['source-url'] || a['source-number']);

/** A public source: its title, number, publisher, date and address. Publisher and date are asked only once it is identified. */
function sourceFields(what: string, options: { number: boolean; title: boolean; required?: Field['required'] }): Field[] {
  return [
    ...(options.title ? [{ flag: 'source-title', ask: `出处标题 Title of the ${what}` }] : []),
    ...(options.number ? [{ flag: 'source-number', ask: '出处文号 Its document number, verbatim (无文号: leave blank)' }] : []),
    { flag: 'source-url', ask: '出处网址 Public address where it can be read (https://…)', form: FORMS.url, required: options.required },
    { flag: 'source-publisher', ask: '发布者 Who published it (a union website, a newspaper)', askWhen: hasSource },
    { flag: 'source-date', ask: '发布日期 When it was published', form: FORMS.date, askWhen: hasSource },
  ];
}

function sourceCheck(a: Answers): string[] {
  return (a['source-publisher'] || a['source-date']) && !hasSource(a)
    ? ['--source-publisher and --source-date describe a source: give its --source-url (or its --source-title or --source-number)']
    : [];
}

/** The key-value lines of a source, indented; undefined when no source was given. */
function sourceLines(a: Answers, indent: string): string[] | undefined {
  if (!hasSource(a)) return undefined;
  return [
    a['source-title'] && `title: ${q(a['source-title'])}`,
    a['source-number'] && `number: ${q(a['source-number'])}`,
    a['source-publisher'] && `publisher: ${q(a['source-publisher'])}`,
    a['source-date'] && `date: ${yamlDate(a['source-date'])}`,
    a['source-url'] && `url: ${q(a['source-url'])}`,
  ]
    .filter((line): line is string => Boolean(line))
    .map((line) => `${indent}${line}`);
}

/** `key: value` when told, else nothing: for optional keys inside list rows, whose rows have a comment of their own. */
const row = (indent: string, key: string, value: string | undefined): string[] => (value === undefined ? [] : [`${indent}${key}: ${value}`]);

const LEAVE_BLANK = '# Only what a source states: a fact left out is shown as not stated, never guessed.\n';
const flowList = (items: string[]) => `[${items.map(q).join(', ')}]`;

// ---------------------------------------------------------------------------------------------
// Kinds.

const organisation: Kind = {
  about: 'an employer or an issuing authority',
  fields: [
    { flag: 'name', ask: '全称 Full name (中文; blank when only the short name is known)' },
    { flag: 'name-en', ask: 'English name', askWhen: (a) => Boolean(a.name) },
    { flag: 'short-name', ask: '简称 Short name, such as 锦州市总工会', required: { when: (a) => !a.name, says: 'when no --name' } },
    { flag: 'kind', ask: '类型 Kind', choices: ORGANISATION_KINDS },
    { flag: 'level', ask: '级别 Level at which it acts', choices: ADMIN_LEVELS },
    { flag: 'region', ask: '地区 Region, such as 辽宁省锦州市' },
    { flag: 'industry', ask: '行业 Industry (employers)', choices: INDUSTRIES },
    { flag: 'parent', ask: '上级组织 id (content/organisations)', refers: 'organisations' },
    { flag: 'website', ask: '网站 Official website', form: FORMS.url },
  ],
  check: (a) => (a['name-en'] && !a.name ? ['--name-en translates --name: give the Chinese full name too'] : []),
  path: (id) => `organisations/${id}.yaml`,
  proposeId: (a) => textId(a['short-name'] ?? a.name!),
  render: (a) =>
    [
      '# Organisation: an employer or an issuing authority. Schema: src/schemas/organisation.ts\n',
      LEAVE_BLANK,
      yamlField(
        'name',
        'Full official name, Chinese first; { zh: …, en: … } for the English site. Give name, shortName or both.',
        a.name && localized(a.name, a['name-en']),
        '"全称"',
      ),
      yamlField('shortName', 'Short name used in tables, or the only name a source gives.', a['short-name'] && q(a['short-name']), '"简称"'),
      yamlField('kind', `What kind of body: ${ORGANISATION_KINDS.join(', ')}.`, a.kind, '<one of the above>'),
      yamlField('level', `Level at which it acts: ${ADMIN_LEVELS.join(', ')}.`, a.level, '<one of the above>'),
      yamlField('region', 'Province, city, district, town or street.', a.region && q(a.region), '"辽宁省锦州市"'),
      yamlField(
        'industry',
        'Industry, for employers (other, with industryText: 行业名称, when none fits).',
        a.industry,
        '<see src/schemas/vocabulary.ts INDUSTRIES>',
      ),
      yamlField('parent', 'The body above it: an id in content/organisations.', a.parent, '<organisation id>'),
      yamlField('website', 'Official website, shown as text.', a.website && q(a.website), '"https://…"'),
    ].join(''),
};

const person: Kind = {
  about: 'a studio leader, member or award winner',
  fields: [
    { flag: 'name', ask: '姓名 Name', required: true },
    { flag: 'name-en', ask: 'English name, such as Zhao Pengda' },
    { flag: 'job-title', ask: '职务 Job title or post' },
    { flag: 'employer', ask: '所在单位 id (content/organisations)', refers: 'organisations' },
    { flag: 'grade', ask: '技能等级 Skill grade', choices: SKILL_GRADES },
  ],
  path: (id) => `people/${id}.yaml`,
  proposeId: (a) => personId(a.name!),
  render: (a) =>
    [
      '# Person. Schema: src/schemas/person.ts\n',
      LEAVE_BLANK,
      yamlField('name', 'Full name; { zh: …, en: … } for the English site.', localized(a.name!, a['name-en']), '"姓名"'),
      yamlField('jobTitle', 'Job title or post.', a['job-title'] && q(a['job-title']), '"检修班班长"'),
      yamlField('employer', 'Employer: an id in content/organisations.', a.employer, '<organisation id>'),
      yamlField('skillGrade', `Highest skill or professional grade: ${SKILL_GRADES.join(', ')}.`, a.grade, '<one of the above>'),
      '# Honours, each with its title as worded; level, year and conferredBy (an organisation id) only when a source gives them.\n',
      '# honours:\n#   - title: 锦州市劳动模范\n#     level: municipal\n#     year: 2021\n',
      '# Short biography, portrait beside this file and its alternative text.\n# bio: "…"\n# photo: photos/portrait.jpg\n# photoAlt: "…"\n',
    ].join(''),
};

const studio: Kind = {
  about: 'a studio (its namings come from documents and designations: npm run new -- decision, -- designation)',
  fields: [
    { flag: 'title', ask: '正式名称 Official title, verbatim', required: true },
    { flag: 'title-en', ask: 'English title' },
    { flag: 'kind', ask: '类型 Kind', choices: STUDIO_KINDS },
    { flag: 'leader', ask: '领衔人 id (content/people; blank for a studio named after a topic)', refers: 'people' },
    { flag: 'employer', ask: '所在单位 id (content/organisations)', refers: 'organisations' },
    { flag: 'industry', ask: '行业 Industry', choices: INDUSTRIES },
    { flag: 'industry-text', ask: '行业（文字）Industry in words, when none of the list fits', askWhen: (a) => !a.industry || a.industry === 'other' },
    { flag: 'region', ask: '地区 Region, as precise as the source (province down to town or street)' },
    { flag: 'founded', ask: '成立时间 Founded: "2019", "2019-11", "2019-11-20" or "before 2015-06"', form: FORMS.date },
    { flag: 'focus', ask: '主攻方向 Focus areas, separated by commas', list: true },
    { flag: 'summary', ask: '简介 One-paragraph summary' },
  ],
  path: (id) => `studios/${id}.yaml`,
  proposeId: (a) => studioId(a.title!),
  render: (a, id) =>
    [
      '# Studio. Schema: src/schemas/studio.ts\n',
      '# Its namings, grades and pairings are not typed here: they come from documents and designations.\n',
      LEAVE_BLANK,
      yamlField('title', 'Official title, kept verbatim.', localized(a.title!, a['title-en']), '"…创新工作室"'),
      yamlField('kind', `Kind named by the title: ${STUDIO_KINDS.join(', ')}.`, a.kind, '<one of the above>'),
      yamlField('leader', 'Leader (领衔人): an id in content/people. A studio named after a topic may have none.', a.leader, '<person id>'),
      yamlField('employer', 'Employer: an id in content/organisations.', a.employer, '<organisation id>'),
      yamlField('industry', 'Industry (other, with industryText, when none fits).', a.industry, '<see src/schemas/vocabulary.ts INDUSTRIES>'),
      yamlField('industryText', 'The industry in words.', a['industry-text'] && q(a['industry-text']), '"行业名称"'),
      yamlField('region', 'Region, as precise as the source gives it.', a.region && q(a.region), '"辽宁省锦州市"'),
      yamlField(
        'founded',
        'When it was founded, at the precision the source gives: "2019", "2019-11", "2019-11-20", or { before: "2015-06" }.',
        a.founded && yamlDate(a.founded),
        '"YYYY-MM"',
      ),
      yamlField('focus', 'Focus areas, short phrases.', a.focus && flowList(listAnswer(a.focus)), '["…", "…"]'),
      '# Members: person (an id) or name, role (leader, deputy, core, member, mentor), grade (optional).\n',
      `# members:\n#   - person: ${a.leader ?? '<person id>'}\n#     role: leader\n#   - name: 张三\n#     role: member\n`,
      '# Headcount when larger than the members listed: a number, or { value: 20, qualifier: at-least }.\n# memberCount: 12\n',
      '# Left out, the status is active; revoked or merged (with mergedInto and statusDate) when a source says so.\n# status: revoked\n',
      yamlField('summary', 'One-paragraph description; { zh: …, en: … } for the English site.', a.summary && q(a.summary), '"…"'),
      `# A photo beside this file, and its alternative text.\n# photo: photos/${id}.jpg\n# photoAlt: 工作室全体成员合影\n`,
    ].join(''),
};

const competition: Kind = {
  about: 'a competition or award scheme, defined once: its awards take its level and family',
  fields: [
    { flag: 'name', ask: '名称 Name, such as 辽宁省职工技术创新成果评选', required: true },
    { flag: 'name-en', ask: 'English name' },
    { flag: 'family', ask: '类别 Family', required: true, choices: AWARD_FAMILIES },
    { flag: 'level', ask: '级别 Level of the competition', required: true, choices: ADMIN_LEVELS },
    { flag: 'organiser', ask: '主办单位 id (content/organisations)', refers: 'organisations' },
  ],
  path: (id) => `competitions/${id}.yaml`,
  proposeId: (a) => textId(a.name!),
  render: (a) =>
    [
      '# A competition or award scheme, defined once: awards won in it take its level and family. Schema: src/schemas/competition.ts\n',
      LEAVE_BLANK,
      yamlField('name', 'Name; { zh: …, en: … } for the English site.', localized(a.name!, a['name-en']), '"…"'),
      yamlField('organiser', 'Organiser: an id in content/organisations.', a.organiser, '<organisation id>'),
      yamlField('family', `${AWARD_FAMILIES.join(', ')}.`, a.family, '<one of the above>'),
      yamlField('level', `${ADMIN_LEVELS.join(', ')}.`, a.level, '<one of the above>'),
    ].join(''),
};

const award: Kind = {
  about: 'an award or a competition win (its competition must exist: npm run new -- competition)',
  fields: [
    { flag: 'competition', ask: '竞赛或评选 id (content/competitions)', required: true, refers: 'competitions' },
    { flag: 'rank', ask: '等次 Rank', required: true, choices: AWARD_RANKS },
    {
      flag: 'place',
      ask: '名次 Place (第N名)',
      form: FORMS.place,
      required: { when: (a) => a.rank === 'place', says: 'with --rank place' },
      askWhen: (a) => a.rank === 'place',
    },
    { flag: 'year', ask: '年度 Year of the round', required: true, form: FORMS.year },
    { flag: 'date', ask: '公布日期 Date announced: "2024", "2024-11" or "2024-11-20"', form: FORMS.date },
    { flag: 'achievement', ask: '成果名称 What won (project, result, entry)', required: true },
    { flag: 'person', ask: '获奖人 id (content/people), if a person won', refers: 'people' },
    { flag: 'studio', ask: '工作室 id (content/studios): the winner, or the studio credited', refers: 'studios' },
    { flag: 'team', ask: '获奖团队名称 Team name, if a team won', required: { when: (a) => !a.person && !a.studio, says: 'when no --person or --studio' } },
    { flag: 'team-members', ask: '团队成员 ids (content/people), separated by commas', refers: 'people', list: true, askWhen: (a) => Boolean(a.team) },
    ...sourceFields('result list or article', { number: true, title: true }),
  ],
  check: (a) => [
    ...(a.place && a.rank !== 'place' ? ['--place is given only with --rank place'] : []),
    ...(a['team-members'] && !a.team ? ['--team-members needs --team, the team name'] : []),
    ...sourceCheck(a),
  ],
  path: (id) => `awards/${id}.yaml`,
  proposeId: (a) => `${a.year}-${textId(a.achievement!, 5)}`,
  render: (a) => {
    const recipients = [
      ...(a.person ? ['  - type: person', `    person: ${a.person}`] : []),
      ...(a.team ? ['  - type: team', `    name: ${q(a.team)}`, ...row('    ', 'members', a['team-members'] && idList(listAnswer(a['team-members'])))] : []),
      ...(!a.person && !a.team && a.studio ? ['  - type: studio', `    studio: ${a.studio}`] : []),
    ];
    const source = sourceLines(a, '  ');
    return [
      '# Award or competition win. Schema: src/schemas/award.ts. Level and family come from the competition.\n',
      LEAVE_BLANK,
      yamlField('competition', 'The competition or award scheme: an id in content/competitions.', a.competition, '<competition id>'),
      yamlField('rank', `${AWARD_RANKS.join(', ')} (place needs place: N).`, a.rank, '<one of the above>'),
      ...(a.place ? [yamlField('place', 'The place (第N名).', a.place, 'N')] : []),
      yamlField('year', 'Year of the round.', a.year, 'YYYY'),
      yamlField('date', 'Date announced, at the precision known: "2024", "2024-11" or "2024-11-20".', a.date && yamlDate(a.date), '"YYYY-MM-DD"'),
      yamlField('achievement', 'What won.', q(a.achievement!), '"…"'),
      yamlField('recipients', 'Who won: people (person), teams (name, members) or studios (studio).', `\n${recipients.join('\n')}`, ''),
      ...(a.studio && (a.person || a.team) ? [yamlField('studio', 'The studio the win is credited to.', a.studio, '<studio id>')] : []),
      yamlField(
        'source',
        'Where the result was published: title, number, publisher, date, url.',
        source && `\n${source.join('\n')}`,
        '{ title: "…", url: "https://…" }',
      ),
    ].join('');
  },
};

const achievement: Kind = {
  about: 'an entry of the achievements register (成果库): an innovation, patent, proposal, "five small" or QC result, named method …',
  fields: [
    { flag: 'title', ask: '成果名称 Title, verbatim', required: true },
    { flag: 'title-en', ask: '英文名称 English title, if one is given' },
    { flag: 'type', ask: '成果类型 Type', required: true, choices: ACHIEVEMENT_TYPES },
    { flag: 'studios', ask: '所属工作室 ids (content/studios), separated by commas', refers: 'studios', list: true },
    { flag: 'people', ask: '完成人 ids (content/people), separated by commas', refers: 'people', list: true },
    { flag: 'other-people', ask: '其他完成人 Names of people without a page, separated by commas', list: true },
    {
      flag: 'team',
      ask: '团队名称 Team credited (a QC group)',
      required: { when: (a) => !a.studios && !a.people && !a['other-people'], says: 'when no --studios, --people or --other-people' },
    },
    { flag: 'date', ask: '完成时间 When it was made: "2021", "2021-06" or "2021-06-15"', form: FORMS.date },
    {
      flag: 'status',
      ask: `进展 Steps as stage[:date], oldest first, separated by commas (${ACHIEVEMENT_STAGES.join(', ')})`,
      list: true,
      form: ACHIEVEMENT_FORMS.step,
    },
    { flag: 'benefit', ask: '经济效益（万元）Benefit, as stated', form: FORMS.amount },
    {
      flag: 'benefit-period',
      ask: '效益统计期间 Period of the benefit: "2022" or "2022-06"',
      form: FORMS.date,
      required: { when: (a) => Boolean(a.benefit), says: 'with --benefit' },
      askWhen: (a) => Boolean(a.benefit),
    },
    { flag: 'patents', ask: '专利 Patents as number:type:status, separated by commas', list: true, form: ACHIEVEMENT_FORMS.patent },
    { flag: 'summary', ask: '摘要 One sentence for lists and search' },
    { flag: 'source-url', ask: '出处网址 Public address where it is reported (https://…)', form: FORMS.url },
  ],
  check: (a) => [
    ...(a['benefit-period'] && !a.benefit ? ['--benefit-period is the period of --benefit: give the amount too'] : []),
    ...(a['benefit-period'] && readDateAnswer(a['benefit-period'])?.before ? ['--benefit-period is a year or a month, not "before" one'] : []),
  ],
  path: (id) => `achievements/${id}.md`,
  proposeId: (a) => textId(a.title!, 6),
  render: (a) => {
    const steps = listAnswer(a.status).map((item) => readStep(item)!);
    const patents = listAnswer(a.patents).map((item) => readPatent(item)!);
    return [
      '---',
      '# Achievements register entry. Schema: src/schemas/achievement.ts. Awards point here with achievementId: <this file name>.',
      LEAVE_BLANK.trimEnd(),
      yamlField('title', 'Title, verbatim in Chinese (with en: when an English title is given).', localized(a.title!, a['title-en']), '"…"').trimEnd(),
      yamlField('type', `Kind of result: ${ACHIEVEMENT_TYPES.join(', ')}.`, a.type, '<one of the above>').trimEnd(),
      yamlField('studios', 'Studios it comes from (ids).', a.studios && idList(listAnswer(a.studios)), '[<studio id>]').trimEnd(),
      yamlField('people', 'People with a page who made it (ids).', a.people && idList(listAnswer(a.people)), '[<person id>]').trimEnd(),
      yamlField('otherPeople', 'People without a page, by name.', a['other-people'] && flowList(listAnswer(a['other-people'])), '["姓名"]').trimEnd(),
      yamlField('team', 'The team it is credited to.', a.team && q(a.team), '"…"').trimEnd(),
      yamlField('date', 'When it was made or completed, at the precision known.', a.date && yamlDate(a.date), '"YYYY-MM"').trimEnd(),
      yamlField(
        'status',
        `Its history, oldest first: ${ACHIEVEMENT_STAGES.join(', ')}; each with a date where known, never going back in time.`,
        steps.length ? `\n${steps.map((step) => `  - { stage: ${step.stage}${step.date ? `, date: ${yamlDate(step.date)}` : ''} }`).join('\n')}` : undefined,
        '[{ stage: implemented, date: "YYYY" }]',
      ).trimEnd(),
      '# For a batch entry (several results the source gives only as a number): how many.',
      '# count: N   (未注明 not stated)',
      yamlField(
        'benefit',
        'Economic benefit in 万元 and the period it was measured over (required with an amount).',
        a.benefit && `\n  amount: ${a.benefit}\n  period: ${yamlDate(a['benefit-period']!)}`,
        '{ amount: N, period: "YYYY" }',
      ).trimEnd(),
      yamlField(
        'patents',
        `Patents: number (unique in the register), type (${PATENT_TYPES.join(', ')}), status (${PATENT_STATUSES.join(', ')}), filed, granted.`,
        patents.length
          ? `\n${patents.map((patent) => `  - { number: ${q(patent.number)}, type: ${patent.type}, status: ${patent.status} }`).join('\n')}`
          : undefined,
        '[{ number: "…", type: …, status: … }]',
      ).trimEnd(),
      '# Units where it is applied.',
      '# appliedAt: ["单位名称"]   (未注明 not stated)',
      '# Union documents (ids in content/documents) and news (file names in content/news/zh) about it.',
      '# documents: [<document id>]   (未注明 not stated)',
      '# news: [<news file name>]   (未注明 not stated)',
      yamlField('summary', 'One sentence for lists and search.', a.summary && q(a.summary), '"…"').trimEnd(),
      '# Photos and files beside this file: photos: [{ file: photos/x.jpg, alt: "…" }], attachments: [{ file: x.pdf, title: "…" }].',
      yamlField(
        'sources',
        'Where it was published: title, number, publisher, date, url.',
        a['source-url'] && `\n  - url: ${q(a['source-url'])}`,
        '[{ title: "…", url: "https://…" }]',
      ).trimEnd(),
      '---',
      '',
      '在此介绍成果：问题、做法、效果。',
      '',
    ].join('\n');
  },
};

type DocumentType = 'naming-decision' | 'selection-notice' | 'commendation' | 'assessment-notice' | 'pairing-notice';

/** The studios a document lists, with the level and wording it gives them (named, selected or commended). */
function listedStudioFields(what: string, levelAsk: string, designationAsk: string, funding: string | undefined): Field[] {
  return [
    { flag: 'studios', ask: `${what} ids (content/studios), separated by commas, in the order of the list`, required: true, refers: 'studios', list: true },
    { flag: 'level', ask: levelAsk, required: true, choices: STUDIO_LEVELS },
    { flag: 'designation', ask: designationAsk },
    ...(funding ? [{ flag: 'funding', ask: funding, form: FORMS.amount }] : []),
  ];
}

const cycleFields: Field[] = [
  { flag: 'cycle-year', ask: '年度 Cycle year (年度), when it differs from the year of the date', form: FORMS.year },
  { flag: 'batch', ask: '批次 Batch, such as 第三批' },
];

function documentKind(type: DocumentType, about: string, specific: Field[]): Kind {
  return {
    about,
    fields: [
      { flag: 'number', ask: '文号 Document number, verbatim, such as 锦工发〔2026〕1号 (无文号: leave blank)' },
      {
        flag: 'issuers',
        ask: '发文单位 ids (content/organisations): the issuer, then co-issuers of a joint document, separated by commas',
        required: true,
        refers: 'organisations',
        list: true,
      },
      { flag: 'date', ask: '成文日期 Date of issue: "2026", "2026-11" or "2026-11-20"', required: true, form: FORMS.date },
      { flag: 'title', ask: '标题 Title as printed', required: true },
      { flag: 'summary', ask: '摘要 One-sentence summary (no counts: the page computes them)' },
      { flag: 'addressees', ask: '主送 Addressees, as printed' },
      ...sourceFields('web page', { number: false, title: false }),
      ...specific,
    ],
    check: (a) => [
      ...sourceCheck(a),
      ...(type === 'pairing-notice' && listAnswer(a.studios).length < 2 ? ['--studios: a pairing needs at least two studios'] : []),
    ],
    path: (id) => `documents/${id}.mdx`,
    proposeId: (a) => (a.number ? documentId(a.number) : unnumberedDocumentId(a.title!, a.date)),
    render: (a) => {
      const [issuer, ...coIssuers] = listAnswer(a.issuers);
      const source = sourceLines(a, '    ');
      const frontMatter = [
        `# ${type}. Schema: src/schemas/document.ts. The full text goes below the front matter.\n`,
        LEAVE_BLANK,
        `type: ${type}\n`,
        yamlField(
          'number',
          'Document number, verbatim with its 〔〕 brackets; left out for an unnumbered document (无文号).',
          a.number && q(a.number),
          '"锦工发〔YYYY〕N号"',
        ),
        yamlField('issuer', 'Issuer: an id in content/organisations.', issuer, '<organisation id>'),
        yamlField('coIssuers', 'Co-issuers of a joint document (ids).', coIssuers.length ? idList(coIssuers) : undefined, '[<organisation id>]'),
        yamlField('date', 'Date of issue, at the precision known: "2026", "2026-11" or "2026-11-20".', yamlDate(a.date!), '"YYYY-MM-DD"'),
        yamlField('title', 'Title as printed.', q(a.title!), '"关于……的决定"'),
        yamlField('addressees', 'Addressees (主送), as printed.', a.addressees && q(a.addressees), '"各县（市）区总工会："'),
        yamlField('summary', 'One sentence for lists, feeds and search: no counts, the page computes them.', a.summary && q(a.summary), '"…"'),
        yamlField(
          'sources',
          'Where it can be read publicly: url, publisher, date.',
          source && `\n${source.join('\n').replace(/^ {4}/, '  - ')}`,
          '[{ url: "https://…", publisher: "…" }]',
        ),
        '# Original files beside this one.\n# attachments:\n#   - file: attachments/original.pdf\n#     title: 原件\n',
        ...documentSpecific(type, a),
        '# true keeps it out of the production build; npm run dev shows it.\ndraft: false\n',
      ];
      return `---\n${frontMatter.join('')}---\n\n{/* 在此粘贴文件正文（不含附件名单：名单由上面的字段生成）。 */}\n`;
    },
  };
}

function documentSpecific(type: DocumentType, a: Answers): string[] {
  const cycle = [
    yamlField('cycleYear', 'The cycle year (年度), when it differs from the year of the date.', a['cycle-year'], 'YYYY'),
    yamlField('batch', 'Batch, such as 第三批.', a.batch && q(a.batch), '"第N批"'),
  ];
  const listed = (key: string, about: string) => {
    const rows = listAnswer(a.studios).flatMap((studio) => [
      `  - studio: ${studio}`,
      `    level: ${a.level}`,
      ...row('    ', 'designation', a.designation && q(a.designation)),
      ...row('    ', 'funding', a.funding),
    ]);
    return yamlField(key, about, `\n${rows.join('\n')}`, '');
  };
  switch (type) {
    case 'naming-decision':
      return [
        ...cycle,
        listed(
          'named',
          'The studios named, in the order of the list: studio, level, designation and funding (万元) as the decision gives them; group: for a grouped list.',
        ),
      ];
    case 'selection-notice':
      return [
        ...cycle,
        listed('selected', 'The studios selected and announced for public comment (公示), not yet named: studio, level, designation as worded.'),
      ];
    case 'commendation':
      return [
        listed('commended', 'The studios commended or rewarded: studio, level (of the commending body), designation as worded, funding (the reward, 万元).'),
      ];
    case 'assessment-notice': {
      const rows = listAnswer(a.results).flatMap((item) => {
        const result = readResult(item)!;
        return [`  - studio: ${result.studio}`, `    grade: ${result.grade}`, ...row('    ', 'score', result.score), ...row('    ', 'outcome', result.outcome)];
      });
      return [
        yamlField('cycle', 'Cycle assessed, as printed.', q(a.cycle!), '"2022—2024"'),
        yamlField(
          'results',
          'Per studio: grade, score when published, outcome (left out: retained; rectify or revoked when the notice says so).',
          `\n${rows.join('\n')}`,
          '',
        ),
        '# Pairings announced in the same notice.\n# pairings:\n#   - studios: [<studio id>, <studio id>]\n#     kind: pair\n',
      ];
    }
    case 'pairing-notice':
      return [
        yamlField(
          'pairings',
          'Studios paired; for incubation the first incubates the others. topic and jointProjects only when the notice states them.',
          `\n${[`  - studios: ${idList(listAnswer(a.studios))}`, `    kind: ${a['pairing-kind']}`, ...row('    ', 'topic', a.topic && q(a.topic))].join('\n')}`,
          '',
        ),
      ];
  }
}

const designation: Kind = {
  about: 'a recognition whose document is not in the archive (an ACFTU list, a 公示 read in the news), with its source',
  fields: [
    { flag: 'studio', ask: '工作室 id (content/studios)', required: true, refers: 'studios' },
    { flag: 'level', ask: '级别 Level granted (for a commendation, the level of the commending body)', required: true, choices: STUDIO_LEVELS },
    { flag: 'stage', ask: '阶段 Stage: named (命名), publicised (公示), commended (表彰); blank = named', choices: RECOGNITION_STAGES },
    { flag: 'designation', ask: '称号 Designation as worded, such as 全国示范性劳模和工匠人才创新工作室' },
    { flag: 'date', ask: '日期 Date: "2019", "2019-11", "2019-11-20" or "before 2015-06"', form: FORMS.date },
    ...cycleFields,
    { flag: 'funding', ask: '资助或奖励（万元）Funding or reward', form: FORMS.amount },
    { flag: 'issuers', ask: '发文单位 ids (content/organisations), separated by commas for a joint decision', refers: 'organisations', list: true },
    ...sourceFields('list, notice or article', {
      number: true,
      title: true,
      required: { when: (a) => !a.issuers && !a['source-title'] && !a['source-number'], says: 'when no --issuers, --source-title or --source-number' },
    }),
  ],
  check: sourceCheck,
  path: (id) => `designations/${id}.yaml`,
  proposeId: (a) =>
    [a.studio, a.level, a.stage && a.stage !== 'named' ? a.stage : undefined, a['cycle-year'] ?? (a.date && yearOfDate(a.date))].filter(Boolean).join('-'),
  render: (a) => {
    const source = sourceLines(a, '  ');
    return [
      '# A recognition whose document is not in the archive. Schema: src/schemas/designation.ts\n',
      '# Recognitions made by a document in content/documents are not repeated here.\n',
      LEAVE_BLANK,
      yamlField('studio', 'The studio: an id in content/studios.', a.studio, '<studio id>'),
      yamlField('level', `Level: ${STUDIO_LEVELS.join(', ')}.`, a.level, '<one of the above>'),
      yamlField(
        'stage',
        'Left out, the studio is named; publicised for a 公示, commended for a commendation of a named studio.',
        a.stage,
        'publicised | commended',
      ),
      yamlField('designation', 'The designation as worded by the issuer.', a.designation && q(a.designation), '"…"'),
      yamlField(
        'issuers',
        'The bodies that named it (ids in content/organisations); several for a joint decision.',
        a.issuers && idList(listAnswer(a.issuers)),
        '[<organisation id>]',
      ),
      yamlField(
        'date',
        'Date, at the precision the source gives: "2019", "2019-11", "2019-11-20", or { before: "2015-06" }.',
        a.date && yamlDate(a.date),
        '"YYYY"',
      ),
      yamlField('cycleYear', 'The cycle year (年度), when it differs from the year of the date or the date is unknown.', a['cycle-year'], 'YYYY'),
      yamlField('batch', 'Batch, such as 第三批.', a.batch && q(a.batch), '"第N批"'),
      yamlField('funding', 'Funding granted, or the reward of a commendation, in 万元.', a.funding, 'N'),
      yamlField(
        'source',
        'Where it was published: title, number, publisher, date, url.',
        source && `\n${source.join('\n')}`,
        '{ title: "…", url: "https://…" }',
      ),
    ].join('');
  },
};

const LANGUAGE: Field = { flag: 'lang', ask: '语言 Language', choices: ['zh', 'en'], proposed: () => ({ value: 'zh', note: 'Chinese' }) };

const news: Kind = {
  about: 'a news article (Chinese; --lang en --slug <slug> translates an existing one)',
  fields: [
    LANGUAGE,
    { flag: 'title', ask: '标题 Headline', required: true },
    { flag: 'summary', ask: '摘要 One or two sentences', required: true },
    {
      flag: 'date',
      ask: '发布日期 Date published, YYYY-MM-DD (a future date schedules it)',
      form: FORMS.day,
      proposed: ({ today }) => ({ value: today, note: 'today, the publishing date' }),
    },
    { flag: 'studios', ask: '相关工作室 ids (content/studios), separated by commas', refers: 'studios', list: true },
    { flag: 'people', ask: '相关人员 ids (content/people), separated by commas', refers: 'people', list: true },
    { flag: 'tags', ask: '专题 topic ids (content/topics), separated by commas', refers: 'topics', list: true },
    {
      flag: 'slug',
      ask: "网址名 Slug, the file name (the Chinese original's, for a translation)",
      form: FORMS.id,
      required: { when: (a) => a.lang === 'en', says: 'with --lang en' },
    },
  ],
  check: (a) => (a.lang === 'en' && !a.slug ? ['--slug is required for an English article: the file name of the Chinese original'] : []),
  // Plain Markdown: rendered by the content layer, far cheaper at scale than MDX (which compiles each file into a module).
  path: (id, a) => `news/${a.lang ?? 'zh'}/${id}.md`,
  proposeId: (a) => a.slug ?? `${a.date}-${textId(a.title!, 5)}`,
  render: (a) =>
    [
      '---',
      '# News article. Schema: src/schemas/news.ts. The English version has the same file name in news/en/.',
      `title: ${q(a.title!)}`,
      '# Date published; a future date keeps it out of the site until that day.',
      `date: ${q(a.date!)}`,
      '# One or two sentences for lists, feeds and search.',
      `summary: ${q(a.summary!)}`,
      yamlField('studios', 'Studios the article is about (ids).', a.studios && idList(listAnswer(a.studios)), '[<studio id>]').trimEnd(),
      yamlField('people', 'People it mentions (ids).', a.people && idList(listAnswer(a.people)), '[<person id>]').trimEnd(),
      yamlField('tags', 'Topics (ids in content/topics).', a.tags && idList(listAnswer(a.tags)), '[<topic id>]').trimEnd(),
      '# cover: images/cover.jpg   (beside this file)',
      '# coverAlt: 图片说明',
      '# true keeps it out of the production build; npm run dev shows it.',
      'draft: false',
      '---',
      '',
      a.lang === 'en' ? 'Write the article here.' : '在此撰写正文。',
      '',
    ].join('\n'),
};

const report: Kind = {
  about: "the narrative of a year's report",
  fields: [
    { flag: 'year', ask: '年度 Year reported on', required: true, form: FORMS.year },
    LANGUAGE,
    { flag: 'title', ask: '标题 Title', required: true },
    { flag: 'summary', ask: '摘要 One-paragraph summary', required: true },
  ],
  path: (id, a) => `reports/${a.lang ?? 'zh'}/${id}.mdx`,
  proposeId: (a) => a.year!,
  render: (a) => `---
# The narrative of a year's report. Schema: src/schemas/report.ts. Figures and charts are computed: do not type numbers here.
year: ${a.year}
title: ${q(a.title!)}
summary: ${q(a.summary!)}
draft: false
---

${a.lang === 'en' ? 'Write the year in brief here.' : '在此撰写年度综述。'}
`,
};

export const KINDS: Record<string, Kind> = {
  organisation,
  person,
  studio,
  competition,
  award,
  achievement,
  decision: documentKind('naming-decision', 'a naming decision and the studios it names', [
    ...listedStudioFields(
      '命名的工作室',
      '命名级别 Level granted',
      '命名称号 Designation as worded, such as 锦州市劳模创新工作室',
      '资助（万元）Funding per studio',
    ),
    ...cycleFields,
  ]),
  selection: documentKind('selection-notice', 'a 公示: studios selected and announced for public comment, not yet named', [
    ...listedStudioFields('公示的工作室', '拟命名级别 Level proposed', '拟命名称号 Designation as worded', undefined),
    ...cycleFields,
  ]),
  commendation: documentKind('commendation', 'a commendation or reward of studios already named', [
    ...listedStudioFields(
      '表彰的工作室',
      '级别 Level of the commending body',
      '表彰称号 Commendation as worded, such as 优秀劳模创新工作室',
      '奖励（万元）Reward per studio',
    ),
  ]),
  assessment: documentKind('assessment-notice', 'an assessment notice with the grade of each studio', [
    { flag: 'cycle', ask: '考核周期 Cycle, such as 2022—2024', required: true },
    {
      flag: 'results',
      ask: `结果 Results as studio:grade[:score][:outcome], separated by commas (grades: ${ASSESSMENT_GRADES.join(', ')})`,
      required: true,
      refers: 'studios',
      list: true,
      form: FORMS.result,
    },
  ]),
  pairing: documentKind('pairing-notice', 'a pairing notice', [
    {
      flag: 'studios',
      ask: '结对的工作室 ids (content/studios), separated by commas; for incubation the incubator first',
      required: true,
      refers: 'studios',
      list: true,
    },
    { flag: 'pairing-kind', ask: '形式 Form', required: true, choices: PAIRING_KINDS },
    { flag: 'topic', ask: '共建内容 Topic, when the notice states it' },
  ]),
  designation,
  news,
  report,
};
