/**
 * Paging of the place lists: the county index (/counties/page/<n>/, places in
 * region order, a fixed number per page) and each county page (its
 * departments, at most LIMITS.county weight per page, a department's
 * disclosures kept together), so no page grows with the corpus. Pure.
 */
import { packPages } from '../../core/paginate';
import { cmp, regionIndex, type ProvinceEntry } from '../site/region-index';
import type { DepartmentGroup, Place } from '../site/regions';

export interface PlacesPlan {
  /** Page n (1-based) is pages[n − 1]; places in region order of their current code. */
  pages: Place[][];
  /** Items are places; weight is their disclosures. */
  regions: ProvinceEntry[];
  /** 1-based page of each prefecture code (of current codes). */
  prefecturePage: Map<string, number>;
}

export function placesPlan(places: readonly Place[], perPage: number): PlacesPlan {
  const sorted = [...places].sort(
    (a, b) =>
      cmp(a.current.province_code, b.current.province_code) || cmp(a.current.prefecture_code, b.current.prefecture_code) || cmp(a.current.code, b.current.code),
  );
  const pages = packPages(sorted, () => 1, perPage);
  const regions = regionIndex(
    pages,
    (p) => p.current,
    (p) => p.disclosureIds.length,
  );
  const prefecturePage = new Map<string, number>();
  for (const p of regions) for (const f of p.prefectures) prefecturePage.set(f.code, f.page);
  return { pages, regions, prefecturePage };
}

/**
 * What a department weighs on a county page, in disclosures: its own rows
 * plus its headline block (the latest figures and the chart over the years,
 * about as much HTML as four disclosures' rows), so that a county of many
 * departments with one disclosure each does not pack dozens of headline
 * blocks onto one page.
 */
export const DEPARTMENT_WEIGHT = 4;
export const departmentWeight = (g: DepartmentGroup) => g.disclosures.length + DEPARTMENT_WEIGHT;

/** A county's departments cut into pages of at most `perPage` weight (departmentWeight; never splitting a department). */
export function countyPages(departments: readonly DepartmentGroup[], perPage: number): DepartmentGroup[][] {
  const pages = packPages(departments, departmentWeight, perPage);
  return pages.length ? pages : [[]];
}

/** Site path (without the base) of page n of a county. */

/** Site path (without the base) of page n of the place list. */
