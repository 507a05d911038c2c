/**
 * The flags of `npm run import` (scripts/import.ts): their list and help text, the --choose
 * answers, and the decision's facts from the flags over those of a .docx front page.
 */
import type { Message } from '../../src/lib/content/validation-messages.ts';
import type { FrontPage } from '../../src/lib/import/front-page.ts';
import type { DecisionFacts } from '../../src/lib/import/plan.ts';

export const OPTIONS = {
  yes: { type: 'boolean' },
  choose: { type: 'string', multiple: true },
  map: { type: 'string' },
  number: { type: 'string' },
  issuer: { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  addressees: { type: 'string' },
  'cycle-year': { type: 'string' },
  batch: { type: 'string' },
  'list-size': { type: 'string' },
  'source-url': { type: 'string' },
  'source-publisher': { type: 'string' },
  'source-date': { type: 'string' },
  level: { type: 'string' },
  funding: { type: 'string' },
  designation: { type: 'string' },
  id: { type: 'string' },
  replace: { type: 'boolean' },
  body: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean' },
} as const;

export const HELP = `npm run import -- <decision|selection|commendation> <annex.xlsx|.docx|.csv|.tsv|-> [options]
  Reads the annex (附件) of a naming decision and prints what it would do; --yes writes the files.
  A table pasted from Word, WPS or Excel: give - (or no file) and paste it on standard input.
  --number 锦工发〔2022〕15号   --issuer <id or name>[,<co-issuer>…]   --date 2022-02-10 | 2022-02 | 2022
           | "before 2022-02" | "by 2022-02-10" (reported then as done) | "shortly before 2022-02-10" (近日, 日前)
           | none (no source dates it: shown as not stated, filed under no year)
  --title "关于……的决定"   --addressees "…："   --cycle-year 2021 (or 2012-2013)   --batch 第三批
  --list-size 600   the whole list's size, when the annex is only part of it (600多, 约600)
  --source-url https://…   --source-publisher 信阳日报   --source-date 2026-01-26   where the list was read publicly
  --level 市级 | municipal   (rows without a level column)   --funding 3   (万元, rows without a funding column)
  --designation "锦州市劳模创新工作室"   --id <document id>
  --replace   let --id name an existing document whose number and title differ from this import's (it is replaced)
  --map "表头=field,…"  fields: seq, title, employer, leader, level, region, funding, designation, group, ignore
  --choose 12=<studio id>|new   --choose 12.employer=<id>|new   --choose 12.leader=<id>|new   (repeatable, or comma-separated)
  --body   the .docx text becomes the document's text (plain Markdown)
  --yes    write (in a terminal: asked)   --lang zh|en   messages
  A .docx front page gives number, title, addressees, issuers (signature), date, cycle year, batch, level and
  per-studio funding when it states them; flags take precedence.`;

/** Splits --choose values: "12=id" items, repeatable and comma-separated. */
export function readChoices(values: string[] | undefined): {
  choices: Map<string, string>;
  problems: Message[];
} {
  const choices = new Map<string, string>();
  const problems: Message[] = [];
  for (const item of (values ?? [])
    .flatMap((v) => v.split(/[,，]/))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const [key, id] = item.split('=').map((part) => part.trim());
    if (!key || !id || !/^(\d+(\.(employer|leader\d*))?|issuer\d+)$/.test(key)) {
      problems.push({
        en: `--choose "${item}" is not <row>=<id or new> (or <row>.employer=…, <row>.leader=…)`,
        zh: `--choose “${item}”应写作 行号=标识或 new（或 行号.employer=…、行号.leader=…）`,
      });
      continue;
    }
    choices.set(key, id);
  }
  return { choices, problems };
}

/** Facts from the flags over those of the front page, and where each came from. */
export function decisionFacts(
  values: Record<string, unknown>,
  front: FrontPage | undefined,
): { facts: DecisionFacts; sources: Record<string, 'flag' | 'front page'>; problems: Message[] } {
  const sources: Record<string, 'flag' | 'front page'> = {};
  const problems: Message[] = [];
  const pick = <T>(key: string, flag: T | undefined, page: T | undefined): T | undefined => {
    if (flag !== undefined && flag !== '') return ((sources[key] = 'flag'), flag);
    if (page !== undefined && !(Array.isArray(page) && page.length === 0))
      return ((sources[key] = 'front page'), page);
    return undefined;
  };
  const text = (key: string) =>
    typeof values[key] === 'string' ? (values[key] as string).trim() : undefined;
  const cycleFlag = text('cycle-year');
  // A year (2021), or a cycle of several years from its first to its last (2012-2013).
  const cycle = cycleFlag?.match(/^(?:(\d{4})\s*[-–—~至到]\s*)?(\d{4})$/);
  const cycleRange =
    cycle && (!cycle[1] || Number(cycle[1]) < Number(cycle[2])) ? cycle : undefined;
  if (cycleFlag !== undefined && !cycleRange)
    problems.push({
      en: `--cycle-year "${cycleFlag}" is not a year such as 2021, or the years of a cycle such as 2012-2013`,
      zh: `--cycle-year “${cycleFlag}”不是年份（例如 2021）或跨年的年度（例如 2012-2013）`,
    });
  const facts: DecisionFacts = {
    number: pick('number', text('number'), front?.number),
    issuers:
      pick(
        'issuer',
        text('issuer')
          ?.split(/[,，、]/)
          .map((s) => s.trim())
          .filter(Boolean),
        front?.issuerNames,
      ) ?? [],
    date: pick('date', text('date'), front?.date),
    title: pick('title', text('title'), front?.title),
    addressees: pick('addressees', text('addressees'), front?.addressees),
    cycleYear: pick('cycleYear', cycleRange ? Number(cycleRange[2]) : undefined, front?.cycleYear),
    // The first year goes with the last it came with: the flag's, else the front page's.
    cycleFrom: cycleRange
      ? cycleRange[1] === undefined
        ? undefined
        : Number(cycleRange[1])
      : front?.cycleFrom,
    batch: pick('batch', text('batch'), front?.batch),
    listSize: pick('listSize', text('list-size'), undefined),
    ...(text('source-url') || text('source-publisher') || text('source-date')
      ? {
          source: {
            ...(text('source-url') ? { url: text('source-url') } : {}),
            ...(text('source-publisher') ? { publisher: text('source-publisher') } : {}),
            ...(text('source-date') ? { date: text('source-date') } : {}),
          },
        }
      : {}),
    level: pick('level', text('level'), front?.level),
    funding: pick(
      'funding',
      text('funding'),
      front?.funding
        ? front.funding.qualifier === 'at-least'
          ? `${front.funding.value}多`
          : front.funding.qualifier === 'about'
            ? `约${front.funding.value}`
            : String(front.funding.value)
        : undefined,
    ),
    designation: text('designation'),
    id: text('id'),
    replace: values.replace === true,
  };
  if (sources.issuer) sources.coIssuers = sources.issuer;
  return { facts, sources, problems };
}
