/**
 * The documents as an open data set (/data/documents.json, .csv): one row per document, with the
 * catalogue fields of 信息公开 and whether it is a union document (an agreement a union brokered is not).
 */
import { dateText } from '../model/dates.ts';
import { organisationTitle } from '../model/names.ts';
import {
  documentBodies,
  hasPairings,
  isUnionDocument,
  recordedList,
} from '../../schemas/document.ts';
import type { Dataset } from './open-data-dataset.ts';
import { DATE_NOTE, QUALIFIER_NOTE } from './open-data-notes.ts';

/** A date as written at its precision, or empty when not stated (an undated document). */
const date = (value: Parameters<typeof dateText>[0]): string | null => dateText(value) || null;

export const documentsDataset: Dataset = {
  name: 'documents',
  title: { zh: '文件（工会文件与协议）', en: 'Documents (union documents and agreements)' },
  fields: {
    id: { zh: '文件标识（网址中使用）', en: 'Document id, as in its URL' },
    number: {
      zh: '文号（无文号或未注明的为空）',
      en: 'Document number (empty when it has none or none is stated)',
    },
    type: { zh: '类型', en: 'Type' },
    union_document: {
      zh: '是否工会文件：true 为工会发出的文件；false 为协议（由签约单位订立，工会即使促成也不是发文单位）',
      en: 'Whether it is a union document: true when a union issued it; false for an agreement (made by its signatories; a union that brokered it did not issue it)',
    },
    issuer: {
      zh: '发文单位标识（联合发文以分号分隔）；协议为签约单位',
      en: 'Issuer ids (joint issuers separated by semicolons); for an agreement, its signatories',
    },
    issuer_zh: {
      zh: '发文单位名称，与发文单位标识一一对应，以分号分隔',
      en: 'Issuer names, in Chinese, in the order of the issuer ids, separated by semicolons',
    },
    brokered_by: {
      zh: '促成协议的单位标识，以分号分隔（仅协议）',
      en: 'Ids of the bodies that brokered an agreement, separated by semicolons (agreements only)',
    },
    date: {
      zh: `成文日期，${DATE_NOTE.zh}（无日期的文件）`,
      en: `Date of writing, ${DATE_NOTE.en} (an undated document)`,
    },
    published: {
      zh: `发布日期（信息公开目录），${DATE_NOTE.zh}`,
      en: `Date published (disclosure catalogue), ${DATE_NOTE.en}`,
    },
    index_number: {
      zh: '索引号（空为未注明）',
      en: 'Index number, 索引号 (empty when not stated)',
    },
    subject_category: {
      zh: '主题分类（空为未注明）',
      en: 'Subject category, 主题分类 (empty when not stated)',
    },
    publishing_body: {
      zh: '发布机构（空为未注明）',
      en: 'Publishing body, 发布机构 (empty when not stated)',
    },
    title_zh: { zh: '标题', en: 'Title (Chinese)' },
    studios: {
      zh: '涉及工作室标识，以分号分隔',
      en: 'Studio ids named, assessed or paired, separated by semicolons',
    },
    list_size: {
      zh: '原名单总数（本站只收录名单一部分时；空为收录了整份名单或未注明）',
      en: 'The whole list’s size, when the site records only part of it (empty otherwise)',
    },
    list_size_qualifier: QUALIFIER_NOTE,
  },
  rows: (model) =>
    [...model.documents.values()].map(({ id, data }) => {
      const studios = new Set<string>();
      const recorded = recordedList(data);
      const listSize = recorded?.listSize;
      recorded?.rows.forEach((row) => studios.add(row.studio));
      if (data.type === 'assessment-notice') data.results.forEach((row) => studios.add(row.studio));
      if (hasPairings(data)) data.pairings.forEach((p) => p.studios.forEach((s) => studios.add(s)));
      return {
        id,
        number: data.number ?? null,
        type: data.type,
        union_document: isUnionDocument(data),
        issuer: documentBodies(data).join(';'),
        issuer_zh: documentBodies(data)
          .map((body) => organisationTitle(model, body)?.zh ?? '')
          .join(';'),
        brokered_by:
          data.type === 'agreement' && data.brokeredBy.length > 0
            ? data.brokeredBy.join(';')
            : null,
        date: date(data.date),
        published: date(data.published),
        index_number: data.indexNumber ?? null,
        subject_category: data.subjectCategory?.zh ?? null,
        publishing_body: data.publishingBody?.zh ?? null,
        title_zh: data.title.zh,
        studios: [...studios].join(';'),
        list_size: listSize?.value ?? null,
        list_size_qualifier: listSize?.qualifier ?? null,
      };
    }),
};
