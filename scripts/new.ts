/**
 * `npm run new -- <kind> [--flag value …]`: writes a new, valid entry in the right folder with a
 * comment on every field, proposing its id, and never overwriting an existing file.
 * Kinds: studio, person, organisation, decision, assessment, pairing, award, news, report.
 * Missing essentials are asked for when the terminal is interactive, and listed as an error
 * otherwise. `npm run new -- <kind> --help` lists a kind's flags.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { COLLECTIONS, contentRoot } from '../src/lib/collections.ts';
import { publishingDate } from '../src/lib/model.ts';
import { documentId, idList, localized, personId, q, studioId, textId } from '../src/lib/scaffold.ts';
import { formatProblems, messageLocale, validateContent } from '../src/lib/validate.ts';
import {
  ADMIN_LEVELS, ASSESSMENT_GRADES, AWARD_FAMILIES, AWARD_RANKS, INDUSTRIES, ORGANISATION_KINDS, PAIRING_KINDS, SKILL_GRADES,
  STUDIO_KINDS, STUDIO_LEVELS,
} from '../src/schemas/vocabulary.ts';

interface Field {
  flag: string;
  /** Question asked in an interactive terminal. */
  ask: string;
  required?: boolean;
  choices?: readonly string[];
  /** An id that must exist in this collection. */
  refers?: keyof typeof COLLECTIONS;
  fallback?: (values: Values) => string | undefined;
  pattern?: RegExp;
}
type Values = Record<string, string | undefined>;

interface Kind {
  /** What the kind is, for --help. */
  about: string;
  fields: Field[];
  /** Path of the new file under the content root, from its id. */
  path: (id: string, values: Values) => string;
  proposeId: (values: Values) => string;
  render: (values: Values, id: string) => string;
}

const today = publishingDate();
const list = (value: string | undefined) => (value ? value.split(/[,，、\s]+/).filter(Boolean) : []);
const year = (values: Values) => (values.date ?? today).slice(0, 4);

const KINDS: Record<string, Kind> = {
  organisation: {
    about: 'an employer or an issuing authority',
    fields: [
      { flag: 'name', ask: '全称 Full name (中文)', required: true },
      { flag: 'name-en', ask: 'English name (optional)' },
      { flag: 'short-name', ask: '简称 Short name (optional)' },
      { flag: 'kind', ask: '类型 Kind', required: true, choices: ORGANISATION_KINDS },
      { flag: 'level', ask: '级别 Level', required: true, choices: ADMIN_LEVELS },
      { flag: 'region', ask: '地区 Region, such as 辽宁省锦州市', required: true },
      { flag: 'industry', ask: '行业 Industry (employers, optional)', choices: INDUSTRIES },
      { flag: 'parent', ask: '上级组织 id (optional)', refers: 'organisations' },
    ],
    path: (id) => `organisations/${id}.yaml`,
    proposeId: (v) => textId(v['short-name'] ?? v.name!),
    render: (v) => `# Organisation: an employer or an issuing authority. Schema: src/schemas/organisation.ts
# Full official name, Chinese first; add en: for the English site.
name: ${localized(v.name!, v['name-en'])}
${v['short-name'] ? `# Short name used in tables.\nshortName: ${q(v['short-name'])}\n` : ''}# union-federation, industry-union, enterprise-union, enterprise or government.
kind: ${v.kind}
# Level at which it acts: ${ADMIN_LEVELS.join(', ')}.
level: ${v.level}
# Province, city or district.
region: ${q(v.region!)}
${v.industry ? `# Industry, for employers.\nindustry: ${v.industry}\n` : ''}${v.parent ? `# The body above it (an id in content/organisations).\nparent: ${v.parent}\n` : ''}`,
  },
  person: {
    about: 'a studio leader, member or award winner',
    fields: [
      { flag: 'name', ask: '姓名 Name', required: true },
      { flag: 'name-en', ask: 'English name (optional), such as Zhao Pengda' },
      { flag: 'job-title', ask: '职务 Job title or post', required: true },
      { flag: 'employer', ask: '所在单位 id (content/organisations)', required: true, refers: 'organisations' },
      { flag: 'grade', ask: '技能等级 Skill grade (optional)', choices: SKILL_GRADES },
    ],
    path: (id) => `people/${id}.yaml`,
    proposeId: (v) => personId(v.name!),
    render: (v) => `# Person. Schema: src/schemas/person.ts
# Full name; add en: for the English site.
name: ${localized(v.name!, v['name-en'])}
# Job title or post.
jobTitle: ${q(v['job-title']!)}
# Employer: an id in content/organisations.
employer: ${v.employer}
${v.grade ? `# Highest skill or professional grade.\nskillGrade: ${v.grade}\n` : ''}# Honours: title, level (${ADMIN_LEVELS.join(', ')}), year, conferredBy (optional organisation id).
honours: []
#  - title: 锦州市劳动模范
#    level: municipal
#    year: ${year(v)}
`,
  },
  studio: {
    about: 'a studio (its namings come from documents: add a decision with `npm run new -- decision`)',
    fields: [
      { flag: 'title', ask: '正式名称 Official title, verbatim', required: true },
      { flag: 'title-en', ask: 'English title (optional)' },
      { flag: 'kind', ask: '类型 Kind', required: true, choices: STUDIO_KINDS },
      { flag: 'leader', ask: '领衔人 id (content/people, optional)', refers: 'people' },
      { flag: 'employer', ask: '所在单位 id (content/organisations)', required: true, refers: 'organisations' },
      { flag: 'industry', ask: '行业 Industry', required: true, choices: INDUSTRIES },
      { flag: 'region', ask: '地区 Region', required: true },
      { flag: 'founded', ask: '成立年月 Founded (YYYY-MM)', required: true, pattern: /^\d{4}-(0[1-9]|1[0-2])$/, fallback: () => today.slice(0, 7) },
      { flag: 'focus', ask: '主攻方向 Focus areas, separated by commas', required: true },
      { flag: 'summary', ask: '简介 One-paragraph summary', required: true },
    ],
    path: (id) => `studios/${id}.yaml`,
    proposeId: (v) => studioId(v.title!),
    render: (v) => `# Studio. Schema: src/schemas/studio.ts
# Its namings, grades and pairings are not typed here: they come from the union's documents.
# Official title, kept verbatim.
title: ${localized(v.title!, v['title-en'])}
# ${STUDIO_KINDS.join(', ')}.
kind: ${v.kind}
${v.leader ? `# Leader (领衔人): an id in content/people.\nleader: ${v.leader}\n` : '# A studio named after a topic may have no leader.\n'}# Employer: an id in content/organisations.
employer: ${v.employer}
# Industry.
industry: ${v.industry}
# Region.
region: ${q(v.region!)}
# Month founded, YYYY-MM.
founded: ${v.founded}
# Focus areas.
focus:
${list(v.focus).map((item) => `  - ${q(item)}`).join('\n')}
# Members: person (an id) or name, role (leader, deputy, core, member, mentor), grade (optional).
members:
${v.leader ? `  - person: ${v.leader}\n    role: leader\n` : ''}#  - name: 张三
#    role: member
#    grade: technician
# Headcount when larger than the members listed: a number, or { value: 20, qualifier: at-least }.
# memberCount: 12
# active, revoked or merged (with mergedInto).
status: active
# One-paragraph description; add en: for the English site.
summary: ${q(v.summary!)}
# A photo beside this file, and its alternative text.
# photo: photos/${v.title ? studioId(v.title) : 'studio'}.jpg
# photoAlt: 工作室全体成员合影
`,
  },
  decision: documentKind('naming-decision', 'a naming decision and the studios it names'),
  assessment: documentKind('assessment-notice', 'an assessment notice with the grade of each studio'),
  pairing: documentKind('pairing-notice', 'a pairing notice'),
  award: {
    about: 'an award or a competition win',
    fields: [
      { flag: 'competition', ask: '竞赛或评选名称 Competition', required: true },
      { flag: 'organiser', ask: '主办单位 id (content/organisations)', required: true, refers: 'organisations' },
      { flag: 'family', ask: '类别 Family', required: true, choices: AWARD_FAMILIES },
      { flag: 'level', ask: '级别 Level', required: true, choices: ADMIN_LEVELS },
      { flag: 'rank', ask: '等次 Rank', required: true, choices: AWARD_RANKS },
      { flag: 'place', ask: '名次 Place (when rank is place)', pattern: /^\d+$/ },
      { flag: 'year', ask: '年度 Year', required: true, pattern: /^\d{4}$/, fallback: () => today.slice(0, 4) },
      { flag: 'achievement', ask: '成果名称 What won', required: true },
      { flag: 'person', ask: '获奖人 id (content/people), if a person won', refers: 'people' },
      { flag: 'studio', ask: '工作室 id (content/studios): the winner, or the studio credited', refers: 'studios' },
      { flag: 'team', ask: '获奖团队名称 Team name, if a team won' },
    ],
    path: (id) => `awards/${id}.yaml`,
    proposeId: (v) => `${v.year}-${textId(v.achievement!, 5)}`,
    render: (v) => {
      const recipients = [
        v.person && `  - type: person\n    person: ${v.person}`,
        v.team && `  - type: team\n    name: ${q(v.team)}\n    members: []`,
        !v.person && !v.team && v.studio && `  - type: studio\n    studio: ${v.studio}`,
      ].filter(Boolean);
      return `# Award or competition win. Schema: src/schemas/award.ts
# Competition or award scheme.
competition: ${q(v.competition!)}
# Organiser: an id in content/organisations.
organiser: ${v.organiser}
# ${AWARD_FAMILIES.join(', ')}.
family: ${v.family}
# ${ADMIN_LEVELS.join(', ')}.
level: ${v.level}
# ${AWARD_RANKS.join(', ')} (place needs place: N).
rank: ${v.rank}
${v.place ? `place: ${v.place}\n` : ''}# Year of the round; date: YYYY-MM-DD when announced (optional).
year: ${v.year}
# What won.
achievement: ${q(v.achievement!)}
# Who won: people, teams or studios.
recipients:
${recipients.join('\n') || '  []'}
${v.studio && (v.person || v.team) ? `# The studio the win is credited to.\nstudio: ${v.studio}\n` : ''}`;
    },
  },
  news: {
    about: 'a news article (Chinese; --lang en --slug <slug> translates an existing one)',
    fields: [
      { flag: 'lang', ask: '语言 Language', choices: ['zh', 'en'], fallback: () => 'zh' },
      { flag: 'title', ask: '标题 Headline', required: true },
      { flag: 'summary', ask: '摘要 One or two sentences', required: true },
      { flag: 'date', ask: '发布日期 Date (YYYY-MM-DD; a future date schedules it)', pattern: /^\d{4}-\d{2}-\d{2}$/, fallback: () => today },
      { flag: 'studios', ask: '相关工作室 ids, separated by commas (optional)' },
      { flag: 'people', ask: '相关人员 ids, separated by commas (optional)' },
      { flag: 'tags', ask: '专题 topic ids, separated by commas (optional)' },
      { flag: 'slug', ask: '网址名 Slug (optional)' },
    ],
    // Plain Markdown: rendered by the content layer, far cheaper at scale than MDX (which compiles each file into a module).
    path: (id, v) => `news/${v.lang ?? 'zh'}/${id}.md`,
    proposeId: (v) => v.slug ?? `${(v.date ?? today)}-${textId(v.title!, 5)}`,
    render: (v) => `---
# News article. Schema: src/schemas/news.ts. The English version has the same file name in news/en/.
title: ${q(v.title!)}
# Date published; a future date keeps it out of the site until that day.
date: '${v.date ?? today}'
# One or two sentences for lists, feeds and search.
summary: ${q(v.summary!)}
# Studios, people and topics the article is about (ids).
studios: ${idList(list(v.studios))}
people: ${idList(list(v.people))}
tags: ${idList(list(v.tags))}
# cover: images/cover.jpg   (beside this file)
# coverAlt: 图片说明
# true keeps it out of the production build; npm run dev shows it.
draft: false
---

${v.lang === 'en' ? 'Write the article here.' : '在此撰写正文。'}
`,
  },
  report: {
    about: "the narrative of a year's report",
    fields: [
      { flag: 'year', ask: '年度 Year', required: true, pattern: /^\d{4}$/, fallback: () => String(Number(today.slice(0, 4)) - 1) },
      { flag: 'lang', ask: '语言 Language', choices: ['zh', 'en'], fallback: () => 'zh' },
      { flag: 'title', ask: '标题 Title', required: true },
      { flag: 'summary', ask: '摘要 One-paragraph summary', required: true },
    ],
    path: (id, v) => `reports/${v.lang ?? 'zh'}/${id}.mdx`,
    proposeId: (v) => v.year!,
    render: (v) => `---
# The narrative of a year's report. Schema: src/schemas/report.ts. Figures and charts are computed: do not type numbers here.
year: ${v.year}
title: ${q(v.title!)}
summary: ${q(v.summary!)}
draft: false
---

${v.lang === 'en' ? 'Write the year in brief here.' : '在此撰写年度综述。'}
`,
  },
};

function documentKind(type: 'naming-decision' | 'assessment-notice' | 'pairing-notice', about: string): Kind {
  const specific: Field[] =
    type === 'naming-decision'
      ? [
          { flag: 'studios', ask: '命名的工作室 ids, separated by commas', required: true },
          { flag: 'level', ask: '命名级别 Level granted', required: true, choices: STUDIO_LEVELS },
          { flag: 'designation', ask: '命名称号 Designation, such as 锦州市劳模创新工作室', required: true },
          { flag: 'funding', ask: '资助（万元）Funding per studio (optional)', pattern: /^\d+(\.\d+)?$/ },
        ]
      : type === 'assessment-notice'
        ? [
            { flag: 'cycle', ask: '考核周期 Cycle, such as 2022—2024', required: true },
            { flag: 'results', ask: `结果 Results as studio:grade[:score], separated by commas (grades: ${ASSESSMENT_GRADES.join(', ')})`, required: true },
          ]
        : [
            { flag: 'studios', ask: '结对的工作室 ids, separated by commas', required: true },
            { flag: 'pairing-kind', ask: '形式 Form', choices: PAIRING_KINDS, fallback: () => 'pair' },
            { flag: 'topic', ask: '共建内容 Topic', required: true },
          ];
  return {
    about,
    fields: [
      { flag: 'number', ask: '文号 Document number, such as 锦工发〔2026〕1号', required: true },
      { flag: 'issuer', ask: '发文单位 id (content/organisations)', required: true, refers: 'organisations' },
      { flag: 'date', ask: '成文日期 Date (YYYY-MM-DD)', pattern: /^\d{4}-\d{2}-\d{2}$/, fallback: () => today },
      { flag: 'title', ask: '标题 Title as printed', required: true },
      { flag: 'summary', ask: '摘要 One-sentence summary', required: true },
      ...specific,
    ],
    path: (id) => `documents/${id}.mdx`,
    proposeId: (v) => documentId(v.number!),
    render: (v) => {
      const lines = [
        '---',
        `# ${type}. Schema: src/schemas/document.ts. The full text goes below the front matter.`,
        `type: ${type}`,
        '# Document number, verbatim with its 〔〕 brackets.',
        `number: ${q(v.number!)}`,
        '# Issuer: an id in content/organisations; coIssuers: [ids] when issued jointly.',
        `issuer: ${v.issuer}`,
        `date: '${v.date ?? today}'`,
        `title: ${q(v.title!)}`,
        '# Addressees (主送), as printed.',
        `addressees: ${q('各县（市）区总工会，各产业（系统）工会，市直各单位工会：')}`,
        '# One sentence for lists, feeds and search: no counts, the page computes them.',
        `summary: ${q(v.summary!)}`,
        '# Original files beside this one: - file: attachments/x.pdf, title: 原件',
        'attachments: []',
      ];
      if (type === 'naming-decision') {
        lines.push('# The studios named, in the order of the attachment list; group: for a grouped list.', 'named:');
        for (const studio of list(v.studios)) {
          lines.push(`  - studio: ${studio}`, `    level: ${v.level}`, `    designation: ${q(v.designation!)}`);
          if (v.funding) lines.push(`    funding: ${v.funding}`);
        }
      } else if (type === 'assessment-notice') {
        lines.push(`cycle: ${q(v.cycle!)}`, '# Per studio: grade, score (optional), outcome: retained, rectify or revoked.', 'results:');
        for (const result of list(v.results)) {
          const [studio, grade, score] = result.split(':');
          lines.push(`  - studio: ${studio}`, `    grade: ${grade}`);
          if (score) lines.push(`    score: ${score}`);
        }
        lines.push('# Pairings announced in the same notice (optional).', 'pairings: []');
      } else {
        lines.push('# Studios paired; for incubation the first incubates the others. jointProjects: when reported.', 'pairings:');
        lines.push(`  - studios: ${idList(list(v.studios))}`, `    kind: ${v['pairing-kind'] ?? 'pair'}`, `    topic: ${q(v.topic!)}`);
      }
      lines.push('# true keeps it out of the production build; npm run dev shows it.', 'draft: false', '---', '', '{/* 在此粘贴文件正文（不含附件名单：名单由上面的字段生成）。 */}', '');
      return lines.join('\n');
    },
  };
}

async function main(): Promise<void> {
  const [kindName, ...rest] = process.argv.slice(2);
  const kind = kindName ? KINDS[kindName] : undefined;
  if (!kind) {
    console.log(`Usage: npm run new -- <kind> [--flag value …]\nKinds:\n${Object.entries(KINDS).map(([name, k]) => `  ${name.padEnd(13)} ${k.about}`).join('\n')}`);
    process.exit(kindName ? 1 : 0);
  }
  const options: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries([...kind.fields.map((f) => [f.flag, { type: 'string' }]), ['id', { type: 'string' }], ['help', { type: 'boolean' }]]);
  const { values: parsed } = parseArgs({ args: rest, options }) as { values: Record<string, string | boolean | undefined> };
  if (parsed.help) {
    console.log(`npm run new -- ${kindName}: ${kind.about}\n${kind.fields.map((f) => `  --${f.flag.padEnd(14)} ${f.ask}${f.required ? ' (required)' : ''}${f.choices ? ` [${f.choices.join(', ')}]` : ''}`).join('\n')}\n  --id             the entry's id (proposed when not given)`);
    return;
  }
  const values: Values = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Values;
  const root = contentRoot();
  const { content } = validateContent(root);
  const ids = (collection: keyof typeof COLLECTIONS) => new Set((content[collection] as Array<{ id: string }>).map((e) => e.id));

  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const problems: string[] = [];
  for (const field of kind.fields) {
    let value = values[field.flag] ?? field.fallback?.(values);
    if (prompt && value === undefined) {
      const hint = field.choices ? ` [${field.choices.join('/')}]` : field.refers ? ` [${[...ids(field.refers)].slice(0, 8).join(', ')}…]` : '';
      do value = (await prompt.question(`${field.ask}${hint}: `)).trim() || undefined;
      while (field.required && !value);
    }
    if (field.required && !value) problems.push(`--${field.flag} is required: ${field.ask}`);
    if (value && field.choices && !field.choices.includes(value)) problems.push(`--${field.flag} "${value}" must be one of: ${field.choices.join(', ')}`);
    if (value && field.pattern && !field.pattern.test(value)) problems.push(`--${field.flag} "${value}" is not in the expected form (${field.ask})`);
    if (value && field.refers) {
      for (const id of list(value).map((item) => item.split(':')[0]!)) if (!ids(field.refers).has(id)) problems.push(`--${field.flag} "${id}" is not an entry of content/${COLLECTIONS[field.refers].dir}`);
    }
    values[field.flag] = value;
  }
  if (kindName === 'decision' || kindName === 'pairing' || kindName === 'assessment') {
    const studios = kindName === 'assessment' ? list(values.results).map((r) => r.split(':')[0]!) : list(values.studios);
    for (const id of studios) if (!ids('studios').has(id)) problems.push(`studio "${id}" is not an entry of content/studios`);
  }
  if (kindName === 'news' && values.lang === 'en' && !values.slug) problems.push('--slug is required for an English article: the file name of the Chinese original');
  if (problems.length) {
    prompt?.close();
    console.error(`Nothing written:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee: npm run new -- ${kindName} --help`);
    process.exit(1);
  }

  const proposed = values.id ?? (values.slug || kind.proposeId(values));
  const id = prompt && !values.id ? (await prompt.question(`id [${proposed}]: `)).trim() || proposed : proposed;
  prompt?.close();
  const file = join(root, kind.path(id, values));
  if (existsSync(file)) {
    console.error(`${relative(process.cwd(), file)} exists already; nothing written. Choose another id with --id.`);
    process.exit(1);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, kind.render(values, id), { flag: 'wx' });

  const check = validateContent(root);
  const mine = check.problems.filter((p) => p.file === relative(process.cwd(), file) || p.file === file);
  if (mine.length) {
    console.error(formatProblems(mine, messageLocale()));
    process.exit(1);
  }
  console.log(`Written ${relative(process.cwd(), file)}. Edit it, then preview with npm run dev and check with npm run check.`);
}

await main();
