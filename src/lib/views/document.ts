/** The view of a union document's page: the document, its issuers, the studios it lists, its files. */
import type { Locale } from '../../schemas/vocabulary.ts';
import type { DataOf } from '../content/types.ts';
import { attachmentInfo } from '../content/attachments.ts';
import {
  documentBodies,
  hasPairings,
  isAssessmentNotice,
  isCommendation,
  isNamingDecision,
  isSelectionNotice,
  isUnionDocument,
} from '../../schemas/document.ts';
import type { PartialDate } from '../../schemas/common.ts';
import { t, text } from '../site/i18n.ts';
import { isUnpublished, type SiteModel } from '../model/model.ts';
import { organisationName } from './names.ts';
import { studioTitleOn } from '../model/names.ts';
import { documentPath, localePath } from '../site/paths.ts';
import { printedAddress } from '../outputs/print.ts';
import { configuredSiteUrl } from '../site/site-url.ts';
import { searchLevel } from '../search/search-records.ts';
import { shareImageOf, type ShareImage } from '../outputs/share-cards.ts';
import { shareOf } from './images.ts';
import type { AttachmentView } from './parts.ts';
import { cycleOf, recognitionList, type RecognitionList } from './document-lists.ts';
import { chromeView, type PageView } from './chrome.ts';
import { pageTranslated } from './indexing.ts';
import { bodyDigest } from './images.ts';

export interface DocumentView extends PageView {
  /** What the page shows when shared: its photo or a card drawn from its title (src/lib/outputs/share-cards.ts). */
  share?: ShareImage;
  id: string;
  doc: DataOf<'documents'>;
  /** Digest of the full text shown (the English translation where there is one on an English page). */
  body: string;
  /** Whether an English page shows a translation (else the Chinese text). */
  translated: boolean;
  /** Who it comes from: the issuer and joint issuers, or an agreement's signatories (see `unionDocument`). */
  issuers: string[];
  /** False for an agreement: it was signed by its parties, not issued by a union, and is no 工会文件. */
  unionDocument: boolean;
  /** The unions that brokered an agreement (empty for union documents). */
  brokeredBy: string[];
  /**
   * An agreement's note that it is no union document; a union's part in it is said only where the
   * content names the union that brokered it. Undefined for a union document.
   */
  notUnionNote?: string;
  /** The catalogue fields of 信息公开, when the document has any (shown as a header block); undefined otherwise. */
  disclosure?: DisclosureView;
  /** The issuer's level, as the search filter names it. */
  searchLevel?: string;
  /**
   * Each studio it lists: the title it bore on the document's date when the sources make that
   * certain (else today's), a note of today's title when the two differ, and its employer.
   */
  studios: Record<string, { title: string; titledNow?: string; employer: string }>;
  attachments: AttachmentView[];
  unpublished: boolean;
  /** The studios it names, selects (公示) or commends, when it is such a document (./document-lists.ts). */
  recognition?: RecognitionList;
  /** The cycle year (年度) and batch of a naming or selection, where stated. */
  cycleYear?: number;
  /** The cycle in words: 2021, or 2012—2013 for a cycle of several years. */
  cycle?: string;
  batch?: string;
  /** The address a printout and the citation give: absolute under SITE_URL, else the path (never a placeholder host). */
  printedUrl: string;
}

/** The catalogue block of 信息公开: the catalogue's fields, each undefined when not stated. */
export interface DisclosureView {
  indexNumber?: string;
  subjectCategory?: string;
  publishingBody?: string;
  /** 成文日期 and 发布日期, two dates. */
  written?: PartialDate;
  published?: PartialDate;
}

/** The 信息公开 block of a document that states any catalogue field of its own (a date of writing alone is no catalogue). */
function disclosureOf(locale: Locale, doc: DataOf<'documents'>): DisclosureView | undefined {
  if (
    doc.indexNumber === undefined &&
    doc.subjectCategory === undefined &&
    doc.publishingBody === undefined &&
    doc.published === undefined
  )
    return undefined;
  return {
    ...(doc.indexNumber ? { indexNumber: doc.indexNumber } : {}),
    ...(doc.subjectCategory ? { subjectCategory: text(locale, doc.subjectCategory) } : {}),
    ...(doc.publishingBody ? { publishingBody: text(locale, doc.publishingBody) } : {}),
    ...(doc.date ? { written: doc.date } : {}),
    ...(doc.published ? { published: doc.published } : {}),
  };
}

/** Every studio a document lists, in its lists and pairings. */
function listedStudios(doc: DataOf<'documents'>): string[] {
  return [
    ...(isNamingDecision(doc) ? doc.named.map((row) => row.studio) : []),
    ...(isSelectionNotice(doc) ? doc.selected.map((row) => row.studio) : []),
    ...(isCommendation(doc) ? doc.commended.map((row) => row.studio) : []),
    ...(isAssessmentNotice(doc) ? doc.results.map((row) => row.studio) : []),
    ...(hasPairings(doc) ? doc.pairings.flatMap((pairing) => pairing.studios) : []),
  ];
}

export function documentView(model: SiteModel, locale: Locale, id: string): DocumentView {
  const entry = model.documents.get(id)!;
  const doc = entry.data;
  const translation = locale === 'en' ? model.documentTranslations.get(id) : undefined;
  const issuerLevel = isUnionDocument(doc)
    ? model.organisations.get(doc.issuer)?.data.level
    : undefined;
  const disclosure = disclosureOf(locale, doc);
  const recognition = recognitionList(locale, doc);
  return {
    chrome: chromeView(model, locale),
    ...shareOf(shareImageOf(model, locale, { type: 'document', id: id })),
    id,
    doc,
    body: bodyDigest((translation ?? entry).body),
    translated: pageTranslated.document(model, locale, id),
    issuers: documentBodies(doc).map((org) => organisationName(locale, model, org)),
    unionDocument: isUnionDocument(doc),
    brokeredBy:
      doc.type === 'agreement'
        ? doc.brokeredBy.map((org) => organisationName(locale, model, org))
        : [],
    ...(doc.type === 'agreement'
      ? {
          notUnionNote: t(
            locale,
            doc.brokeredBy.length ? 'doc.notUnionDocumentBrokered' : 'doc.notUnionDocument',
          ),
        }
      : {}),
    ...(disclosure ? { disclosure } : {}),
    ...(issuerLevel ? { searchLevel: searchLevel(locale, issuerLevel) } : {}),
    studios: Object.fromEntries(
      listedStudios(doc).map((studio) => {
        const data = model.studios.get(studio)?.data;
        const then = data && studioTitleOn(data, doc.date);
        return [
          studio,
          {
            title: text(locale, then ?? data?.title),
            ...(then && then !== data?.title
              ? {
                  titledNow: t(locale, 'doc.titledNow').replace(
                    '{title}',
                    text(locale, data?.title),
                  ),
                }
              : {}),
            employer: organisationName(locale, model, data?.employer),
          },
        ];
      }),
    ),
    attachments: doc.attachments.map((attachment) => {
      const { fileName, path, bytes, typeLabel, mime } = attachmentInfo(
        id,
        entry.file,
        attachment.file,
      );
      return { title: text(locale, attachment.title), fileName, path, bytes, typeLabel, mime };
    }),
    unpublished: isUnpublished(doc, model.asOf),
    ...(recognition ? { recognition } : {}),
    ...cycleOf(locale, doc),
    printedUrl: printedAddress(localePath(locale, documentPath(id)), configuredSiteUrl()?.href),
  };
}
