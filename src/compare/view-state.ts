/**
 * The comparison view as URL query:
 * ?measure=…&per=…&sort=…&hl=…&year=…&kind=…&province=…&county=…
 * Parsing never fails: unknown or inapplicable values fall back to the
 * default, so any link opens a valid view. Defaults are left out of the query
 * so the plain /compare/ URL is the default view.
 */
import { FACETS, NO_FILTERS, normaliseFilters, type FacetOptions, type Filters } from './filters';
import { isMeasureId, isPerBasis, perApplies, type MeasureId, type PerBasis } from './measures';

export const SORT_ORDERS = ['desc', 'asc', 'county', 'year'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const SORT_LABELS: Record<SortOrder, string> = {
  desc: '数值从高到低',
  asc: '数值从低到高',
  county: '按县（市、区）代码',
  year: '按年度（新到旧）',
};

export interface ViewState {
  measure: MeasureId;
  per: PerBasis;
  sort: SortOrder;
  /** County code to highlight, or null. */
  hl: string | null;
  /** Which disclosures are shown (src/compare/filters.ts). */
  filter: Filters;
}

export const DEFAULT_VIEW: ViewState = { measure: 'expenditure_total', per: 'none', sort: 'desc', hl: null, filter: NO_FILTERS };

/** The values a view may take on a page: the counties and the facet values of its records. */
export interface ViewScope {
  counties: readonly string[];
  options: FacetOptions;
}

/** Keep a state consistent: per-person only for amounts, a highlight and filters only for values the records take. */
export function normaliseView(v: ViewState, scope: ViewScope): ViewState {
  return {
    measure: v.measure,
    per: perApplies(v.measure) ? v.per : 'none',
    sort: v.sort,
    hl: v.hl !== null && scope.counties.includes(v.hl) ? v.hl : null,
    filter: normaliseFilters(v.filter, scope.options),
  };
}

/** The view in a query; `base` filters (a one-facet page's own) apply where the query names none. */
export function parseView(search: string | URLSearchParams, scope: ViewScope, base: Filters = NO_FILTERS): ViewState {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const measure = q.get('measure') ?? '';
  const per = q.get('per') ?? '';
  const sort = q.get('sort') ?? '';
  const hl = q.get('hl');
  const filter = { ...base };
  for (const f of FACETS) if (q.has(f)) filter[f] = q.get(f) || null;
  return normaliseView(
    {
      measure: isMeasureId(measure) ? measure : DEFAULT_VIEW.measure,
      per: isPerBasis(per) ? per : DEFAULT_VIEW.per,
      sort: (SORT_ORDERS as readonly string[]).includes(sort) ? (sort as SortOrder) : DEFAULT_VIEW.sort,
      hl: hl || null,
      filter,
    },
    scope,
  );
}

/** The query string of a view ("" for the default view, else "?measure=…"), keys in a fixed order. */
export function formatView(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.measure !== DEFAULT_VIEW.measure) q.set('measure', v.measure);
  if (v.per !== DEFAULT_VIEW.per) q.set('per', v.per);
  if (v.sort !== DEFAULT_VIEW.sort) q.set('sort', v.sort);
  if (v.hl) q.set('hl', v.hl);
  for (const f of FACETS) if (v.filter[f] !== null) q.set(f, v.filter[f]!);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return a.measure === b.measure && a.per === b.per && a.sort === b.sort && a.hl === b.hl && FACETS.every((f) => a.filter[f] === b.filter[f]);
}
