/**
 * Rules that span fields or entries, run on the entries that passed their schema. Each rule is a
 * function of its own, listed in CONSISTENCY_RULES; a studio's history (./history.ts) and the
 * achievements register (./achievements.ts) have modules of their own.
 */
import { join } from 'node:path';
import { METRIC_PLACEMENTS } from '../../schemas/metric-placements.ts';
import { recordedList } from '../../schemas/document.ts';
import { earliestDay, isYearly, latestKnownDay } from '../model/dates.ts';
import type { RecordedDate } from '../../schemas/common.ts';
import type { ContentSet } from '../content/types.ts';
import { checkAchievements } from './achievements.ts';
import { checkHistory } from './history.ts';
import { checkStudioNames } from './names.ts';
import { checkAgreements, checkDocumentDates } from './documents.ts';
import type { KnownIds } from './loading.ts';
import { reportProblem as report, type Problem } from './reporting.ts';

/** One rule: the whole content set in, its problems out. */
/** A rule over the valid entries; `known` holds every entry's id, valid or not (see KnownIds). */
type Rule = (content: ContentSet, problems: Problem[], root: string, known: KnownIds) => void;

/** Document numbers are cited: each must be unique. Unnumbered documents (无文号) have none and may be many. */
const uniqueDocumentNumbers: Rule = (content, problems) => {
  const numbers = new Map<string, string>();
  for (const entry of content.documents) {
    const number = entry.data.number;
    if (number === undefined) continue;
    const other = numbers.get(number);
    if (other)
      report(
        problems,
        entry,
        'number',
        `found "${number}", already used by document "${other}"; expected a unique document number`,
        `文号 "${number}" 已被文件 "${other}" 使用；每份文件的文号应唯一`,
      );
    else numbers.set(number, entry.id);
  }
};

/** A document lists each studio once: once per naming, selection or commendation list, one result each in an assessment. */
const studiosOncePerDocument: Rule = (content, problems) => {
  for (const entry of content.documents) {
    const doc = entry.data;
    const list =
      doc.type === 'naming-decision'
        ? (['named', doc.named] as const)
        : doc.type === 'selection-notice'
          ? (['selected', doc.selected] as const)
          : doc.type === 'commendation'
            ? (['commended', doc.commended] as const)
            : doc.type === 'assessment-notice'
              ? (['results', doc.results] as const)
              : undefined;
    if (!list) continue;
    const [field, rows] = list;
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (!seen.has(row.studio)) seen.add(row.studio);
      else if (field === 'results')
        report(
          problems,
          entry,
          `results[${i}].studio`,
          `found "${row.studio}" a second time; expected one result per studio`,
          `"${row.studio}" 重复出现；每个工作室只应有一条考核结果`,
        );
      else
        report(
          problems,
          entry,
          `${field}[${i}].studio`,
          `found "${row.studio}" a second time; expected each studio once per document`,
          `"${row.studio}" 重复出现；同一文件中每个工作室只应出现一次`,
        );
    });
  }
};

/** A designation record must not repeat one that a document in the archive already makes (same studio, level and stage). */
const designationsNotInDocuments: Rule = (content, problems) => {
  const fromDocuments = new Set(
    content.documents.flatMap((entry) =>
      entry.data.type === 'naming-decision'
        ? entry.data.named.map((row) => `${row.studio}|${row.level}|named`)
        : entry.data.type === 'selection-notice'
          ? entry.data.selected.map((row) => `${row.studio}|${row.level}|publicised`)
          : entry.data.type === 'commendation'
            ? entry.data.commended.map((row) => `${row.studio}|${row.level}|commended`)
            : [],
    ),
  );
  for (const entry of content.designations) {
    if (fromDocuments.has(`${entry.data.studio}|${entry.data.level}|${entry.data.stage}`)) {
      report(
        problems,
        entry,
        'level',
        `found "${entry.data.level}" for "${entry.data.studio}", which a document in content/documents already records at this stage; expected records only for recognitions whose document is not in the archive`,
        `"${entry.data.studio}" 的 "${entry.data.level}" 记录已由 content/documents 中的文件记录；此处只记录文件不在本站的命名、公示或表彰`,
      );
    }
  }
};

/** Whether two recorded dates are certainly different days (one ends before the other can begin). */
const apart = (a: RecordedDate | undefined, b: RecordedDate | undefined): boolean => {
  const before = (x: RecordedDate, y: RecordedDate) => {
    const end = latestKnownDay(x);
    const start = earliestDay(y);
    return end !== undefined && start !== undefined && end < start;
  };
  return a !== undefined && b !== undefined && (before(a, b) || before(b, a));
};

/**
 * One recognition, one record: two records of a studio at the same level, stage, scheme and
 * recipient from the same source address, on dates that may be the same, are one recognition
 * entered twice (the counts would count it twice). A source telling of two namings years apart
 * (a renewal) is two; records without a level or a source address are never taken as the same.
 */
const designationsOnceBySource: Rule = (content, problems) => {
  const seen = new Map<string, Array<(typeof content.designations)[number]>>();
  for (const entry of content.designations) {
    const { studio, level, stage, scheme, recipient, source, date } = entry.data;
    if (level === undefined || !source?.url) continue;
    const key = [studio, level, stage, scheme, recipient, source.url].join('\0');
    const earlier = seen.get(key) ?? [];
    const other = earlier.find((candidate) => !apart(candidate.data.date, date));
    seen.set(key, [...earlier, entry]);
    if (!other) continue;
    report(
      problems,
      entry,
      'source.url',
      `found the same recognition of "${studio}" (${level}, ${stage}) from the same source as "${other.id}" (${other.file}); expected one record per recognition: delete one of the two files`,
      `与 “${other.id}”（${other.file}）记录的是同一来源中 “${studio}” 的同一项认定（${level}，${stage}）；一项认定只应记录一次，请删除其中一个文件`,
    );
  }
};

/** A studio's status fields agree: merged with mergedInto and a date or document, active with neither. */
const studioStatusFields: Rule = (content, problems) => {
  for (const entry of content.studios) {
    const { status, mergedInto, statusDate, statusDocument } = entry.data;
    if (status === 'merged' && !mergedInto)
      report(
        problems,
        entry,
        'mergedInto',
        'is missing; expected the id of the studio this one was merged into, because status is merged',
        '缺少此字段；状态为 merged 时应填写并入的工作室标识',
      );
    if (status !== 'merged' && mergedInto)
      report(
        problems,
        entry,
        'status',
        `found "${status}"; expected merged, because mergedInto is set`,
        `填写的是 "${status}"；已填写 mergedInto 时状态应为 merged`,
      );
    if (status === 'merged' && !statusDate && !statusDocument)
      report(
        problems,
        entry,
        'statusDate',
        'is missing; expected when the studio was merged, at any precision (a year such as "2025" is enough), or statusDocument, the document that merged it',
        '缺少此字段；状态为 merged 时应填写合并时间（精确到年即可，例如 "2025"），或填写 statusDocument（合并文件）',
      );
    if (status === 'active' && (statusDate || statusDocument))
      report(
        problems,
        entry,
        statusDate ? 'statusDate' : 'statusDocument',
        'is set, but status is active; expected it only with status revoked or merged',
        '状态为 active 时不应填写；仅在 revoked 或 merged 时填写',
      );
  }
};

/**
 * One figures file per studio, and yearly periods that never overlap. Cumulative reports
 * (several years, since founding) may overlap anything: they are never added up.
 */
const figuresPeriods: Rule = (content, problems) => {
  const figuresOf = new Map<string, string>();
  for (const entry of content.figures) {
    const other = figuresOf.get(entry.data.studio);
    if (other)
      report(
        problems,
        entry,
        'studio',
        `found "${entry.data.studio}", whose figures are already in "${other}"; expected one figures file per studio`,
        `"${entry.data.studio}" 的数据已在 "${other}" 中；每个工作室只应有一个数据文件`,
      );
    figuresOf.set(entry.data.studio, entry.id);
    const periods = entry.data.periods
      .map((period, index) => ({ ...period, index }))
      .filter((period): period is typeof period & { from: string; to: string } => isYearly(period))
      .toSorted((a, b) => a.from.localeCompare(b.from));
    periods.forEach((period, i) => {
      const previous = periods[i - 1];
      if (previous && period.from <= previous.to) {
        report(
          problems,
          entry,
          `periods[${period.index}].from`,
          `found ${period.from}, inside the period ${previous.from}–${previous.to}; expected periods that do not overlap`,
          `${period.from} 落在 ${previous.from}–${previous.to} 期间内；统计期间不应重叠`,
        );
      }
    });
  }
};

/**
 * A translation needs its original: an English article its Chinese one, an English document text its
 * document (same file name). An original with problems of its own is there: its problems are reported
 * with it, not again as a missing file. Paths are in the content folder, wherever that is.
 */
const translationsHaveOriginals: Rule = (content, problems, _root, known) => {
  for (const entry of content.news) {
    if (entry.id.startsWith('en/') && !known.news.has(`zh/${entry.id.slice(3)}`)) {
      report(
        problems,
        entry,
        '(file name)',
        `found no Chinese original news/zh/${entry.id.slice(3)}.md(x) in the content folder; expected every English article to translate a Chinese one with the same file name`,
        `内容目录中找不到中文原文 news/zh/${entry.id.slice(3)}.md(x)；英文稿应与同名的中文稿对应`,
      );
    }
  }
  for (const entry of content.documentTranslations) {
    if (!known.documents.has(entry.id)) {
      report(
        problems,
        entry,
        '(file name)',
        `found no document documents/${entry.id}.mdx in the content folder; expected every English text to translate a document with the same file name`,
        `内容目录中找不到文件 documents/${entry.id}.mdx；英文译文应与同名的文件对应`,
      );
    }
  }
};

/** A report's year is its file name. */
const reportYears: Rule = (content, problems) => {
  for (const entry of content.reports) {
    if (entry.id.slice(3) !== String(entry.data.year))
      report(
        problems,
        entry,
        'year',
        `found ${entry.data.year}; expected ${entry.id.slice(3)}, the year in the file name`,
        `填写的是 ${entry.data.year}；应与文件名中的年份 ${entry.id.slice(3)} 一致`,
      );
  }
};

/** A chart computed from a metric is placed only where the metric can be computed. */
const chartPlacements: Rule = (content, problems) => {
  for (const entry of content.charts) {
    const metric = entry.data.metric;
    if (!metric) continue;
    const supported = METRIC_PLACEMENTS[metric];
    entry.data.placements.forEach((placement, i) => {
      if (!supported.includes(placement))
        report(
          problems,
          entry,
          `placements[${i}]`,
          `found "${placement}", which metric ${metric} cannot serve; expected one of: ${supported.join(', ')}`,
          `指标 ${metric} 不能用于 "${placement}"；应为以下之一：${supported.join(', ')}`,
        );
    });
  }
};

/** The site settings file exists. */
const settingsPresent: Rule = (content, problems, root) => {
  if (content.settings.length === 0) {
    problems.push({
      file: join(root, 'settings/site.yaml'),
      entry: 'site',
      field: '',
      message: { en: 'is missing; expected the site settings file', zh: '缺少站点设置文件' },
    });
  }
};

/** A studio's leader is its leader now: not a member the studio records as having left (until). */
const leaderIsCurrent: Rule = (content, problems) => {
  for (const entry of content.studios) {
    const index = entry.data.members.findIndex(
      (member) =>
        member.person !== undefined && member.person === entry.data.leader && member.until,
    );
    if (index >= 0)
      report(
        problems,
        entry,
        `members[${index}].until`,
        `found a date for ${entry.data.leader}, who is the studio's leader; expected the leader now in leader, and a former leader only among the members with until`,
        `${entry.data.leader} 是工作室的领衔人，却填写了在任至；leader 应填现任领衔人，前任领衔人只写在成员中并填写在任至`,
      );
  }
};

/** A recognition's whole list holds at least the studios the site records from it. */
const listSizeHoldsRows: Rule = (content, problems) => {
  for (const entry of content.documents) {
    const list = recordedList(entry.data);
    const size = list?.listSize;
    if (!list || !size || size.qualifier === 'about' || size.value >= list.rows.length) continue;
    report(
      problems,
      entry,
      'listSize',
      `found ${size.value}, fewer than the ${list.rows.length} studios listed here; expected the size of the whole list, which holds at least these`,
      `填写的是 ${size.value}，少于本文件列出的 ${list.rows.length} 个工作室；应为原名单的总数，不少于本站收录的`,
    );
  }
};

/** A cycle of several years runs from its first year (cycleFrom) to a later last one (cycleYear). */
const cycleFromBeforeCycleYear: Rule = (content, problems) => {
  const entries = [...content.designations, ...content.documents].map((entry) => ({
    entry,
    data: entry.data as { cycleYear?: number; cycleFrom?: number },
  }));
  for (const { entry, data } of entries) {
    if (data.cycleFrom === undefined) continue;
    if (data.cycleYear === undefined)
      report(
        problems,
        entry,
        'cycleFrom',
        `found ${data.cycleFrom} with no cycleYear; expected cycleYear, the cycle's last year, beside its first (2012-2013年度: cycleFrom 2012, cycleYear 2013)`,
        `填写了 ${data.cycleFrom}，但没有填写 cycleYear；跨年的年度应同时填写最后一年（2012-2013年度：cycleFrom 2012，cycleYear 2013）`,
      );
    else if (data.cycleFrom >= data.cycleYear)
      report(
        problems,
        entry,
        'cycleFrom',
        `found ${data.cycleFrom}, not before the cycle year ${data.cycleYear}; expected the first year of a cycle of several years, before its last (2012-2013年度: cycleFrom 2012, cycleYear 2013), or no cycleFrom for a cycle of one year`,
        `填写的是 ${data.cycleFrom}，不早于年度 ${data.cycleYear}；应为跨年年度的起始年，早于最后一年（2012-2013年度：cycleFrom 2012，cycleYear 2013）；单一年度不填 cycleFrom`,
      );
  }
};

/** Every rule across fields or entries, in the order their problems are listed. */
export const CONSISTENCY_RULES: ReadonlyArray<Rule> = [
  uniqueDocumentNumbers,
  studiosOncePerDocument,
  designationsNotInDocuments,
  designationsOnceBySource,
  studioStatusFields,
  leaderIsCurrent,
  (content, problems) => checkHistory(content, problems),
  (content, problems) => checkStudioNames(content, problems),
  (content, problems) => checkAchievements(content, problems),
  figuresPeriods,
  translationsHaveOriginals,
  (content, problems) => checkDocumentDates(content, problems),
  (content, problems) => checkAgreements(content, problems),
  listSizeHoldsRows,
  cycleFromBeforeCycleYear,
  reportYears,
  chartPlacements,
  settingsPresent,
];

/** Runs every rule across fields or entries over the valid content of the folder `root`. */
export function checkConsistency(
  root: string,
  content: ContentSet,
  problems: Problem[],
  known: KnownIds,
): void {
  for (const rule of CONSISTENCY_RULES) rule(content, problems, root, known);
}
