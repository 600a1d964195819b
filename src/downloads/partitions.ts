/**
 * How the bulk downloads are split: one partition per province, and per
 * province and year once a province has more than YEAR_SPLIT_AT disclosures.
 * The partition of a disclosure follows from its id alone (GB/T 2260: the
 * province is the first two digits of the county code), so the build knows
 * the plan from the folder names before normalizing anything, and a
 * province-partitioned build can produce its own bulk files.
 */
import { parseDisclosureId } from '../core/disclosure-id';

export const YEAR_SPLIT_AT = 2000;

/** "430223-cac-2024-final-accounts" → { province: "430000", year: "2024" }. */
export function idParts(id: string): { province: string; year: string } {
  const p = parseDisclosureId(id);
  if (!p) throw new Error(`downloads: "${id}" is not a disclosure id <county_code>-<department_type>-<year>-<kind>`);
  return { province: `${p.county_code.slice(0, 2)}0000`, year: String(p.year) };
}

export interface PartitionPlan {
  /** Provinces whose bulk files are split by year. */
  byYear: ReadonlySet<string>;
}

export function partitionPlan(ids: Iterable<string>): PartitionPlan {
  const n = new Map<string, number>();
  for (const id of ids) {
    const p = idParts(id).province;
    n.set(p, (n.get(p) ?? 0) + 1);
  }
  return { byYear: new Set([...n].filter(([, k]) => k > YEAR_SPLIT_AT).map(([p]) => p)) };
}

/** The partition of a disclosure: "430000" or, for a large province, "430000/2024" (also its folder under provinces/). */
export function partitionOf(plan: PartitionPlan, id: string): string {
  const { province, year } = idParts(id);
  return plan.byYear.has(province) ? `${province}/${year}` : province;
}

/** A partition as a resource-name suffix: "430000" or "430000-2024". */
export const partitionSlug = (p: string): string => p.replace('/', '-');
