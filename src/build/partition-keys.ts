/**
 * The build's partitions and their cache keys, known from the content folder
 * before anything is normalized: the plan (src/core/partitions.ts) from the
 * folder names (a folder is named by its disclosure id, which starts with
 * the county code), and per partition
 *
 * - dataKey: the partition's disclosure folders (every file's bytes), the
 *   registries, the code that builds it (inputs-hash.ts CODE_INPUTS), the
 *   settings its output shows (site address and base, build date, page
 *   limits) and whether the bulk downloads split its province by year;
 * - pagesKey: the dataKey and the corpus-wide context its pages read: the
 *   county records with every county's disclosure ids (which counties have
 *   pages, the places index, the number of disclosures per department type).
 *   Changing a disclosure keeps the context; adding or removing one changes
 *   it, and every partition's pages are rendered again (their data is reused).
 *   Where a county's code chain crosses partitions (a county moved to
 *   another prefecture and took a new code), the place's pages list the
 *   disclosures of both: the pagesKey then holds the other partition's
 *   dataKey too (`readsFrom`), so its change renders them again.
 */
import { join } from 'node:path';
import { config } from '../config';
import { parseDisclosureId } from '../core/disclosure-id';
import { countByCounty, planPartitions } from '../core/partitions';
import { idParts, partitionPlan } from '../downloads/partitions';
import { countyEntries } from '../normalize/corpus';
import type { Registries } from '../normalize/registries';
import type { CountyEntry } from '../schema/normalized';
import { codeHash, hashFolder, hashStrings } from './inputs-hash';
import { lineage } from '../core/lineage';
import type { FolderHashMemo } from './folder-hash-memo';
import { partitionOfCode } from '../store/shard';

/** Folders whose name is no disclosure id: normalized (to report them) but never cached or partitioned. */
export const UNPLACED = 'unplaced';

export interface PlannedPartition {
  id: string;
  folders: string[];
  dataKey: string;
  pagesKey: string;
  /** Other partitions whose disclosures its pages list (code chains across partitions), sorted. */
  readsFrom: string[];
}

export interface BuildPlan {
  partitions: PlannedPartition[];
  /** The ids of the planned partitions (without UNPLACED), sorted. */
  ids: string[];
  /** Provinces whose bulk downloads are split by year (downloads/partitions.ts). */
  byYear: string[];
  /** The county records as the folder names give them (every county's disclosure ids). */
  counties: CountyEntry[];
  /** Hash of what every partition's output depends on: the code, the registries and the settings (part of every key). */
  codeKey: string;
}

/** The partition ids of the disclosure folders (`npm run build -- --list-partitions`). */
export function partitionIds(folders: readonly string[]): string[] {
  const codes = folders.map((f) => parseDisclosureId(f)?.county_code).filter((c): c is string => c !== undefined);
  return planPartitions(countByCounty(codes)).partitions.map((p) => p.id);
}

/**
 * For each partition, the other partitions whose disclosures its county pages
 * list: a county page lists the disclosures of its whole code chain
 * (core/lineage.ts), and each code of the chain has its page in the partition
 * of that code. Partitions without such a chain are absent.
 */
export function pageDependencies(counties: readonly CountyEntry[], ids: readonly string[]): Map<string, string[]> {
  const byCode = new Map(counties.map((c) => [c.code, c]));
  const deps = new Map<string, Set<string>>();
  for (const c of counties) {
    if (c.successor_code === null && c.predecessor_code === null) continue;
    const chain = lineage(c.code, byCode);
    const holders = new Set(chain.filter((x) => x.disclosure_ids.length > 0).map((x) => partitionOfCode(x.code, ids)));
    for (const x of chain) {
      const at = partitionOfCode(x.code, ids);
      if (at === null) continue; // rendered with the corpus-wide pages, which read everything
      for (const h of holders) if (h !== null && h !== at) (deps.get(at) ?? deps.set(at, new Set()).get(at)!).add(h);
    }
  }
  return new Map([...deps].map(([p, s]) => [p, [...s].sort()]));
}

/** The settings a partition's output shows (not the paths the build happens to use). */
function settingsHash(): string {
  return hashStrings([JSON.stringify({ site: config.site, buildDate: config.buildDate, pageLimits: config.pageLimits })]);
}

/** Plans the partitions of the folders (sorted disclosure folder names) and their keys. */
export function planBuild(
  root: string,
  contentDir: string,
  folders: readonly string[],
  registries: Registries,
  memo: Pick<FolderHashMemo, 'hashFolder'> = { hashFolder },
): BuildPlan {
  const placed = folders.filter((f) => parseDisclosureId(f) !== null);
  const unplaced = folders.filter((f) => parseDisclosureId(f) === null);
  const plan = planPartitions(countByCounty(placed.map((f) => parseDisclosureId(f)!.county_code)));
  const byYear = partitionPlan(placed).byYear;
  const counties = countyEntries(
    registries,
    placed.map((id) => ({ id, county_code: parseDisclosureId(id)!.county_code })),
  );
  const common = [codeHash(root), memo.hashFolder(join(contentDir, 'registries')), settingsHash()];
  const codeKey = hashStrings(common);
  const context = hashStrings([JSON.stringify(counties)]);
  const byPartition = new Map<string, string[]>();
  for (const f of placed) {
    const p = plan.of(parseDisclosureId(f)!.county_code);
    const list = byPartition.get(p);
    if (list) list.push(f);
    else byPartition.set(p, [f]);
  }
  const ids = plan.partitions.map((p) => p.id);
  const dataKeys = new Map(
    plan.partitions.map(({ id }) => {
      const fs = byPartition.get(id)!;
      const split = byYear.has(idParts(fs[0]).province);
      return [id, hashStrings(['data', ...common, String(split), ...fs.flatMap((f) => [f, memo.hashFolder(join(contentDir, 'disclosures', f))])])];
    }),
  );
  const deps = pageDependencies(counties, ids);
  const partitions: PlannedPartition[] = ids.map((id) => {
    const readsFrom = deps.get(id) ?? [];
    const dataKey = dataKeys.get(id)!;
    return {
      id,
      folders: byPartition.get(id)!,
      dataKey,
      pagesKey: hashStrings(['pages', dataKey, context, ...readsFrom.map((r) => dataKeys.get(r)!)]),
      readsFrom,
    };
  });
  if (unplaced.length) partitions.push({ id: UNPLACED, folders: unplaced, dataKey: '', pagesKey: '', readsFrom: [] });
  return { partitions, ids, byYear: [...byYear], counties, codeKey };
}
