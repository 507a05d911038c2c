/** The years the content covers: a year has a report when anything happened in it. */
import type { SiteModel } from './model.ts';

export function contentYears(model: SiteModel): number[] {
  const years = new Set<number>();
  for (const doc of model.documents.values()) years.add(Number(doc.data.date.slice(0, 4)));
  for (const list of model.designationsByStudio.values()) for (const d of list) years.add(Number(d.date.slice(0, 4)));
  for (const award of model.awards.values()) years.add(award.data.year);
  for (const entry of model.content.figures) for (const period of entry.data.periods) years.add(Number(period.from.slice(0, 4)));
  for (const entry of model.newsZh.values()) years.add(Number(entry.data.date.slice(0, 4)));
  return [...years].toSorted((a, b) => b - a);
}
