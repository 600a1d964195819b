/**
 * Excerpts and in-page places for a Pagefind result, built from the result's
 * raw content (words separated by spaces, or by zero-width spaces between
 * Han characters, see cjk.ts), the search terms (found here, all
 * occurrences) and the elements with ids Pagefind saw with their word
 * numbers (anchors). Pure functions: the page renders the
 * segments as text nodes and <mark> elements, never as HTML.
 */
import { halfWidth, queryWords } from './cjk';
import { sourceLineHref, sourceLineId, sourceLineOf } from '../core/anchors';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Words {
  words: string[];
  /** Separator printed before word i ('' inside segmented Chinese, ' ' where the text had a space). */
  before: string[];
}

/**
 * Pagefind's `raw_content` with its own escaping undone: its JS replaces < and
 * > by &lt; and &gt; (for excerpts it inserts as HTML). The page renders text
 * nodes, which escape once more, so left as is a source's "<p>" showed as
 * "&lt;p&gt;". Only these two are escaped by Pagefind (not &).
 */
export function unescapePagefind(raw: string): string {
  return raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Split Pagefind's raw content into the words its locations count. */
export function splitWords(raw: string): Words {
  const parts = raw.split(/([\s\u200B]+)/);
  const words: string[] = [];
  const before: string[] = [];
  let sep = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i % 2 === 1) {
      sep = /\s/.test(p) ? ' ' : '';
      continue;
    }
    if (p === '' && (i === 0 || i === parts.length - 1)) continue;
    words.push(p);
    before.push(words.length === 1 ? '' : sep);
  }
  return { words, before };
}

/** Merge neighbouring segments of the same kind. */
function pushSeg(out: Segment[], text: string, mark: boolean): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.mark === mark) last.text += text;
  else out.push({ text, mark });
}

/**
 * `length` words around `center` (a word number), the matched words marked,
 * with an ellipsis where the excerpt cuts the text.
 */
export function excerpt(w: Words, matched: ReadonlySet<number>, center: number, length = 30, floor = 0): Segment[] {
  const n = w.words.length;
  if (n === 0) return [];
  let start = Math.max(floor, center - Math.floor(length / 3));
  const end = Math.min(n, start + length);
  start = Math.max(floor, Math.min(start, end - length));
  const out: Segment[] = [];
  if (start > floor) pushSeg(out, '…', false);
  for (let i = start; i < end; i++) {
    if (i > start) pushSeg(out, w.before[i], matched.has(i) && matched.has(i - 1));
    pushSeg(out, w.words[i], matched.has(i));
  }
  if (end < n) pushSeg(out, '…', false);
  return out;
}

export interface Anchor {
  id: string;
  location: number;
  element?: string;
  text?: string;
}

/**
 * The element with an id closest before word `location` (the innermost when
 * several start together), ignoring `ignore` and the source text's line
 * elements (lineBefore finds those).
 */
export function anchorBefore(anchors: readonly Anchor[], location: number, ignore: ReadonlySet<string> = new Set()): Anchor | null {
  let best: Anchor | null = null;
  for (const a of anchors) {
    if (!a.id || ignore.has(a.id) || a.location > location || sourceLineOf(a.id) !== null) continue;
    if (!best || a.location >= best.location) best = a;
  }
  return best;
}

/**
 * The source-text line (src/core/anchors.ts sourceLineId) holding word
 * `location`, or null when it is not in the source text. Empty lines start
 * where the next line does, so the last line starting at or before the word
 * is the one.
 */
export function lineBefore(anchors: readonly Anchor[], location: number): number | null {
  let best: { line: number; location: number } | null = null;
  for (const a of anchors) {
    const line = a.id ? sourceLineOf(a.id) : null;
    if (line === null || a.location > location) continue;
    if (!best || a.location > best.location || (a.location === best.location && line > best.line)) best = { line, location: a.location };
  }
  return best?.line ?? null;
}

/** A word compared the way the index compares it: ASCII forms, lower case, letters and digits only. */
export function wordKey(w: string): string {
  return halfWidth(w.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of each search term, compared by wordKey (a term is one word per Han character). */
export function termKeys(terms: readonly string[]): string[][] {
  return terms.map((t) => queryWords(t).split(' ').map(wordKey).filter(Boolean)).filter((k) => k.length > 0);
}

/**
 * Every occurrence of every term: the word numbers it covers. Words that are
 * only punctuation do not break a run (三公”经费 still holds 三公经费).
 */
export function findTerms(w: Words, terms: readonly string[][]): { matched: Set<number>; starts: number[] } {
  const keyed: { i: number; k: string }[] = [];
  w.words.forEach((word, i) => {
    const k = wordKey(word);
    if (k) keyed.push({ i, k });
  });
  const matched = new Set<number>();
  const starts: number[] = [];
  for (const t of terms) {
    for (let j = 0; j + t.length <= keyed.length; j++) {
      let ok = true;
      for (let m = 0; m < t.length && ok; m++) ok = keyed[j + m].k === t[m];
      if (!ok) continue;
      starts.push(keyed[j].i);
      for (let x = keyed[j].i; x <= keyed[j + t.length - 1].i; x++) matched.add(x);
    }
  }
  return { matched, starts: [...new Set(starts)].sort((a, b) => a - b) };
}

export interface Spot {
  /** The closest element with an id before the place (not a line), or null for the page itself. */
  anchor: string | null;
  /** The source-text line the place is on (1-based), or null when it is elsewhere on the page. */
  line: number | null;
  /** The matched words at the place, as the page writes them (what the linked page marks). */
  words: string;
  location: number;
  segments: Segment[];
}

/**
 * The one href of a spot: the exact words on their source line when the
 * place is in the source text (`?hl=<words>#L<n>`), else the closest anchor.
 */
export function spotHref(pageUrl: string, s: Pick<Spot, 'anchor' | 'line' | 'words'>): string {
  if (s.line !== null) return sourceLineHref(pageUrl, s.line, s.words);
  return s.anchor ? `${pageUrl}#${encodeURIComponent(s.anchor)}` : pageUrl;
}

/** The matched run of words starting at word `from`, with the page's separators. */
function matchedRun(w: Words, matched: ReadonlySet<number>, from: number): string {
  let out = '';
  for (let i = from; i < w.words.length && matched.has(i); i++) out += (i > from ? w.before[i] : '') + w.words[i];
  return out;
}

export interface ResultView {
  /** Excerpt of the first place in the page text (or of the page's start when only its names matched). */
  excerpt: Segment[];
  /** Up to `max` distinct places on the page where the terms occur: preferred anchors first, then page order. */
  spots: Spot[];
  /** True when the terms occur only in the names and codes the page is known by (or not at all, when browsing). */
  namesOnly: boolean;
}

/**
 * The excerpt and in-page places of a result. Words before the names-end
 * marker are the names line (not page text): matches there make the page a
 * hit but are not shown as places.
 */
export function resultView(
  raw: string,
  terms: readonly string[][],
  anchors: readonly Anchor[],
  opts: { namesEndId: string; max?: number; length?: number; spotLength?: number; prefer?: (anchorId: string) => boolean },
): ResultView {
  const w = splitWords(raw);
  const namesEnd = anchors.find((a) => a.id === opts.namesEndId)?.location ?? 0;
  const { matched, starts } = findTerms(w, terms);
  const body = starts.filter((l) => l >= namesEnd);
  const ignore = new Set([opts.namesEndId]);
  const length = opts.length ?? 40;
  if (body.length === 0) {
    return { excerpt: excerpt(w, new Set(), namesEnd, length, namesEnd), spots: [], namesOnly: true };
  }
  const candidates: Spot[] = [];
  const seen = new Set<string | null>();
  for (const loc of body) {
    const a = anchorBefore(anchors, loc, ignore);
    const key = a && a.location >= namesEnd ? a.id : null;
    const line = lineBefore(anchors, loc);
    // One place per source line, else per anchor.
    const place = line !== null ? sourceLineId(line) : key;
    if (seen.has(place)) continue;
    seen.add(place);
    candidates.push({
      anchor: key,
      line,
      words: matchedRun(w, matched, loc),
      location: loc,
      segments: excerpt(w, matched, loc, opts.spotLength ?? 28, namesEnd),
    });
  }
  // Preferred places (the source text: its lines, or anchors `prefer` names) first, each group in page order.
  const prefer = opts.prefer ?? (() => false);
  const rank = (s: Spot) => (s.line !== null || (s.anchor !== null && prefer(s.anchor)) ? 0 : 1);
  const spots = candidates
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .slice(0, opts.max ?? 3)
    .map((x) => x.s);
  return { excerpt: excerpt(w, matched, body[0], length, namesEnd), spots, namesOnly: false };
}

/** Plain text of segments (for labels and tests). */
export function segmentsText(s: readonly Segment[]): string {
  return s.map((x) => x.text).join('');
}
