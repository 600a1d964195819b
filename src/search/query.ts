/**
 * The search page's state (query and filters, kept in the URL so a search
 * link can be shared) and how a query is put to Pagefind. Pure functions.
 */
import { halfWidth, hasHan } from './cjk';
import { FILTER_KEYS, type FilterKey } from './tags';

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  /** Six-digit GB/T 2260 code of the place the reader chose to search first (?place=), or ''. */
  place: string;
}

const PLACE_CODE = /^\d{6}$/;

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as unknown as Record<FilterKey, string[]>;
}

/** ?q=…&county=…&county=…&year=… → state. Unknown parameters are ignored; values are de-duplicated. */
export function parseState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const k of FILTER_KEYS)
    filters[k] = [
      ...new Set(
        p
          .getAll(k)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
  const place = (p.get('place') ?? '').trim();
  return { q: p.get('q') ?? '', filters, place: PLACE_CODE.test(place) ? place : '' };
}

/** State → "?q=…&county=…" (empty parts left out; "" when nothing is set). */
export function stateToSearch(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.place) p.set('place', s.place);
  for (const k of FILTER_KEYS) for (const v of s.filters[k]) p.append(k, v);
  const str = p.toString();
  return str ? `?${str}` : '';
}

export function activeFilterCount(s: SearchState): number {
  return FILTER_KEYS.reduce((n, k) => n + s.filters[k].length, 0);
}

/**
 * Pagefind's filter object: values of one filter are alternatives (any),
 * different filters must all hold. `except` leaves one filter out (for the
 * counts of that filter's own values).
 */
export function pagefindFilters(filters: Record<FilterKey, string[]>, except?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const k of FILTER_KEYS) if (k !== except && filters[k].length) out[k] = { any: filters[k] };
  return out;
}

/**
 * Full-width digits, letters and punctuation to their ASCII forms (NFKC:
 * "８９．９３" → "89.93"), quotes dropped, whitespace collapsed.
 */
export function normalizeQuery(q: string): string {
  return q
    .normalize('NFKC')
    .replace(/["“”'‘’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A figure as published (89.93, 162.935556, 62, 5.86%, 1,629,355.56) or a long digit string such as a phone number. */
export function isFigureQuery(q: string): boolean {
  return /^[-+]?\d[\d,]*(\.\d+)?%?$/.test(q);
}

/** A figure as the index stores it: without thousands separators, sign or percent sign. */
export function figureTerm(q: string): string {
  return q.replace(/,/g, '').replace(/%$/, '').replace(/^[-+]/, '');
}

/** A term worth searching: it has a letter, digit or Han character (not only punctuation). */
function searchable(t: string): boolean {
  return /[\p{L}\p{N}]/u.test(t);
}

export type PlanKind = 'browse' | 'figure' | 'phrase' | 'terms' | 'words';

/**
 * How a query is put to Pagefind. Every term must occur in the page as a
 * phrase: an exact Pagefind query, which Pagefind segments in the browser
 * (Intl.Segmenter) as its indexer segmented the text. Pages are ranked by
 * Pagefind's scores.
 * - browse: no query, filters only;
 * - figure: one number, matched as that number only (not pages with numbers
 *   that share digits);
 * - phrase: one term;
 * - terms: several terms separated by spaces, all of which must occur;
 * - words: the fallback for a phrase nobody wrote, or one the browser
 *   segments otherwise than the index did: its words (by the browser's
 *   Chinese word segmentation, single characters joined), all of which must
 *   occur, in any order.
 */
export interface QueryPlan {
  kind: PlanKind;
  /** The terms as the user wrote them (normalized). */
  terms: string[];
  /** Pagefind exact queries, one per term or part of a term between punctuation. All must match. */
  phrases: string[];
}

export function planQuery(raw: string): QueryPlan {
  const q = normalizeQuery(raw);
  const terms = q.split(' ').filter(searchable);
  if (terms.length === 0) return { kind: 'browse', terms: [], phrases: [] };
  if (terms.length === 1 && isFigureQuery(terms[0])) {
    const t = figureTerm(terms[0]);
    return { kind: 'figure', terms: [t], phrases: [`"${t}"`] };
  }
  return planTerms(terms.length === 1 ? 'phrase' : 'terms', terms);
}

/**
 * The phrases of a term: a figure whole, otherwise the parts between
 * punctuation (因公出国（境）费 → 因公出国, 境, 费): Pagefind drops
 * punctuation, so a phrase never spans it.
 */
export function termParts(term: string): string[] {
  if (isFigureQuery(term)) return [figureTerm(term)];
  return term.split(/[\p{P}\p{S}]+/u).filter(searchable);
}

function planTerms(kind: PlanKind, terms: string[]): QueryPlan {
  const parts = [...new Set(terms.flatMap(termParts))].map(halfWidth);
  return { kind, terms, phrases: parts.map((w) => `"${w}"`) };
}

/**
 * When a one-term query occurs nowhere as written, search its words instead
 * (江华三公经费 → 江华, 三公, 经费). Null when it has only one word.
 */
export function fallbackPlan(plan: QueryPlan, segment: (s: string) => string[] = segmentWords): QueryPlan | null {
  if (plan.kind !== 'phrase') return null;
  const words = [...new Set(mergeSingles(segment(plan.terms[0])).filter(searchable))];
  return words.length > 1 ? planTerms('words', words) : null;
}

/**
 * Runs of one-character Han words are joined (江|华 → 江华): a single
 * character matches almost everything. An empty string (punctuation) ends a run.
 */
export function mergeSingles(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const w of words) {
    if ([...w].length === 1 && hasHan(w)) {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = '';
    if (w) out.push(w);
  }
  if (run) out.push(run);
  return out;
}

/**
 * The word a phrase's supplementary search starts from: Pagefind's indexer
 * segments Chinese by context (政务新媒体 is 政务|新|媒体 in one text and
 * 和政|务|新|媒体 in another) and the browser segments the query its own way,
 * so an exact phrase can miss a text that holds it. The engine then searches
 * the phrase's longest word (Pagefind matches it as a word prefix) and keeps
 * the records whose text holds the phrase. Null for a phrase without Han.
 */
export function anchorWord(phrase: string, segment: (s: string) => string[] = segmentWords): string | null {
  const bare = phrase.replace(/^"|"$/g, '');
  if (!hasHan(bare)) return null;
  const words = segment(bare).filter(searchable);
  let best = '';
  for (const w of words) if ([...w].length >= [...best].length) best = w;
  return best || null;
}

/** Text compared for "holds the phrase": ASCII forms, lower case, no spaces, separators or punctuation. */
export function bareText(s: string): string {
  return halfWidth(s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]/gu, '');
}

/** Chinese word segmentation by the browser (Intl.Segmenter): words, with '' for the punctuation between them. */
export function segmentWords(s: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return [s];
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...seg.segment(s)].map((x) => (x.isWordLike ? x.segment : '')).filter((w, i, a) => w || a[i - 1] !== '');
}
