/**
 * The open data sets: flat records computed from the model, each field described in both
 * languages, written as JSON and CSV at /data/<name>.json and /data/<name>.csv.
 */
import type { CsvCell } from '../site/csv.ts';
import { dateText } from '../model/dates.ts';
import { organisationTitle } from '../model/names.ts';
import {
  cumulativeReports,
  studioYears,
  DERIVED_FIGURE_KEYS,
  FIGURE_KEYS,
} from '../figures/yearly-figures.ts';
import { t } from '../site/i18n.ts';
import { firstNaming, studioStanding, type SiteModel } from '../model/model.ts';
import { achievementsDataset } from './open-data-achievements.ts';
import { cumulativeFactsDataset } from './open-data-facts.ts';
import { countedElsewhereDataset, yearEndCountsDataset } from './open-data-counts.ts';
import { documentsDataset } from './open-data-documents.ts';
import { DATE_NOTE, QUALIFIER_NOTE } from './open-data-notes.ts';
import type { Dataset, Row } from './open-data-dataset.ts';

export type { Dataset } from './open-data-dataset.ts';

/** The figures' columns: as reported, then as derived once (the year's patents, the adoption rate in percent). */
const FIGURE_COLUMNS = [...FIGURE_KEYS, ...DERIVED_FIGURE_KEYS] as const;

const q = (quantity: { value: number } | undefined): number | null => quantity?.value ?? null;
/** The qualifier of a reported number (exact, at-least, nearly, about), or empty when there is no number. */
const qualifier = (quantity: { qualifier: string } | undefined): string | null =>
  quantity?.qualifier ?? null;
/** A date as written at its precision (2019, 2019-11, 2019-11-20, <2015-06 for "before"), or empty when not stated. */
const date = (value: Parameters<typeof dateText>[0]): string | null => dateText(value) || null;
/** Values each once, in their order, separated by semicolons. */
const unique = (values: string[]): string => [...new Set(values)].join(';');
/** Organisations' ids and, in the same order, their Chinese names (full, else short). */
const organisationColumns = (model: SiteModel, ids: string[]) => {
  const each = [...new Set(ids)];
  return {
    organisations: each.join(';'),
    organisations_zh: each.map((id) => organisationTitle(model, id)?.zh ?? '').join(';'),
  };
};
const qualifierFields = (keys: readonly string[]) =>
  Object.fromEntries(
    keys.flatMap((key) => [
      [
        key,
        {
          zh: `${t('zh', `fig.${key}` as Parameters<typeof t>[1])}（数值）`,
          en: `${t('en', `fig.${key}` as Parameters<typeof t>[1])} (the number)`,
        },
      ],
      [`${key}_qualifier`, QUALIFIER_NOTE],
    ]),
  );

export const DATASETS: Dataset[] = [
  {
    name: 'studios',
    title: { zh: '工作室', en: 'Studios' },
    fields: {
      id: { zh: '工作室标识（网址中使用）', en: 'Studio id, as in its URL' },
      title_zh: { zh: '正式名称', en: 'Official title (Chinese)' },
      title_en: { zh: '英文名称', en: 'Title in English' },
      leader: { zh: '领衔人标识', en: 'Leader id' },
      employer: { zh: '所在单位标识（空为未注明）', en: 'Employer id (empty when not stated)' },
      employer_zh: {
        zh: '所在单位名称（空为未注明）',
        en: 'Employer name, in Chinese (empty when not stated)',
      },
      industry: { zh: '行业（空为未注明）', en: 'Industry (empty when not stated)' },
      founded: { zh: `成立时间，${DATE_NOTE.zh}`, en: `Founded, ${DATE_NOTE.en}` },
      status: {
        zh: '状态：named 已命名、revoked 已撤销、merged 已合并、publicised 已公示（本站未收录命名记录）、unrecorded 本站无命名记录',
        en: 'Status: named, revoked, merged, publicised (no naming recorded in this archive) or unrecorded (no naming in this archive)',
      },
      highest_level: {
        zh: '当前最高有效级别（已撤销或合并的为空）',
        en: 'Highest level held now (empty when revoked or merged)',
      },
      former_level: {
        zh: '撤销或合并前的最高级别',
        en: 'Highest level held before revocation or merger',
      },
      status_date: {
        zh: `撤销或合并时间，${DATE_NOTE.zh}`,
        en: `Date revoked or merged, ${DATE_NOTE.en}`,
      },
      first_named: { zh: `首次命名时间，${DATE_NOTE.zh}`, en: `Date first named, ${DATE_NOTE.en}` },
    },
    rows: (model) =>
      [...model.studios.values()].map(({ id, data }) => {
        const standing = studioStanding(model, id);
        const ended =
          standing.status === 'revoked' || standing.status === 'merged' ? standing : undefined;
        return {
          id,
          title_zh: data.title.zh,
          title_en: data.title.en ?? null,
          leader: data.leader ?? null,
          employer: data.employer ?? null,
          employer_zh: organisationTitle(model, data.employer)?.zh ?? null,
          industry: data.industry ?? null,
          founded: date(data.founded),
          status: standing.status,
          highest_level: standing.status === 'named' ? (standing.level ?? null) : null,
          former_level: ended?.formerLevel ?? null,
          status_date: date(ended?.date),
          first_named: date(firstNaming(model, id)?.date),
        };
      }),
  },
  documentsDataset,
  {
    name: 'awards',
    title: { zh: '获奖成果', en: 'Awards' },
    fields: {
      id: { zh: '获奖记录标识', en: 'Award id' },
      year: { zh: '年度', en: 'Year' },
      competition: { zh: '竞赛或评选标识', en: 'Competition id' },
      competition_zh: { zh: '竞赛或评选名称', en: 'Competition (Chinese)' },
      family: { zh: '类别', en: 'Kind' },
      level: { zh: '级别', en: 'Level' },
      rank: { zh: '等次', en: 'Rank' },
      place: { zh: '名次（仅当等次为 place）', en: 'Place, when rank is place' },
      rank_as_zh: {
        zh: '公布名单对等次的写法（与等次名称不同时，如“一等成果”）；空为与等次名称相同',
        en: 'The rank as the announcement words it, when not the rank’s name (一等成果); empty when the same',
      },
      achievement_zh: { zh: '成果名称', en: 'Achievement (Chinese)' },
      people: {
        zh: '获奖人员标识（个人及团队成员），以分号分隔',
        en: 'Person ids among the recipients (people and team members), each once, separated by semicolons',
      },
      teams: {
        zh: '获奖团队名称，以分号分隔',
        en: 'Names of the teams among the recipients, in Chinese, separated by semicolons',
      },
      studio: {
        zh: '获奖或所属工作室标识，以分号分隔',
        en: 'Studios among the recipients and the studio credited, each once, separated by semicolons',
      },
      source_title: {
        zh: '来源标题（空为未注明）',
        en: 'Source title, in Chinese (empty when not stated)',
      },
      source_number: {
        zh: '来源文号（空为未注明）',
        en: 'Source document number (empty when not stated)',
      },
      source_url: {
        zh: '来源网址（空为未注明）',
        en: 'Source web address (empty when not stated)',
      },
      date: { zh: `公布日期，${DATE_NOTE.zh}`, en: `Date announced, ${DATE_NOTE.en}` },
      source_publisher_zh: {
        zh: '来源发布单位（空为未注明）',
        en: 'Source publisher, in Chinese (empty when not stated)',
      },
      source_date: { zh: `来源发布日期，${DATE_NOTE.zh}`, en: `Source date, ${DATE_NOTE.en}` },
      organisations: {
        zh: '获奖单位标识（由单位获奖时），以分号分隔',
        en: 'Organisation ids among the recipients (a company or unit named as the winner), separated by semicolons',
      },
      organisations_zh: {
        zh: '获奖单位名称，与获奖单位标识一一对应，以分号分隔',
        en: 'Names of those organisations, in Chinese, in the same order, separated by semicolons',
      },
    },
    rows: (model) =>
      [...model.awards.values()].map(({ id, data }) => ({
        id,
        year: data.year ?? null,
        competition: data.competitionId,
        competition_zh: data.competition.zh,
        family: data.family,
        level: data.level,
        rank: data.rank,
        place: data.place ?? null,
        rank_as_zh: data.rankAs?.zh ?? null,
        achievement_zh: data.achievement?.zh ?? null,
        // Every recipient, each once: a person also in a team, two studios, a team with no member pages.
        people: unique(
          data.recipients.flatMap((r) =>
            r.type === 'person' ? [r.person] : r.type === 'team' ? r.members : [],
          ),
        ),
        teams: unique(data.recipients.flatMap((r) => (r.type === 'team' ? [r.name.zh] : []))),
        studio:
          unique([
            ...data.recipients.flatMap((r) => (r.type === 'studio' ? [r.studio] : [])),
            ...(data.studio ? [data.studio] : []),
          ]) || null,
        source_title: data.source?.title?.zh ?? null,
        source_number: data.source?.number ?? null,
        source_url: data.source?.url ?? null,
        // Added after the source's first columns, so that a reader's column numbers stay as they were.
        date: date(data.date),
        source_publisher_zh: data.source?.publisher?.zh ?? null,
        source_date: date(data.source?.date),
        ...organisationColumns(
          model,
          data.recipients.flatMap((r) => (r.type === 'organisation' ? [r.organisation] : [])),
        ),
      })),
  },
  {
    name: 'figures',
    title: { zh: '年度成果数据', en: 'Yearly figures' },
    fields: {
      studio: { zh: '工作室标识', en: 'Studio id' },
      year: { zh: '年度', en: 'Year' },
      periods: {
        zh: '统计期间（整年为年份，部分月份写作 YYYY-MM–YYYY-MM）',
        en: 'Periods summed (the year when whole, YYYY-MM–YYYY-MM for part of a year)',
      },
      partial: {
        zh: '是否仅覆盖部分月份（true 时不能与整年比较）',
        en: 'Whether the figures cover only part of the year (true: not comparable with whole years)',
      },
      ...qualifierFields(FIGURE_COLUMNS),
    },
    rows: (model) =>
      [...model.studios.keys()].flatMap((studio) =>
        studioYears(model, studio).map((year) => ({
          studio,
          year: year.year,
          periods: year.periods.join(';'),
          partial: year.partial,
          ...Object.fromEntries(
            FIGURE_COLUMNS.flatMap((key) => [
              [key, q(year[key])],
              [`${key}_qualifier`, qualifier(year[key])],
            ]),
          ),
        })),
      ),
  },
  {
    name: 'cumulative-figures',
    title: { zh: '累计及多年数据', en: 'Cumulative and multi-year figures' },
    fields: {
      studio: { zh: '工作室标识', en: 'Studio id' },
      from: {
        zh: '起始年月（founding 表示自成立以来；空为来源未注明）',
        en: 'First month (founding: since the studio was founded; empty when the source does not say)',
      },
      to: {
        zh: '截止年月（空为来源未注明）',
        en: 'Last month (empty when the source does not date it)',
      },
      ...qualifierFields(FIGURE_COLUMNS),
    },
    rows: (model) =>
      cumulativeReports(model).map(({ studio, from, to, figures }) => ({
        studio,
        from: from ?? null,
        to: to ?? null,
        ...Object.fromEntries(
          FIGURE_COLUMNS.flatMap((key) => [
            [key, q(figures[key])],
            [`${key}_qualifier`, qualifier(figures[key])],
          ]),
        ),
      })),
  },
  cumulativeFactsDataset,
  achievementsDataset,
  yearEndCountsDataset,
  countedElsewhereDataset,
];

/** A data set's rows as table rows, in the order of its fields. */
export const datasetTable = (dataset: Dataset, rows: Row[]): CsvCell[][] =>
  rows.map((row) => Object.keys(dataset.fields).map((field) => row[field] ?? null));
