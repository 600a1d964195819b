/**
 * Comparison records for the build, read once: one per disclosure, grouped by
 * department type, from the summaries only.
 */
import { allDisclosures } from '../../store/collections';
import { routes } from '../../core/url';
import { compareRecord } from '../../compare/record-build';
import type { CompareRecord } from '../../compare/records';
import { typePlan, type TypePlan } from './type-pages';
import { typesBySize } from '../../compare/pair-scale';
import { config } from '../../config';
import { facetOptions, singleFacetViews, type Facet, type Filters } from '../../compare/filters';

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

let plans: Promise<Map<string, TypePlan>> | null = null;
/** Each department type's paging (chart page or table pages), by type id, once per build. */
export function typePlans(): Promise<Map<string, TypePlan>> {
  plans ??= (async () => {
    const byId = new Map((await allDisclosures()).map((d) => [d.id, d]));
    const regionOf = (r: CompareRecord) => byId.get(r.id)!;
    return new Map((await departmentTypesOnce()).map((t) => [t.id, typePlan(t, regionOf, config.pageLimits)]));
  })();
  return plans;
}

let types: Promise<DepartmentType[]> | null = null;
/** departmentTypes(), computed once per build. */
export function departmentTypesOnce(): Promise<DepartmentType[]> {
  types ??= departmentTypes();
  return types;
}

/**
 * The pre-rendered one-facet pages (a year, kind, province or county of a
 * charted type, where the facet has more than one value): the route's
 * static paths and the sitemap's list.
 */
export async function facetPages(): Promise<{ type: DepartmentType; facet: Facet; value: string; filters: Filters }[]> {
  const types = await departmentTypesOnce();
  const plans = await typePlans();
  return types
    .filter((t) => plans.get(t.id)?.charts)
    .flatMap((type) => {
      const options = facetOptions(type.records);
      return singleFacetViews(options)
        .filter((v) => options[v.facet].length > 1)
        .map((v) => ({ type, facet: v.facet, value: v.value, filters: v.filters }));
    });
}
