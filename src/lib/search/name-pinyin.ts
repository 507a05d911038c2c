/**
 * The ways a reader may type a Chinese name in Latin letters, for search only: a person's page
 * carries them as hidden index text (src/layouts/Base.astro), never shown or read out.
 */
import { pinyin } from 'pinyin-pro';

const HAN_NAME = /^[\u3400-\u9fff\uf900-\ufaff]{2,4}$/u;

/**
 * 赵鹏达 → zhao pengda, zhao peng da, zhaopengda, zpd, and the same with tones (zhào péngdá …).
 * The surname is the first character, the first two of a four-character name; ü is also given
 * as v and u, as keyboards type it. A name that is not two to four Chinese characters has none.
 */
export function namePinyinForms(name: string): string[] {
  const trimmed = name.trim();
  if (!HAN_NAME.test(trimmed)) return [];
  const surnameLength = [...trimmed].length === 4 ? 2 : 1;
  const spellings = (syllables: string[]) => {
    const surname = syllables.slice(0, surnameLength).join('');
    const given = syllables.slice(surnameLength).join('');
    return [`${surname} ${given}`, syllables.join(' '), syllables.join('')];
  };
  const plain = pinyin(trimmed, { toneType: 'none', type: 'array', surname: 'head' });
  const toned = pinyin(trimmed, { type: 'array', surname: 'head' });
  const initials = plain.map((syllable) => syllable[0]).join('');
  const forms = [...spellings(plain), initials, ...spellings(toned)];
  const keyboard = forms.flatMap((form) =>
    form.includes('ü') ? [form.replaceAll('ü', 'v'), form.replaceAll('ü', 'u')] : [],
  );
  return [...new Set([...forms, ...keyboard])];
}
