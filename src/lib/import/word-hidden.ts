/**
 * Text a Word document holds but does not show (隐藏文字, Font › Hidden: `<w:vanish/>` on a run).
 * mammoth reads it as any other text, so a studio hidden in a list would be imported as named:
 * the import reads only what the document shows, and refuses a document with hidden text.
 */
import JSZip from 'jszip';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);

/** The hidden texts of a .docx's body, one per hidden run that holds text, in document order. */
export async function hiddenWordText(bytes: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  if (!xml) return [];
  const hidden: string[] = [];
  // A run (<w:r>, never <w:rPr> or <w:ruby>) with its properties and its text elements.
  for (const run of xml.match(/<w:r[\s>][\s\S]*?<\/w:r>/g) ?? []) {
    const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
    const vanish = /<w:vanish(?:\s+w:val="([^"]*)")?\s*\/>/.exec(properties);
    if (!vanish || ['0', 'false', 'off'].includes(vanish[1] ?? '')) continue;
    const text = [...run.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1])
      .join('');
    if (text.trim()) hidden.push(unescapeXml(text.trim()));
  }
  return hidden;
}
