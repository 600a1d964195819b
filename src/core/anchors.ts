/** Links from a figure to its quote in the source text rendered on the same page. */
export function quoteHref(anchor: string | null | undefined): string | null {
  return anchor ? `#${anchor}` : null;
}

/** Element id of a fact's row in the figures tables. */
export function factRowId(factId: string): string {
  return `f-${factId}`;
}

/**
 * Element id of line n (1-based) of a disclosure's source text as rendered on
 * its page: where a search hit in the source text or a figure's deep link
 * lands when no quote anchor is closer. Quote anchors are `q-<start>-<end>`,
 * so the two never collide.
 */
export function sourceLineId(line: number): string {
  if (!Number.isInteger(line) || line < 1) throw new Error(`sourceLineId: line must be a whole number from 1, not ${line}`);
  return `L${line}`;
}

/** The line number of a source-line element id (sourceLineId), or null for any other id. */
export function sourceLineOf(id: string): number | null {
  const m = /^L([1-9]\d*)$/.exec(id);
  return m ? Number(m[1]) : null;
}

/** Query parameter of a deep link naming the words to mark on the linked line. */
export const HIGHLIGHT_PARAM = 'hl';

/**
 * A deep link to words on line `line` of a page's source text:
 * `<page>?hl=<words>#L<line>`. Without JavaScript the page lands on the line
 * (CSS :target); with it src/client/source/ marks the words on that line.
 */
export function sourceLineHref(pageUrl: string, line: number, words: string): string {
  const w = words.trim();
  const query = w ? `${pageUrl.includes('?') ? '&' : '?'}${HIGHLIGHT_PARAM}=${encodeURIComponent(w)}` : '';
  return `${pageUrl}${query}#${sourceLineId(line)}`;
}

/**
 * Where `words` occur in `text` as [start, end) offsets, in order and not
 * overlapping: case-insensitive, any run of whitespace in the words matching
 * any run in the text (search excerpts print one space where the source has
 * tabs or several).
 */
export function wordRanges(text: string, words: string): [number, number][] {
  const parts = words.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const re = new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Longest chunk of source text (characters) before a new chunk starts at the
 * next line. A search hit links to its chunk's first line (the page then marks the words within the chunk), so shorter is more
 * precise; every chunk is one entry of Pagefind's metadata file (~6 B
 * gzipped), fetched before a search of that index. 600 characters is a few
 * paragraphs or a table of a dozen rows: 5 to 60 chunks for the seeds.
 */
export const SOURCE_CHUNK_CHARS = 600;
