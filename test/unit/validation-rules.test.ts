/**
 * Every validation rule on content written in the test: for each rule a folder that breaks it
 * (the validator names the file, the field and the rule, in English and Chinese) and the same
 * folder mended (no problem at all), so that each case fails when its rule is switched off and
 * cannot pass because of some other rule.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent } from '../../src/lib/validation/index.ts';
import {
  MINIMAL_CONTENT,
  writeContentFolder,
  type ContentFiles,
} from '../helpers/content-folder.ts';

const studios: ContentFiles = {
  'studios/a.yaml': { title: '甲创新工作室' },
  'studios/b.yaml': { title: '乙创新工作室' },
};
const body = '正文。';
const naming = (number: string, named: Array<Record<string, unknown>>, date = '2021-12-07') => ({
  data: {
    type: 'naming-decision',
    number,
    issuer: 'ftu',
    date,
    title: '关于命名劳模创新工作室的决定',
    named,
  },
  body,
});
const assessment = (
  date: string,
  results: Array<Record<string, unknown>>,
  extra: Record<string, unknown> = {},
) => ({
  data: {
    type: 'assessment-notice',
    issuer: 'ftu',
    date,
    title: '关于考核结果的通报',
    cycle: '2022—2024',
    results,
    ...extra,
  },
  body,
});
const news = (title: string) => ({ data: { title, date: '2022-03-01', summary: '摘要。' }, body });
const period = (from: string, to: string) => ({ from, to, trained: 10 });

interface RuleCase {
  /** The rule, as README and the editors' guide state it. */
  rule: string;
  /** Content that breaks the rule, and nothing else. */
  broken: ContentFiles;
  /** The same content with the rule kept. */
  mended: ContentFiles;
  file: string;
  field: string;
  message: RegExp;
  /** The base folder, when the case needs something other than MINIMAL_CONTENT. */
  base?: ContentFiles;
}

const CASES: RuleCase[] = [
  {
    rule: 'one studio has one file: no two of the same title at the same employer',
    broken: {
      'organisations/plant.yaml': { name: '某某公司' },
      'studios/a.yaml': { title: '甲创新工作室', employer: 'plant' },
      'studios/a-again.yaml': { title: '甲创新工作室 ', employer: 'plant' },
      // The same title at another employer, or with no employer stated, is another studio.
      'studios/b.yaml': { title: '甲创新工作室', employer: 'ftu' },
      'studios/c.yaml': { title: '甲创新工作室' },
    },
    mended: {
      'organisations/plant.yaml': { name: '某某公司' },
      'studios/a.yaml': { title: '甲创新工作室', employer: 'plant' },
      'studios/a-again.yaml': { title: '甲二创新工作室', employer: 'plant' },
      'studios/b.yaml': { title: '甲创新工作室', employer: 'ftu' },
      'studios/c.yaml': { title: '甲创新工作室' },
    },
    file: 'studios/a.yaml',
    field: 'title',
    message:
      /the same as studio "a-again" \(.*studios\/a-again\.yaml\); expected one file per studio/,
  },
  {
    rule: 'one studio has one file, whichever look-alike of the middle dot its name is written with',
    broken: {
      'organisations/plant.yaml': { name: '某某公司' },
      'studios/a.yaml': { title: '阿不都热合曼·买买提劳模创新工作室', employer: 'plant' },
      // The katakana middle dot, as a Japanese input method gives it.
      'studios/a-again.yaml': { title: '阿不都热合曼・买买提劳模创新工作室', employer: 'plant' },
    },
    mended: {
      'organisations/plant.yaml': { name: '某某公司' },
      'studios/a.yaml': { title: '阿不都热合曼·买买提劳模创新工作室', employer: 'plant' },
      'studios/a-again.yaml': { title: '阿不都热合曼·吐尔逊劳模创新工作室', employer: 'plant' },
    },
    file: 'studios/a.yaml',
    field: 'title',
    message:
      /the same as studio "a-again" \(.*studios\/a-again\.yaml\); expected one file per studio/,
  },
  {
    rule: 'one studio has one file, when one title names its employer in brackets as a pasted list does',
    broken: {
      'organisations/anyi.yaml': { name: '上海安谊车轮有限公司' },
      'studios/a.yaml': { title: '肖华峰创新工作室', employer: 'anyi' },
      // Typed from a list that prints name and employer in one cell, with no employer field.
      'studios/a-listed.yaml': { title: '肖华峰创新工作室 （上海安谊车轮有限公司）' },
    },
    mended: {
      'organisations/anyi.yaml': { name: '上海安谊车轮有限公司' },
      'studios/a.yaml': { title: '肖华峰创新工作室', employer: 'anyi' },
      // A bracket that is part of the title is another studio's title.
      'studios/a-listed.yaml': { title: '肖华峰创新工作室（筹）' },
    },
    file: 'studios/a.yaml',
    field: 'title',
    message:
      /the same as studio "a-listed" \(.*studios\/a-listed\.yaml\) \(a title that names its employer, in brackets after it or before it, is the same title without it\); expected one file per studio/,
  },
  {
    rule: 'one studio has one file, when one title repeats its own employer in brackets',
    broken: {
      'organisations/anyi.yaml': { name: '上海安谊车轮有限公司', shortName: '安谊车轮' },
      'studios/a.yaml': { title: '肖华峰创新工作室', employer: 'anyi' },
      // By the short name, in half-width brackets.
      'studios/a-short.yaml': { title: '肖华峰创新工作室(安谊车轮)', employer: 'anyi' },
    },
    mended: {
      'organisations/anyi.yaml': { name: '上海安谊车轮有限公司', shortName: '安谊车轮' },
      'studios/a.yaml': { title: '肖华峰创新工作室', employer: 'anyi' },
      // Another body in the brackets: another studio of the same name.
      'studios/a-short.yaml': {
        title: '肖华峰创新工作室（上海某某机械有限公司）',
        employer: 'anyi',
      },
    },
    file: 'studios/a.yaml',
    field: 'title',
    message:
      /the same as studio "a-short" \(.*studios\/a-short\.yaml\) \(a title that names its employer, in brackets after it or before it, is the same title without it\); expected one file per studio/,
  },
  {
    rule: 'one studio has one file, when one title names its employer before the name as a news list does',
    broken: {
      'organisations/crec4.yaml': { name: '中铁四局集团有限公司', shortName: '中铁四局' },
      'studios/zhou.yaml': { title: '周国锋创新工作室', employer: 'crec4' },
      // Typed from a report that prints the employer before the name (中铁四局周国锋创新工作室).
      'studios/zhou-listed.yaml': { title: '中铁四局周国锋创新工作室' },
    },
    mended: {
      'organisations/crec4.yaml': { name: '中铁四局集团有限公司', shortName: '中铁四局' },
      'studios/zhou.yaml': { title: '周国锋创新工作室', employer: 'crec4' },
      // The employer's name followed by a kind alone is the employer's own studio, not another's.
      'studios/crec4-own.yaml': { title: '中铁四局职工创新工作室' },
    },
    file: 'studios/zhou.yaml',
    field: 'title',
    message:
      /the same as studio "zhou-listed" \(.*studios\/zhou-listed\.yaml\) \(a title that names its employer, in brackets after it or before it, is the same title without it\); expected one file per studio/,
  },
  {
    // The file without an employer read second: its message names the employer its title names
    // (the check stopped with a TypeError there, naming no file).
    rule: 'one studio has one file, when the title that names its employer is the later file',
    broken: {
      'organisations/crec4.yaml': { name: '中铁四局集团有限公司', shortName: '中铁四局' },
      'studios/zhou.yaml': { title: '周国锋创新工作室', employer: 'crec4' },
      'studios/zz-listed.yaml': { title: '中铁四局集团有限公司周国锋创新工作室' },
    },
    mended: {
      'organisations/crec4.yaml': { name: '中铁四局集团有限公司', shortName: '中铁四局' },
      'studios/zhou.yaml': { title: '周国锋创新工作室', employer: 'crec4' },
      'studios/zz-listed.yaml': { title: '中铁四局集团有限公司李明创新工作室' },
    },
    file: 'studios/zz-listed.yaml',
    field: 'title',
    message:
      /found "中铁四局集团有限公司周国锋创新工作室" at employer "crec4", the same as studio "zhou" \(.*studios\/zhou\.yaml\)/,
  },
  {
    rule: 'a cycle of several years begins before its last year',
    broken: {
      'studios/a.yaml': { title: '甲创新工作室' },
      'designations/a-2013.yaml': {
        studio: 'a',
        issuers: ['ftu'],
        cycleYear: 2013,
        cycleFrom: 2013,
      },
    },
    mended: {
      'studios/a.yaml': { title: '甲创新工作室' },
      'designations/a-2013.yaml': {
        studio: 'a',
        issuers: ['ftu'],
        cycleYear: 2013,
        cycleFrom: 2012,
      },
    },
    file: 'designations/a-2013.yaml',
    field: 'cycleFrom',
    message: /found 2013, not before the cycle year 2013; expected the first year of a cycle/,
  },
  {
    rule: 'a cycle of several years names its last year too',
    broken: {
      'studios/a.yaml': { title: '甲创新工作室' },
      'documents/d.mdx': {
        ...naming('甲〔2014〕1号', [{ studio: 'a', level: 'municipal' }], '2014-03'),
        data: {
          ...naming('甲〔2014〕1号', [{ studio: 'a', level: 'municipal' }], '2014-03').data,
          cycleFrom: 2012,
        },
      },
    },
    mended: {
      'studios/a.yaml': { title: '甲创新工作室' },
      'documents/d.mdx': {
        ...naming('甲〔2014〕1号', [{ studio: 'a', level: 'municipal' }], '2014-03'),
        data: {
          ...naming('甲〔2014〕1号', [{ studio: 'a', level: 'municipal' }], '2014-03').data,
          cycleFrom: 2012,
          cycleYear: 2013,
        },
      },
    },
    file: 'documents/d.mdx',
    field: 'cycleFrom',
    message: /found 2012 with no cycleYear; expected cycleYear/,
  },
  {
    rule: 'one recognition has one record: not two of a studio at one level and stage from one source',
    broken: {
      'studios/a.yaml': { title: '甲创新工作室' },
      'designations/a-provincial.yaml': {
        studio: 'a',
        level: 'provincial',
        date: { before: '2016-06-24' },
        source: { url: 'https://example.org/2016/list.html' },
      },
      // The same recognition again, its date written another way.
      'designations/a-provincial-again.yaml': {
        studio: 'a',
        level: 'provincial',
        date: '2016-06',
        source: { url: 'https://example.org/2016/list.html' },
      },
    },
    mended: {
      'studios/a.yaml': { title: '甲创新工作室' },
      'designations/a-provincial.yaml': {
        studio: 'a',
        level: 'provincial',
        date: { before: '2016-06-24' },
        source: { url: 'https://example.org/2016/list.html' },
      },
      // The same source's other recognition of the studio, and its 公示 at the same level (another stage).
      'designations/a-provincial-again.yaml': {
        studio: 'a',
        level: 'national',
        date: '2016-06',
        source: { url: 'https://example.org/2016/list.html' },
      },
      'designations/a-provincial-elsewhere.yaml': {
        studio: 'a',
        level: 'provincial',
        stage: 'publicised',
        date: '2016-05',
        source: { url: 'https://example.org/2016/list.html' },
      },
      // A renewal the same source tells of, years after the first naming: a recognition of its own.
      'designations/a-provincial-renewed.yaml': {
        studio: 'a',
        level: 'provincial',
        date: '2021',
        source: { url: 'https://example.org/2016/list.html' },
      },
    },
    file: 'designations/a-provincial.yaml',
    field: 'source.url',
    message:
      /found the same recognition of "a" \(provincial, named\) from the same source as "a-provincial-again"/,
  },
  {
    rule: "a studio's former titles and other names differ from its title and from each other",
    broken: {
      'studios/a.yaml': {
        title: '甲创新工作室',
        formerTitles: [{ title: '甲劳模创新工作室' }],
        aliases: ['甲创新工作室'],
      },
    },
    mended: {
      'studios/a.yaml': {
        title: '甲创新工作室',
        formerTitles: [{ title: '甲劳模创新工作室' }],
        aliases: ['甲室'],
      },
    },
    file: 'studios/a.yaml',
    field: 'aliases[0]',
    message: /the same as title; expected a name the studio was or is also known by/,
  },
  {
    rule: "a recognition's namedAs is given only when the source names the studio differently",
    broken: {
      ...studios,
      'designations/a.yaml': {
        studio: 'a',
        level: 'municipal',
        issuers: 'ftu',
        namedAs: '甲创新工作室',
      },
    },
    mended: {
      ...studios,
      'designations/a.yaml': {
        studio: 'a',
        level: 'municipal',
        issuers: 'ftu',
        namedAs: '甲劳模创新工作室',
      },
    },
    file: 'designations/a.yaml',
    field: 'namedAs',
    message:
      /the studio's title today; expected namedAs only when the source names the studio differently/,
  },
  {
    rule: 'a file name is an id',
    broken: { 'studios/Bad_Name.yaml': { title: '甲创新工作室' } },
    mended: { 'studios/bad-name.yaml': { title: '甲创新工作室' } },
    file: 'studios/Bad_Name.yaml',
    field: '',
    message: /file name "Bad_Name" is not a valid id/,
  },
  {
    rule: "a reference names an existing entry (from the schema's ref())",
    broken: { ...studios, 'studios/a.yaml': { title: '甲创新工作室', leader: 'nobody' } },
    mended: {
      ...studios,
      'studios/a.yaml': { title: '甲创新工作室', leader: 'li' },
      'people/li.yaml': { name: '李明' },
    },
    file: 'studios/a.yaml',
    field: 'leader',
    message:
      /found "nobody", which is not an entry of people; expected the name of a file in .*people\//,
  },
  {
    rule: "a document's attachment file exists",
    broken: {
      ...studios,
      'documents/d1.mdx': {
        ...naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
        data: {
          ...naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]).data,
          attachments: [{ file: 'attachments/d1.pdf', title: '原件' }],
        },
      },
    },
    mended: {
      ...studios,
      'documents/d1.mdx': {
        ...naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
        data: {
          ...naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]).data,
          attachments: [{ file: 'attachments/d1.pdf', title: '原件' }],
        },
      },
      'documents/attachments/d1.pdf': '%PDF-1.4\n',
    },
    file: 'documents/d1.mdx',
    field: 'attachments[0].file',
    message: /found "attachments\/d1\.pdf", but no such file exists/,
  },
  {
    rule: 'a studio photo exists',
    broken: { 'studios/a.yaml': { title: '甲创新工作室', photo: 'photos/a.jpg' } },
    mended: {
      'studios/a.yaml': { title: '甲创新工作室', photo: 'photos/a.jpg' },
      // A whole JPEG of one pixel: its start of frame (SOF0) gives its size.
      'studios/photos/a.jpg': Buffer.from([
        0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0, 0xff, 0xd9,
      ]),
    },
    file: 'studios/a.yaml',
    field: 'photo',
    message: /found "photos\/a\.jpg", but no such file exists/,
  },
  {
    rule: 'document numbers are unique',
    broken: {
      ...studios,
      'documents/d1.mdx': naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
      'documents/d2.mdx': naming('甲〔2021〕1号', [{ studio: 'b', level: 'municipal' }]),
    },
    mended: {
      ...studios,
      'documents/d1.mdx': naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
      'documents/d2.mdx': naming('甲〔2021〕2号', [{ studio: 'b', level: 'municipal' }]),
    },
    file: 'documents/d2.mdx',
    field: 'number',
    message: /found "甲〔2021〕1号", already used by document "d1"/,
  },
  {
    rule: 'a naming lists each studio once',
    broken: {
      ...studios,
      'documents/d1.mdx': naming('甲〔2021〕1号', [
        { studio: 'a', level: 'municipal' },
        { studio: 'a', level: 'municipal' },
      ]),
    },
    mended: {
      ...studios,
      'documents/d1.mdx': naming('甲〔2021〕1号', [
        { studio: 'a', level: 'municipal' },
        { studio: 'b', level: 'municipal' },
      ]),
    },
    file: 'documents/d1.mdx',
    field: 'named[1].studio',
    message: /found "a" a second time; expected each studio once per document/,
  },
  {
    rule: 'an assessment gives one result per studio',
    broken: {
      ...studios,
      'documents/d1.mdx': assessment('2024-12-05', [
        { studio: 'a', grade: 'good' },
        { studio: 'a', grade: 'pass' },
      ]),
    },
    mended: {
      ...studios,
      'documents/d1.mdx': assessment('2024-12-05', [
        { studio: 'a', grade: 'good' },
        { studio: 'b', grade: 'pass' },
      ]),
    },
    file: 'documents/d1.mdx',
    field: 'results[1].studio',
    message: /found "a" a second time; expected one result per studio/,
  },
  {
    rule: 'a designation record does not repeat a document in the archive',
    broken: {
      ...studios,
      'documents/d1.mdx': naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
      'designations/a-municipal.yaml': {
        studio: 'a',
        level: 'municipal',
        issuers: 'ftu',
        date: '2021',
      },
    },
    mended: {
      ...studios,
      'documents/d1.mdx': naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
      'designations/a-municipal.yaml': {
        studio: 'a',
        level: 'provincial',
        issuers: 'ftu',
        date: '2021',
      },
    },
    file: 'designations/a-municipal.yaml',
    field: 'level',
    message: /which a document in content\/documents already records at this stage/,
  },
  {
    rule: 'a merged studio names the studio it merged into',
    broken: {
      ...studios,
      'studios/a.yaml': { title: '甲创新工作室', status: 'merged', statusDate: '2025' },
    },
    mended: {
      ...studios,
      'studios/a.yaml': {
        title: '甲创新工作室',
        status: 'merged',
        statusDate: '2025',
        mergedInto: 'b',
      },
    },
    file: 'studios/a.yaml',
    field: 'mergedInto',
    message: /is missing; expected the id of the studio this one was merged into/,
  },
  {
    rule: 'mergedInto goes with status merged',
    broken: { ...studios, 'studios/a.yaml': { title: '甲创新工作室', mergedInto: 'b' } },
    mended: {
      ...studios,
      'studios/a.yaml': {
        title: '甲创新工作室',
        status: 'merged',
        mergedInto: 'b',
        statusDate: '2025',
      },
    },
    file: 'studios/a.yaml',
    field: 'status',
    message: /found "active"; expected merged, because mergedInto is set/,
  },
  {
    rule: 'a merged studio has its date or document',
    broken: {
      ...studios,
      'studios/a.yaml': { title: '甲创新工作室', status: 'merged', mergedInto: 'b' },
    },
    mended: {
      ...studios,
      'studios/a.yaml': {
        title: '甲创新工作室',
        status: 'merged',
        mergedInto: 'b',
        statusDate: '2025',
      },
    },
    file: 'studios/a.yaml',
    field: 'statusDate',
    message: /is missing; expected when the studio was merged/,
  },
  {
    rule: 'an active studio has no end date',
    broken: { 'studios/a.yaml': { title: '甲创新工作室', statusDate: '2025' } },
    mended: { 'studios/a.yaml': { title: '甲创新工作室', status: 'revoked', statusDate: '2025' } },
    file: 'studios/a.yaml',
    field: 'statusDate',
    message: /is set, but status is active/,
  },
  {
    rule: 'no naming after the studio ended',
    broken: {
      ...studios,
      'studios/a.yaml': { title: '甲创新工作室', status: 'revoked', statusDate: '2020' },
      'documents/d1.mdx': naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
    },
    mended: {
      ...studios,
      'studios/a.yaml': { title: '甲创新工作室', status: 'revoked', statusDate: '2022' },
      'documents/d1.mdx': naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
    },
    file: 'documents/d1.mdx',
    field: 'named[0].studio',
    message:
      /Names "a" on 7 December 2021, after it was revoked \(2020, recorded in .*studios\/a\.yaml\)/,
  },
  {
    rule: 'no assessment after the studio ended',
    broken: {
      ...studios,
      'studios/a.yaml': {
        title: '甲创新工作室',
        status: 'merged',
        mergedInto: 'b',
        statusDate: '2023',
      },
      'documents/d1.mdx': assessment('2024-12-05', [{ studio: 'a', grade: 'good' }]),
    },
    mended: {
      ...studios,
      'studios/a.yaml': {
        title: '甲创新工作室',
        status: 'merged',
        mergedInto: 'b',
        statusDate: '2025',
      },
      'documents/d1.mdx': assessment('2024-12-05', [{ studio: 'a', grade: 'good' }]),
    },
    file: 'documents/d1.mdx',
    field: 'results[0].studio',
    message: /Assesses "a" on 5 December 2024, after it was merged \(2023/,
  },
  {
    rule: 'no pairing after the studio ended',
    broken: {
      ...studios,
      'studios/b.yaml': { title: '乙创新工作室', status: 'revoked', statusDate: '2023-06' },
      'documents/d1.mdx': assessment('2024-12-05', [{ studio: 'a', grade: 'good' }], {
        pairings: [{ studios: ['a', 'b'], kind: 'pair' }],
      }),
    },
    mended: {
      ...studios,
      'studios/b.yaml': { title: '乙创新工作室', status: 'revoked', statusDate: '2025-06' },
      'documents/d1.mdx': assessment('2024-12-05', [{ studio: 'a', grade: 'good' }], {
        pairings: [{ studios: ['a', 'b'], kind: 'pair' }],
      }),
    },
    file: 'documents/d1.mdx',
    field: 'pairings[0].studios[1]',
    message: /Pairs "b" on 5 December 2024, after it was revoked/,
  },
  {
    rule: 'no designation record named after the studio ended',
    broken: {
      ...studios,
      'studios/a.yaml': { title: '甲创新工作室', status: 'revoked', statusDate: '2019' },
      'designations/a-national.yaml': {
        studio: 'a',
        level: 'national-supported',
        issuers: 'ftu',
        date: '2021-05',
      },
    },
    mended: {
      ...studios,
      'studios/a.yaml': { title: '甲创新工作室', status: 'revoked', statusDate: '2022' },
      'designations/a-national.yaml': {
        studio: 'a',
        level: 'national-supported',
        issuers: 'ftu',
        date: '2021-05',
      },
    },
    file: 'designations/a-national.yaml',
    field: 'date',
    message: /Names "a" on May 2021, after it was revoked/,
  },
  {
    rule: 'a patent is granted after it is filed',
    broken: {
      ...studios,
      'achievements/x.md': {
        data: {
          title: '成果',
          type: 'utility-model-patent',
          studios: ['a'],
          patents: [
            {
              number: '202120214587.1',
              type: 'utility-model',
              status: 'granted',
              filed: '2021-06',
              granted: '2021-03',
            },
          ],
        },
        body,
      },
    },
    mended: {
      ...studios,
      'achievements/x.md': {
        data: {
          title: '成果',
          type: 'utility-model-patent',
          studios: ['a'],
          patents: [
            {
              number: '202120214587.1',
              type: 'utility-model',
              status: 'granted',
              filed: '2021-06',
              granted: '2021-09',
            },
          ],
        },
        body,
      },
    },
    file: 'achievements/x.md',
    field: 'patents[0].granted',
    message: /found 2021-03, before the filing date 2021-06/,
  },
  {
    rule: "an achievement's news is a Chinese article",
    broken: {
      ...studios,
      'achievements/x.md': {
        data: { title: '成果', type: 'tech-innovation', studios: ['a'], news: ['story'] },
        body,
      },
    },
    mended: {
      ...studios,
      'achievements/x.md': {
        data: { title: '成果', type: 'tech-innovation', studios: ['a'], news: ['story'] },
        body,
      },
      'news/zh/story.md': news('报道'),
    },
    file: 'achievements/x.md',
    field: 'news[0]',
    message:
      /found "story", which is not an entry of news; expected the name of a file in .*news\/zh\//,
  },
  {
    rule: 'one figures file per studio',
    broken: {
      ...studios,
      'figures/a.yaml': { studio: 'a', periods: [period('2021-01', '2021-12')] },
      'figures/z-again.yaml': { studio: 'a', periods: [period('2022-01', '2022-12')] },
    },
    mended: {
      ...studios,
      'figures/a.yaml': { studio: 'a', periods: [period('2021-01', '2021-12')] },
      'figures/z-again.yaml': { studio: 'b', periods: [period('2022-01', '2022-12')] },
    },
    file: 'figures/z-again.yaml',
    field: 'studio',
    message: /found "a", whose figures are already in "a"; expected one figures file per studio/,
  },
  {
    rule: 'yearly figure periods do not overlap (cumulative ones may)',
    broken: {
      ...studios,
      'figures/a.yaml': {
        studio: 'a',
        periods: [period('2021-01', '2021-06'), period('2021-06', '2021-12')],
      },
    },
    mended: {
      ...studios,
      'figures/a.yaml': {
        studio: 'a',
        periods: [
          period('2021-01', '2021-06'),
          period('2021-07', '2021-12'),
          period('2019-01', '2023-12'),
          { from: 'founding', to: '2023-12', trained: 100 },
        ],
      },
    },
    file: 'figures/a.yaml',
    field: 'periods[1].from',
    message:
      /found 2021-06, inside the period 2021-01–2021-06; expected periods that do not overlap/,
  },
  {
    rule: 'an English article has its Chinese original',
    broken: { 'news/en/story.md': news('Story') },
    mended: { 'news/en/story.md': news('Story'), 'news/zh/story.md': news('报道') },
    file: 'news/en/story.md',
    field: '(file name)',
    message: /found no Chinese original news\/zh\/story\.md\(x\) in the content folder/,
  },
  {
    rule: 'an English document text has its document',
    broken: { ...studios, 'documents/en/d1.mdx': { data: { title: 'Decision' }, body: 'Text.' } },
    mended: {
      ...studios,
      'documents/en/d1.mdx': { data: { title: 'Decision' }, body: 'Text.' },
      'documents/d1.mdx': naming('甲〔2021〕1号', [{ studio: 'a', level: 'municipal' }]),
    },
    file: 'documents/en/d1.mdx',
    field: '(file name)',
    message: /found no document documents\/d1\.mdx in the content folder/,
  },
  {
    rule: "a report's year is its file name",
    broken: {
      'reports/zh/2021.mdx': { data: { year: 2022, title: '年度报告', summary: '摘要。' }, body },
    },
    mended: {
      'reports/zh/2021.mdx': { data: { year: 2021, title: '年度报告', summary: '摘要。' }, body },
    },
    file: 'reports/zh/2021.mdx',
    field: 'year',
    message: /found 2022; expected 2021, the year in the file name/,
  },
  {
    rule: 'a chart is placed only where its metric can be computed',
    broken: {
      'charts/benefit.yaml': {
        title: '效益',
        type: 'bar',
        metric: 'register-benefit-by-studio',
        placements: ['achievements', 'home'],
      },
    },
    mended: {
      'charts/benefit.yaml': {
        title: '效益',
        type: 'bar',
        metric: 'register-benefit-by-studio',
        placements: ['achievements'],
      },
    },
    file: 'charts/benefit.yaml',
    field: 'placements[1]',
    message:
      /found "home", which metric register-benefit-by-studio cannot serve; expected one of: achievements/,
  },
  {
    rule: "a studio's leader is its leader now, a former leader a member with until",
    broken: {
      'people/wang.yaml': { name: '王工' },
      'studios/s.yaml': {
        title: '王工劳模创新工作室',
        leader: 'wang',
        members: [{ person: 'wang', role: 'leader', until: '2020-06' }],
      },
    },
    mended: {
      'people/wang.yaml': { name: '王工' },
      'people/li.yaml': { name: '李工' },
      'studios/s.yaml': {
        title: '王工劳模创新工作室',
        leader: 'li',
        members: [
          { person: 'wang', role: 'leader', until: '2020-06' },
          { person: 'li', role: 'leader' },
        ],
      },
    },
    file: 'studios/s.yaml',
    field: 'members[0].until',
    message: /found a date for wang, who is the studio's leader/,
  },
  {
    rule: "a recognition's whole list holds at least the studios recorded from it",
    broken: {
      ...studios,
      'documents/d.mdx': {
        data: {
          type: 'naming-decision',
          issuer: 'ftu',
          date: '2025-12',
          title: '关于公布名单的通知',
          named: [
            { studio: 'a', level: 'national-supported' },
            { studio: 'b', level: 'national-supported' },
          ],
          listSize: 1,
        },
        body,
      },
    },
    mended: {
      ...studios,
      'documents/d.mdx': {
        data: {
          type: 'naming-decision',
          issuer: 'ftu',
          date: '2025-12',
          title: '关于公布名单的通知',
          named: [
            { studio: 'a', level: 'national-supported' },
            { studio: 'b', level: 'national-supported' },
          ],
          listSize: 600,
        },
        body,
      },
    },
    file: 'documents/d.mdx',
    field: 'listSize',
    message: /found 1, fewer than the 2 studios listed here/,
  },
  {
    rule: 'the site settings exist',
    broken: { 'organisations/ftu.yaml': { name: '某市总工会' } },
    mended: MINIMAL_CONTENT,
    base: {},
    file: 'settings/site.yaml',
    field: '',
    message: /is missing; expected the site settings file/,
  },
];

describe.each(CASES)('the rule "$rule"', ({ broken, mended, file, field, message, base }) => {
  it(`reports ${file}, field "${field}", in English and Chinese`, () => {
    const { problems } = validateContent(writeContentFolder(broken, base));
    const found = problems.filter(
      (problem) => problem.file.endsWith(file) && problem.field === field,
    );
    expect(found, formatProblems(problems)).toHaveLength(1);
    expect(found[0]!.message.en).toMatch(message);
    expect(found[0]!.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(problems, formatProblems(problems)).toHaveLength(1);
  });

  it('finds nothing once the content keeps the rule', () => {
    const { problems } = validateContent(writeContentFolder(mended, base));
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('a translation whose original has problems of its own', () => {
  it('is not reported as missing its original: the original is reported once, with its problem', () => {
    const { problems } = validateContent(
      writeContentFolder({
        ...studios,
        'news/en/story.md': news('Story'),
        'news/zh/story.md': 'title: [unclosed\n',
        'documents/en/d1.mdx': { data: { title: 'Decision' }, body: 'Text.' },
        'documents/d1.mdx': { data: { title: '关于命名的决定' }, body: 'Text.' },
      }),
    );
    expect(
      problems.map((problem) => `${problem.file.replace(/.*?(news|documents)\//, '$1/')}`),
      formatProblems(problems),
    ).toEqual(expect.arrayContaining(['news/zh/story.md', 'documents/d1.mdx']));
    expect(
      problems.filter((problem) => /original|found no document/.test(problem.message.en)),
      formatProblems(problems),
    ).toEqual([]);
  });
});
