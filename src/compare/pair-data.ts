/**
 * The JSON the pair chooser and the client-rendered pair view read, written
 * at build time by the endpoints under src/pages/compare/data/:
 *
 * - /compare/data/<type>.json — the type's disclosures for the chooser, one
 *   short row each (id, county, department; the id says the year and kind);
 * - /compare/data/<type>/<shard>.json — the comparison records of one
 *   prefecture (shardOf), so the view of two disclosures downloads one or two
 *   small files, never the whole type.
 *
 * A record is stored without what the file says once (its department type,
 * the Chinese names of the kinds) or what can be rebuilt (the link to its
 * page, absent key figures); unpackRecord restores the same CompareRecord the
 * server pages use, so the same tree builders give the same output.
 */
import type { DerivedFigure, KeyFigure } from '../schema/normalized';
import type { InputId } from './measures';
import { groupByType, isPrerenderedType, shardOf } from './pair-scale';
import { KIND_SHORT, parseDisclosureId } from '../core/disclosure-id';
import { markLabel, type CompareRecord } from './records';

type Kind = CompareRecord['kind'];

/** What a data file says about its department type. */
export interface PairTypeMeta {
  type: string;
  name: string;
  /** Disclosures of the type in the whole collection. */
  count: number;
  /** True when the type's pairs are pre-rendered (isPrerenderedType). */
  prerendered: boolean;
  /** Chinese names of the document kinds that occur. */
  kinds: Partial<Record<Kind, string>>;
}

/** A disclosure in the chooser list. */
export interface PairIndexItem {
  id: string;
  county: string;
  year: number;
  kind: Kind;
  department: string;
}

/** A chooser row as stored: [id, county, department]; the year and the kind are read from the id. */
export type PackedIndexItem = [id: string, county: string, department: string];

export interface PairTypeIndex extends PairTypeMeta {
  items: PackedIndexItem[];
}

/** A comparison record as stored in a shard: who and when, as in CompareRecord, and the figures the measures read. */
export interface PackedRecord extends Pick<
  CompareRecord,
  'id' | 'county_code' | 'county' | 'county_short' | 'province_code' | 'province' | 'department' | 'year' | 'kind' | 'title'
> {
  /** Key figures that are present (absent ones read as null). */
  key: Partial<Record<InputId, KeyFigure>>;
  derived: DerivedFigure[];
}

export interface PairShard extends PairTypeMeta {
  shard: string;
  records: PackedRecord[];
}

/** The type's metadata, from all its records. */
export function typeMeta(records: readonly CompareRecord[]): PairTypeMeta {
  if (records.length === 0) throw new Error('typeMeta: a department type without records');
  const kinds: Partial<Record<Kind, string>> = {};
  for (const r of records) kinds[r.kind] ??= r.kind_zh;
  return {
    type: records[0].department_type,
    name: records[0].department_type_name,
    count: records.length,
    prerendered: isPrerenderedType(records.length),
    kinds,
  };
}

export function typeIndex(records: readonly CompareRecord[]): PairTypeIndex {
  return { ...typeMeta(records), items: records.map((r) => [r.id, r.county, r.department]) };
}

/** The chooser rows of an index file (rows whose id does not parse are left out). */
export function indexItems(index: PairTypeIndex): PairIndexItem[] {
  const out: PairIndexItem[] = [];
  for (const [id, county, department] of index.items) {
    const p = parseDisclosureId(id);
    if (p) out.push({ id, county, year: p.year, kind: p.kind, department });
  }
  return out;
}

export function packRecord(r: CompareRecord): PackedRecord {
  const key: Partial<Record<InputId, KeyFigure>> = {};
  for (const [k, v] of Object.entries(r.input.key) as [InputId, KeyFigure | null | undefined][]) if (v) key[k] = v;
  return {
    id: r.id,
    county_code: r.county_code,
    county: r.county,
    county_short: r.county_short,
    province_code: r.province_code,
    province: r.province,
    department: r.department,
    year: r.year,
    kind: r.kind,
    title: r.title,
    key,
    derived: r.input.derived,
  };
}

/** A department type's records split into shards (by prefecture), each with the type's metadata. */
export function typeShards(records: readonly CompareRecord[]): PairShard[] {
  const meta = typeMeta(records);
  const by = new Map<string, PackedRecord[]>();
  for (const r of records) {
    const s = shardOf(r.id);
    if (!s) throw new Error(`pair data: "${r.id}" is not a disclosure id (<county_code>-<department_type>-<year>-<kind>)`);
    const list = by.get(s) ?? [];
    list.push(packRecord(r));
    by.set(s, list);
  }
  return [...by.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([shard, recs]) => ({ ...meta, shard, records: recs }));
}

/** Every data file: one index per department type and its shards. */
export function pairDataFiles(records: readonly CompareRecord[]): { indexes: PairTypeIndex[]; shards: PairShard[] } {
  const types = [...groupByType(records).values()];
  return { indexes: types.map(typeIndex), shards: types.flatMap(typeShards) };
}

/** The CompareRecord a shard's record stands for; `hrefOf` links to its disclosure page (routes.disclosure). */
export function unpackRecord(p: PackedRecord, meta: PairTypeMeta, hrefOf: (id: string) => string): CompareRecord {
  return {
    id: p.id,
    county_code: p.county_code,
    county: p.county,
    county_short: p.county_short,
    province_code: p.province_code,
    province: p.province,
    department_type: meta.type,
    department_type_name: meta.name,
    department: p.department,
    year: p.year,
    kind: p.kind,
    kind_zh: meta.kinds[p.kind] ?? p.kind,
    title: p.title,
    href: hrefOf(p.id),
    input: { key: { ...p.key }, derived: p.derived },
  };
}

/** The chooser's label of a disclosure: "攸县 2024年决算（攸县网信办）". */
export function itemLabel(i: Pick<PairIndexItem, 'county' | 'year' | 'kind' | 'department'>): string {
  return `${markLabel(i)}（${i.department}）`;
}

/** Does a chooser row match what was typed (county, department, year, kind or id; spaces separate terms)? */
export function itemMatches(i: PairIndexItem, query: string): boolean {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const hay = `${itemLabel(i)} ${i.year} ${KIND_SHORT[i.kind]} ${i.id}`.toLowerCase();
  return terms.every((t) => hay.includes(t));
}

/** A department type in the chooser's type select. */
export interface PairTypeOption {
  id: string;
  name: string;
  count: number;
  prerendered: boolean;
}

/** The department types, most disclosures first (as /compare/ orders them). */
export function pairTypeOptions(records: readonly CompareRecord[]): PairTypeOption[] {
  return [...groupByType(records).values()]
    .map((list) => ({ id: list[0].department_type, name: list[0].department_type_name, count: list.length, prerendered: isPrerenderedType(list.length) }))
    .sort((x, y) => y.count - x.count || x.id.localeCompare(y.id));
}
