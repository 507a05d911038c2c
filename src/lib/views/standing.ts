/** Where a studio stands, in words: its level, or how and when it ended, never "not named" for one that was. */
import type { Locale } from '../../schemas/vocabulary.ts';
import { formatPartialDate } from '../site/format.ts';
import { label, t, text } from '../site/i18n.ts';
import type { SiteModel, StudioStanding } from '../model/model.ts';

/** A short label for lists and cards: 市级 / 已撤销（原为市级，2024年12月） / 已并入 X（2025年8月）. */
export function standingLabel(locale: Locale, model: SiteModel, standing: StudioStanding): string {
  const zh = locale === 'zh';
  switch (standing.status) {
    case 'named':
      // A naming whose source states no level is named all the same; the level is not guessed.
      return standing.level
        ? label(locale, 'studioLevel', standing.level)
        : `${label(locale, 'standing', 'named')}${zh ? `（${t(locale, 'studio.levelNotStated')}）` : ` (${t(locale, 'studio.levelNotStated').toLowerCase()})`}`;
    case 'publicised':
      // What the site knows: a list was publicised; whether a naming followed it does not know.
      return `${label(locale, 'standing', 'publicised')}${zh ? '：' : ': '}${label(locale, 'studioLevel', standing.level)}`;
    case 'unrecorded':
      return t(locale, 'studio.unrecorded');
    default: {
      const details = [
        standing.formerLevel
          ? `${t(locale, 'studio.formerLevel')}${zh ? '：' : ': '}${label(locale, 'studioLevel', standing.formerLevel)}`
          : '',
        standing.date ? formatPartialDate(locale, standing.date) : '',
      ].filter(Boolean);
      const head =
        standing.status === 'merged'
          ? `${t(locale, 'studio.mergedStatus')}${standing.mergedInto ? `${zh ? '' : ' '}${text(locale, model.studios.get(standing.mergedInto)?.data.title)}` : ''}`
          : t(locale, 'studio.revokedStatus');
      return details.length
        ? `${head}${zh ? `（${details.join('，')}）` : ` (${details.join(', ')})`}`
        : head;
    }
  }
}
