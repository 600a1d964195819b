/**
 * Collections as the site shell needs them, read once per build: every county
 * record (including codes without disclosures, for code histories) and the
 * places derived from them.
 */
import { getCollection } from 'astro:content';
import { allDisclosures } from '../../store/collections';
import type { CountyEntry, DisclosureSummary } from '../../schema/normalized';
import { countyPageCodes, placesWithDisclosures, type DepartmentGroup, type Place } from './regions';
import { countyPageModel, type CountyPageModel } from '../county/county';
import { countyPages, placesPlan, type PlacesPlan } from '../county/county-pages';
import { config } from '../../config';

let records: Promise<CountyEntry[]> | null = null;

/** Every county record of the registry, by code. */
export function allCountyRecords(): Promise<CountyEntry[]> {
  records ??= getCollection('counties').then((es) => es.map((e) => e.data).sort((a, b) => a.code.localeCompare(b.code)));
  return records;
}

let placesP: Promise<Place[]> | null = null;
export function allPlaces(): Promise<Place[]> {
  placesP ??= allCountyRecords().then(placesWithDisclosures);
  return placesP;
}

let byIdP: Promise<Map<string, DisclosureSummary>> | null = null;
export function disclosuresById(): Promise<Map<string, DisclosureSummary>> {
  byIdP ??= allDisclosures().then((ds) => new Map(ds.map((d) => [d.id, d])));
  return byIdP;
}

let byCodeP: Promise<Map<string, CountyEntry>> | null = null;
/** Every county record by code (built once: pages look codes up, never scan). */
export function countyRecordsByCode(): Promise<Map<string, CountyEntry>> {
  byCodeP ??= allCountyRecords().then((rs) => new Map(rs.map((c) => [c.code, c])));
  return byCodeP;
}

let pageCodesP: Promise<string[]> | null = null;
/** Codes that get a county page (sorted), computed once. */
export function countyPageCodesOnce(): Promise<string[]> {
  pageCodesP ??= allCountyRecords().then(countyPageCodes);
  return pageCodesP;
}

let placesPlanP: Promise<PlacesPlan> | null = null;
/** The county index's pages (/counties/page/<n>/) and where each region starts. */
export function placesPlanOnce(): Promise<PlacesPlan> {
  placesPlanP ??= allPlaces().then((ps) => placesPlan(ps, config.pageLimits.places));
  return placesPlanP;
}

export interface CountyPlan {
  model: CountyPageModel;
  /** Page n (1-based) shows pages[n − 1] of the departments. */
  pages: DepartmentGroup[][];
}

const plans = new Map<string, Promise<CountyPlan>>();
/** A county page's model and its department pages, planned once per build process (every page of the county and the page list use it). */
export function countyPlan(code: string): Promise<CountyPlan> {
  let p = plans.get(code);
  if (!p) {
    p = (async () => {
      const model = countyPageModel(code, await countyRecordsByCode(), await disclosuresById());
      return { model, pages: countyPages(model.departments, config.pageLimits.county) };
    })();
    plans.set(code, p);
  }
  return p;
}

let pageCodeSet: Promise<Set<string>> | null = null;
/** The codes that have a county page, as a set built once (county pages link to the ones in their code history). */
export function countyPageCodeSet(): Promise<Set<string>> {
  pageCodeSet ??= countyPageCodesOnce().then((codes) => new Set(codes));
  return pageCodeSet;
}

let extraP: Promise<{ code: string; n: number }[]> | null = null;
/**
 * Every county page after the first (code, page ≥ 2), for getStaticPaths and
 * the sitemap; `only`: of the counties it keeps (a partitioned build plans
 * only the counties it renders).
 */
export function countyExtraPages(only?: (code: string) => boolean): Promise<{ code: string; n: number }[]> {
  const plan = async () => {
    const out: { code: string; n: number }[] = [];
    for (const code of await countyPageCodesOnce()) {
      if (only && !only(code)) continue;
      const { pages } = await countyPlan(code);
      for (let n = 2; n <= pages.length; n++) out.push({ code, n });
    }
    return out;
  };
  if (only) return plan();
  extraP ??= plan();
  return extraP;
}
