/**
 * The one text measure of the charts, for layout where no font metrics exist
 * (at build time, and in the browser before anything is drawn): an estimate
 * from character classes. CJK ideographs, full-width forms and CJK/general
 * punctuation (，。“”—…) are one em wide; digits and Latin letters a little
 * over half; narrow punctuation less. The full label is always in the chart's
 * data table, so an estimate that errs wide only costs space.
 */

export function charWidthEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80 || (c >= 0x2000 && c <= 0x206f && c !== 0x2009 && c !== 0x200a && c !== 0x200b)) return 1;
  if (c >= 0x30 && c <= 0x39) return 0.58;
  if (ch === '.' || ch === ',' || ch === ':' || ch === ';' || ch === ' ' || ch === '|' || ch === '!' || ch === "'" || ch === '·') return 0.32;
  if (ch === '%') return 0.9;
  if (c >= 0x41 && c <= 0x5a) return 0.66;
  return 0.58;
}

/** Estimated rendered width of `s` at `fontSize` (in the same units). */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) em += charWidthEm(ch);
  return em * fontSize;
}

/** `s` cut to fit `maxWidth`, ending in "…" when cut. */
export function fitText(s: string, maxWidth: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= maxWidth) return s;
  const ell = charWidthEm('…') * fontSize;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidthEm(ch) * fontSize;
    if (w + cw + ell > maxWidth) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** Split text into lines no wider than `max` (CJK text breaks anywhere; Latin runs such as URLs break where they must). */
export function wrapText(s: string, fontSize: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of s) {
    if (line && textWidth(line + ch, fontSize) > max) {
      lines.push(line);
      line = ch === ' ' ? '' : ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}
