/** Where the PDF of a year's report lives (made by `npm run reports:pdf`, served from public/). */
import type { Locale } from '../../schemas/vocabulary.ts';

export const REPORT_PDF_DIR = 'public/reports/pdf';

/** URL path of a report's PDF. */
export const reportPdfFile = (year: number, locale: Locale): string =>
  `/reports/pdf/report-${year}-${locale}.pdf`;
