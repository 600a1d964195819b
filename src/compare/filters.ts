/**
 * Which disclosures a comparison shows: filters by year, document kind,
 * province and county (facets), each one value or none. The same records,
 * the same filter and the same functions make the charts, the tables, the
 * CSV and the URL, at build time and in the browser. Pure.
 *
 * Without JavaScript a static host serves the same file whatever the query,
 * so each single facet value also has a page of its own
 * (facetPagePath, pre-rendered): plain links reach every one-facet view, and
 * the island's form combines facets in the query of the type's page.
 */
import { paths } from '../core/routes';
import type { CompareRecord } from './records';

export const FACETS = ['year', 'kind', 'province', 'county'] as const;
export type Facet = (typeof FACETS)[number];

/** One value per facet, or null for "all". Values are URL-safe: 2024, final-accounts, 430000, 430223. */
export type Filters = Record<Facet, string | null>;

export const NO_FILTERS: Filters = { year: null, kind: null, province: null, county: null };

export const FACET_LABELS: Record<Facet, string> = { year: '年度', kind: '文件类型', province: '省份', county: '县（市、区）' };

/** The value of a facet for a record. */
export function facetValue(r: CompareRecord, f: Facet): string {
  if (f === 'year') return String(r.year);
  if (f === 'kind') return r.kind;
  if (f === 'province') return r.province_code;
  return r.county_code;
}

/** How a facet value reads: 2024年, 部门决算, 湖南省, 攸县. */
export function facetText(r: CompareRecord, f: Facet): string {
  if (f === 'year') return `${r.year}年`;
  if (f === 'kind') return r.kind_zh;
  if (f === 'province') return r.province;
  return r.county;
}

export interface FacetOption {
  value: string;
  label: string;
  /** Disclosures with this value (among all of the type's). */
  count: number;
}

export type FacetOptions = Record<Facet, FacetOption[]>;

/** Every value each facet takes among the records, in code order (years oldest first). */
export function facetOptions(records: readonly CompareRecord[]): FacetOptions {
  const out = {} as FacetOptions;
  for (const f of FACETS) {
    const by = new Map<string, FacetOption>();
    for (const r of records) {
      const v = facetValue(r, f);
      const o = by.get(v) ?? { value: v, label: facetText(r, f), count: 0 };
      o.count++;
      by.set(v, o);
    }
    out[f] = [...by.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return out;
}

/** Filters keeping only values the records take (an unknown value in a link means "all"). */
export function normaliseFilters(f: Partial<Filters>, options: FacetOptions): Filters {
  const out = { ...NO_FILTERS };
  for (const k of FACETS) {
    const v = f[k] ?? null;
    out[k] = v !== null && options[k].some((o) => o.value === v) ? v : null;
  }
  return out;
}

export function matchesFilters(r: CompareRecord, f: Filters): boolean {
  return FACETS.every((k) => f[k] === null || facetValue(r, k) === f[k]);
}

export function applyFilters(records: readonly CompareRecord[], f: Filters): CompareRecord[] {
  return records.filter((r) => matchesFilters(r, f));
}

export function isFiltered(f: Filters): boolean {
  return FACETS.some((k) => f[k] !== null);
}

/** The filters in words, in facet order: "2024年，部门决算"; "" for none. */
export function filtersText(f: Filters, options: FacetOptions): string {
  return FACETS.filter((k) => f[k] !== null)
    .map((k) => options[k].find((o) => o.value === f[k])?.label ?? f[k]!)
    .join('，');
}

/**
 * Site path (without the base) of the pre-rendered page of one facet value of
 * a department type; n ≥ 2: a further page of a large type's table of it.
 */
export function facetPagePath(type: string, facet: Facet, value: string, n = 1): string {
  const first = `${paths.compareType(type)}${facet}/${encodeURIComponent(value)}/`;
  return n === 1 ? first : `${first}page/${n}/`;
}

/** Every one-facet view of a type, for the pre-rendered pages and the no-JavaScript links. */
export function singleFacetViews(options: FacetOptions): { facet: Facet; value: string; filters: Filters }[] {
  return FACETS.flatMap((facet) => options[facet].map((o) => ({ facet, value: o.value, filters: { ...NO_FILTERS, [facet]: o.value } })));
}

/** A row of the one-facet links: the facet, the values it links, or instead of links a note saying how to reach them. */
export interface FacetRow {
  facet: Facet;
  options: FacetOption[];
  note: string | null;
}

export const COUNTY_NOTE = '先选省份，再选其中的县（市、区）';

/** Where each county is: its province, and each province's county options (in code order). */
export interface CountyIndex {
  provinceOf: ReadonlyMap<string, string>;
  counties: ReadonlyMap<string, FacetOption[]>;
}

export function countyIndex(records: readonly CompareRecord[], options: FacetOptions): CountyIndex {
  const provinceOf = new Map(records.map((r) => [r.county_code, r.province_code]));
  const counties = new Map<string, FacetOption[]>();
  for (const o of options.county) {
    const p = provinceOf.get(o.value)!;
    const list = counties.get(p);
    if (list) list.push(o);
    else counties.set(p, [o]);
  }
  return { provinceOf, counties };
}

/**
 * The rows of one-facet links a view shows: each facet with more than one
 * value. Without `where` (a chart type: at most LIMITS.compareCharts
 * documents) every value is linked. With it (a large type, whose documents
 * can come from thousands of counties, too many links for every page) the
 * county row links only the counties of the view's province: the province
 * filtered by, the filtered county's, or the only one; otherwise it says to
 * choose a province first.
 */
export function facetRows(options: FacetOptions, filter: Filters = NO_FILTERS, where?: CountyIndex): FacetRow[] {
  return FACETS.filter((f) => options[f].length > 1).map((facet) => {
    if (facet !== 'county' || !where) return { facet, options: options[facet], note: null };
    const province =
      filter.province ??
      (filter.county !== null ? where.provinceOf.get(filter.county) : undefined) ??
      (options.province.length === 1 ? options.province[0].value : undefined);
    const counties = province === undefined ? undefined : where.counties.get(province);
    return counties ? { facet, options: counties, note: null } : { facet, options: [], note: COUNTY_NOTE };
  });
}
