/**
 * How a department type's comparison is paged. A type with few disclosures
 * (at most LIMITS.compareCharts) gets the chart page (CompareView); a larger
 * one gets the comparison table (measures-table.ts) in region order on
 * numbered pages of LIMITS.compare rows, so no page grows with the corpus:
 * a chart of thousands of bars says nothing, and would weigh megabytes.
 * A large type's one-facet views (a year, kind, province or county) are the
 * same table of the records with that value (facetTables), so every facet
 * partitions the type's rows: the pages of all its views hold about
 * (number of facets + 1) × the type's rows. Pure.
 */
import { packPages } from '../../core/paginate';
import { cmp, kindOrder, regionIndex, regionOrder, type InRegion, type ProvinceEntry } from '../site/region-index';
import type { CompareRecord } from '../../compare/records';
import { FACETS, facetValue, NO_FILTERS, type Facet, type FacetOptions, type Filters } from '../../compare/filters';

/** A comparison table cut into pages: page n is pages[n − 1]. */
export interface TablePlan {
  pages: CompareRecord[][];
  /** Where each province and prefecture starts in the pages. */
  regions: ProvinceEntry[];
}

export interface TypePlan extends TablePlan {
  id: string;
  name: string;
  count: number;
  /** True: the chart page (pages and regions empty); false: the paged table. */
  charts: boolean;
  /** Counties (codes) the disclosures come from. */
  counties: number;
  /** Oldest and newest year. */
  years: [number, number] | null;
}

/** The table of some records: in region order (province, prefecture, county, newest year, kind, id), on pages of `limit` rows. */
export function tablePlan(records: readonly CompareRecord[], regionOf: (r: CompareRecord) => InRegion, limit: number): TablePlan {
  const sorted = [...records].sort(
    (a, b) => regionOrder(regionOf(a), regionOf(b)) || cmp(a.county_code, b.county_code) || b.year - a.year || kindOrder(a.kind, b.kind) || cmp(a.id, b.id),
  );
  const pages = packPages(sorted, () => 1, limit);
  return { pages, regions: regionIndex(pages, regionOf) };
}

export function typePlan(
  type: { id: string; name: string; records: readonly CompareRecord[] },
  regionOf: (r: CompareRecord) => InRegion,
  limits: { compare: number; compareCharts: number },
): TypePlan {
  const count = type.records.length;
  const counties = new Set(type.records.map((r) => r.county_code)).size;
  let years: [number, number] | null = null;
  for (const r of type.records) years = years ? [Math.min(years[0], r.year), Math.max(years[1], r.year)] : [r.year, r.year];
  const base = { id: type.id, name: type.name, count, counties, years };
  if (count <= limits.compareCharts) return { ...base, charts: true, pages: [], regions: [] };
  return { ...base, charts: false, ...tablePlan(type.records, regionOf, limits.compare) };
}

/** One facet value's view of a large type: the table of the records with that value. */
export interface FacetTable extends TablePlan {
  facet: Facet;
  value: string;
  filters: Filters;
  /** The records with the value, in table order. */
  records: CompareRecord[];
}

/**
 * The one-facet tables of a large type, for each facet with more than one
 * value, in facet and option order. The records are put in their value's
 * bucket in one pass per facet (never one scan per value: a type can come
 * from thousands of counties).
 */
export function facetTables(plan: TablePlan, options: FacetOptions, regionOf: (r: CompareRecord) => InRegion, limit: number): FacetTable[] {
  const rows = plan.pages.flat();
  return FACETS.filter((f) => options[f].length > 1).flatMap((facet) => {
    const buckets = new Map<string, CompareRecord[]>(options[facet].map((o) => [o.value, []]));
    for (const r of rows) buckets.get(facetValue(r, facet))!.push(r);
    return [...buckets].map(([value, records]) => ({
      facet,
      value,
      filters: { ...NO_FILTERS, [facet]: value },
      records,
      ...tablePlan(records, regionOf, limit),
    }));
  });
}
