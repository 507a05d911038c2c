/**
 * What `npm run new -- <kind>` asks for each kind of entry, and the file it writes from the answers.
 * Each flag names the schema field it answers; its question (label, hint and example in the
 * terminal's language), choices, referred collection and, for one top-level field, whether it is
 * required come from the schema (questions.ts). What stays here is what a schema cannot say: the
 * syntax of compound answers (studio:grade:score), rules across answers, proposed ids, file paths,
 * and, per kind, the schema fields not asked and why (a unit test fails on any other field).
 * The rule: a file says only what the editor told. An optional answer left empty is left out of the
 * file (a commented-out line shows the field), never filled with a default that would read as a
 * fact. The one proposed answer is a news article's own publishing date (today), and the prompt
 * says so. Pure: asking, checking ids against the content folder and writing are scripts/new.ts.
 */
import type { z } from 'astro/zod';
import { idSchema, webUrlSchema } from '../../schemas/common.ts';
import type { Bilingual } from '../../schemas/field-meta.ts';
import { fieldsOf, shapeOf, type FieldShape, type FormField } from '../content/schema-fields.ts';
import { COLLECTIONS } from '../content/collections.ts';
import { fieldAt, questionLabel, schemaAnswer, type Question } from './questions.ts';
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
  ORGANISATION_KINDS,
  SKILL_GRADES,
  STUDIO_KINDS,
  STUDIO_LEVELS,
  STUDIO_STATUSES,
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
  readQuantityAnswer,
  studioId,
  textId,
  unnumberedDocumentId,
  yamlDate,
  yamlField,
  yamlQuantity,
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
  /**
   * The schema field it answers (`title`, `source.url`, `named[].level`), or several (the issuer
   * and co-issuers of `--issuers`): the first gives the question. None for a flag that chooses the
   * file (its language, its name).
   */
  schema?: string | string[];
  /** The English of a text field (`--name-en` for `name`). */
  part?: 'en';
  /** What is asked: the schema field's label, hint and example, or hand-written for a flag that answers no field. */
  question: Question;
  /** Required always, or depending on the other answers (one of two fields), saying when for --help. */
  required?: boolean | { when: (answers: Answers) => boolean; says: string };
  /** Asked only when this holds; a flag given is always read. */
  askWhen?: (answers: Answers) => boolean;
  choices?: readonly string[];
  /** Ids that must exist in this collection (for a list, each item; for "id:…" items, the part before the colon). */
  refers?: CollectionName;
  /** What the id leaves out of the entry's id (`zh/` for a Chinese article named by its file name). */
  idPrefix?: string;
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
  /** The collection it writes to. */
  collection: CollectionName;
  /** The fields of the collection's schema (of the document type, for a document). */
  schemaFields: FormField[];
  fields: Field[];
  /** Schema fields no flag answers (paths, `named.group` for a field of each row), each with the reason. */
  notAsked: Record<string, string>;
  /** Rules across answers; each message names the flags concerned. */
  check?: (answers: Answers) => string[];
  /** Path of the new file under the content root, from its id. */
  path: (id: string, answers: Answers) => string;
  proposeId: (answers: Answers) => string;
  render: (answers: Answers, id: string) => string;
}

export const FORMS = {
  date: {
    expected:
      'a date at the precision the source gives: "2019", "2019-11", "2019-11-20", "before 2015-06", "by 2023-06-15" (reported by), "shortly before 2023-06-15" (近日) or "07-14" (no year)',
    accepts: (v: string) => readDateAnswer(v) !== undefined,
  },
  day: {
    expected: 'a day written YYYY-MM-DD',
    accepts: (v: string) => readDateAnswer(v)?.bound === undefined && v.length === 10,
  },
  year: {
    expected: 'a year such as 2024',
    accepts: (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1949 && Number(v) <= 2100,
  },
  amount: {
    expected: 'a number of 万元, such as 3 or 2.5',
    accepts: (v: string) => /^\d+(\.\d+)?$/.test(v),
  },
  place: { expected: 'a whole number such as 3', accepts: (v: string) => /^[1-9]\d*$/.test(v) },
  url: {
    expected: 'a web address starting with http:// or https://',
    accepts: (v: string) => webUrlSchema.safeParse(v).success,
  },
  id: {
    expected: 'an id of lower-case letters, digits and hyphens, such as "zhao-pengda"',
    accepts: (v: string) => idSchema.safeParse(v).success,
  },
  quantity: {
    expected:
      'a number as the source gives it: 20, 20+ for at least 20 (多, 余, 以上), 近20 for nearly 20 (近, 将近, 接近), ~20 for about 20 (约)',
    accepts: (v: string) => readQuantityAnswer(v) !== undefined,
  },
  result: {
    expected: `studio:grade, studio:grade:score or studio:grade:score:outcome (grades: ${ASSESSMENT_GRADES.join(', ')}; outcomes: ${ASSESSMENT_OUTCOMES.join(', ')})`,
    accepts: (v: string) => readResult(v) !== undefined,
  },
} satisfies Record<string, AnswerForm>;

/** One step of an achievement's history: stage[:date]. */
const readStep = (item: string): { stage: string; date?: string } | undefined => {
  const [stage, date, ...rest] = item.split(':');
  if (
    rest.length ||
    !(ACHIEVEMENT_STAGES as readonly string[]).includes(stage!) ||
    (date !== undefined && !readDateAnswer(date))
  )
    return undefined;
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
  if (
    !studio ||
    !grade ||
    !(ASSESSMENT_GRADES as readonly string[]).includes(grade) ||
    rest.length > 2
  )
    return undefined;
  const score = rest.find((part) => /^\d+(\.\d+)?$/.test(part));
  const outcome = rest.find((part) => (ASSESSMENT_OUTCOMES as readonly string[]).includes(part));
  if (
    rest.length !== [score, outcome].filter(Boolean).length ||
    (score !== undefined && Number(score) > 100)
  )
    return undefined;
  return { studio, grade, score, outcome };
}

/** A flag as written in a kind, before the schema fills in its question. */
type FieldSpec = Omit<Field, 'question'> & {
  /** Hand-written, only for a flag that answers no schema field. */
  question?: Question;
  /** How to write a compound answer, added to the schema's label. */
  syntax?: Bilingual;
};

const IDS: Bilingual = { zh: '标识，多个用逗号分隔', en: 'ids, separated by commas' };
const ID: Bilingual = { zh: '标识', en: 'id' };
const LIST: Bilingual = { zh: '多个用逗号分隔', en: 'separated by commas' };
const QUANTITY: Bilingual = {
  zh: '数字；“20多”写 20+，“约20”写 ~20',
  en: 'a number; 20+ for at least 20, ~20 for about 20',
};

/** The form an answer takes, told by the schema field's shape. */
function formOf(shape: FieldShape): AnswerForm | undefined {
  const kinds: Partial<Record<FieldShape['kind'], AnswerForm>> = {
    partialDate: FORMS.date,
    day: FORMS.day,
    url: FORMS.url,
    quantity: FORMS.quantity,
  };
  return kinds[shape.kind];
}

/** A flag with what its schema field says: the question, choices, referred collection, list, form and required-ness. */
function bind(spec: FieldSpec, schemaFields: FormField[]): Field {
  const paths = typeof spec.schema === 'string' ? [spec.schema] : (spec.schema ?? []);
  for (const path of paths) fieldAt(schemaFields, path);
  const { syntax, ...field } = spec;
  if (!paths.length) {
    if (!spec.question)
      throw new Error(`--${spec.flag} answers no schema field and has no question`);
    return field as Field;
  }
  const answer = schemaAnswer(schemaFields, paths[0]!, spec.part);
  const list = spec.list ?? answer.list;
  const choices =
    spec.choices ??
    answer.choices ??
    (answer.shape.kind === 'boolean' ? ['true', 'false'] : undefined);
  const written =
    syntax ??
    (answer.shape.kind === 'quantity'
      ? QUANTITY
      : answer.refers
        ? list
          ? IDS
          : ID
        : list && !choices
          ? LIST
          : undefined);
  const required = spec.required ?? (answer.required || undefined);
  const form = spec.form ?? formOf(answer.shape);
  return {
    ...field,
    question: { ...answer.question, ...(written ? { syntax: written } : {}) },
    ...(required ? { required } : {}),
    ...(choices ? { choices } : {}),
    ...(answer.refers ? { refers: answer.refers.collection } : {}),
    ...(answer.refers?.idPrefix ? { idPrefix: answer.refers.idPrefix } : {}),
    ...(list ? { list } : {}),
    ...(form ? { form } : {}),
  };
}

type KindSpec = Omit<Kind, 'fields' | 'schemaFields' | 'collection'> & { fields: FieldSpec[] };

/** A kind of a collection (of one document type), its flags bound to the schema's fields. */
function kindOf(collection: CollectionName, spec: KindSpec, documentType?: string): Kind {
  const schema: z.ZodType = COLLECTIONS[collection].schema;
  const shape = shapeOf(schema);
  const schemaFields =
    documentType && shape.kind === 'variants'
      ? shape.options.find((option) => option.value === documentType)!.fields
      : fieldsOf(schema);
  return {
    ...spec,
    collection,
    schemaFields,
    fields: spec.fields.map((field) => bind(field, schemaFields)),
  };
}

/** Whether a field must be answered, given the other answers. */
export const isRequired = (field: Field, answers: Answers): boolean =>
  typeof field.required === 'object' ? field.required.when(answers) : field.required === true;

/** What is wrong with one answer, against its choices, its form and the ids that exist; empty when nothing. */
export function answerProblems(
  field: Field,
  value: string,
  exists: (collection: CollectionName, id: string) => boolean,
): string[] {
  const problems: string[] = [];
  const items = field.list ? listAnswer(value) : [value];
  for (const item of items) {
    if (field.choices && !field.choices.includes(item))
      problems.push(`--${field.flag} "${item}" must be one of: ${field.choices.join(', ')}`);
    if (field.form && !field.form.accepts(item))
      problems.push(`--${field.flag} "${item}" is not ${field.form.expected}`);
    const id = field.refers ? item.split(':')[0]! : undefined;
    if (field.refers && id && !exists(field.refers, `${field.idPrefix ?? ''}${id}`))
      problems.push(`--${field.flag} "${id}" is not an entry of content/${field.refers}`);
  }
  const repeated = items.filter(
    (item, i) => items.findIndex((other) => other.split(':')[0] === item.split(':')[0]) !== i,
  );
  if (repeated.length)
    problems.push(
      `--${field.flag} names "${repeated[0]!.split(':')[0]}" twice; expected each once`,
    );
  return problems;
}

/**
 * Everything wrong with a kind's answers: required answers missing (given the others), answers in
 * the wrong form or naming ids that do not exist, and rules across answers. Empty: the file can be written.
 */
export function answersProblems(
  kind: Kind,
  answers: Answers,
  exists: (collection: CollectionName, id: string) => boolean,
): string[] {
  return [
    ...kind.fields.flatMap((field) => {
      const value = answers[field.flag];
      if (value === undefined)
        return isRequired(field, answers)
          ? [`--${field.flag} is required: ${questionLabel(field.question, 'en')}`]
          : [];
      return answerProblems(field, value, exists);
    }),
    ...(kind.check?.(answers) ?? []),
  ];
}

// ---------------------------------------------------------------------------------------------
// Pieces shared by several kinds.

const hasSource = (a: Answers): boolean =>
  Boolean(a['source-title'] || a['source-url'] || a['source-number']);

/**
 * A public source (`source`, or one row of `sources`): its title, number, publisher, date and
 * address, one flag each. Publisher and date are asked only once it is identified.
 */
function sourceFields(
  at: 'source' | 'sources[]',
  options: { number: boolean; title: boolean; required?: Field['required'] },
): FieldSpec[] {
  return [
    ...(options.title ? [{ flag: 'source-title', schema: `${at}.title` }] : []),
    ...(options.number ? [{ flag: 'source-number', schema: `${at}.number` }] : []),
    {
      flag: 'source-url',
      schema: `${at}.url`,
      form: FORMS.url,
      ...(options.required ? { required: options.required } : {}),
    },
    { flag: 'source-publisher', schema: `${at}.publisher`, askWhen: hasSource },
    { flag: 'source-date', schema: `${at}.date`, askWhen: hasSource },
  ];
}

function sourceCheck(a: Answers): string[] {
  return (a['source-publisher'] || a['source-date']) && !hasSource(a)
    ? [
        '--source-publisher and --source-date describe a source: give its --source-url (or its --source-title or --source-number)',
      ]
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
const row = (indent: string, key: string, value: string | undefined): string[] =>
  value === undefined ? [] : [`${indent}${key}: ${value}`];

const LEAVE_BLANK =
  '# Only what a source states: a fact left out is shown as not stated, never guessed.\n';
const flowList = (items: string[]) => `[${items.map(q).join(', ')}]`;

// ---------------------------------------------------------------------------------------------
// Kinds.

const organisation = kindOf('organisations', {
  about: 'an employer or an issuing authority',
  fields: [
    { flag: 'name', schema: 'name' },
    { flag: 'name-en', schema: 'name', part: 'en', askWhen: (a) => Boolean(a.name) },
    // The schema wants a name or a short name: a rule across two fields.
    {
      flag: 'short-name',
      schema: 'shortName',
      required: { when: (a) => !a.name, says: 'when no --name' },
    },
    { flag: 'kind', schema: 'kind' },
    { flag: 'level', schema: 'level' },
    { flag: 'region', schema: 'region' },
    { flag: 'industry', schema: 'industry' },
    {
      flag: 'industry-text',
      schema: 'industryText',
      askWhen: (a) => !a.industry || a.industry === 'other',
    },
    { flag: 'parent', schema: 'parent' },
    { flag: 'website', schema: 'website', form: FORMS.url },
  ],
  notAsked: {},
  check: (a) =>
    a['name-en'] && !a.name ? ['--name-en translates --name: give the Chinese full name too'] : [],
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
      yamlField(
        'shortName',
        'Short name used in tables, or the only name a source gives.',
        a['short-name'] && q(a['short-name']),
        '"简称"',
      ),
      yamlField(
        'kind',
        `What kind of body: ${ORGANISATION_KINDS.join(', ')}.`,
        a.kind,
        '<one of the above>',
      ),
      yamlField(
        'level',
        `Level at which it acts: ${ADMIN_LEVELS.join(', ')}.`,
        a.level,
        '<one of the above>',
      ),
      yamlField(
        'region',
        'Province, city, district, town or street.',
        a.region && q(a.region),
        '"辽宁省锦州市"',
      ),
      yamlField(
        'industry',
        'Industry, for employers (other, with industryText: 行业名称, when none fits).',
        a.industry,
        '<see src/schemas/vocabulary.ts INDUSTRIES>',
      ),
      yamlField(
        'industryText',
        'The industry in words, when none of the list fits.',
        a['industry-text'] && q(a['industry-text']),
        '"行业名称"',
      ),
      yamlField(
        'parent',
        'The body above it: an id in content/organisations.',
        a.parent,
        '<organisation id>',
      ),
      yamlField(
        'website',
        'Official website, shown as text.',
        a.website && q(a.website),
        '"https://…"',
      ),
    ].join(''),
});

const person = kindOf('people', {
  about: 'a studio leader, member or award winner',
  fields: [
    { flag: 'name', schema: 'name' },
    { flag: 'name-en', schema: 'name', part: 'en' },
    { flag: 'job-title', schema: 'jobTitle' },
    { flag: 'employer', schema: 'employer' },
    { flag: 'grade', schema: 'skillGrade' },
    { flag: 'bio', schema: 'bio' },
  ],
  notAsked: {
    sources:
      'rows of their own (title, publisher, date, url): written by hand or in the web editor',
    honours:
      'rows of their own (title, level, year, conferredBy): written by hand after the commented example in the file',
    photo: 'a file, put beside the entry first: the file shows the line to fill in',
    photoAlt: 'describes the photo, which is not asked',
  },
  path: (id) => `people/${id}.yaml`,
  proposeId: (a) => personId(a.name!),
  render: (a) =>
    [
      '# Person. Schema: src/schemas/person.ts\n',
      LEAVE_BLANK,
      yamlField(
        'name',
        'Full name; { zh: …, en: … } for the English site.',
        localized(a.name!, a['name-en']),
        '"姓名"',
      ),
      yamlField(
        'jobTitle',
        'Job title or post.',
        a['job-title'] && q(a['job-title']),
        '"检修班班长"',
      ),
      yamlField(
        'employer',
        'Employer: an id in content/organisations.',
        a.employer,
        '<organisation id>',
      ),
      yamlField(
        'skillGrade',
        `Highest skill or professional grade: ${SKILL_GRADES.join(', ')}.`,
        a.grade,
        '<one of the above>',
      ),
      '# Honours, each with its title as worded; level, year and conferredBy (an organisation id) only when a source gives them.\n',
      '# honours:\n#   - title: 锦州市劳动模范\n#     level: municipal\n#     year: 2021\n',
      yamlField(
        'bio',
        'Short biography; { zh: …, en: … } for the English site.',
        a.bio && q(a.bio),
        '"…"',
      ),
      '# Portrait beside this file and its alternative text.\n# photo: photos/portrait.jpg\n# photoAlt: "…"\n',
    ].join(''),
});

const ended = (a: Answers) => a.status === 'revoked' || a.status === 'merged';

const studio = kindOf('studios', {
  about:
    'a studio (its namings come from documents and designations: npm run new -- decision, -- designation)',
  fields: [
    { flag: 'title', schema: 'title' },
    { flag: 'title-en', schema: 'title', part: 'en' },
    { flag: 'kind', schema: 'kind' },
    { flag: 'leader', schema: 'leader' },
    { flag: 'employer', schema: 'employer' },
    { flag: 'industry', schema: 'industry' },
    {
      flag: 'industry-text',
      schema: 'industryText',
      askWhen: (a) => !a.industry || a.industry === 'other',
    },
    { flag: 'region', schema: 'region' },
    { flag: 'founded', schema: 'founded' },
    { flag: 'focus', schema: 'focus' },
    { flag: 'member-count', schema: 'memberCount' },
    { flag: 'site-area', schema: 'siteArea' },
    { flag: 'status', schema: 'status' },
    // Rules across answers (src/lib/validation/consistency.ts, studioStatusFields): merged names the studio and a date or a document.
    {
      flag: 'merged-into',
      schema: 'mergedInto',
      askWhen: (a) => a.status === 'merged',
      required: { when: (a) => a.status === 'merged', says: 'with --status merged' },
    },
    { flag: 'status-date', schema: 'statusDate', askWhen: ended },
    { flag: 'status-document', schema: 'statusDocument', askWhen: ended },
    { flag: 'summary', schema: 'summary' },
    { flag: 'featured', schema: 'featured' },
  ],
  notAsked: {
    formerTitles: 'rows of their own (title, until, source): written by hand or in the web editor',
    aliases: 'a list: written by hand or in the web editor',
    sources:
      'rows of their own (title, publisher, date, url): written by hand or in the web editor',
    members:
      'rows of their own (person or name, role, until, grade): written by hand after the commented example in the file',
    photo: 'a file, put beside the entry first: the file shows the line to fill in',
    photoAlt: 'describes the photo, which is not asked',
  },
  check: (a) => [
    ...(a['merged-into'] && a.status !== 'merged'
      ? ['--merged-into is given only with --status merged']
      : []),
    ...((a['status-date'] || a['status-document']) && !ended(a)
      ? ['--status-date and --status-document are given only with --status revoked or merged']
      : []),
    ...(a.status === 'merged' && !a['status-date'] && !a['status-document']
      ? ['--status merged needs --status-date or --status-document']
      : []),
  ],
  path: (id) => `studios/${id}.yaml`,
  proposeId: (a) => studioId(a.title!),
  render: (a, id) =>
    [
      '# Studio. Schema: src/schemas/studio.ts\n',
      '# Its namings, grades and pairings are not typed here: they come from documents and designations.\n',
      LEAVE_BLANK,
      yamlField(
        'title',
        'Official title, kept verbatim.',
        localized(a.title!, a['title-en']),
        '"…创新工作室"',
      ),
      yamlField(
        'kind',
        `Kind named by the title: ${STUDIO_KINDS.join(', ')}.`,
        a.kind,
        '<one of the above>',
      ),
      yamlField(
        'leader',
        'Leader (领衔人): an id in content/people. A studio named after a topic may have none.',
        a.leader,
        '<person id>',
      ),
      yamlField(
        'employer',
        'Employer: an id in content/organisations.',
        a.employer,
        '<organisation id>',
      ),
      yamlField(
        'industry',
        'Industry (other, with industryText, when none fits).',
        a.industry,
        '<see src/schemas/vocabulary.ts INDUSTRIES>',
      ),
      yamlField(
        'industryText',
        'The industry in words.',
        a['industry-text'] && q(a['industry-text']),
        '"行业名称"',
      ),
      yamlField(
        'region',
        'Region, as precise as the source gives it.',
        a.region && q(a.region),
        '"辽宁省锦州市"',
      ),
      yamlField(
        'founded',
        'When it was founded, at the precision the source gives: "2019", "2019-11", "2019-11-20", or { before: "2015-06" }.',
        a.founded && yamlDate(a.founded),
        '"YYYY-MM"',
      ),
      yamlField(
        'focus',
        'Focus areas, short phrases.',
        a.focus && flowList(listAnswer(a.focus)),
        '["…", "…"]',
      ),
      '# Members: person (an id) or name, role (leader, deputy, core, member, mentor), grade (optional).\n',
      `# members:\n#   - person: ${a.leader ?? '<person id>'}\n#     role: leader\n#   - name: 张三\n#     role: member\n`,
      yamlField(
        'memberCount',
        'Headcount when larger than the members listed: a number, or { value: 20, qualifier: at-least }.',
        a['member-count'] && yamlQuantity(a['member-count']),
        '12',
      ),
      yamlField(
        'siteArea',
        'Site area in square metres: a number, or { value: 120, qualifier: about }.',
        a['site-area'] && yamlQuantity(a['site-area']),
        '120',
      ),
      yamlField(
        'status',
        `Left out, the status is active; ${STUDIO_STATUSES.filter((s) => s !== 'active').join(' or ')} (with mergedInto, statusDate or statusDocument) when a source says so.`,
        a.status,
        'revoked',
      ),
      yamlField(
        'mergedInto',
        'When merged: the studio it was merged into, an id in content/studios.',
        a['merged-into'],
        '<studio id>',
      ),
      yamlField(
        'statusDate',
        'When it was revoked or merged, at the precision the source gives.',
        a['status-date'] && yamlDate(a['status-date']),
        '"YYYY"',
      ),
      yamlField(
        'statusDocument',
        'The document that revoked or merged it: an id in content/documents.',
        a['status-document'],
        '<document id>',
      ),
      yamlField(
        'summary',
        'One-paragraph description; { zh: …, en: … } for the English site.',
        a.summary && q(a.summary),
        '"…"',
      ),
      `# A photo beside this file, and its alternative text.\n# photo: photos/${id}.jpg\n# photoAlt: 工作室全体成员合影\n`,
      yamlField('featured', 'true shows it on the home page.', a.featured, 'true'),
    ].join(''),
});

const competition = kindOf('competitions', {
  about: 'a competition or award scheme, defined once: its awards take its level and family',
  fields: [
    { flag: 'name', schema: 'name' },
    { flag: 'name-en', schema: 'name', part: 'en' },
    { flag: 'family', schema: 'family' },
    { flag: 'level', schema: 'level' },
    { flag: 'organiser', schema: 'organiser' },
  ],
  notAsked: {},
  path: (id) => `competitions/${id}.yaml`,
  proposeId: (a) => textId(a.name!),
  render: (a) =>
    [
      '# A competition or award scheme, defined once: awards won in it take its level and family. Schema: src/schemas/competition.ts\n',
      LEAVE_BLANK,
      yamlField(
        'name',
        'Name; { zh: …, en: … } for the English site.',
        localized(a.name!, a['name-en']),
        '"…"',
      ),
      yamlField(
        'organiser',
        'Organiser: an id in content/organisations.',
        a.organiser,
        '<organisation id>',
      ),
      yamlField('family', `${AWARD_FAMILIES.join(', ')}.`, a.family, '<one of the above>'),
      yamlField('level', `${ADMIN_LEVELS.join(', ')}.`, a.level, '<one of the above>'),
    ].join(''),
});

const award = kindOf('awards', {
  about: 'an award or a competition win (its competition must exist: npm run new -- competition)',
  fields: [
    { flag: 'competition', schema: 'competition' },
    { flag: 'rank', schema: 'rank' },
    { flag: 'rank-as', schema: 'rankAs' },
    {
      flag: 'place',
      schema: 'place',
      form: FORMS.place,
      // The schema's rule: a place with rank place, and only then.
      required: { when: (a) => a.rank === 'place', says: 'with --rank place' },
      askWhen: (a) => a.rank === 'place',
    },
    { flag: 'year', schema: 'year', form: FORMS.year },
    { flag: 'date', schema: 'date' },
    { flag: 'achievement', schema: 'achievement' },
    { flag: 'achievement-id', schema: 'achievementId' },
    // The recipients, one flag each: a person, a team (its name and members), a studio or an organisation.
    { flag: 'person', schema: 'recipients[].person' },
    { flag: 'organisation', schema: 'recipients[].organisation' },
    {
      flag: 'studio',
      schema: ['studio', 'recipients[].studio'],
      syntax: {
        zh: '标识；没有个人、团队或单位获奖时即为获奖者',
        en: 'id; the winner when no person, team or organisation is given',
      },
    },
    // No winner at all is allowed: an announcement that names none (the award shows 未注明).
    { flag: 'team', schema: 'recipients[].name' },
    { flag: 'team-members', schema: 'recipients[].members', askWhen: (a) => Boolean(a.team) },
    ...sourceFields('source', { number: true, title: true }),
  ],
  notAsked: {
    'source.original': 'the original of a republished source: written by hand or in the web editor',
  },
  check: (a) => [
    ...(a.place && a.rank !== 'place' ? ['--place is given only with --rank place'] : []),
    ...(a['team-members'] && !a.team ? ['--team-members needs --team, the team name'] : []),
    ...sourceCheck(a),
  ],
  path: (id) => `awards/${id}.yaml`,
  // Without a winning entry's name (the source names none), the id names the competition.
  // An award of no stated year has none in its id either.
  proposeId: (a) =>
    [a.year, a.achievement ? textId(a.achievement, 5) : a.competition].filter(Boolean).join('-'),
  render: (a) => {
    const recipients = [
      ...(a.person ? ['  - type: person', `    person: ${a.person}`] : []),
      ...(a.team
        ? [
            '  - type: team',
            `    name: ${q(a.team)}`,
            ...row('    ', 'members', a['team-members'] && idList(listAnswer(a['team-members']))),
          ]
        : []),
      ...(a.organisation ? ['  - type: organisation', `    organisation: ${a.organisation}`] : []),
      ...(!a.person && !a.team && !a.organisation && a.studio
        ? ['  - type: studio', `    studio: ${a.studio}`]
        : []),
    ];
    const source = sourceLines(a, '  ');
    return [
      '# Award or competition win. Schema: src/schemas/award.ts. Level and family come from the competition.\n',
      LEAVE_BLANK,
      yamlField(
        'competition',
        'The competition or award scheme: an id in content/competitions.',
        a.competition,
        '<competition id>',
      ),
      yamlField(
        'rank',
        `${AWARD_RANKS.join(', ')} (place needs place: N).`,
        a.rank,
        '<one of the above>',
      ),
      ...(a.place ? [yamlField('place', 'The place (第N名).', a.place, 'N')] : []),
      yamlField(
        'rankAs',
        'The rank as the announcement words it, when not the name of the rank above (一等成果).',
        a['rank-as'] && q(a['rank-as']),
        '"…"',
      ),
      yamlField('year', 'Year of the round.', a.year, 'YYYY'),
      yamlField(
        'date',
        'Date announced, at the precision known: "2024", "2024-11" or "2024-11-20".',
        a.date && yamlDate(a.date),
        '"YYYY-MM-DD"',
      ),
      yamlField(
        'achievement',
        'What won, as announced; left out when the source names no entry.',
        a.achievement && q(a.achievement),
        '"…"',
      ),
      yamlField(
        'achievementId',
        'Its entry in the achievements register: an id in content/achievements.',
        a['achievement-id'],
        '<achievement id>',
      ),
      // No winner named: the field is left out (shown as not stated), never an empty value.
      yamlField(
        'recipients',
        'Who won: people (person), teams (name, members), studios (studio) or organisations (organisation); left out when the announcement names none.',
        recipients.length ? `\n${recipients.join('\n')}` : undefined,
        '[{ type: person, person: <person id> }]',
      ),
      ...(a.studio && (a.person || a.team || a.organisation)
        ? [yamlField('studio', 'The studio the win is credited to.', a.studio, '<studio id>')]
        : []),
      yamlField(
        'source',
        'Where the result was published: title, number, publisher, date, url.',
        source && `\n${source.join('\n')}`,
        '{ title: "…", url: "https://…" }',
      ),
      '# The size of the list, when the source gives it but not every member; one row per source when they disagree.\n# listSizes:\n#   - count: 28\n#     of: 创新工作室\n',
    ].join('');
  },
});

const achievement = kindOf('achievements', {
  about:
    'an entry of the achievements register (成果库): an innovation, patent, proposal, "five small" or QC result, named method …',
  fields: [
    { flag: 'title', schema: 'title' },
    { flag: 'title-en', schema: 'title', part: 'en' },
    { flag: 'type', schema: 'type' },
    { flag: 'studios', schema: 'studios' },
    { flag: 'people', schema: 'people' },
    { flag: 'other-people', schema: 'otherPeople' },
    {
      flag: 'team',
      schema: 'team',
      // The schema's rule: someone is credited, a studio, a person or a team.
      required: {
        when: (a) => !a.studios && !a.people && !a['other-people'],
        says: 'when no --studios, --people or --other-people',
      },
    },
    { flag: 'date', schema: 'date' },
    {
      flag: 'status',
      schema: 'status',
      syntax: {
        zh: `阶段[:日期]，按先后，多个用逗号分隔（阶段：${ACHIEVEMENT_STAGES.join('、')}）`,
        en: `stage[:date], oldest first, separated by commas (stages: ${ACHIEVEMENT_STAGES.join(', ')})`,
      },
      form: ACHIEVEMENT_FORMS.step,
    },
    { flag: 'count', schema: 'count' },
    {
      flag: 'benefit',
      schema: 'benefit.amount',
      form: FORMS.amount,
      syntax: { zh: '万元，数字', en: '万元, a number' },
    },
    {
      flag: 'benefit-period',
      schema: 'benefit.period',
      syntax: { zh: '年或年月，如 2022、2022-06', en: 'a year or a month: 2022, 2022-06' },
      form: FORMS.date,
      required: { when: (a) => Boolean(a.benefit), says: 'with --benefit' },
      askWhen: (a) => Boolean(a.benefit),
    },
    {
      flag: 'patents',
      schema: 'patents',
      syntax: {
        zh: `号码:类型:状态，多个用逗号分隔（类型：${PATENT_TYPES.join('、')}；状态：${PATENT_STATUSES.join('、')}）`,
        en: `number:type:status, separated by commas (types: ${PATENT_TYPES.join(', ')}; status: ${PATENT_STATUSES.join(', ')})`,
      },
      form: ACHIEVEMENT_FORMS.patent,
    },
    { flag: 'applied-at', schema: 'appliedAt' },
    { flag: 'documents', schema: 'documents' },
    { flag: 'news', schema: 'news' },
    { flag: 'summary', schema: 'summary' },
    ...sourceFields('sources[]', { number: true, title: true }),
  ],
  notAsked: {
    'sources.original':
      'the original of a republished source: written by hand or in the web editor',
    'benefit.note':
      'a remark on how the benefit was counted: written by hand when the source gives one',
    photos: 'files, put beside the entry first: the file says how to list them',
    attachments: 'files, put beside the entry first: the file says how to list them',
  },
  check: (a) => [
    ...(a['benefit-period'] && !a.benefit
      ? ['--benefit-period is the period of --benefit: give the amount too']
      : []),
    ...(a['benefit-period'] && readDateAnswer(a['benefit-period'])?.bound
      ? ['--benefit-period is a year or a month, not "before" one nor a month and day']
      : []),
    ...sourceCheck(a),
  ],
  path: (id) => `achievements/${id}.md`,
  proposeId: (a) => textId(a.title!, 6),
  render: (a) => {
    const steps = listAnswer(a.status).map((item) => readStep(item)!);
    const patents = listAnswer(a.patents).map((item) => readPatent(item)!);
    const source = sourceLines(a, '    ');
    return [
      '---',
      '# Achievements register entry. Schema: src/schemas/achievement.ts. Awards point here with achievementId: <this file name>.',
      LEAVE_BLANK.trimEnd(),
      yamlField(
        'title',
        'Title, verbatim in Chinese (with en: when an English title is given).',
        localized(a.title!, a['title-en']),
        '"…"',
      ).trimEnd(),
      yamlField(
        'type',
        `Kind of result: ${ACHIEVEMENT_TYPES.join(', ')}.`,
        a.type,
        '<one of the above>',
      ).trimEnd(),
      yamlField(
        'studios',
        'Studios it comes from (ids).',
        a.studios && idList(listAnswer(a.studios)),
        '[<studio id>]',
      ).trimEnd(),
      yamlField(
        'people',
        'People with a page who made it (ids).',
        a.people && idList(listAnswer(a.people)),
        '[<person id>]',
      ).trimEnd(),
      yamlField(
        'otherPeople',
        'People without a page, by name.',
        a['other-people'] && flowList(listAnswer(a['other-people'])),
        '["姓名"]',
      ).trimEnd(),
      yamlField('team', 'The team it is credited to.', a.team && q(a.team), '"…"').trimEnd(),
      yamlField(
        'date',
        'When it was made or completed, at the precision known.',
        a.date && yamlDate(a.date),
        '"YYYY-MM"',
      ).trimEnd(),
      yamlField(
        'status',
        `Its history, oldest first: ${ACHIEVEMENT_STAGES.join(', ')}; each with a date where known, never going back in time.`,
        steps.length
          ? `\n${steps.map((step) => `  - { stage: ${step.stage}${step.date ? `, date: ${yamlDate(step.date)}` : ''} }`).join('\n')}`
          : undefined,
        '[{ stage: implemented, date: "YYYY" }]',
      ).trimEnd(),
      yamlField(
        'count',
        'For a batch entry (several results the source gives only as a number): how many.',
        a.count && yamlQuantity(a.count),
        'N',
      ).trimEnd(),
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
      yamlField(
        'appliedAt',
        'Units where it is applied.',
        a['applied-at'] && flowList(listAnswer(a['applied-at'])),
        '["单位名称"]',
      ).trimEnd(),
      yamlField(
        'documents',
        'Union documents about it (ids in content/documents).',
        a.documents && idList(listAnswer(a.documents)),
        '[<document id>]',
      ).trimEnd(),
      yamlField(
        'news',
        'News about it (file names in content/news/zh).',
        a.news && idList(listAnswer(a.news)),
        '[<news file name>]',
      ).trimEnd(),
      yamlField(
        'summary',
        'One sentence for lists and search.',
        a.summary && q(a.summary),
        '"…"',
      ).trimEnd(),
      '# Photos and files beside this file: photos: [{ file: photos/x.jpg, alt: "…" }], attachments: [{ file: x.pdf, title: "…" }].',
      yamlField(
        'sources',
        'Where it was published: title, number, publisher, date, url.',
        source && `\n${source.join('\n').replace(/^ {4}/, '  - ')}`,
        '[{ title: "…", url: "https://…" }]',
      ).trimEnd(),
      '---',
      '',
      '在此介绍成果：问题、做法、效果。',
      '',
    ].join('\n');
  },
});

type DocumentType =
  'naming-decision' | 'selection-notice' | 'commendation' | 'assessment-notice' | 'pairing-notice';

/**
 * The studios a document lists (`named`, `selected` or `commended`): one row each, in the order of
 * the list, all with the level, wording and funding given once.
 */
function listedStudioFields(
  key: 'named' | 'selected' | 'commended',
  funding: boolean,
): FieldSpec[] {
  const every: Bilingual = { zh: '名单中每个工作室', en: 'for every studio listed' };
  return [
    {
      flag: 'studios',
      schema: `${key}[].studio`,
      required: true,
      list: true,
      syntax: {
        zh: '标识，按名单顺序，用逗号分隔',
        en: 'ids in the order of the list, separated by commas',
      },
    },
    { flag: 'level', schema: `${key}[].level`, required: true, syntax: every },
    { flag: 'designation', schema: `${key}[].designation`, syntax: every },
    ...(funding
      ? [{ flag: 'funding', schema: `${key}[].funding`, form: FORMS.amount, syntax: every }]
      : []),
  ];
}

/** Not asked in a list of studios. */
const LISTED_NOT_ASKED = (key: string): Record<string, string> => ({
  [`${key}.group`]:
    'the heading of a grouped list: npm run import writes groups from the annex; by hand otherwise',
  listSize:
    "the whole list's size when only part of it is recorded: npm run import --list-size, by hand or in the web editor",
});

const cycleFields: FieldSpec[] = [
  { flag: 'cycle-year', schema: 'cycleYear', form: FORMS.year },
  { flag: 'cycle-from', schema: 'cycleFrom', form: FORMS.year },
  { flag: 'batch', schema: 'batch' },
];

function documentKind(
  type: DocumentType,
  about: string,
  specific: FieldSpec[],
  notAsked: Record<string, string>,
): Kind {
  return kindOf(
    'documents',
    {
      about,
      fields: [
        { flag: 'number', schema: 'number' },
        {
          flag: 'issuers',
          schema: ['issuer', 'coIssuers'],
          required: true,
          list: true,
          syntax: {
            zh: '标识：发文单位，联合发文时其后为联合发文单位，用逗号分隔',
            en: 'ids: the issuer, then the co-issuers of a joint document, separated by commas',
          },
        },
        { flag: 'date', schema: 'date' },
        { flag: 'title', schema: 'title' },
        { flag: 'summary', schema: 'summary' },
        { flag: 'addressees', schema: 'addressees' },
        ...sourceFields('sources[]', { number: false, title: false }),
        ...specific,
      ],
      notAsked: {
        'sources.title': 'the page republishes the document: its title is the title above',
        'sources.number': 'the page republishes the document: its number is the number above',
        'sources.original':
          'the original of a republished page: written by hand or in the web editor',
        attachments: 'files, put beside the entry first: the file shows the lines to fill in',
        draft:
          'written draft: false, the form of a file ready to publish; set true by hand to hold it back',
        published:
          'the 发布日期, only when it differs from the date above: added by hand or in the web editor',
        indexNumber:
          'the 信息公开 catalogue (索引号) of a document published on a government portal: copied by hand from that page',
        subjectCategory: 'the 信息公开 catalogue (主题分类): copied by hand from the portal page',
        publishingBody:
          'the 信息公开 catalogue (发布机构), when not the issuer: copied by hand from the portal page',
        ...notAsked,
      },
      check: (a) => [
        ...sourceCheck(a),
        ...(type === 'pairing-notice' && listAnswer(a.studios).length < 2
          ? ['--studios: a pairing needs at least two studios']
          : []),
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
          yamlField(
            'issuer',
            'Issuer: an id in content/organisations.',
            issuer,
            '<organisation id>',
          ),
          yamlField(
            'coIssuers',
            'Co-issuers of a joint document (ids).',
            coIssuers.length ? idList(coIssuers) : undefined,
            '[<organisation id>]',
          ),
          yamlField(
            'date',
            'Date of issue, at the precision known: "2026", "2026-11" or "2026-11-20".',
            yamlDate(a.date!),
            '"YYYY-MM-DD"',
          ),
          yamlField('title', 'Title as printed.', q(a.title!), '"关于……的决定"'),
          yamlField(
            'addressees',
            'Addressees (主送), as printed.',
            a.addressees && q(a.addressees),
            '"各县（市）区总工会："',
          ),
          yamlField(
            'summary',
            'One sentence for lists, feeds and search: no counts, the page computes them.',
            a.summary && q(a.summary),
            '"…"',
          ),
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
    },
    type,
  );
}

function documentSpecific(type: DocumentType, a: Answers): string[] {
  const cycle = [
    yamlField(
      'cycleYear',
      'The cycle year (年度), when it differs from the year of the date.',
      a['cycle-year'],
      'YYYY',
    ),
    yamlField(
      'cycleFrom',
      'The first year of a cycle of several years (2012 of 2012-2013年度); cycleYear is its last.',
      a['cycle-from'],
      'YYYY',
    ),
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
        listed(
          'selected',
          'The studios selected and announced for public comment (公示), not yet named: studio, level, designation as worded.',
        ),
      ];
    case 'commendation':
      return [
        listed(
          'commended',
          'The studios commended or rewarded: studio, level (of the commending body), designation as worded, funding (the reward, 万元).',
        ),
      ];
    case 'assessment-notice': {
      const rows = listAnswer(a.results).flatMap((item) => {
        const result = readResult(item)!;
        return [
          `  - studio: ${result.studio}`,
          `    grade: ${result.grade}`,
          ...row('    ', 'score', result.score),
          ...row('    ', 'outcome', result.outcome),
        ];
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

const designation = kindOf('designations', {
  about:
    'a recognition whose document is not in the archive (an ACFTU list, a 公示 read in the news), with its source',
  fields: [
    { flag: 'studio', schema: 'studio' },
    { flag: 'scheme', schema: 'scheme' },
    { flag: 'level', schema: 'level' },
    { flag: 'stage', schema: 'stage' },
    { flag: 'recipient', schema: 'recipient' },
    { flag: 'designation', schema: 'designation' },
    { flag: 'named-as', schema: 'namedAs' },
    { flag: 'date', schema: 'date' },
    ...cycleFields,
    {
      flag: 'funding',
      schema: 'funding',
      form: FORMS.amount,
      syntax: { zh: '万元，数字', en: '万元, a number' },
    },
    { flag: 'issuers', schema: 'issuers' },
    ...sourceFields('source', {
      number: true,
      title: true,
      // Who recognised it must be known: its issuers, or a source that says so.
      required: {
        when: (a) => !a.issuers && !a['source-title'] && !a['source-number'],
        says: 'when no --issuers, --source-title or --source-number',
      },
    }),
  ],
  notAsked: {
    listSizes:
      'rows of their own (count, what is counted, source): written by hand after the commented example in the file',
    'source.original':
      'the original of a republished source: written by hand after the commented example in the file',
  },
  check: sourceCheck,
  path: (id) => `designations/${id}.yaml`,
  proposeId: (a) =>
    [
      a.studio,
      a.level,
      a.stage && a.stage !== 'named' ? a.stage : undefined,
      a['cycle-year'] ?? (a.date && yearOfDate(a.date)),
    ]
      .filter(Boolean)
      .join('-'),
  render: (a) => {
    const source = sourceLines(a, '  ');
    return [
      '# A recognition whose document is not in the archive. Schema: src/schemas/designation.ts\n',
      '# Recognitions made by a document in content/documents are not repeated here.\n',
      LEAVE_BLANK,
      yamlField('studio', 'The studio: an id in content/studios.', a.studio, '<studio id>'),
      yamlField(
        'scheme',
        'Left out, a union naming; skill-master for a 人社 技能大师工作室, other-body for another body (shown, never counted as a naming).',
        a.scheme,
        'skill-master | other-body',
      ),
      yamlField(
        'level',
        `Level: ${STUDIO_LEVELS.join(', ')}; left out when the source states none.`,
        a.level,
        '<one of the above>',
      ),
      yamlField(
        'stage',
        'Left out, the studio is named; publicised for a 公示, commended for a commendation of a named studio, supported for funding (重点支持) that is not a naming.',
        a.stage,
        'publicised | commended | supported',
      ),
      yamlField(
        'recipient',
        'Left out, the studio itself; team for a team (创新团队), never counted as a studio naming.',
        a.recipient,
        'team',
      ),
      yamlField(
        'designation',
        'The designation as worded by the issuer.',
        a.designation && q(a.designation),
        '"…"',
      ),
      yamlField(
        'namedAs',
        "The studio's name in the source, when it differs from its title today.",
        a['named-as'] && q(a['named-as']),
        '"…"',
      ),
      yamlField(
        'issuers',
        'The bodies that named it (ids in content/organisations); several for a joint decision.',
        a.issuers && idList(listAnswer(a.issuers)),
        '[<organisation id>]',
      ),
      yamlField(
        'date',
        'Date, at the precision the source gives: "2019", "2019-11", "2019-11-20", { before: "2015-06" }, { reportedBy: "2023-06-15" }, { shortlyBefore: "2023-06-15" } (近日) or { monthDay: "07-14" }.',
        a.date && yamlDate(a.date),
        '"YYYY"',
      ),
      yamlField(
        'cycleYear',
        'The cycle year (年度), when it differs from the year of the date or the date is unknown.',
        a['cycle-year'],
        'YYYY',
      ),
      yamlField(
        'cycleFrom',
        'The first year of a cycle of several years (2012 of 2012-2013年度); cycleYear is its last.',
        a['cycle-from'],
        'YYYY',
      ),
      yamlField('batch', 'Batch, such as 第三批.', a.batch && q(a.batch), '"第N批"'),
      yamlField(
        'funding',
        'Funding granted, or the reward of a commendation, in 万元.',
        a.funding,
        'N',
      ),
      yamlField(
        'source',
        'Where it was published: title, number, publisher, date, url.',
        source && `\n${source.join('\n')}`,
        '{ title: "…", url: "https://…" }',
      ),
    ].join('');
  },
});

/** The language of the file: its folder, not a field, so the question is written here. */
const LANGUAGE: FieldSpec = {
  flag: 'lang',
  question: {
    label: { zh: '语言', en: 'Language' },
    hint: {
      zh: '文件的语言：zh 中文，en 英文译文。',
      en: 'The language of the file: zh Chinese, en an English translation.',
    },
  },
  choices: ['zh', 'en'],
  proposed: () => ({ value: 'zh', note: 'Chinese' }),
};

/** Not asked in an article or a report: the form of a file ready to publish. */
const DRAFT = {
  draft:
    'written draft: false, the form of a file ready to publish; set true by hand to hold it back',
};

const news = kindOf('news', {
  about: 'a news article (Chinese; --lang en --slug <slug> translates an existing one)',
  fields: [
    LANGUAGE,
    { flag: 'title', schema: 'title' },
    { flag: 'summary', schema: 'summary' },
    {
      flag: 'date',
      schema: 'date',
      proposed: ({ today }) => ({ value: today, note: 'today, the publishing date' }),
    },
    { flag: 'studios', schema: 'studios' },
    { flag: 'people', schema: 'people' },
    { flag: 'tags', schema: 'tags' },
    {
      // The file name, not a field.
      flag: 'slug',
      question: {
        label: { zh: '网址名', en: 'Slug' },
        hint: {
          zh: '文件名，也是网址的一部分：小写字母、数字和连字符；英文译文用中文原文的文件名。',
          en: "The file name, part of the address: lower-case letters, digits and hyphens; for a translation, the Chinese original's.",
        },
        example: 'li-jianhua-named',
      },
      form: FORMS.id,
      required: { when: (a) => a.lang === 'en', says: 'with --lang en' },
    },
  ],
  notAsked: {
    cover: 'a file, put beside the article first: the file shows the line to fill in',
    coverAlt: 'describes the cover, which is not asked',
    ...DRAFT,
  },
  check: (a) =>
    a.lang === 'en' && !a.slug
      ? ['--slug is required for an English article: the file name of the Chinese original']
      : [],
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
      yamlField(
        'studios',
        'Studios the article is about (ids).',
        a.studios && idList(listAnswer(a.studios)),
        '[<studio id>]',
      ).trimEnd(),
      yamlField(
        'people',
        'People it mentions (ids).',
        a.people && idList(listAnswer(a.people)),
        '[<person id>]',
      ).trimEnd(),
      yamlField(
        'tags',
        'Topics (ids in content/topics).',
        a.tags && idList(listAnswer(a.tags)),
        '[<topic id>]',
      ).trimEnd(),
      '# cover: images/cover.jpg   (beside this file)',
      '# coverAlt: 图片说明',
      '# true keeps it out of the production build; npm run dev shows it.',
      'draft: false',
      '---',
      '',
      a.lang === 'en' ? 'Write the article here.' : '在此撰写正文。',
      '',
    ].join('\n'),
});

const report = kindOf('reports', {
  about: "the narrative of a year's report",
  fields: [
    { flag: 'year', schema: 'year', form: FORMS.year },
    LANGUAGE,
    { flag: 'title', schema: 'title' },
    { flag: 'summary', schema: 'summary' },
  ],
  notAsked: DRAFT,
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
});

export const KINDS: Record<string, Kind> = {
  organisation,
  person,
  studio,
  competition,
  award,
  achievement,
  decision: documentKind(
    'naming-decision',
    'a naming decision and the studios it names',
    [...listedStudioFields('named', true), ...cycleFields],
    LISTED_NOT_ASKED('named'),
  ),
  selection: documentKind(
    'selection-notice',
    'a 公示: studios selected and announced for public comment, not yet named',
    [...listedStudioFields('selected', false), ...cycleFields],
    {
      ...LISTED_NOT_ASKED('selected'),
      'selected.funding': 'a 公示 grants nothing yet: funding comes with the naming decision',
    },
  ),
  commendation: documentKind(
    'commendation',
    'a commendation or reward of studios already named',
    listedStudioFields('commended', true),
    LISTED_NOT_ASKED('commended'),
  ),
  assessment: documentKind(
    'assessment-notice',
    'an assessment notice with the grade of each studio',
    [
      { flag: 'cycle', schema: 'cycle' },
      {
        // One answer per studio, its parts after colons: the schema's rows (studio, grade, score, outcome) in one flag.
        flag: 'results',
        schema: 'results',
        syntax: {
          zh: `工作室:等次[:分数][:结果]，多个用逗号分隔（等次：${ASSESSMENT_GRADES.join('、')}；结果：${ASSESSMENT_OUTCOMES.join('、')}）`,
          en: `studio:grade[:score][:outcome], separated by commas (grades: ${ASSESSMENT_GRADES.join(', ')}; outcomes: ${ASSESSMENT_OUTCOMES.join(', ')})`,
        },
        refers: 'studios',
        list: true,
        form: FORMS.result,
      },
    ],
    {
      pairings:
        'pairings announced in the same notice: written by hand after the commented example (npm run new -- pairing for a pairing notice)',
    },
  ),
  pairing: documentKind(
    'pairing-notice',
    'a pairing notice',
    [
      {
        flag: 'studios',
        schema: 'pairings[].studios',
        required: true,
        syntax: {
          zh: '标识，用逗号分隔；孵化时孵化方在前',
          en: 'ids separated by commas; for incubation the incubator first',
        },
      },
      { flag: 'pairing-kind', schema: 'pairings[].kind', required: true },
      { flag: 'topic', schema: 'pairings[].topic' },
    ],
    {
      'pairings.jointProjects':
        'a list of the projects the studios share: written by hand when the notice states them',
    },
  ),
  designation,
  news,
  report,
};
