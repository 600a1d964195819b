/**
 * The search manifest (dist/pagefind/manifest.json.gz): the partitions of the
 * search index (src/core/partitions.ts), their places, counts and bundle
 * paths, and the places a reader may name (provinces, prefectures, counties
 * with their short names and GB/T 2260 codes). The search page reads it first
 * to know which bundles to load for a scope; it is small (one short row per
 * place). Pure functions, shared by the build step and the browser.
 */
import type { Partition } from '../core/partitions';
import type { CountyEntry } from '../schema/normalized';

/**
 * Gzipped like Pagefind's own files: the search page fetches it before a first
 * search, and with one row per place (about 2,850 counties nationwide) it is
 * ~40 B a row as JSON, a third of that compressed. Not left to the host's
 * compression, which a static host may not do; the page inflates it itself
 * (and reads it as it is if a host did inflate it on the way).
 */
export const MANIFEST_NAME = 'manifest.json.gz';
export const MANIFEST_VERSION = 1;

export type PlaceLevel = 'province' | 'prefecture' | 'county';

/** A place: [six-digit code, level, name, ...other names it is searched by]. */
export type PlaceRow = [code: string, level: PlaceLevel, name: string, ...aliases: string[]];

export interface ManifestPartition {
  id: string;
  level: Partition['level'];
  /** Six-digit code and name of the province or prefecture. */
  code: string;
  name: string;
  disclosures: number;
  /** Records in each bundle (Pagefind pages). */
  records: number;
  texts: number;
  /** Bundle folders relative to the pagefind folder, each ending in "/". */
  bundles: { records: string; text: string };
}

export interface SearchManifest {
  version: number;
  partitions: ManifestPartition[];
  places: PlaceRow[];
}

/** Bundle folders of a partition, relative to dist/pagefind/. */
export function bundlePaths(partitionId: string): ManifestPartition['bundles'] {
  return { records: `${partitionId}/records/`, text: `${partitionId}/text/` };
}

/** Six-digit code of a partition's place (43 → 430000, 4302 → 430200). */
export function partitionCode(id: string): string {
  return id.padEnd(6, '0');
}

/** Names of a province or prefecture as people shorten them (湖南省 → 湖南, 株洲市 → 株洲). */
const REGION_SHORT: Record<string, string> = {
  内蒙古自治区: '内蒙古',
  广西壮族自治区: '广西',
  西藏自治区: '西藏',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
};
export function shortRegionName(name: string): string | null {
  if (REGION_SHORT[name]) return REGION_SHORT[name];
  const m = /^(.{2,})(?:省|市|地区|盟)$/u.exec(name);
  return m ? m[1] : null;
}

export function placeLevel(code: string): PlaceLevel {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';
}

/**
 * The partitions that hold a place's disclosures: a province → its
 * partitions (itself or its prefectures); a prefecture or county → the one
 * partition its code prefix names. Derived from the ids alone.
 */
export function partitionsOfPlace(code: string, partitions: readonly Pick<ManifestPartition, 'id'>[]): string[] {
  if (!/^\d{6}$/.test(code)) return [];
  const p2 = code.slice(0, 2);
  if (placeLevel(code) === 'province') return partitions.filter((p) => p.id.slice(0, 2) === p2).map((p) => p.id);
  const p4 = code.slice(0, 4);
  return partitions.filter((p) => p.id === p4 || p.id === p2).map((p) => p.id);
}

/** The place whose name (or short name) occurs in the query, the longest first; names of one character are ignored. */
export function placeInQuery(q: string, places: readonly PlaceRow[]): { row: PlaceRow; name: string } | null {
  let best: { row: PlaceRow; name: string } | null = null;
  for (const row of places) {
    for (const name of [row[2], ...(row.slice(3) as string[])]) {
      if ([...name].length < 2 || !q.includes(name)) continue;
      if (!best || name.length > best.name.length) best = { row, name };
    }
  }
  return best;
}

export function placeByCode(code: string, places: readonly PlaceRow[]): PlaceRow | null {
  return places.find((r) => r[0] === code) ?? null;
}

/** The names and codes of a county and its prefecture and province (a CountyEntry has them). */
export type PlaceInput = Pick<CountyEntry, 'code' | 'name' | 'short_name' | 'prefecture' | 'prefecture_code' | 'province' | 'province_code'>;

/** Place rows of the counties with disclosures, and of their prefectures and provinces, sorted by code. */
export function placeRows(counties: readonly PlaceInput[]): PlaceRow[] {
  const rows = new Map<string, PlaceRow>();
  const add = (code: string, level: PlaceLevel, name: string, ...aliases: (string | null)[]) => {
    if (rows.has(code)) return;
    const extra = [...new Set(aliases.filter((a): a is string => !!a && a !== name))];
    rows.set(code, [code, level, name, ...extra]);
  };
  for (const c of counties) {
    add(c.province_code, 'province', c.province, shortRegionName(c.province));
    add(c.prefecture_code, 'prefecture', c.prefecture, shortRegionName(c.prefecture));
    add(c.code, 'county', c.name, c.short_name);
  }
  return [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The manifest, checking that every partition has its counts and a name. */
export function buildManifest(partitions: readonly ManifestPartition[], places: readonly PlaceRow[]): SearchManifest {
  const ids = new Set<string>();
  for (const p of partitions) {
    if (ids.has(p.id)) throw new Error(`search manifest: partition ${p.id} twice`);
    ids.add(p.id);
  }
  return { version: MANIFEST_VERSION, partitions: [...partitions].sort((a, b) => (a.id < b.id ? -1 : 1)), places: [...places] };
}

/** Reads a manifest the client fetched, with a clear error when it is not one. */
export function parseManifest(json: unknown): SearchManifest {
  const m = json as Partial<SearchManifest> | null;
  if (!m || m.version !== MANIFEST_VERSION || !Array.isArray(m.partitions) || !Array.isArray(m.places))
    throw new Error(`search manifest: expected version ${MANIFEST_VERSION} with partitions and places`);
  return m as SearchManifest;
}
