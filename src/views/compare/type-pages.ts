/**
 * How a department type's comparison is paged. A type with few disclosures
 * (at most LIMITS.compareCharts) gets the chart page (CompareView); a larger
 * one gets the comparison table (measures-table.ts) in region order on
 * numbered pages of LIMITS.compare rows, so no page grows with the corpus:
 * a chart of thousands of bars says nothing, and would weigh megabytes.
 * Pure.
 */
import { packPages } from '../../core/paginate';
import { cmp, kindOrder, regionIndex, regionOrder, type InRegion, type ProvinceEntry } from '../site/region-index';
import type { CompareRecord } from '../../compare/records';

export interface TypePlan {
  id: string;
  name: string;
  count: number;
  /** True: the chart page; false: the paged table. */
  charts: boolean;
  /** Table pages (empty for a chart type); page n is pages[n − 1]. */
  pages: CompareRecord[][];
  /** Where each province and prefecture starts in the table pages (empty for a chart type). */
  regions: ProvinceEntry[];
  /** Counties (codes) the disclosures come from. */
  counties: number;
  /** Oldest and newest year. */
  years: [number, number] | null;
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
  const sorted = [...type.records].sort(
    (a, b) => regionOrder(regionOf(a), regionOf(b)) || cmp(a.county_code, b.county_code) || b.year - a.year || kindOrder(a.kind, b.kind) || cmp(a.id, b.id),
  );
  const pages = packPages(sorted, () => 1, limits.compare);
  return { ...base, charts: false, pages, regions: regionIndex(pages, regionOf) };
}

/** Site path (without the base) of page n of a type's comparison. */
