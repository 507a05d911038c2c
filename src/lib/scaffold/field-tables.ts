/**
 * The editors' field tables in Markdown (docs/fields.zh.md, docs/fields.en.md): plain data in,
 * text out, so that `npm run docs:fields` writes them and a unit test compares them with what is
 * committed (they cannot drift from the schemas).
 */
import type { FieldTable } from './field-rows.ts';

/** A language of the guides. */
export type GuideLocale = 'zh' | 'en';

/** Where each language's tables are committed, relative to the repository. */
export const FIELD_TABLE_FILES: Record<GuideLocale, string> = {
  zh: 'docs/fields.zh.md',
  en: 'docs/fields.en.md',
};

const WORDS = {
  zh: {
    title: '字段一览',
    intro: [
      '每类内容可以填写的字段：名称、是否必填、填写什么、怎样写，以及一个示例。',
      '“必填”指该项所在的一行或一组填写时必须填；列表中的每一行写作 `字段[]`。',
      '本文件根据内容定义自动生成（`npm run docs:fields`），请勿手工修改。',
    ],
    head: ['字段', '名称', '必填', '类型', '说明', '示例'],
    yes: '是',
    no: '否',
  },
  en: {
    title: 'Fields at a glance',
    intro: [
      'The fields each kind of content can have: the name, whether it is required, what to write and how, and an example.',
      '"Required" means required wherever its row or group is given; each row of a list is written `field[]`.',
      'This file is generated from the content definitions (`npm run docs:fields`); do not edit it by hand.',
    ],
    head: ['Field', 'Label', 'Required', 'Kind', 'Hint', 'Example'],
    yes: 'yes',
    no: 'no',
  },
} as const;

/** Text made safe for one table cell: no line breaks, no cell separators. */
const cell = (text: string | undefined): string =>
  (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** The field tables as one Markdown document in the given language. */
export function renderFieldTables(tables: FieldTable[], locale: GuideLocale): string {
  const words = WORDS[locale];
  const lines: string[] = [
    `# ${words.title}`,
    '',
    ...words.intro.flatMap((line) => [line, '']).slice(0, -1),
  ];
  for (const table of tables) {
    lines.push('', `## ${table.title[locale]} (\`${table.id}\`)`, '');
    lines.push(`| ${words.head.join(' | ')} |`, `|${words.head.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) {
      const example =
        row.example === undefined ? '' : `\`${cell(row.example).replace(/`/g, "'")}\``;
      lines.push(
        `| \`${row.path}\` | ${cell(row.label[locale])} | ${row.required ? words.yes : words.no} | ${cell(row.kind[locale])} | ${cell(row.hint?.[locale])} | ${example} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
