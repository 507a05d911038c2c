/**
 * `npm run generate -- --out <folder> [--studios N] [--news N] [--awards N] [--years N] [--seed S]`
 * writes a synthetic archive in the real schemas (organisations, people, studios with yearly
 * figures, naming decisions, assessment and pairing notices, awards, news in Chinese with a third
 * translated, report narratives, the sample's charts and settings) to a folder outside content/.
 * The same flags always give the same files. Build it with STUDIO_CONTENT_DIR=<folder> npm run build.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ASSESSMENT_GRADES,
  AWARD_RANKS,
  INDUSTRIES,
  SKILL_GRADES,
} from '../src/schemas/vocabulary.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    studios: { type: 'string', default: '100' },
    news: { type: 'string', default: '1000' },
    awards: { type: 'string', default: '500' },
    years: { type: 'string', default: '8' },
    seed: { type: 'string', default: '2021' },
    /** News as Markdown (md, the default: rendered by the content layer) or MDX (compiled into a module each). */
    format: { type: 'string', default: 'md' },
  },
});
if (!values.out) {
  console.error(
    'Usage: npm run generate -- --out <folder> [--studios N] [--news N] [--awards N] [--years N] [--seed S]',
  );
  process.exit(1);
}
const out = values.out;
const STUDIOS = Number(values.studios);
const NEWS = Number(values.news);
const AWARDS = Number(values.awards);
const YEARS = Number(values.years);
const FIRST_YEAR = 2025 - YEARS + 1;

/** mulberry32: a small, seedable generator, so that runs repeat exactly. */
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const day = (year: number) => `${year}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '建国华明伟强军平红丽敏静芳磊洋勇涛超杰鹏达宏亮志刚海波春玲晓东雪梅立新永红振宇佳琪俊文博浩然子涵欣怡';
const TOPICS = [
  '设备检修',
  '节能降耗',
  '工艺优化',
  '安全生产',
  '数控加工',
  '质量控制',
  '智能运维',
  '焊接工艺',
  '电气自动化',
  '仪表控制',
];
const write = (path: string, text: string) => {
  const file = join(out, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};
const q = JSON.stringify;

if (existsSync(out)) rmSync(out, { recursive: true });
mkdirSync(out, { recursive: true });
cpSync('content/charts', join(out, 'charts'), { recursive: true });
cpSync('content/topics', join(out, 'topics'), { recursive: true });
write(
  'settings/site.yaml',
  `siteName: { zh: "合成档案", en: "Synthetic archive" }
tagline: { zh: "基准测试用的合成内容", en: "Synthetic content for the benchmark" }
description: { zh: "由脚本生成的工作室档案，用于测量构建速度。", en: "A generated archive of studios, for measuring the build." }
publisher: city-ftu
navigation:
  - { path: /studios/, label: { zh: 工作室, en: Studios } }
  - { path: /documents/, label: { zh: 工会文件, en: Documents } }
  - { path: /awards/, label: { zh: 获奖成果, en: Awards } }
  - { path: /news/, label: { zh: 新闻动态, en: News } }
  - { path: /reports/, label: { zh: 年度报告, en: Reports } }
newsPerPage: 20
`,
);

// Organisations: the federations and one employer per ten studios.
write(
  'organisations/province-ftu.yaml',
  `name: { zh: "合成省总工会", en: "Synthetic Provincial Federation of Trade Unions" }\nkind: union-federation\nlevel: provincial\nregion: 合成省\n`,
);
write(
  'organisations/city-ftu.yaml',
  `name: { zh: "合成市总工会", en: "Synthetic City Federation of Trade Unions" }\nkind: union-federation\nlevel: municipal\nregion: 合成省合成市\nparent: province-ftu\n`,
);
const employers = Math.max(1, Math.ceil(STUDIOS / 10));
for (let e = 1; e <= employers; e += 1) {
  write(
    `organisations/employer-${pad(e)}.yaml`,
    `name: { zh: "合成第${e}有限公司", en: "Synthetic Company No. ${e}" }\nkind: enterprise\nlevel: enterprise\nregion: 合成省合成市\nindustry: ${pick(INDUSTRIES)}\n`,
  );
}

// People and studios, each studio with its leader; namings spread over the years.
const studioYear: number[] = [];
for (let s = 1; s <= STUDIOS; s += 1) {
  const name = pick([...SURNAMES]) + pick([...GIVEN]) + pick([...GIVEN]);
  const employer = `employer-${pad(int(1, employers))}`;
  const founded = int(FIRST_YEAR - 2, 2025);
  studioYear[s] = Math.min(2025, founded + int(0, 2));
  write(
    `people/person-${pad(s)}.yaml`,
    `name: ${q(name)}\njobTitle: 技术骨干\nemployer: ${employer}\nskillGrade: ${pick(SKILL_GRADES)}\nhonours: []\n`,
  );
  write(
    `studios/studio-${pad(s)}.yaml`,
    `title: { zh: "${name}劳模创新工作室", en: "Synthetic Studio ${s}" }
kind: model-worker
leader: person-${pad(s)}
employer: ${employer}
industry: ${pick(INDUSTRIES)}
region: 合成省合成市
founded: '${founded}-${pad(int(1, 12), 2)}'
focus: [${q(pick(TOPICS))}, ${q(pick(TOPICS))}]
members:
  - person: person-${pad(s)}
    role: leader
summary: { zh: "围绕${pick(TOPICS)}开展技术攻关和合理化建议活动。", en: "Works on ${s % 2 ? 'maintenance' : 'energy saving'} and improvement proposals." }
`,
  );
  const periods: string[] = [];
  for (let y = studioYear[s]!; y <= 2025; y += 1) {
    const submitted = int(5, 60);
    const adopted = int(Math.floor(submitted / 2), submitted);
    periods.push(`  - from: '${y}-01'
    to: '${y}-12'
    proposals: { submitted: ${submitted}, adopted: ${adopted}, implemented: ${int(Math.floor(adopted / 2), adopted)} }
    patents: { invention: ${int(0, 2)}, utilityModel: ${int(0, 6)} }
    innovations: ${int(0, 12)}
    benefit: ${int(10, 400)}
    trained: ${int(20, 300)}`);
  }
  if (periods.length)
    write(
      `figures/studio-${pad(s)}.yaml`,
      `studio: studio-${pad(s)}\nperiods:\n${periods.join('\n')}\n`,
    );
}

// One naming decision per year, an assessment notice every third year, pairings every year.
for (let y = FIRST_YEAR; y <= 2025; y += 1) {
  const named = Array.from({ length: STUDIOS }, (_, i) => i + 1).filter((s) => studioYear[s] === y);
  if (named.length) {
    write(
      `documents/city-${y}-naming.mdx`,
      `---
type: naming-decision
number: "合工发〔${y}〕${int(1, 50)}号"
issuer: city-ftu
date: '${y}-12-${pad(int(1, 28), 2)}'
title: { zh: "关于命名${y}年度市级劳模创新工作室的决定", en: "Decision naming the ${y} municipal studios" }
summary: { zh: "命名${y}年度市级劳模创新工作室。", en: "Names the ${y} municipal studios." }
named:
${named.map((s) => `  - studio: studio-${pad(s)}\n    level: ${s % 9 === 0 ? 'municipal-demonstrative' : 'municipal'}\n    designation: 合成市劳模创新工作室\n    funding: 3`).join('\n')}
---

经评审和公示，市总工会决定命名本年度市级劳模创新工作室。希望被命名的工作室立足岗位，开展技术创新。
`,
    );
  }
  const assessed = Array.from({ length: STUDIOS }, (_, i) => i + 1).filter(
    (s) => studioYear[s]! < y,
  );
  if ((y - FIRST_YEAR) % 3 === 2 && assessed.length) {
    write(
      `documents/city-${y}-assessment.mdx`,
      `---
type: assessment-notice
number: "合工发〔${y}〕${int(51, 80)}号"
issuer: city-ftu
date: '${y}-11-${pad(int(1, 28), 2)}'
title: { zh: "关于${y}年度工作室考核结果的通报", en: "Assessment results of ${y}" }
summary: { zh: "通报本周期考核结果。", en: "Reports the grades of the cycle." }
cycle: "${y - 2}—${y}"
results:
${assessed.map((s) => `  - studio: studio-${pad(s)}\n    grade: ${pick(ASSESSMENT_GRADES.slice(0, 4))}\n    score: ${int(60, 99)}`).join('\n')}
pairings:
  - studios: [studio-${pad(assessed[0]!)}, studio-${pad(assessed.at(-1)!)}]
    kind: pair
    topic: 联合攻关
    jointProjects: ${int(1, 3)}
---

现将本周期考核结果通报如下。
`,
    );
  }
}

// Competitions, defined once with their level and family; awards take them from here.
const COMPETITIONS = (['municipal', 'provincial', 'national'] as const).flatMap((level) =>
  (['职工技术创新成果', '职业技能大赛', '五小成果评选'] as const).map((name, i) => ({
    id: `${level}-${i + 1}`,
    level,
    name,
    family: (['tech-innovation', 'skills-contest', 'five-small'] as const)[i]!,
  })),
);
for (const competition of COMPETITIONS) {
  write(
    `competitions/${competition.id}.yaml`,
    `name: ${q(`合成${competition.level === 'municipal' ? '市' : competition.level === 'provincial' ? '省' : '全国'}${competition.name}`)}
organiser: city-ftu
family: ${competition.family}
level: ${competition.level}
`,
  );
}

// Awards, spread over studios, people and years.
for (let a = 1; a <= AWARDS; a += 1) {
  const s = int(1, STUDIOS);
  // Ranks with no words of their own: a place needs its number, another honour its announced name.
  const rank = pick(AWARD_RANKS.filter((r) => r !== 'place' && r !== 'other'));
  write(
    `awards/award-${pad(a, 5)}.yaml`,
    `competition: ${pick(COMPETITIONS).id}
rank: ${rank}
year: ${int(Math.max(FIRST_YEAR, studioYear[s]!), 2025)}
achievement: ${q(`${pick(TOPICS)}成果${a}`)}
recipients:
  - type: ${a % 3 ? 'person' : 'studio'}
    ${a % 3 ? `person: person-${pad(s)}` : `studio: studio-${pad(s)}`}
${a % 3 ? `studio: studio-${pad(s)}\n` : ''}`,
  );
}

// News: Chinese, a third translated.
for (let n = 1; n <= NEWS; n += 1) {
  const year = int(FIRST_YEAR, 2025);
  const s = int(1, STUDIOS);
  const date = day(year);
  const topic = pick(TOPICS);
  const front = (title: string, summary: string) => `---
title: ${q(title)}
date: '${date}'
summary: ${q(summary)}
studios: [studio-${pad(s)}]
people: [person-${pad(s)}]
tags: [${pick(['naming', 'competition', 'proposals', 'training', 'energy'])}]
---
`;
  write(
    `news/zh/news-${pad(n, 5)}.${values.format}`,
    `${front(`工作室${topic}取得新进展（${n}）`, `工作室围绕${topic}开展攻关，成果在车间推广。`)}
近日，工作室围绕${topic}组织技术骨干开展攻关，提出合理化建议多条，经评审后在车间推广应用。

## 主要做法

工作室坚持问题导向，把生产中的难点列为课题，实行项目负责制，定期交流进展。

## 下一步

工作室将继续发挥示范作用，带动更多职工参与创新。
`,
  );
  if (n % 3 === 0) {
    write(
      `news/en/news-${pad(n, 5)}.${values.format}`,
      `${front(`Studio makes progress on ${n % 2 ? 'maintenance' : 'energy saving'} (${n})`, 'The studio worked on a production problem and shared the result.')}
The studio brought its senior workers together on a production problem and put forward improvement proposals, which
the workshop now applies.

## How

Problems from production become topics, each with a person responsible and regular reviews.
`,
    );
  }
}

for (let y = FIRST_YEAR; y <= 2025; y += 1) {
  write(
    `reports/zh/${y}.mdx`,
    `---\nyear: ${y}\ntitle: "${y}年度工作报告"\nsummary: "${y}年合成市劳模创新工作室工作综述。"\n---\n\n本年，全市工作室继续开展技术创新活动。\n`,
  );
}
console.log(
  `Wrote ${STUDIOS} studios, ${AWARDS} awards, ${NEWS} news (${Math.floor(NEWS / 3)} translated) over ${YEARS} years to ${out}.`,
);
