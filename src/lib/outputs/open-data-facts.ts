/**
 * Cumulative figures no other field holds (awards won, papers, years running …) as an open data set:
 * one row per figure, with its label, unit, period and source (/data/cumulative-facts.json, .csv).
 * Never summed with yearly figures.
 */
import type { Dataset } from './open-data-dataset.ts';
import { QUALIFIER_NOTE } from './open-data-notes.ts';

export const cumulativeFactsDataset: Dataset = {
  name: 'cumulative-facts',
  title: { zh: '其他累计数字', en: 'Other cumulative figures' },
  fields: {
    studio: { zh: '工作室标识', en: 'Studio id' },
    label_zh: { zh: '指标（按来源）', en: 'What is counted, as the source says it (Chinese)' },
    label_en: { zh: '指标的英文', en: 'What is counted, in English' },
    value: { zh: '数值', en: 'Number' },
    value_qualifier: QUALIFIER_NOTE,
    unit_zh: {
      zh: '单位（按来源）；空为未注明',
      en: 'Unit as the source gives it; empty when not stated',
    },
    from: {
      zh: '起始月份（YYYY-MM），founding 为成立以来；空为未注明',
      en: 'First month (YYYY-MM), founding for since founding; empty when not stated',
    },
    to: {
      zh: '截止月份（YYYY-MM）；空为未注明',
      en: 'Last month (YYYY-MM); empty when not stated',
    },
    source_title: { zh: '来源标题', en: 'Source title' },
    source_url: { zh: '来源网址', en: 'Source address' },
  },
  rows: (model) =>
    [...model.figuresByStudio.values()].flatMap(({ data }) =>
      data.facts.map((fact) => ({
        studio: data.studio,
        label_zh: fact.label.zh,
        label_en: fact.label.en ?? null,
        value: fact.value.value,
        value_qualifier: fact.value.qualifier,
        unit_zh: fact.unit?.zh ?? null,
        from: fact.from ?? null,
        to: fact.to ?? null,
        source_title: fact.source?.title?.zh ?? null,
        source_url: fact.source?.url ?? null,
      })),
    ),
};
