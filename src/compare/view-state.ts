/**
 * The comparison view as URL query: ?measure=…&per=…&sort=…&hl=…
 * Parsing never fails: unknown or inapplicable values fall back to the
 * default, so any link opens a valid view. Defaults are left out of the query
 * so the plain /compare/ URL is the default view.
 */
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
}

export const DEFAULT_VIEW: ViewState = { measure: 'expenditure_total', per: 'none', sort: 'desc', hl: null };

/** Keep a state consistent: per-person only for amounts, a highlight only for a known county. */
export function normaliseView(v: ViewState, counties: readonly string[]): ViewState {
  return {
    measure: v.measure,
    per: perApplies(v.measure) ? v.per : 'none',
    sort: v.sort,
    hl: v.hl !== null && counties.includes(v.hl) ? v.hl : null,
  };
}

export function parseView(search: string | URLSearchParams, counties: readonly string[]): ViewState {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const measure = q.get('measure') ?? '';
  const per = q.get('per') ?? '';
  const sort = q.get('sort') ?? '';
  const hl = q.get('hl');
  return normaliseView(
    {
      measure: isMeasureId(measure) ? measure : DEFAULT_VIEW.measure,
      per: isPerBasis(per) ? per : DEFAULT_VIEW.per,
      sort: (SORT_ORDERS as readonly string[]).includes(sort) ? (sort as SortOrder) : DEFAULT_VIEW.sort,
      hl: hl || null,
    },
    counties,
  );
}

/** The query string of a view ("" for the default view, else "?measure=…"), keys in a fixed order. */
export function formatView(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.measure !== DEFAULT_VIEW.measure) q.set('measure', v.measure);
  if (v.per !== DEFAULT_VIEW.per) q.set('per', v.per);
  if (v.sort !== DEFAULT_VIEW.sort) q.set('sort', v.sort);
  if (v.hl) q.set('hl', v.hl);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return a.measure === b.measure && a.per === b.per && a.sort === b.sort && a.hl === b.hl;
}
