/**
 * Runs a query plan (query.ts) against Pagefind and works out the facet
 * counts. No DOM: it takes anything with Pagefind's search() so it can be
 * tested with a fake index.
 *
 * Facet counts are the usual faceted-search ones: for a filter in use, the
 * counts of its values are those with that filter left out (checking another
 * value adds pages); for the others, the counts under all filters. When
 * several phrases are intersected Pagefind cannot count the intersection, so
 * the counts come from which pages carry each filter value (one filter-only
 * search per value, cached).
 */
import { fallbackPlan, intersectResults, pagefindFilters, planQuery, rankByRelevance, type QueryPlan } from './query';
import { FILTER_KEYS, type FilterKey } from './tags';

export type Counts = Record<string, Record<string, number>>;

export interface PfResult<F = unknown> {
  id: string;
  score: number;
  data: () => Promise<F>;
}
export interface PfResponse<F = unknown> {
  results: PfResult<F>[];
  filters: Counts;
}
export interface PagefindLike<F = unknown> {
  search: (term: string | null, options?: { filters?: unknown }) => Promise<PfResponse<F> | null>;
}

export interface Outcome<F = unknown> {
  plan: QueryPlan;
  /** The plan first tried, when it found nothing and its fallback was used. */
  tried: QueryPlan | null;
  results: PfResult<F>[];
  counts: Counts;
}

type Filters = Record<FilterKey, string[]>;

interface Found<F> {
  results: PfResult<F>[];
  /** Pagefind's counts for these results; null for an intersection. */
  counts: Counts | null;
}

export class SearchEngine<F = unknown> {
  private members = new Map<string, Promise<Set<string>>>();

  /** `values`: every value of every filter (Pagefind's filters()). */
  constructor(
    private pf: PagefindLike<F>,
    private values: Counts,
  ) {}

  private async find(plan: QueryPlan, filters: Filters, rank: boolean): Promise<Found<F>> {
    const f = pagefindFilters(filters);
    if (plan.kind === 'browse') {
      const r = await this.pf.search(null, { filters: f });
      return { results: r?.results ?? [], counts: r?.filters ?? {} };
    }
    const responses: PfResponse<F>[] = [];
    for (const p of plan.phrases) {
      const r = await this.pf.search(p, { filters: f });
      responses.push(r ?? { results: [], filters: {} });
      if (!r || r.results.length === 0) break;
    }
    const single = responses.length === 1 && plan.phrases.length === 1;
    let results = single ? responses[0].results : responses.length < plan.phrases.length ? [] : intersectResults(responses.map((r) => r.results));
    if (rank && plan.relevance && results.length > 1) {
      const rel = await this.pf.search(plan.relevance, { filters: f });
      results = rankByRelevance(results, rel?.results ?? []);
    }
    return { results, counts: single ? responses[0].filters : null };
  }

  private memberIds(key: FilterKey, value: string): Promise<Set<string>> {
    const k = `${key}\u0000${value}`;
    let p = this.members.get(k);
    if (!p) {
      p = this.pf.search(null, { filters: { [key]: { any: [value] } } }).then((r) => new Set((r?.results ?? []).map((x) => x.id)));
      this.members.set(k, p);
    }
    return p;
  }

  private async countsOf(found: Found<F>, key: FilterKey): Promise<Record<string, number>> {
    if (found.counts) return found.counts[key] ?? {};
    const ids = found.results.map((r) => r.id);
    const out: Record<string, number> = {};
    for (const v of Object.keys(this.values[key] ?? {})) {
      const m = await this.memberIds(key, v);
      out[v] = ids.filter((id) => m.has(id)).length;
    }
    return out;
  }

  async run(query: string, filters: Filters): Promise<Outcome<F>> {
    let plan = planQuery(query);
    let tried: QueryPlan | null = null;
    let main = await this.find(plan, filters, true);
    if (main.results.length === 0) {
      const fb = fallbackPlan(plan);
      if (fb) {
        const r = await this.find(fb, filters, true);
        if (r.results.length > 0) {
          tried = plan;
          plan = fb;
          main = r;
        }
      }
    }
    const counts: Counts = {};
    for (const key of FILTER_KEYS) {
      const source = filters[key].length ? await this.find(plan, { ...filters, [key]: [] }, false) : main;
      counts[key] = await this.countsOf(source, key);
    }
    return { plan, tried, results: main.results, counts };
  }
}
