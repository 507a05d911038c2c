/**
 * Makes the exported SVG small: coordinates rounded to a tenth of a pixel, path data written
 * with relative commands (short numbers), and no whitespace between elements. Text drawn as
 * outlines is most of a chart's bytes, so this roughly halves every file.
 */

const round = (value: number) => Math.round(value * 10) / 10;
const num = (value: number) => {
  const text = String(round(value) === 0 ? 0 : round(value));
  return text.startsWith('0.')
    ? text.slice(1)
    : text.startsWith('-0.')
      ? `-${text.slice(2)}`
      : text;
};

/** Rewrites absolute path data (M, L, Q, C, Z as the exporter writes it) with relative commands, in one pass. */
export function relativePath(d: string): string {
  if (/[mlqcz]/.test(d)) return d;
  const tokens = /([MLQCZ])|(-?\d*\.?\d+(?:e-?\d+)?)/gi;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let out = '';
  let command = '';
  let pending: number[] = [];
  let size = 2;
  let first = true;
  let last = '';
  const emit = (value: number) => {
    const text = num(value);
    if (last !== '' && !text.startsWith('-') && !(text.startsWith('.') && /\.\d*$/.test(last)))
      out += ' ';
    out += text;
    last = text;
  };
  for (let match = tokens.exec(d); match; match = tokens.exec(d)) {
    if (match[1]) {
      command = match[1].toUpperCase();
      size = command === 'Q' ? 4 : command === 'C' ? 6 : 2;
      pending = [];
      first = true;
      last = '';
      if (command === 'Z') {
        out += 'z';
        x = startX;
        y = startY;
      } else out += command.toLowerCase();
      continue;
    }
    pending.push(round(Number(match[2])));
    if (pending.length < size) continue;
    for (let j = 0; j < size; j += 2) {
      emit(pending[j]! - x);
      emit(pending[j + 1]! - y);
    }
    x = pending[size - 2]!;
    y = pending[size - 1]!;
    if (command === 'M' && first) {
      startX = x;
      startY = y;
    }
    first = false;
    pending = [];
  }
  return out;
}

export function compactSvg(svg: string): string {
  return svg
    .replace(/\sd="([^"]+)"/g, (_, d: string) => ` d="${relativePath(d)}"`)
    .replace(
      /(\s(?:x|y|width|height|stroke-width|x1|y1|x2|y2|cx|cy|r)=")(-?\d+\.\d+)"/g,
      (_, attribute: string, value: string) => `${attribute}${num(Number(value))}"`,
    )
    .replace(/>\s+</g, '><')
    .trim();
}
