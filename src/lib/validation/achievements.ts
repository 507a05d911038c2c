/**
 * Checks of the achievements register that span fields or entries: a history that goes back in
 * time or out of order, a patent number used twice, a grant before its filing. Photos and files
 * are checked with every other file reference (src/lib/content/content-checks.ts); references (studios,
 * people, documents, news, and from awards to achievements) with every other reference, from
 * the schemas' ref() marks (./references.ts).
 */
import { normalisePatentNumber } from '../../schemas/achievement.ts';
import { ACHIEVEMENT_STAGES } from '../../schemas/vocabulary.ts';
import { earliestDay, latestDay } from '../model/dates.ts';
import type { ContentSet, Entry } from '../content/types.ts';
import type { Problem } from './reporting.ts';

/** The register's own rules: stages in order and forward in time, each patent in one entry, granted after filed. */
export function checkAchievements(content: ContentSet, problems: Problem[]): void {
  const problem = (entry: Entry<unknown>, field: string, en: string, zh: string) =>
    problems.push({ file: entry.file, entry: entry.id, field, message: { en, zh } });
  const patentOwner = new Map<string, { id: string; number: string }>();

  for (const entry of content.achievements) {
    const data = entry.data;
    // History: stages in their order, and no step dated certainly before the step it follows.
    data.status.forEach((step, i) => {
      const previous = data.status[i - 1];
      if (!previous) return;
      if (ACHIEVEMENT_STAGES.indexOf(step.stage) < ACHIEVEMENT_STAGES.indexOf(previous.stage)) {
        problem(
          entry,
          `status[${i}].stage`,
          `found "${step.stage}" after "${previous.stage}"; expected the stages in the order they happen: ${ACHIEVEMENT_STAGES.join(', ')}`,
          `"${step.stage}" 排在 "${previous.stage}" 之后；各阶段应按发生顺序排列：${ACHIEVEMENT_STAGES.join('、')}`,
        );
      }
      const before = step.date && previous.date ? earliestDay(previous.date) : undefined;
      if (step.date && before !== undefined && latestDay(step.date) < before) {
        problem(
          entry,
          `status[${i}].date`,
          `found ${step.date.value} for "${step.stage}", before ${previous.date!.value} of the earlier step "${previous.stage}"; expected the history not to go back in time`,
          `"${step.stage}" 的日期 ${step.date.value} 早于前一阶段 "${previous.stage}" 的日期 ${previous.date!.value}；状态时间不能倒退`,
        );
      }
    });
    // A patent is granted after it is filed.
    data.patents.forEach((patent, i) => {
      const key = normalisePatentNumber(patent.number);
      const owner = patentOwner.get(key);
      if (owner)
        problem(
          entry,
          `patents[${i}].number`,
          `found "${patent.number}", already listed by achievement "${owner.id}" (as "${owner.number}"); expected each patent in one entry of the register`,
          `专利号 "${patent.number}" 已在成果 "${owner.id}" 中登记（写作 "${owner.number}"）；每项专利只应登记在一个成果中`,
        );
      else patentOwner.set(key, { id: entry.id, number: patent.number });
      const filed = patent.filed && earliestDay(patent.filed);
      if (patent.granted && filed !== undefined && latestDay(patent.granted) < filed) {
        problem(
          entry,
          `patents[${i}].granted`,
          `found ${patent.granted.value}, before the filing date ${patent.filed!.value}; expected a grant after the application`,
          `授权日期 ${patent.granted.value} 早于申请日期 ${patent.filed!.value}；授权应在申请之后`,
        );
      }
    });
  }
}
