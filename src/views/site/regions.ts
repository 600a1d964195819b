/**
 * Counties as places: a place is a chain of GB/T 2260 codes that followed one
 * another (宁乡县 430124 → 宁乡市 430182). Pure functions over the county and
 * disclosure collections, shared by the home page, the county index and the
 * county pages.
 */
import type { CountyEntry, DisclosureSummary } from '../../schema/normalized';
import { kindOrder } from './region-index';
import { lineage } from '../../core/lineage';

export interface Place {
  /** The current (latest) code of the chain: the page the place is listed under. */
  current: CountyEntry;
  /** Oldest first. */
  chain: CountyEntry[];
  disclosureIds: string[];
}

/** Every place that has at least one disclosure under any of its codes, by current code. */
export function placesWithDisclosures(counties: CountyEntry[]): Place[] {
  const byCode = new Map(counties.map((c) => [c.code, c]));
  const places = new Map<string, Place>();
  for (const c of counties) {
    if (c.disclosure_ids.length === 0) continue;
    const chain = lineage(c.code, byCode);
    const current = chain[chain.length - 1];
    if (places.has(current.code)) continue;
    places.set(current.code, { current, chain, disclosureIds: chain.flatMap((x) => x.disclosure_ids) });
  }
  return [...places.values()].sort((a, b) => a.current.code.localeCompare(b.current.code));
}

/** Codes that get a county page: every code in the chain of a place with disclosures. */
export function countyPageCodes(counties: CountyEntry[]): string[] {
  return [...new Set(placesWithDisclosures(counties).flatMap((p) => p.chain.map((c) => c.code)))].sort();
}

export interface PrefectureGroup {
  code: string;
  name: string;
  places: Place[];
}
export interface ProvinceGroup {
  code: string;
  name: string;
  prefectures: PrefectureGroup[];
  disclosureCount: number;
}

/** Places grouped by province and prefecture (of their current code), ordered by code. */
export function groupByRegion(places: Place[]): ProvinceGroup[] {
  const provinces = new Map<string, ProvinceGroup>();
  for (const p of [...places].sort((a, b) => a.current.code.localeCompare(b.current.code))) {
    const c = p.current;
    let prov = provinces.get(c.province_code);
    if (!prov) provinces.set(c.province_code, (prov = { code: c.province_code, name: c.province, prefectures: [], disclosureCount: 0 }));
    let pref = prov.prefectures.find((x) => x.code === c.prefecture_code);
    if (!pref) prov.prefectures.push((pref = { code: c.prefecture_code, name: c.prefecture, places: [] }));
    pref.places.push(p);
    prov.disclosureCount += p.disclosureIds.length;
  }
  const out = [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const p of out) p.prefectures.sort((a, b) => a.code.localeCompare(b.code));
  return out;
}

/** A year range for a code's validity in words: "2017年起", "2016年及以前", "". */
export function validityText(c: CountyEntry): string {
  if (c.valid_from && c.valid_to) return `${c.valid_from}—${c.valid_to}年`;
  if (c.valid_from) return `${c.valid_from}年起`;
  if (c.valid_to) return `${c.valid_to}年及以前`;
  return '';
}

export interface DepartmentGroup {
  departmentType: string;
  departmentTypeName: string;
  /** Every name the department was published under, newest first, unique. */
  names: string[];
  /** Newest year first, then kind. */
  disclosures: DisclosureSummary[];
  years: number[];
}

/** A place's disclosures by department type, each newest first. */
export function byDepartment(disclosures: DisclosureSummary[]): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  const sorted = [...disclosures].sort((a, b) => b.year - a.year || kindOrder(a.kind, b.kind) || a.id.localeCompare(b.id));
  for (const d of sorted) {
    let g = groups.get(d.department_type);
    if (!g)
      groups.set(
        d.department_type,
        (g = { departmentType: d.department_type, departmentTypeName: d.department_type_name, names: [], disclosures: [], years: [] }),
      );
    g.disclosures.push(d);
    if (!g.names.includes(d.department_name)) g.names.push(d.department_name);
    if (!g.years.includes(d.year)) g.years.push(d.year);
  }
  return [...groups.values()].sort(
    (a, b) => a.departmentTypeName.localeCompare(b.departmentTypeName, 'zh-CN') || a.departmentType.localeCompare(b.departmentType),
  );
}

const newestFirst = (a: DisclosureSummary, b: DisclosureSummary) => b.year - a.year || a.county_code.localeCompare(b.county_code) || a.id.localeCompare(b.id);

/**
 * Newest disclosures first (year, then county code as in the collection
 * order), at most n. A running top-n rather than a sort of the whole corpus:
 * about one comparison per disclosure for a small n.
 */
export function latest(disclosures: readonly DisclosureSummary[], n: number): DisclosureSummary[] {
  const top: DisclosureSummary[] = [];
  if (n <= 0) return top;
  for (const d of disclosures) {
    if (top.length === n && newestFirst(d, top[n - 1]) >= 0) continue;
    let i = top.length;
    while (i > 0 && newestFirst(d, top[i - 1]) < 0) i--;
    top.splice(i, 0, d);
    if (top.length > n) top.pop();
  }
  return top;
}

export interface SiteCounts {
  disclosures: number;
  places: number;
  figures: number;
  checks: number;
  failedChecks: number;
  disclosuresWithFailures: number;
  withheld: number;
}

export function siteCounts(disclosures: DisclosureSummary[], places: Place[]): SiteCounts {
  let figures = 0,
    checks = 0,
    failedChecks = 0,
    disclosuresWithFailures = 0,
    withheld = 0;
  for (const d of disclosures) {
    figures += d.counts.facts;
    withheld += d.counts.withheld;
    checks += d.checks.total;
    failedChecks += d.checks.fail;
    if (d.checks.fail > 0) disclosuresWithFailures++;
  }
  return { disclosures: disclosures.length, places: places.length, figures, checks, failedChecks, disclosuresWithFailures, withheld };
}
