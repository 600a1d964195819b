/**
 * The search page's state (query and filters, kept in the URL so a search
 * link can be shared) and how a query is put to Pagefind. Pure functions.
 */
import { hasHan, queryWords } from './cjk';
import { FILTER_KEYS, type FilterKey } from './tags';

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

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
  return { q: p.get('q') ?? '', filters };
}

/** State → "?q=…&county=…" (empty parts left out; "" when nothing is set). */
export function stateToSearch(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
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
 * How a query is put to Pagefind. Every term must occur as a phrase (its
 * characters in this order: with one word per Han character, a substring);
 * pages are ranked by Pagefind's relevance for all the characters.
 * - browse: no query, filters only;
 * - figure: one number, matched as that number only (not pages with numbers
 *   that share digits), ranked by how often and where it occurs;
 * - phrase: one term;
 * - terms: several terms separated by spaces, all of which must occur;
 * - words: the fallback for a phrase nobody wrote: its words (by the browser's
 *   Chinese word segmentation), all of which must occur, in any order.
 */
export interface QueryPlan {
  kind: PlanKind;
  /** The terms as the user wrote them (normalized). */
  terms: string[];
  /** Pagefind exact queries, one per term or part of a term between punctuation: quoted, one word per Han character. All must match. */
  phrases: string[];
  /** Pagefind relevance query for ranking: all the words of all terms (null when browsing). */
  relevance: string | null;
}

export function planQuery(raw: string): QueryPlan {
  const q = normalizeQuery(raw);
  const terms = q.split(' ').filter(searchable);
  if (terms.length === 0) return { kind: 'browse', terms: [], phrases: [], relevance: null };
  if (terms.length === 1 && isFigureQuery(terms[0])) {
    const t = figureTerm(terms[0]);
    return { kind: 'figure', terms: [t], phrases: [`"${t}"`], relevance: t };
  }
  return planTerms(terms.length === 1 ? 'phrase' : 'terms', terms);
}

/**
 * The phrases of a term: a figure whole, otherwise the parts between
 * punctuation (因公出国（境）费 → 因公出国, 境, 费), since the index never
 * has a phrase across punctuation.
 */
export function termParts(term: string): string[] {
  if (isFigureQuery(term)) return [figureTerm(term)];
  return term.split(/[\p{P}\p{S}]+/u).filter(searchable);
}

function planTerms(kind: PlanKind, terms: string[]): QueryPlan {
  const parts = [...new Set(terms.flatMap(termParts))].map(queryWords);
  return { kind, terms, phrases: parts.map((w) => `"${w}"`), relevance: parts.join(' ') };
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

/** Chinese word segmentation by the browser (Intl.Segmenter): words, with '' for the punctuation between them. */
export function segmentWords(s: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return [s];
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...seg.segment(s)].map((x) => (x.isWordLike ? x.segment : '')).filter((w, i, a) => w || a[i - 1] !== '');
}

/** Results in relevance order (results the relevance search did not return keep their order, after the others). */
export function rankByRelevance<T extends { id: string }>(results: readonly T[], relevance: readonly { id: string; score: number }[]): T[] {
  const score = new Map(relevance.map((r) => [r.id, r.score]));
  return results
    .map((r, i) => ({ r, i, s: score.get(r.id) ?? -Infinity }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}

/** Results present in every list, in the order of the first. */
export function intersectResults<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  if (lists.length === 0) return [];
  const others = lists.slice(1).map((l) => new Set(l.map((r) => r.id)));
  return lists[0].filter((r) => others.every((s) => s.has(r.id)));
}
