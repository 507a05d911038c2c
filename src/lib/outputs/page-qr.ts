/**
 * The QR code a printed page carries of its own address, so that a reader holding the paper (a
 * WeChat user, say) opens the page by scanning it. Drawn at build time by the qrcode library as an
 * inline SVG of paths: no script, no image file, no request to any host, and nothing the site's
 * Content-Security-Policy (content-security.ts) forbids, since it holds no style or script.
 */
import QRCode from 'qrcode';

/** The SVG root the qrcode library writes: the mark is decorative, because the address is printed in words beside it. */
const SVG_ROOT = '<svg xmlns="http://www.w3.org/2000/svg" ';

/**
 * The address as a QR code, an `<svg>` element (error correction M, the standard 4-module quiet
 * zone, black on white), or undefined for an address that is not absolute: a path alone (a build
 * without SITE_URL) opens nothing on a phone, and no host is made up for it.
 */
export async function pageQrSvg(address: string): Promise<string | undefined> {
  if (!/^https?:\/\//.test(address)) return undefined;
  const svg = await QRCode.toString(address, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  if (!svg.startsWith(SVG_ROOT))
    throw new Error(
      `qrcode wrote an SVG this site does not know how to label: ${svg.slice(0, 80)}`,
    );
  return svg.replace(SVG_ROOT, `${SVG_ROOT}aria-hidden="true" focusable="false" `).trim();
}
