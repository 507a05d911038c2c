/**
 * A studio's other names (issue 24): a former title or an alias that repeats the title, or another
 * of its names, says nothing and hides a slip (the new title copied into the old one's place);
 * a recognition's `namedAs` that repeats today's title is redundant and likewise a slip. Two files
 * of one title at one employer are one studio entered twice, which every count would count twice.
 */
import type { ContentSet } from '../content/types.ts';
import { splitBracketedEmployer } from '../content/bracketed-employer.ts';
import type { Problem } from './reporting.ts';

/**
 * The marks written between the parts of a transliterated name (阿不都热合曼·买买提): the middle
 * dot and the look-alikes keyboards and input methods give (bullet, katakana and hyphenation
 * points, dot operators, a full stop), after NFKC has folded full- and half-width forms.
 */
const NAME_DOTS = /[\u00b7\u2022\u2027\u2219\u22c5\u30fb.]/g;

/** A title as an editor reads it: full-width and half-width forms alike, any name dot alike, no white space. */
const readAs = (title: string) =>
  title.normalize('NFKC').replace(NAME_DOTS, '\u00b7').replace(/\s+/g, '');

/**
 * A studio's identity for the one-file rule: its title as read and its employer, the employer
 * being the one stated or, when none is, a body its title names in brackets (肖华峰创新工作室
 * （上海安谊车轮有限公司）, as a pasted list gives it) matched to an organisation by its full or short
 * name. Undefined when no employer is known: unknown employers are never taken as the same.
 * `at` is the employer as a message names it: its id, or the bracket's or prefix's words.
 */
function studioIdentity(
  title: string,
  employer: string | undefined,
  organisationByName: ReadonlyMap<string, string>,
): { key: string; bracketed: boolean; at: string } | undefined {
  const prefixed = prefixedEmployer(title, organisationByName);
  if (prefixed && (employer === undefined || prefixed.employer === employer))
    return {
      key: `${prefixed.employer}\0${prefixed.title}`,
      bracketed: true,
      at: prefixed.employer,
    };
  const split = splitBracketedEmployer(title);
  const named = split && organisationByName.get(readAs(split.body));
  if (employer !== undefined) {
    // A bracket naming the studio's own employer repeats it: the same studio as without it.
    const repeats = split !== undefined && named === employer;
    return {
      key: `${employer}\0${readAs(repeats ? split.title : title)}`,
      bracketed: repeats,
      at: employer,
    };
  }
  if (!split) return undefined;
  return {
    key: `${named ?? `\0${readAs(split.body)}`}\0${readAs(split.title)}`,
    bracketed: true,
    at: split.body,
  };
}

/** The part of a title before its kind that is no one's name: 劳模创新工作室, 职工创新工作室, 创新工作室. */
const KIND_ONLY = /^(劳模|职工|技能大师|工匠|劳模和工匠人才|高技能人才)?(创新)?工作室$/;

/**
 * The employer a title names before the studio's own name, as news lists print it (中铁四局周国锋
 * 创新工作室): an organisation's full or short name, then a name of the studio's own (not only its
 * kind). The same studio as 周国锋创新工作室 at 中铁四局.
 */
function prefixedEmployer(
  title: string,
  organisationByName: ReadonlyMap<string, string>,
): { employer: string; title: string } | undefined {
  const read = readAs(title);
  let found: { employer: string; title: string } | undefined;
  for (const [name, id] of organisationByName) {
    const rest = read.slice(name.length);
    if (!read.startsWith(name) || !rest.endsWith('工作室') || KIND_ONLY.test(rest)) continue;
    // The longest name that fits: 中铁四局集团 before 中铁四局.
    if (!found || name.length > read.length - found.title.length)
      found = { employer: id, title: rest };
  }
  return found;
}

/** One studio, one file: the same title at the same employer. */
function checkOneFilePerStudio(content: ContentSet, problems: Problem[]): void {
  const organisationByName = new Map<string, string>();
  for (const organisation of content.organisations)
    for (const name of [organisation.data.name?.zh, organisation.data.shortName?.zh])
      if (name) organisationByName.set(readAs(name), organisation.id);
  const first = new Map<string, { file: string; id: string; bracketed: boolean }>();
  for (const entry of content.studios) {
    const { employer, title } = entry.data;
    const identity = studioIdentity(title.zh, employer, organisationByName);
    if (identity === undefined) continue;
    const other = first.get(identity.key);
    if (!other) {
      first.set(identity.key, { file: entry.file, id: entry.id, bracketed: identity.bracketed });
      continue;
    }
    const at = identity.at;
    const bracket =
      identity.bracketed || other.bracketed
        ? {
            en: ' (a title that names its employer, in brackets after it or before it, is the same title without it)',
            zh: '（名称前冠以或后括注依托单位的，与不带单位的名称视为相同）',
          }
        : { en: '', zh: '' };
    problems.push({
      file: entry.file,
      entry: entry.id,
      field: 'title',
      message: {
        en: `found "${title.zh}" at employer "${at}", the same as studio "${other.id}" (${other.file})${bracket.en}; expected one file per studio, or every count would count it twice: merge the two, or correct the title`,
        zh: `“${title.zh}”（依托单位 ${at}）与工作室 “${other.id}”（${other.file}）相同${bracket.zh}；一个工作室只应有一个文件，否则各项统计会重复计算：请合并两个文件，或更正名称`,
      },
    });
  }
}

export function checkStudioNames(content: ContentSet, problems: Problem[]): void {
  checkOneFilePerStudio(content, problems);
  const titles = new Map(content.studios.map((entry) => [entry.id, entry.data.title.zh]));
  for (const entry of content.studios) {
    const seen = new Map<string, string>([[entry.data.title.zh, 'title']]);
    const names = [
      ...entry.data.formerTitles.map((former, i) => ({
        name: former.title.zh,
        field: `formerTitles[${i}].title`,
      })),
      ...entry.data.aliases.map((alias, i) => ({ name: alias.zh, field: `aliases[${i}]` })),
    ];
    for (const { name, field } of names) {
      const first = seen.get(name);
      if (first)
        problems.push({
          file: entry.file,
          entry: entry.id,
          field,
          message: {
            en: `found "${name}", the same as ${first}; expected a name the studio was or is also known by, different from its title and its other names`,
            zh: `“${name}”与 ${first} 相同；曾用名和别称应是与现名及其他名称不同的名称`,
          },
        });
      else seen.set(name, field);
    }
  }
  for (const entry of content.designations) {
    const named = entry.data.namedAs?.zh;
    if (named !== undefined && named === titles.get(entry.data.studio))
      problems.push({
        file: entry.file,
        entry: entry.id,
        field: 'namedAs',
        message: {
          en: `found "${named}", the studio's title today; expected namedAs only when the source names the studio differently (leave it out otherwise)`,
          zh: `“${named}”与工作室现名相同；只有来源中的名称与现名不同时才填写时称（否则不填）`,
        },
      });
  }
}
