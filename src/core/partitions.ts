/**
 * Partitions of the corpus: the unit the build reuses, rebuilds and can run
 * on a separate machine, and the unit of a search index.
 *
 * A partition is a province (GB/T 2260 code prefix of two digits, e.g. `43`);
 * a province holding more than PARTITION_MAX disclosures is split into its
 * prefectures (four-digit prefix, e.g. `4302`). Ids are those digit strings,
 * so a county code says which partition it may fall into without a lookup.
 *
 * Why 8,000: Pagefind's metadata file (~6 B per record gzipped) is fetched
 * before a first search; research on this codebase measured a first search of
 * ~200–250 KB for an index of ~8,000 records and more than 300 KB above that
 * (issue #15). The largest province (about 180 counties with dozens of
 * departments a year) passes that within a few years of disclosures, its
 * prefectures (at most ~20 counties) stay well below it.
 */

export const PARTITION_MAX = 8000;

export type PartitionLevel = 'province' | 'prefecture';

export interface Partition {
  /** Two digits (province) or four (prefecture): the code prefix. */
  id: string;
  level: PartitionLevel;
  /** Disclosures in the partition. */
  disclosures: number;
}

export interface PartitionPlan {
  /** Sorted by id. */
  partitions: Partition[];
  /** The partition of a six-digit county code. */
  of(countyCode: string): string;
}

const COUNTY_CODE = /^\d{6}$/;

function checkCode(code: string): void {
  if (!COUNTY_CODE.test(code)) throw new Error(`partitions: "${code}" is not a six-digit county code`);
}

export const provinceKey = (countyCode: string): string => countyCode.slice(0, 2);
export const prefectureKey = (countyCode: string): string => countyCode.slice(0, 4);

/**
 * Plans partitions from the number of disclosures per county code. Pure and
 * deterministic: the same counts give the same plan, whatever their order.
 */
export function planPartitions(disclosuresByCounty: ReadonlyMap<string, number>, max: number = PARTITION_MAX): PartitionPlan {
  if (!Number.isInteger(max) || max < 1) throw new Error(`partitions: the size limit must be a positive whole number, not ${max}`);
  const byProvince = new Map<string, number>();
  const byPrefecture = new Map<string, number>();
  for (const [code, n] of disclosuresByCounty) {
    checkCode(code);
    if (!Number.isInteger(n) || n < 0) throw new Error(`partitions: county ${code} has ${n} disclosures, not a count`);
    byProvince.set(provinceKey(code), (byProvince.get(provinceKey(code)) ?? 0) + n);
    byPrefecture.set(prefectureKey(code), (byPrefecture.get(prefectureKey(code)) ?? 0) + n);
  }
  const split = new Set([...byProvince].filter(([, n]) => n > max).map(([p]) => p));
  const partitions: Partition[] = [];
  for (const [p, n] of byProvince) if (!split.has(p)) partitions.push({ id: p, level: 'province', disclosures: n });
  for (const [p, n] of byPrefecture) if (split.has(p.slice(0, 2))) partitions.push({ id: p, level: 'prefecture', disclosures: n });
  partitions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    partitions,
    of(countyCode: string): string {
      checkCode(countyCode);
      const p = provinceKey(countyCode);
      return split.has(p) ? prefectureKey(countyCode) : p;
    },
  };
}

/** Counts disclosures per county code from disclosure ids or county codes. */
export function countByCounty(countyCodes: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of countyCodes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}
