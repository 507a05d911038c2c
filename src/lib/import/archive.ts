/** The archive as the import sees it: what it matches rows against, from the validated content. */
import { isCommendation, isNamingDecision, isSelectionNotice } from '../../schemas/document.ts';
import type { ContentSet } from '../content/types.ts';
import { countingYear, type Archive } from './plan.ts';

/** A document's date as an answer to --date would give it, its bound kept ("before", "by", "shortly before"). */
const yearText = (
  date: { value: string; before?: true; reportedBy?: true; shortlyBefore?: true } | undefined,
) =>
  date
    ? `${date.before ? 'before ' : date.reportedBy ? 'by ' : date.shortlyBefore ? 'shortly before ' : ''}${date.value}`
    : undefined;

export function archiveOf(content: ContentSet): Archive {
  return {
    studios: content.studios.map((entry) => ({
      id: entry.id,
      title: entry.data.title,
      employer: entry.data.employer,
    })),
    organisations: content.organisations.map((entry) => ({
      id: entry.id,
      name: entry.data.name,
      shortName: entry.data.shortName,
    })),
    people: content.people.map((entry) => ({
      id: entry.id,
      name: entry.data.name,
      employer: entry.data.employer,
    })),
    documents: content.documents.map((entry) => {
      const doc = entry.data;
      const listed = isNamingDecision(doc)
        ? doc.named
        : isSelectionNotice(doc)
          ? doc.selected
          : isCommendation(doc)
            ? doc.commended
            : [];
      const cycleYear = isNamingDecision(doc) || isSelectionNotice(doc) ? doc.cycleYear : undefined;
      return {
        id: entry.id,
        file: entry.file,
        type: doc.type,
        number: doc.number,
        title: doc.title.zh,
        year: countingYear(yearText(doc.date), cycleYear),
        listed,
      };
    }),
    designations: content.designations.map((entry) => ({
      file: entry.file,
      studio: entry.data.studio,
      // A recognition whose source states no level has none to match on.
      level: entry.data.level ?? '',
      stage: entry.data.stage,
      year: countingYear(yearText(entry.data.date), entry.data.cycleYear),
    })),
  };
}
