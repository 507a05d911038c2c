/**
 * An assessment result in words, for the studio page and the notice's page alike: the grade, the
 * score and what the result means for the studio. A result the notice did not publish says so in
 * both cells (结果未公布), never a dash in one page and words in the other.
 */
import type { AssessmentGrade, AssessmentOutcome, Locale } from '../../schemas/vocabulary.ts';
import { assessmentOutcome } from '../model/model.ts';
import { label, t } from '../site/i18n.ts';

export interface AssessmentWords {
  grade: string;
  /** The score as stated, or a dash where the notice gives none (a score is optional even when graded). */
  score: string;
  outcome: string;
}

export function assessmentWords(
  locale: Locale,
  row: { grade?: AssessmentGrade; score?: number; outcome?: AssessmentOutcome },
): AssessmentWords {
  const outcome = assessmentOutcome(row);
  const notPublished = t(locale, 'assessment.notPublished');
  return {
    grade: row.grade ? label(locale, 'assessmentGrade', row.grade) : notPublished,
    score: row.score === undefined ? '—' : String(row.score),
    outcome: outcome ? label(locale, 'assessmentOutcome', outcome) : notPublished,
  };
}
