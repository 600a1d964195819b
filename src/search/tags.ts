/**
 * What the search index knows about each page beyond its text: filters
 * (facets), metadata for result display, and the names people search by
 * (county short and full names, department name variants, codes). Pure
 * functions; records.ts puts them into the index's records.
 */
import type { CountyEntry, DisclosureSummary } from '../schema/normalized';

/** Filter keys, in the order the search page shows them, with their Chinese labels. */
export const FILTERS = [
  { key: 'province', label: '省份' },
  { key: 'prefecture', label: '地市' },
  { key: 'county', label: '县区' },
  { key: 'year', label: '年度' },
  { key: 'kind', label: '文件类型' },
  { key: 'department', label: '部门类型' },
  { key: 'type', label: '页面类型' },
] as const;
export type FilterKey = (typeof FILTERS)[number]['key'];
export const FILTER_KEYS: readonly FilterKey[] = FILTERS.map((f) => f.key);

/** Kinds of index record (records.ts), kept in each record's `meta.record`: a page's compact record, or a chunk of its source text. */
export const RECORD = { summary: 'summary', text: 'text' } as const;

export const PAGE_TYPE = { disclosure: '公开文件', county: '县区页面' } as const;

/** Id the client gives the end of a compact record's names line: matches before it are name matches. */
export const NAMES_END_ID = 'pf-names-end';

export interface SearchTags {
  filters: Partial<Record<FilterKey, string[]>>;
  meta: Record<string, string>;
  /** Names and codes people search by (the first line of the compact record). */
  names: string[];
}

const KIND_SYNONYMS: Record<DisclosureSummary['kind'], string[]> = {
  'final-accounts': ['部门决算', '决算'],
  'performance-self-evaluation': ['部门整体支出绩效自评', '绩效自评', '绩效评价', '自评报告'],
};

function unique(xs: string[]): string[] {
  return [...new Set(xs.map((x) => x.trim()).filter((x) => x.length > 0))];
}

export function disclosureTags(d: DisclosureSummary): SearchTags {
  const year = String(d.year);
  return {
    filters: {
      province: [d.province],
      prefecture: [d.prefecture],
      county: [d.county_name],
      year: [year],
      kind: [d.kind_zh],
      department: [d.department_type_name],
      type: [PAGE_TYPE.disclosure],
    },
    meta: {
      title: d.title,
      county: d.county_name,
      year,
      kind: d.kind_zh,
      department: d.department_short_name,
      type: PAGE_TYPE.disclosure,
    },
    names: unique([
      d.county_short_name,
      d.county_name,
      d.prefecture,
      d.province,
      d.county_code,
      d.department_name,
      d.department_short_name,
      d.department_type_name,
      `${d.county_short_name}${d.department_type_name}`,
      ...d.department_type_variants,
      `${year}年`,
      `${year}年度`,
      d.kind_zh,
      ...KIND_SYNONYMS[d.kind],
    ]),
  };
}

/** A county page: place filters only (it spans years and kinds); names include the renamed predecessor/successor. */
export function countyTags(c: CountyEntry, byCode: ReadonlyMap<string, CountyEntry>): SearchTags {
  const related = [c.predecessor_code, c.successor_code].flatMap((code) => (code && byCode.has(code) ? [byCode.get(code)!] : []));
  return {
    filters: {
      province: [c.province],
      prefecture: [c.prefecture],
      county: [c.name],
      type: [PAGE_TYPE.county],
    },
    meta: { title: `${c.name}（${c.prefecture}，${c.province}）`, county: c.name, type: PAGE_TYPE.county },
    names: unique([c.short_name, c.name, c.prefecture, c.province, c.code, ...related.flatMap((o) => [o.name, o.code])]),
  };
}
