/**
 * Text measurement for SVG laid out at build time, without a browser: an
 * estimate from character classes (CJK and full-width characters are one em
 * wide, digits a little over half). Good enough to keep labels inside the
 * chart; the full label is always in the chart's data table.
 */

export function charWidthEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x2e80 || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) return 1;
  if (c === 0x2026) return 1; // …
  if (c >= 0x30 && c <= 0x39) return 0.58;
  if (ch === '.' || ch === ',' || ch === ':' || ch === ';' || ch === ' ' || ch === '|' || ch === '!' || ch === "'") return 0.3;
  if (ch === '%') return 0.9;
  if (c >= 0x41 && c <= 0x5a) return 0.66;
  return 0.56;
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
