/**
 * Estimated width of a label in px, for layout at build time where no font
 * metrics exist: CJK and full-width characters are one em, digits and Latin
 * letters about 0.6 em, narrow punctuation less. Generous on purpose.
 */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || (c >= 0x2000 && c <= 0x206f && ch !== ' ')) em += 1;
    else if (ch === ' ' || ch === '.' || ch === ',' || ch === ':' || ch === '·') em += 0.32;
    else em += 0.62;
  }
  return em * fontSize;
}

/** Split text into lines no wider than `max` px (CJK text breaks anywhere; Latin runs such as URLs break where they must). */
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
