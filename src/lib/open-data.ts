/**
 * The open data sets: flat records computed from the model, each field described in both
 * languages, written as JSON and CSV at /data/<name>.json and /data/<name>.csv.
 */
import type { CsvCell } from './csv.ts';
import { studioYears, FIGURE_KEYS } from './figures.ts';
import { t } from './i18n.ts';
import { firstNamed, highestLevel, type SiteModel } from './model.ts';

type Row = Record<string, CsvCell>;

export interface Dataset {
  name: 'studios' | 'documents' | 'awards' | 'figures';
  title: { zh: string; en: string };
  /** Field name → description. */
  fields: Record<string, { zh: string; en: string }>;
  rows: (model: SiteModel) => Row[];
}

const q = (quantity: { value: number } | undefined): number | null => quantity?.value ?? null;

export const DATASETS: Dataset[] = [
  {
    name: 'studios',
    title: { zh: '工作室', en: 'Studios' },
    fields: {
      id: { zh: '工作室标识（网址中使用）', en: 'Studio id, as in its URL' },
      title_zh: { zh: '正式名称', en: 'Official title (Chinese)' },
      title_en: { zh: '英文名称', en: 'Title in English' },
      leader: { zh: '领衔人标识', en: 'Leader id' },
      employer: { zh: '所在单位标识', en: 'Employer id' },
      industry: { zh: '行业', en: 'Industry' },
      founded: { zh: '成立年月', en: 'Month founded' },
      status: { zh: '状态：active 运行、revoked 撤销、merged 合并', en: 'Status: active, revoked or merged' },
      highest_level: { zh: '当前最高有效级别', en: 'Highest level held now' },
      first_named: { zh: '首次命名日期', en: 'Date first named' },
    },
    rows: (model) =>
      [...model.studios.values()].map(({ id, data }) => ({
        id,
        title_zh: data.title.zh,
        title_en: data.title.en ?? null,
        leader: data.leader ?? null,
        employer: data.employer,
        industry: data.industry,
        founded: data.founded,
        status: data.status,
        highest_level: highestLevel(model, id) ?? null,
        first_named: firstNamed(model, id) ?? null,
      })),
  },
  {
    name: 'documents',
    title: { zh: '工会文件', en: 'Union documents' },
    fields: {
      id: { zh: '文件标识（网址中使用）', en: 'Document id, as in its URL' },
      number: { zh: '文号', en: 'Document number' },
      type: { zh: '类型', en: 'Type' },
      issuer: { zh: '发文单位标识', en: 'Issuer id' },
      date: { zh: '成文日期', en: 'Date of issue' },
      title_zh: { zh: '标题', en: 'Title (Chinese)' },
      studios: { zh: '涉及工作室标识，以分号分隔', en: 'Studio ids named, assessed or paired, separated by semicolons' },
    },
    rows: (model) =>
      [...model.documents.values()].map(({ id, data }) => {
        const studios = new Set<string>();
        if (data.type === 'naming-decision') data.named.forEach((row) => studios.add(row.studio));
        if (data.type === 'assessment-notice') data.results.forEach((row) => studios.add(row.studio));
        if (data.type === 'assessment-notice' || data.type === 'pairing-notice') data.pairings.forEach((p) => p.studios.forEach((s) => studios.add(s)));
        return { id, number: data.number, type: data.type, issuer: data.issuer, date: data.date, title_zh: data.title.zh, studios: [...studios].join(';') };
      }),
  },
  {
    name: 'awards',
    title: { zh: '获奖成果', en: 'Awards' },
    fields: {
      id: { zh: '获奖记录标识', en: 'Award id' },
      year: { zh: '年度', en: 'Year' },
      competition_zh: { zh: '竞赛或评选名称', en: 'Competition (Chinese)' },
      family: { zh: '类别', en: 'Kind' },
      level: { zh: '级别', en: 'Level' },
      rank: { zh: '等次', en: 'Rank' },
      place: { zh: '名次（仅当等次为 place）', en: 'Place, when rank is place' },
      achievement_zh: { zh: '成果名称', en: 'Achievement (Chinese)' },
      people: { zh: '获奖人员标识，以分号分隔', en: 'Person ids among the recipients, separated by semicolons' },
      studio: { zh: '所属工作室标识', en: 'Studio credited' },
    },
    rows: (model) =>
      [...model.awards.values()].map(({ id, data }) => ({
        id,
        year: data.year,
        competition_zh: data.competition.zh,
        family: data.family,
        level: data.level,
        rank: data.rank,
        place: data.place ?? null,
        achievement_zh: data.achievement.zh,
        people: data.recipients.flatMap((r) => (r.type === 'person' ? [r.person] : r.type === 'team' ? r.members : [])).join(';'),
        studio: data.studio ?? data.recipients.find((r) => r.type === 'studio')?.studio ?? null,
      })),
  },
  {
    name: 'figures',
    title: { zh: '年度成果数据', en: 'Yearly figures' },
    fields: {
      studio: { zh: '工作室标识', en: 'Studio id' },
      year: { zh: '年度', en: 'Year' },
      periods: { zh: '统计期间（整年为年份）', en: 'Periods summed (the year when whole)' },
      ...Object.fromEntries(FIGURE_KEYS.map((key) => [key, { zh: `${t('zh', `fig.${key}`)}（数值；“以上”“约”等限定不计入）`, en: `${t('en', `fig.${key}`)} (the number; qualifiers such as “at least” are dropped)` }])),
    },
    rows: (model) =>
      [...model.studios.keys()].flatMap((studio) =>
        studioYears(model, studio).map((year) => ({
          studio,
          year: year.year,
          periods: year.periods.join(';'),
          ...Object.fromEntries(FIGURE_KEYS.map((key) => [key, q(year[key])])),
        })),
      ),
  },
];

/** A data set's rows as table rows, in the order of its fields. */
export const datasetTable = (dataset: Dataset, rows: Row[]): CsvCell[][] => rows.map((row) => Object.keys(dataset.fields).map((field) => row[field] ?? null));
