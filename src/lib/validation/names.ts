/**
 * A studio's other names (issue 24): a former title or an alias that repeats the title, or another
 * of its names, says nothing and hides a slip (the new title copied into the old one's place);
 * a recognition's `namedAs` that repeats today's title is redundant and likewise a slip.
 */
import type { ContentSet } from '../content/types.ts';
import type { Problem } from './reporting.ts';

export function checkStudioNames(content: ContentSet, problems: Problem[]): void {
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
