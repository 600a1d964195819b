/**
 * Chinese text as the search page's excerpts read it. The index is segmented
 * by Pagefind itself (its extended build: dictionary words, and single
 * characters where it knows no word), and the browser segments a query the
 * same way (Intl.Segmenter), so neither side inserts separators any more.
 * The excerpts (excerpt.ts) find a term's every occurrence character by
 * character: the client puts a zero-width space (U+200B) between Han
 * characters and where Han meets other text of a hit's text (indexText), and
 * spaces between the characters of a term (queryWords). Full-width digits and
 * letters (８９．９３) are compared as ASCII. Pure functions.
 */
import { wordRanges } from '../core/anchors';

const ZWSP = '\u200B';
const HAN = '\\p{Script=Han}';
/** A Han character next to anything that is not a space: the boundaries that get a separator. */
const BOUNDARY = new RegExp(`(${HAN})(?=[^\\s\\u200B])|([^\\s\\u200B])(?=${HAN})`, 'gu');

/** Full-width ASCII digits and letters, and the full-width full stop between digits, to ASCII. */
export function halfWidth(s: string): string {
  return s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(\d)\uFF0E(?=\d)/g, '$1.');
}

/** Put `sep` between Han characters and where Han meets other non-space text (for queries: Pagefind drops the punctuation). */
export function separateHan(s: string, sep: string): string {
  return s.replace(BOUNDARY, (_m, a: string | undefined, b: string | undefined) => `${a ?? b}${sep}`);
}

/** Text with a zero-width space between Han characters, as excerpt.ts reads it. */
export function indexText(s: string): string {
  return separateHan(halfWidth(s), ZWSP);
}

/** A term as excerpt.ts matches it: ASCII forms, one word per Han character. */
export function queryWords(q: string): string {
  return separateHan(halfWidth(q.normalize('NFKC')), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasHan(s: string): boolean {
  return new RegExp(HAN, 'u').test(s);
}

/**
 * Where `words` occur in `text` with full-width digits and letters folded on
 * both sides (core/anchors wordRanges). halfWidth replaces one UTF-16 unit by
 * one, so the ranges are offsets into the original text.
 */
export function foldedWordRanges(text: string, words: string): [number, number][] {
  return wordRanges(halfWidth(text), halfWidth(words));
}
