/**
 * Files on disk keep their canonical forms; the web editor (Decap CMS) sees one shape per field.
 * STUB: identity until the lead engineer lands the real conversion (see /work/editor-plan.md).
 */

/** What the editor receives for a file; `contentPath` is relative to the content folder. */
export function fileToCms(contentPath: string, raw: string): string {
  void contentPath;
  return raw;
}

/** What is written when the editor saves `cmsRaw` over `previousRaw` (undefined for a new file). */
export function cmsToFile(contentPath: string, cmsRaw: string, previousRaw: string | undefined): string {
  void contentPath;
  void previousRaw;
  return cmsRaw;
}
