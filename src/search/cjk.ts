/**
 * Chinese text for the search index: every Han character is indexed as its
 * own word, so a query finds any run of characters in the text (三公经费,
 * 江华, 网络安全和信息化委员会办公室) whatever a word segmenter would make of
 * it, and the query side needs no dictionary to agree with the index side.
 * Phrase search (exact word sequences) then means substring search.
 *
 * At build time the text handed to Pagefind gets a zero-width space (U+200B)
 * between Han characters and where Han meets other text; Pagefind splits
 * words there but shows the text without it. The browser puts ordinary
 * spaces between the characters of the query. Full-width digits and letters
 * (８９．９３) are indexed and searched as ASCII.
 *
 * Pagefind counts a punctuation mark between Han characters as a word of its
 * own, so a phrase never spans punctuation: query.ts searches the parts of a
 * term on either side of it. Pure functions.
 */

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

/** Text as the index stores it. */
export function indexText(s: string): string {
  return separateHan(halfWidth(s), ZWSP);
}

/** Matches markup that is not text: comments, script/style elements with their content, and tags (quoted attribute values may contain ">"). */
const MARKUP =
  /<!--[\s\S]*?-->|<script\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/script\s*>|<style\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/style\s*>|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** Apply indexText to the text of an HTML document, leaving tags, attributes, scripts and styles as they are (a separator never falls inside a character reference: those have no Han). */
export function indexHtml(html: string): string {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(MARKUP)) {
    out += indexText(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + indexText(html.slice(last));
}

/** A query as Pagefind should see it: ASCII forms, one word per Han character. */
export function queryWords(q: string): string {
  return separateHan(halfWidth(q.normalize('NFKC')), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasHan(s: string): boolean {
  return new RegExp(HAN, 'u').test(s);
}
