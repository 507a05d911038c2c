/** The achievements register as an open data set: one row per entry (/data/achievements.json, .csv). */
import { dateText } from '../model/dates.ts';
import { achievementYear, currentStage, resultCount } from '../model/achievements.ts';
import type { Dataset } from './open-data-dataset.ts';
import { DATE_NOTE, QUALIFIER_NOTE } from './open-data-notes.ts';
import { ACHIEVEMENT_TYPES } from '../../schemas/vocabulary.ts';
import { label } from '../site/i18n.ts';

const list = (items: string[]) => items.join(';');

export const achievementsDataset: Dataset = {
  name: 'achievements',
  title: { zh: '成果库', en: 'Achievements register' },
  fields: {
    id: { zh: '成果标识（网址中使用）', en: 'Entry id, as in its URL' },
    title_zh: { zh: '成果名称', en: 'Title (Chinese)' },
    title_en: { zh: '英文名称', en: 'Title in English' },
    // The values and their names from the vocabulary and the dictionary, so the description never falls behind them.
    type: {
      zh: `成果类型：${ACHIEVEMENT_TYPES.map((type) => `${type} ${label('zh', 'achievementType', type)}`).join('、')}`,
      en: `Type: ${ACHIEVEMENT_TYPES.map((type) => `${type} (${label('en', 'achievementType', type)})`).join(', ')}`,
    },
    studios: { zh: '所属工作室标识，以分号分隔', en: 'Studio ids, separated by semicolons' },
    people: {
      zh: '完成人标识（本站有页面的人员），以分号分隔',
      en: 'Ids of the people with a page who made it, separated by semicolons',
    },
    other_people: {
      zh: '本站以外的完成人姓名，以分号分隔',
      en: 'Names of other people who made it, separated by semicolons',
    },
    date: { zh: `完成时间，${DATE_NOTE.zh}`, en: `Date made or completed, ${DATE_NOTE.en}` },
    year: {
      zh: '成果库归档年份：完成时间的年份，未注明时为最早有日期的进展年份；空为未注明',
      en: 'Year the register files it under: the year of its date, else of its first dated step; empty when not stated',
    },
    status: {
      zh: '最新进展：proposed 提出、adopted 采纳、implemented 实施、promoted 推广应用；空为未注明',
      en: 'Latest stage: proposed, adopted, implemented or promoted (to other units); empty when not stated',
    },
    count: {
      zh: '包含的成果数（批量登记时大于1）',
      en: 'Results the entry stands for (more than 1 for a batch entry)',
    },
    count_qualifier: QUALIFIER_NOTE,
    benefit: {
      zh: '经济效益（万元）；空为未注明',
      en: 'Economic benefit in 10k yuan; empty when not stated',
    },
    benefit_qualifier: QUALIFIER_NOTE,
    benefit_from: {
      zh: `经济效益统计期间的起点，${DATE_NOTE.zh}`,
      en: `Start of the period the benefit was measured over, ${DATE_NOTE.en}`,
    },
    benefit_to: {
      zh: '经济效益统计期间的终点（空为与起点同一年或同一月）',
      en: 'End of the period (empty when the period is the single year or month of its start)',
    },
    patents: { zh: '专利号，以分号分隔', en: 'Patent numbers, separated by semicolons' },
    patents_granted: { zh: '其中已授权的专利数', en: 'How many of them are granted' },
    awards: {
      zh: '因该成果获得的奖项标识（见 awards 数据），以分号分隔',
      en: 'Ids of the awards won for it (see the awards data set), separated by semicolons',
    },
  },
  rows: (model) =>
    [...model.achievements.values()].map(({ id, data }) => {
      const count = resultCount(data);
      return {
        id,
        title_zh: data.title.zh,
        title_en: data.title.en ?? null,
        type: data.type,
        studios: list(data.studios),
        people: list(data.people),
        other_people: list(data.otherPeople.map((name) => name.zh)),
        date: dateText(data.date) || null,
        year: achievementYear(data) ?? null,
        status: currentStage(data) ?? null,
        count: count.value,
        count_qualifier: count.qualifier,
        benefit: data.benefit?.amount.value ?? null,
        benefit_qualifier: data.benefit?.amount.qualifier ?? null,
        benefit_from: data.benefit ? dateText(data.benefit.period.from) : null,
        benefit_to: data.benefit?.period.to ? dateText(data.benefit.period.to) : null,
        patents: list(data.patents.map((patent) => patent.number)),
        patents_granted: data.patents.filter((patent) => patent.status === 'granted').length,
        awards: list((model.awardsByAchievement.get(id) ?? []).map((award) => award.id)),
      };
    }),
};
