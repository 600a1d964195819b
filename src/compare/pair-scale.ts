/**
 * How the side-by-side pair view scales with the number of disclosures.
 *
 * Pre-rendering a page for every ordered pair of a department type costs
 * n·(n−1) pages (5,000 disclosures of one type would be 25 million pages), so
 * pairs are pre-rendered as /compare/pair/<a>/<b>/ (stable links that work
 * without JavaScript) only for department types with at most
 * PAIR_PRERENDER_MAX disclosures: at most PAIR_PRERENDER_MAX − 1 pages per
 * disclosure, i.e. linear. Larger types get one page, /compare/pair/view/?a=…&b=…,
 * rendered in the browser by the same pure tree builders from small JSON files
 * written at build time (src/compare/pair-data.ts).
 *
 * Pure and browser-safe: the chooser and the view islands import it too.
 */
import { parseDisclosureId } from '../core/disclosure-id';

/**
 * The largest department type whose pairs are pre-rendered. 12 disclosures
 * (say six counties with two documents each, or one county over a decade)
 * give at most 11 pair pages plus one chooser page per disclosure, 132 + 12
 * pages for the type: bounded per disclosure, so the build stays linear,
 * while the typical small collection (a new department type, a few pilot
 * counties) keeps links that work without JavaScript.
 */
export const PAIR_PRERENDER_MAX = 12;

/** Are the pairs of a department type with `count` disclosures pre-rendered? */
export function isPrerenderedType(count: number): boolean {
  return count <= PAIR_PRERENDER_MAX;
}

interface Typed {
  id: string;
  department_type: string;
}

/** Records grouped by department type, in the order the types first appear. */
export function groupByType<T extends Typed>(records: readonly T[]): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const r of records) {
    const list = by.get(r.department_type);
    if (list) list.push(r);
    else by.set(r.department_type, [r]);
  }
  return by;
}

/** Department types with their records, most disclosures first, then by id (the first is the default of /compare/). */
export function typesBySize<T extends Typed & { department_type_name: string }>(records: readonly T[]): { id: string; name: string; records: T[] }[] {
  return [...groupByType(records)]
    .map(([id, list]) => ({ id, name: list[0].department_type_name, records: list }))
    .sort((a, b) => b.records.length - a.records.length || a.id.localeCompare(b.id));
}

/** A disclosure of a pre-rendered type with the other disclosures of its type (the candidates for B). */
export interface ChooserPath<T> {
  a: T;
  peers: T[];
}

/** The /compare/pair/<a>/ chooser pages: one per disclosure of a pre-rendered type. */
export function prerenderedChoosers<T extends Typed>(records: readonly T[]): ChooserPath<T>[] {
  const out: ChooserPath<T>[] = [];
  for (const list of groupByType(records).values()) {
    if (!isPrerenderedType(list.length)) continue;
    for (const a of list) out.push({ a, peers: list.filter((x) => x.id !== a.id) });
  }
  return out;
}

/** The /compare/pair/<a>/<b>/ pages: every ordered pair within a pre-rendered type, at most PAIR_PRERENDER_MAX − 1 per disclosure. */
export function prerenderedPairs<T extends Typed>(records: readonly T[]): { a: T; b: T; peers: T[] }[] {
  return prerenderedChoosers(records).flatMap(({ a, peers }) => peers.map((b) => ({ a, b, peers })));
}

/**
 * The data file of a disclosure within its type: by prefecture (the first
 * four digits of the county code), so a file holds a few dozen disclosures
 * and the view of two of them downloads one or two small files. Computed
 * from the id alone, so a shared link needs nothing else.
 */
export function shardOf(id: string): string {
  const p = parseDisclosureId(id);
  return p ? p.county_code.slice(0, 4) : '';
}
