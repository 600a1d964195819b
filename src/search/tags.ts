/**
 * What the search index knows about each page beyond its visible text:
 * filters (facets), metadata for result display, and the names people search
 * by (county short and full names, department name variants, codes).
 *
 * Pure functions. The build step (src/build/steps/search-index.ts) injects the
 * HTML produced here into the copy of each page it hands to Pagefind; the
 * published pages are not changed.
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

export const PAGE_TYPE = { disclosure: '公开文件', county: '县区页面' } as const;

/** Weight of the names line relative to body text (1) and the page title (h1: 7). */
export const NAMES_WEIGHT = 5;

/** Id of the marker placed after the names line: the client treats matches before it as name matches. */
export const NAMES_END_ID = 'pf-names-end';

/** Ids of the elements that wrap quoted ranges of the source text on a disclosure page (src/schema/normalized.ts). */
export const SOURCE_ANCHOR = /^q-\d+-\d+$/;
export const isSourceAnchor = (id: string): boolean => SOURCE_ANCHOR.test(id);

export interface SearchTags {
  filters: Partial<Record<FilterKey, string[]>>;
  meta: Record<string, string>;
  /** Names and codes people search by, indexed with NAMES_WEIGHT. */
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

/** Which page of the site a built file is, from its path relative to the output folder. */
export type PageKey = { page: 'disclosure'; id: string; main: boolean } | { page: 'county'; code: string };

export function pageKeyOf(relPath: string): PageKey | null {
  const parts = relPath.split(/[\\/]/).filter(Boolean);
  if (parts.length < 3 || parts[parts.length - 1] !== 'index.html') return null;
  if (parts[0] === 'disclosures') return { page: 'disclosure', id: parts[1], main: parts.length === 3 };
  if (parts[0] === 'counties' && parts.length === 3) return { page: 'county', code: parts[1] };
  return null;
}

/** The URL Pagefind records for a built file (without the site base; the client adds it). */
export function urlOf(relPath: string): string {
  const parts = relPath.split(/[\\/]/).filter(Boolean);
  return '/' + parts.slice(0, -1).map(encodeURIComponent).join('/') + '/';
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The hidden block handed to Pagefind: filters and metadata as content-less
 * elements (so their values are not indexed as text), then the names line.
 */
export function tagsHtml(t: SearchTags): string {
  const attrs: string[] = [];
  for (const key of FILTER_KEYS) for (const v of t.filters[key] ?? []) attrs.push(`<span data-pagefind-filter="${escapeHtml(key)}:${escapeHtml(v)}"></span>`);
  for (const [k, v] of Object.entries(t.meta)) attrs.push(`<span data-pagefind-meta="${escapeHtml(k)}:${escapeHtml(v)}"></span>`);
  const names = `<p data-pagefind-weight="${NAMES_WEIGHT}">${t.names.map(escapeHtml).join(' ， ')}</p><span id="${NAMES_END_ID}"></span>`;
  return `<div data-pagefind-ignore>${attrs.join('')}</div>${names}`;
}

/**
 * Mark the page's <main> as the indexed body and put the tags at its start.
 * Returns null when the page has no <main> element.
 */
export function injectTags(html: string, t: SearchTags): string | null {
  const m = /<main(\s[^>]*)?>/i.exec(html);
  if (!m) return null;
  const open = m[0].replace(/^<main/i, '<main data-pagefind-body');
  return html.slice(0, m.index) + open + tagsHtml(t) + html.slice(m.index + m[0].length);
}
