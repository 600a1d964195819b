/**
 * Comparison records for the build, read once: one per disclosure, grouped by
 * department type, from the summaries only.
 */
import { allDisclosures } from '../../store/collections';
import { routes } from '../../core/url';
import { compareRecord } from '../../compare/record-build';
import type { CompareRecord } from '../../compare/records';
import { facetTables, typePlan, type FacetTable, type TablePlan, type TypePlan } from './type-pages';
import type { InRegion } from '../site/region-index';
import { scopeOf, type PageScope } from '../../compare/page';
import { typesBySize } from '../../compare/pair-scale';
import { config } from '../../config';
import {
  countyIndex,
  facetOptions,
  facetPagePath,
  facetRows,
  NO_FILTERS,
  type CountyIndex,
  type Facet,
  type FacetOptions,
  type Filters,
} from '../../compare/filters';

let cache: Promise<CompareRecord[]> | null = null;

export function allCompareRecords(): Promise<CompareRecord[]> {
  cache ??= allDisclosures().then((ds) => ds.map((d) => compareRecord(d, routes.disclosure(d.id))));
  return cache;
}

export interface DepartmentType {
  id: string;
  name: string;
  records: CompareRecord[];
}

/** Department types with their records, most disclosures first (the first is the default of /compare/). */
export async function departmentTypes(): Promise<DepartmentType[]> {
  return typesBySize(await allCompareRecords());
}

let regions: Promise<(r: CompareRecord) => InRegion> | null = null;
/** Where a record's disclosure is (its summary's region fields). */
function regionOfOnce(): Promise<(r: CompareRecord) => InRegion> {
  regions ??= allDisclosures().then((ds) => {
    const byId = new Map(ds.map((d) => [d.id, d]));
    return (r: CompareRecord) => byId.get(r.id)!;
  });
  return regions;
}

let plans: Promise<Map<string, TypePlan>> | null = null;
/** Each department type's paging (chart page or table pages), by type id, once per build. */
export function typePlans(): Promise<Map<string, TypePlan>> {
  plans ??= (async () => {
    const regionOf = await regionOfOnce();
    return new Map((await departmentTypesOnce()).map((t) => [t.id, typePlan(t, regionOf, config.pageLimits)]));
  })();
  return plans;
}

/** One view of a large type's table: the whole type, or one facet value. */
export interface LargeView extends TablePlan {
  filters: Filters;
  /** The view's caveat summary (summaryTree), worked out once per view, not per page. */
  scope: PageScope;
}

export interface LargeType {
  plan: TypePlan;
  options: FacetOptions;
  counties: CountyIndex;
  /** The unfiltered table (the plan's pages). */
  all: LargeView;
  /** The one-facet views, by facetPagePath. */
  facets: Map<string, LargeView & FacetTable>;
}

let large: Promise<Map<string, LargeType>> | null = null;
/** The large (table) types with every view of their table, by type id, once per build. */
export function largeTypes(): Promise<Map<string, LargeType>> {
  large ??= (async () => {
    const regionOf = await regionOfOnce();
    const plans = await typePlans();
    const out = new Map<string, LargeType>();
    for (const t of await departmentTypesOnce()) {
      const plan = plans.get(t.id)!;
      if (plan.charts) continue;
      const options = facetOptions(t.records);
      const all = { pages: plan.pages, regions: plan.regions, filters: NO_FILTERS, scope: scopeOf(plan.pages.flat(), NO_FILTERS, options) };
      const facets = new Map(
        facetTables(plan, options, regionOf, config.pageLimits.compare).map((ft) => [
          facetPagePath(t.id, ft.facet, ft.value),
          { ...ft, scope: scopeOf(ft.records, ft.filters, options) },
        ]),
      );
      out.set(t.id, { plan, options, counties: countyIndex(t.records, options), all, facets });
    }
    return out;
  })();
  return large;
}

let types: Promise<DepartmentType[]> | null = null;
/** departmentTypes(), computed once per build. */
export function departmentTypesOnce(): Promise<DepartmentType[]> {
  types ??= departmentTypes();
  return types;
}

/**
 * The pre-rendered one-facet pages (a year, kind, province or county, where
 * the facet has more than one value) of every type: the route's static paths
 * and the sitemap's list. A large type's carries its table (page 1 here,
 * further pages at <path>page/<n>/).
 */
export interface FacetPage {
  type: DepartmentType;
  facet: Facet;
  value: string;
  filters: Filters;
  /** A large type's table of the value; null for a chart type. */
  table: LargeView | null;
}

export async function facetPages(): Promise<FacetPage[]> {
  const types = await departmentTypesOnce();
  const plans = await typePlans();
  const larges = await largeTypes();
  return types.flatMap((type): FacetPage[] => {
    const lt = larges.get(type.id);
    if (lt) return [...lt.facets.values()].map((v) => ({ type, facet: v.facet, value: v.value, filters: v.filters, table: v }));
    if (!plans.get(type.id)?.charts) return [];
    return facetRows(facetOptions(type.records)).flatMap((row) =>
      row.options.map((o) => ({ type, facet: row.facet, value: o.value, filters: { ...NO_FILTERS, [row.facet]: o.value }, table: null })),
    );
  });
}
