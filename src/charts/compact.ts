/**
 * Makes the exported SVG small: coordinates rounded to a tenth of a pixel, path data written
 * with relative commands (short numbers), and no whitespace between elements. Text drawn as
 * outlines is most of a chart's bytes, so this roughly halves every file.
 */

const round = (value: number) => Math.round(value * 10) / 10;
const num = (value: number) => {
  const text = String(round(value) === 0 ? 0 : round(value));
  return text.startsWith('0.') ? text.slice(1) : text.startsWith('-0.') ? `-${text.slice(2)}` : text;
};

/** Joins numbers with the fewest separators: a minus sign or a leading dot separates by itself. */
function joinNumbers(values: number[]): string {
  let out = '';
  for (const value of values) {
    const text = num(value);
    const needsSpace = out !== '' && !text.startsWith('-') && !(text.startsWith('.') && /\.\d*$/.test(out));
    out += (needsSpace ? ' ' : '') + text;
  }
  return out;
}

/** Rewrites absolute path data (M, L, Q, C, Z as the exporter writes it) with relative commands. */
export function relativePath(d: string): string {
  const commands = [...d.matchAll(/([MLQCZmlqcz])([^MLQCZmlqcz]*)/g)];
  if (commands.some((match) => /[mlqcz]/.test(match[1]!))) return d;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let out = '';
  for (const [, command, args] of commands) {
    const values = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number).map(round);
    if (command === 'Z') {
      out += 'z';
      x = startX;
      y = startY;
      continue;
    }
    const relative: number[] = [];
    const size = command === 'Q' ? 4 : command === 'C' ? 6 : 2;
    for (let i = 0; i + size <= values.length; i += size) {
      const group = values.slice(i, i + size);
      for (let j = 0; j < size; j += 2) relative.push(group[j]! - x, group[j + 1]! - y);
      x = group[size - 2]!;
      y = group[size - 1]!;
      if (command === 'M' && i === 0) {
        startX = x;
        startY = y;
      }
    }
    out += command!.toLowerCase() + joinNumbers(relative);
  }
  return out;
}

export function compactSvg(svg: string): string {
  return svg
    .replace(/\sd="([^"]+)"/g, (_, d: string) => ` d="${relativePath(d)}"`)
    .replace(/(\s(?:x|y|width|height|stroke-width|x1|y1|x2|y2|cx|cy|r)=")(-?\d+\.\d+)"/g, (_, attribute: string, value: string) => `${attribute}${num(Number(value))}"`)
    .replace(/>\s+</g, '><')
    .trim();
}
