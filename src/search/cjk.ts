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
 * (８９．９３) are indexed and searched as ASCII. Pure functions.
 */

const ZWSP = '\u200B';
const HAN = '\\p{Script=Han}';
/** A Han character next to anything that is not a space: the boundaries that get a separator. */
const BOUNDARY = new RegExp(`(${HAN})(?=[^\\s\\u200B])|([^\\s\\u200B])(?=${HAN})`, 'gu');

/** Full-width ASCII digits and letters, and the full-width full stop between digits, to ASCII. */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d)\uFF0E(?=\d)/g, '$1.');
}

/** Put `sep` between Han characters and where Han meets other non-space text (for queries: Pagefind drops the punctuation). */
export function separateHan(s: string, sep: string): string {
  return s.replace(BOUNDARY, (_m, a: string | undefined, b: string | undefined) => `${a ?? b}${sep}`);
}

/**
 * Where the index text gets a separator: before a Han character or a
 * letter/digit run that follows Han, and before Han that follows a letter or
 * digit. Punctuation stays attached to the word before it (国（ | 境） | 费),
 * or to the word after it at the start of a line or after a space, so it
 * never stands as a word of its own: Pagefind drops punctuation from words
 * but would count a punctuation-only word as a position and break the run
 * of 因公出国（境）费.
 */
const INDEX_SEPARATOR = new RegExp(
  [
    `(?<=${HAN})(?=[\\p{L}\\p{N}])`,
    `(?<=[\\p{L}\\p{N}])(?=${HAN})`,
    `(?<=[^\\s\\u200B][\\p{P}\\p{S}]+)(?=${HAN})`,
    `(?<=${HAN}[\\p{P}\\p{S}]+)(?=[\\p{L}\\p{N}])`,
  ].join('|'),
  'gu',
);

/** Text as the index stores it. */
export function indexText(s: string): string {
  return halfWidth(s).replace(INDEX_SEPARATOR, ZWSP);
}

/** Matches markup that is not text: comments, script/style elements with their content, and tags (quoted attribute values may contain ">"). */
const MARKUP = /<!--[\s\S]*?-->|<script\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/script\s*>|<style\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/style\s*>|<(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;
/** Stands for a character reference while the text is separated: punctuation (Po) that documents do not use. */
const ENTITY_MARK = '\u2E2E';

/** indexText for HTML text: a character reference (&amp;) is kept whole and counts as punctuation. */
function indexHtmlText(text: string): string {
  if (!text.includes('&')) return indexText(text);
  const refs: string[] = [];
  const out = indexText(text.replace(ENTITY, (m) => (refs.push(m), ENTITY_MARK)));
  let i = 0;
  return out.replace(new RegExp(ENTITY_MARK, 'g'), () => refs[i++]);
}

/** Apply indexText to the text of an HTML document, leaving tags, attributes, scripts, styles and character references as they are. */
export function indexHtml(html: string): string {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(MARKUP)) {
    out += indexHtmlText(html.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + indexHtmlText(html.slice(last));
}

/** A query as Pagefind should see it: ASCII forms, one word per Han character. */
export function queryWords(q: string): string {
  return separateHan(halfWidth(q.normalize('NFKC')), ' ').replace(/\s+/g, ' ').trim();
}

export function hasHan(s: string): boolean {
  return new RegExp(HAN, 'u').test(s);
}
