/**
 * Long lists in region order (province, then prefecture, by GB/T 2260 code)
 * cut into numbered pages: where each province and prefecture starts, how
 * much of the list it holds, and the headings a page shows. Pure.
 */
import { runs } from '../../core/paginate';
import { DISCLOSURE_KINDS, type DisclosureKind } from '../../core/disclosure-id';

/** The region fields every summary carries (as the disclosure was published). */
export interface InRegion {
  province_code: string;
  province: string;
  prefecture_code: string;
  prefecture: string;
}

export interface PrefectureEntry {
  code: string;
  name: string;
  /** 1-based page where the prefecture's first item is. */
  page: number;
  items: number;
  /** Sum of the items' weights (e.g. failures). */
  weight: number;
}

export interface ProvinceEntry extends Omit<PrefectureEntry, 'page'> {
  page: number;
  prefectures: PrefectureEntry[];
}

/** Province, then prefecture, by code. */
export function regionOrder(a: InRegion, b: InRegion): number {
  return cmp(a.province_code, b.province_code) || cmp(a.prefecture_code, b.prefecture_code);
}

/** Plain code-unit comparison: fast, and codes and ids are ASCII. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Provinces with their prefectures, each with its first page, item count and weight, in the order of the pages. */
export function regionIndex<T>(pages: readonly (readonly T[])[], regionOf: (item: T) => InRegion, weight: (item: T) => number = () => 1): ProvinceEntry[] {
  const provinces: ProvinceEntry[] = [];
  const byProvince = new Map<string, ProvinceEntry>();
  const byPrefecture = new Map<string, PrefectureEntry>();
  pages.forEach((items, i) => {
    for (const item of items) {
      const r = regionOf(item);
      const w = weight(item);
      let p = byProvince.get(r.province_code);
      if (!p) {
        p = { code: r.province_code, name: r.province, page: i + 1, items: 0, weight: 0, prefectures: [] };
        byProvince.set(r.province_code, p);
        provinces.push(p);
      }
      p.items++;
      p.weight += w;
      const key = `${r.province_code}/${r.prefecture_code}`;
      let f = byPrefecture.get(key);
      if (!f) {
        f = { code: r.prefecture_code, name: r.prefecture, page: i + 1, items: 0, weight: 0 };
        byPrefecture.set(key, f);
        p.prefectures.push(f);
      }
      f.items++;
      f.weight += w;
    }
  });
  return provinces;
}

export interface RegionRun<T> {
  region: InRegion;
  /** The region started on an earlier page (the heading says “续”). */
  continued: boolean;
  items: T[];
}

/** The prefecture sections of one page, each marked when it continues from the previous page. */
export function pageRegions<T>(items: readonly T[], regionOf: (item: T) => InRegion, previousLast: T | undefined): RegionRun<T>[] {
  const key = (t: T) => {
    const r = regionOf(t);
    return `${r.province_code}/${r.prefecture_code}`;
  };
  return runs(items, key).map((run, i) => ({
    region: regionOf(run.items[0]),
    continued: i === 0 && previousLast !== undefined && key(previousLast) === run.key,
    items: run.items,
  }));
}

/** Fragment id of a region's heading on a list page. */
export const regionAnchor = (code: string) => `region-${code}`;

const KIND_RANK = new Map(Object.keys(DISCLOSURE_KINDS).map((k, i) => [k, i]));
/** Disclosure kinds in the order of DISCLOSURE_KINDS (final accounts before self-evaluations), for sorting lists. */
export const kindOrder = (a: DisclosureKind, b: DisclosureKind): number => KIND_RANK.get(a)! - KIND_RANK.get(b)!;
