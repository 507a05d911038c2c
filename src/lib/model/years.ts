/** The years the content covers: a year has a report when anything happened in it. */
import { achievementYear } from './achievements.ts';
import { isYearly, yearOf } from './dates.ts';
import { isUnionNaming, namingYear, type SiteModel } from './model.ts';

export function contentYears(model: SiteModel): number[] {
  const years = new Set<number | undefined>();
  for (const doc of model.documents.values()) years.add(yearOf(doc.data.date));
  for (const list of model.designationsByStudio.values())
    for (const d of list) years.add(isUnionNaming(d) ? namingYear(d) : yearOf(d.date));
  for (const award of model.awards.values()) years.add(award.data.year);
  for (const entry of model.content.figures)
    for (const period of entry.data.periods.filter(isYearly))
      years.add(Number(period.from.slice(0, 4)));
  for (const entry of model.achievements.values()) years.add(achievementYear(entry.data));
  for (const entry of model.newsZh.values()) years.add(Number(entry.data.date.slice(0, 4)));
  return [...years].filter((year) => year !== undefined).toSorted((a, b) => b - a);
}
