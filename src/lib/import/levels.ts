/**
 * The words an annex uses for a level (市级, 省级示范性, 全国总工会支持建设 …) read as the levels of
 * src/schemas/vocabulary.ts, and its amounts (3, 3万元, 1200多) read as quantities.
 */
import type { Quantity } from '../../schemas/common.ts';
import { STUDIO_LEVELS, type StudioLevel } from '../../schemas/vocabulary.ts';

/** Level words, compared after removing spaces, brackets and the words 劳模/职工/创新工作室 that only name the kind. */
const LEVEL_WORDS: Array<[RegExp, StudioLevel]> = [
  [/^全国(级)?示范(性)?(级)?$|^全总示范(性)?$/, 'national-demonstrative'],
  [/^全国总工会支持(建设)?$|^全总支持(建设)?$|^全国支持(建设)?$/, 'national-supported'],
  [/^全国(产业|行业)(工会)?(级)?$/, 'national-industry'],
  [/^(全国|国家)(级)?$|^全总(级)?$/, 'national'],
  [/^省(级)?示范(性)?(级)?$/, 'provincial-demonstrative'],
  [/^省(级)?(产业|行业)(工会)?(级)?$/, 'provincial-industry'],
  [/^省(级)?$/, 'provincial'],
  [/^(地)?市(级)?示范(性)?(级)?$/, 'municipal-demonstrative'],
  [/^(地)?市(级)?(产业|行业)(工会)?(级)?$/, 'municipal-industry'],
  [/^(地)?市(级)?$|^州(级)?$|^盟(级)?$/, 'municipal'],
  [
    /^(区|县|旗|区县|县区|县市区|区\(县\)|县\(市、?区\)|县\(市\)区|区\(县、?市\))(级)?$/,
    'district',
  ],
  [/^(企业|公司|集团|厂)(级)?$/, 'enterprise'],
];

/** The words a reader types for a level, for messages. */
export const LEVEL_WORDS_SHOWN =
  '全国示范性, 全国总工会支持建设, 全国, 全国产业, 省级示范性, 省级, 省产业, 市级示范性, 市级, 市产业, 区级/县级, 企业级';

const KIND_WORDS = /(劳模和工匠人才|劳模|职工|工匠|技能大师|创新工作室|工作室|创新|命名|称号)/g;

/**
 * The level a cell's words name, or undefined when they name none. `示范性` alone takes the base
 * level of the decision (`--level municipal` makes it municipal-demonstrative). Vocabulary values
 * (municipal, national-supported …) are accepted as written.
 */
export function readLevel(text: string, baseLevel?: StudioLevel): StudioLevel | undefined {
  const trimmed = text.trim();
  if ((STUDIO_LEVELS as readonly string[]).includes(trimmed)) return trimmed as StudioLevel;
  // NFKC makes full-width brackets ASCII, so that 区（县）级 reads as 区(县)级.
  const words = trimmed
    .normalize('NFKC')
    .replace(/[\s[\]【】]/g, '')
    .replace(KIND_WORDS, '');
  if (!words) return undefined;
  if (/^示范(性)?$/.test(words) && baseLevel) {
    const demonstrative = `${baseLevel.replace(/-demonstrative$/, '')}-demonstrative`;
    return (STUDIO_LEVELS as readonly string[]).includes(demonstrative)
      ? (demonstrative as StudioLevel)
      : undefined;
  }
  return LEVEL_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

/**
 * The level a heading or a title states in words (市级劳模创新工作室（12个）, 关于命名第三批省级示范性…),
 * found inside longer text; undefined when it states none.
 */
export function levelInText(text: string): StudioLevel | undefined {
  const plain = text.normalize('NFKC');
  const found: Array<[RegExp, StudioLevel]> = [
    [/全国示范性|全国示范/, 'national-demonstrative'],
    [/全国总工会支持建设|全总支持建设/, 'national-supported'],
    [/全国(产业|行业)/, 'national-industry'],
    [/省级示范性|省级示范|省示范性/, 'provincial-demonstrative'],
    [/省(级)?(产业|行业)工会/, 'provincial-industry'],
    [/市(级)?(产业|行业)工会/, 'municipal-industry'],
    [/市级示范性|市级示范|市示范性/, 'municipal-demonstrative'],
    [/省级/, 'provincial'],
    [/市级/, 'municipal'],
    [/(区|县)级/, 'district'],
    [/企业级/, 'enterprise'],
  ];
  return found.find(([pattern]) => pattern.test(plain))?.[1];
}

/**
 * An amount in 万元 as written: "3", "3万元", "3.5万", "1200多", "近5", "约5" ("多", "余", "以上"
 * make it at least; "近", "将近", "接近" nearly; "约" about). Undefined when it is not an amount, or
 * says both nearly and at least ("近5多万"); a plain "元" amount is converted to 万元.
 */
export function readAmount(text: string): Quantity | undefined {
  // A comma only groups thousands (1,200): "1,5" may mean 1.5 or 15, and is not read as either.
  const plain = text.normalize('NFKC').replace(/\s/g, '');
  const match = plain.match(
    /^(约|大约|将近|接近|近)?(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(多|余|以上)?(万元|万|元)?(多|余|以上)?$/,
  );
  if (!match) return undefined;
  let value = Number(match[2]!.replace(/[,，]/g, ''));
  if (match[4] === '元') value = value / 10_000;
  const before = match[1] ? (match[1].endsWith('约') ? 'about' : 'nearly') : undefined;
  const atLeast = Boolean(match[3] || match[5]);
  if (before === 'nearly' && atLeast) return undefined;
  const qualifier = before ?? (atLeast ? 'at-least' : 'exact');
  return { value, qualifier };
}
