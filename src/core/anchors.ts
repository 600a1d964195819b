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
 * next line. A search hit links to the line of its chunk that holds the
 * words (chunkLineAt), so the size does not change where a hit lands; every
 * chunk is one entry of Pagefind's metadata file (~6 B gzipped), fetched
 * before a search of that index. 600 characters is a few paragraphs or a
 * table of a dozen rows: 5 to 60 chunks for the seeds.
 */
export const SOURCE_CHUNK_CHARS = 600;

/** How many characters of `s` are not whitespace: what the search index keeps of a text whatever it does to its spaces and line breaks. */
function solidLength(s: string): number {
  return s.replace(/\s+/gu, '').length;
}

/**
 * A chunk's line table (a search record's meta `lines`): for each source
 * line from the chunk's first to its last, blank ones too, how many
 * non-whitespace characters it has, comma-separated (`12,0,31`). The index
 * folds line breaks and runs of whitespace into one space, so lines are told
 * apart by counting the characters that stay.
 */
export function lineTable(lines: readonly string[]): string {
  return lines.map(solidLength).join(',');
}

/**
 * The source line that holds character `offset` of a chunk's text (as
 * indexed: any whitespace between its characters), given the chunk's first
 * line and its line table (lineTable): where a search hit whose words start
 * at `offset` links to. Null when the offset is outside the text or the
 * table does not reach it.
 */
export function chunkLineAt(text: string, firstLine: number, table: string, offset: number): number | null {
  if (!/^\d+(,\d+)*$/.test(table) || !Number.isInteger(offset) || offset < 0 || offset >= text.length) return null;
  let before = solidLength(text.slice(0, offset));
  const counts = table.split(',').map(Number);
  for (let i = 0; i < counts.length; i++) {
    if (before < counts[i]) return firstLine + i;
    before -= counts[i];
  }
  return null;
}
