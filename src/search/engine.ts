/**
 * Runs a query plan (query.ts) against Pagefind and groups the hits into
 * pages. No DOM: it takes anything with Pagefind's search() so it can be
 * tested with a fake index.
 *
 * A page of the site is several Pagefind records (its compact record and the
 * chunks of its source text, src/search/records.ts), so hits are grouped by
 * page (the url without its #line): a term must occur somewhere in the page,
 * not in one record, and each page is counted once. Facet counts are the
 * usual faceted-search ones, in pages: for a filter in use, the counts of its
 * values are those with that filter left out (checking another value adds
 * pages); for the others, the counts under all filters. They are worked out
 * only when asked for (the filter panel is open), from the hits' own filters.
 */
import { anchorWord, bareText, fallbackPlan, pagefindFilters, planQuery, type QueryPlan } from './query';
import { FILTER_KEYS, PAGE_TYPE, type FilterKey } from './tags';

export type Counts = Record<string, Record<string, number>>;

/** What the engine needs of a hit's data (Pagefind's fragment). */
export interface HitData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The record's text (Pagefind's, with its word separators). */
  content?: string;
}

export interface PfResult<F extends HitData = HitData> {
  id: string;
  score: number;
  data: () => Promise<F>;
}
export interface PfResponse<F extends HitData = HitData> {
  results: PfResult<F>[];
}
export interface PagefindLike<F extends HitData = HitData> {
  search: (term: string | null, options?: { filters?: unknown }) => Promise<PfResponse<F> | null>;
}

export interface Hit<F extends HitData = HitData> {
  id: string;
  score: number;
  data: F;
}

/** One page of the site with the records of it that matched. */
export interface PageHits<F extends HitData = HitData> {
  /** The page's url without a fragment. */
  url: string;
  /** Best hit first. */
  hits: Hit<F>[];
  score: number;
}

export interface Outcome<F extends HitData = HitData> {
  plan: QueryPlan;
  /** The plan first tried, when it found nothing and its fallback was used. */
  tried: QueryPlan | null;
  pages: PageHits<F>[];
  /** Facet counts in pages, when asked for. */
  counts: Counts | null;
  /** True when a term matched more records than MAX_HITS, so some pages may be missing. */
  truncated: boolean;
}

type Filters = Record<FilterKey, string[]>;

/**
 * Most records read per search term (each is a fragment the browser fetches,
 * grouped by Pagefind into a few files): enough for every page of a scoped
 * search of a specific term; a broad one says its results were cut.
 */
export const MAX_HITS = 400;

/** Filter of the compact records (one per page), used when browsing by filters alone. */
export const SUMMARY_FILTER = { record: { any: ['summary'] } };

/**
 * Below this many pages for an exact phrase, the phrase's longest word is
 * searched too and records that hold the phrase are added (see anchorWord):
 * a specific phrase is not missed where Pagefind segmented it otherwise; a
 * broad one, found on many pages already, does not cost the extra reads.
 */
export const SUPPLEMENT_BELOW = 10;
/** Most records read by a supplementary search. */
export const SUPPLEMENT_HITS = 100;

export const pageUrl = (url: string): string => url.replace(/#.*$/, '');

interface Found<F extends HitData> {
  pages: PageHits<F>[];
  truncated: boolean;
}

export class SearchEngine<F extends HitData = HitData> {
  private data = new Map<string, Promise<F>>();

  constructor(private pf: PagefindLike<F>) {}

  private dataOf(r: PfResult<F>): Promise<F> {
    let p = this.data.get(r.id);
    if (!p) {
      p = r.data();
      this.data.set(r.id, p);
    }
    return p;
  }

  private async hits(term: string | null, filters: Record<string, unknown>, max = MAX_HITS): Promise<{ hits: Hit<F>[]; truncated: boolean }> {
    const r = await this.pf.search(term, { filters });
    const results = r?.results ?? [];
    const kept = results.slice(0, max);
    const hits = await Promise.all(kept.map(async (x) => ({ id: x.id, score: x.score, data: await this.dataOf(x) })));
    return { hits, truncated: results.length > kept.length };
  }

  private async find(plan: QueryPlan, filters: Filters): Promise<Found<F>> {
    const f = pagefindFilters(filters);
    if (plan.kind === 'browse') {
      const r = await this.hits(null, { ...f, ...SUMMARY_FILTER });
      return { pages: groupPages([r.hits]), truncated: r.truncated };
    }
    const perPhrase: Hit<F>[][] = [];
    let truncated = false;
    for (const p of plan.phrases) {
      const r = await this.hits(p, f);
      if (plan.kind !== 'figure' && groupPages([r.hits]).length < SUPPLEMENT_BELOW) r.hits = await this.supplement(p, f, r.hits);
      perPhrase.push(r.hits);
      truncated ||= r.truncated;
      if (r.hits.length === 0) return { pages: [], truncated };
    }
    return { pages: groupPages(perPhrase), truncated };
  }

  /** The exact hits and the records found by the phrase's longest word that hold the phrase. */
  private async supplement(phrase: string, filters: Record<string, unknown>, exact: Hit<F>[]): Promise<Hit<F>[]> {
    const word = anchorWord(phrase);
    if (!word || `"${word}"` === phrase) return exact;
    const want = bareText(phrase.replace(/^"|"$/g, ''));
    const seen = new Set(exact.map((h) => h.id));
    const more = (await this.hits(word, filters, SUPPLEMENT_HITS)).hits.filter((h) => !seen.has(h.id) && bareText(h.data.content ?? '').includes(want));
    return [...exact, ...more];
  }

  async run(query: string, filters: Filters, opts: { counts?: boolean; first?: (url: string, data: F) => boolean } = {}): Promise<Outcome<F>> {
    let plan = planQuery(query);
    let tried: QueryPlan | null = null;
    let main = await this.find(plan, filters);
    if (main.pages.length === 0) {
      const fb = fallbackPlan(plan);
      if (fb) {
        const r = await this.find(fb, filters);
        if (r.pages.length > 0) {
          tried = plan;
          plan = fb;
          main = r;
        }
      }
    }
    let counts: Counts | null = null;
    if (opts.counts) {
      counts = {};
      for (const key of FILTER_KEYS) {
        const source = filters[key].length ? await this.find(plan, { ...filters, [key]: [] }) : main;
        counts[key] = countPages(source.pages, key);
      }
    }
    // Disclosures before county pages (a county page matches through the titles it lists), then the scope's pages first.
    const ranked = firstWhere(main.pages, (p) => p.hits[0].data.meta.type !== PAGE_TYPE.county);
    const pages = opts.first ? firstWhere(ranked, (p) => opts.first!(p.url, p.hits[0].data)) : ranked;
    return { plan, tried, pages, counts, truncated: main.truncated };
  }
}

/**
 * Pages found in every list (one list per phrase), with the hits of all
 * lists, ordered by the sum over phrases of each page's best score.
 */
export function groupPages<F extends HitData>(lists: readonly (readonly Hit<F>[])[]): PageHits<F>[] {
  const per = lists.map((hits) => {
    const m = new Map<string, Hit<F>[]>();
    for (const h of hits) {
      const u = pageUrl(h.data.url);
      const a = m.get(u);
      if (a) a.push(h);
      else m.set(u, [h]);
    }
    return m;
  });
  if (per.length === 0) return [];
  const out: PageHits<F>[] = [];
  for (const url of per[0].keys()) {
    if (!per.every((m) => m.has(url))) continue;
    const seen = new Set<string>();
    const hits: Hit<F>[] = [];
    let score = 0;
    for (const m of per) {
      const hs = m.get(url)!;
      score += Math.max(...hs.map((h) => h.score));
      for (const h of hs) if (!seen.has(h.id)) seen.add(h.id) && hits.push(h);
    }
    hits.sort((a, b) => b.score - a.score);
    out.push({ url, hits, score });
  }
  // Stable: equal scores keep the order of the first list (Pagefind's ranking).
  return out
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.score - a.p.score || a.i - b.i)
    .map((x) => x.p);
}

/** Pages per value of a filter (a page counts once, whichever of its records matched). */
export function countPages<F extends HitData>(pages: readonly PageHits<F>[], key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of pages) {
    const values = new Set(p.hits.flatMap((h) => h.data.filters[key] ?? []));
    for (const v of values) out[v] = (out[v] ?? 0) + 1;
  }
  return out;
}

/** Items that satisfy `pred` first, each group in its order. */
export function firstWhere<T>(xs: readonly T[], pred: (x: T) => boolean): T[] {
  return [...xs.filter(pred), ...xs.filter((x) => !pred(x))];
}
