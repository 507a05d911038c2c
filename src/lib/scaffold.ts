/**
 * Templates of new entries for `npm run new`: ids proposed from Chinese names (in pinyin), and
 * files written with a comment on every field. Pure: reading answers and writing files is the
 * script's job (scripts/new.ts).
 */
import { pinyin } from 'pinyin-pro';

/** Syllables of a text: Chinese in toneless pinyin, other words as they are, lower case. */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
}

const TITLE_SUFFIX = /(劳模和工匠人才创新工作室|劳模创新工作室|职工创新工作室|工匠创新工作室|职工科技创新英才工作室|创新工作室|工作室)$/;

/** A person's id: surname, then the given name in one word (赵鹏达 → zhao-pengda). */
export function personId(name: string): string {
  const [surname, ...given] = syllables(name);
  return [surname, given.join('')].filter(Boolean).join('-');
}

/** A studio's id: its leader's name when the title is "<name> + 创新工作室", else its topic. */
export function studioId(title: string): string {
  const stem = title.replace(TITLE_SUFFIX, '');
  if (/^[\u4e00-\u9fff]{2,3}$/.test(stem)) return personId(stem);
  return syllables(stem).slice(0, 6).join('-');
}

/** A document's id from its number: 锦工发〔2021〕31号 → jgf-2021-31. */
export function documentId(number: string): string {
  const match = number.match(/^(.*?)[〔[(（](\d{4})[〕\])）](\d+)/);
  if (!match) return syllables(number).join('-');
  const prefix = syllables(match[1]!).map((s) => s[0]).join('');
  return `${prefix}-${match[2]}-${match[3]}`;
}

/** An id from any Chinese or English text. */
export const textId = (text: string, max = 6): string => syllables(text).slice(0, max).join('-');

/** A YAML double-quoted scalar. */
export const q = (value: string): string => JSON.stringify(value);

/** `{ zh, en }` or a plain Chinese string, as YAML. */
export const localized = (zh: string, en?: string): string => (en ? `{ zh: ${q(zh)}, en: ${q(en)} }` : q(zh));

/** YAML list of ids in flow style. */
export const idList = (ids: string[]): string => `[${ids.join(', ')}]`;
