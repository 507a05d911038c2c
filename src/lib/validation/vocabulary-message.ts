/**
 * A closed list's value refused, said with what each allowed value means (its label in both
 * languages, from the one dictionary), so that an editor who typed 优秀奖 or 市级 learns the value
 * that stands for it (`excellence`, `municipal`) instead of reading a list of bare English ids.
 */
import { labelsOf } from '../site/i18n.ts';
import { show, type Message } from '../content/validation-messages.ts';

/** The refusal of `found` where one of `values` was expected; undefined when the list has no labels. */
export function vocabularyMessage(values: readonly unknown[], found: unknown): Message | undefined {
  const ids = values.map(String);
  const table = labelsOf(ids);
  if (!table) return undefined;
  const meant =
    typeof found === 'string'
      ? ids.find((id) => [table[id]!.zh, table[id]!.en].includes(found.trim()))
      : undefined;
  const list = (locale: 'zh' | 'en') =>
    ids
      .map((id) => (locale === 'zh' ? `${id}（${table[id]!.zh}）` : `${id} (${table[id]!.en})`))
      .join(locale === 'zh' ? '、' : ', ');
  // A field left out is said to be missing, then what it takes.
  const was = found === undefined ? 'is missing; ' : `found ${show(found)}; `;
  const wasZh = found === undefined ? '缺少此字段；' : `填写的是 ${show(found)}；`;
  if (meant)
    return {
      en: `${was}expected the value that stands for it, ${meant} (one of: ${list('en')})`,
      zh: `${wasZh}应填写它对应的取值 ${meant}（可选：${list('zh')}）`,
    };
  return { en: `${was}expected one of: ${list('en')}`, zh: `${wasZh}应为以下之一：${list('zh')}` };
}
