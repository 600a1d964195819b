/**
 * Build step: the Pagefind search indexes, two per partition of the corpus
 * (src/core/partitions.ts), written to <dist>/pagefind/<partition>/records/
 * and <dist>/pagefind/<partition>/text/, and the manifest the search page
 * reads (<dist>/pagefind/manifest.json.gz, src/search/manifest.ts).
 *
 * - records: one compact record per disclosure and one per county
 *   (src/search/records.ts: names, title, issuer, year, kind, key figures,
 *   project names, narrative headings), with the filters and display metadata;
 * - text: the source texts as plain-text records, in chunks of whole lines
 *   whose url points at the chunk's first line (`#L<n>`).
 *
 * Records are handed to Pagefind as plain text (addCustomRecord; no HTML is
 * parsed) and Pagefind segments the Chinese itself (the npm binary is its
 * extended build). Each index is built in a child process of its own (this
 * same file, `main()` below) that reads its disclosures' details and source
 * texts from the generated folder one at a time, so memory stays flat
 * whatever the corpus size. buildPartitionSearch() builds one partition (the
 * partitioned build calls it per partition); the step builds them all and
 * writes the manifest.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WATCHDOG } from './astro-build';
import type { BuildContext, BuildStep } from '../build-steps';
import type { CountyEntry, DisclosureDetails, DisclosureSummary, SourceEntry } from '../../schema/normalized';
import type { Partition } from '../../core/partitions';
import { countyRecord, SEARCH_LANGUAGE, summaryRecord, textRecords, type SearchRecord } from '../../search/records';
import { bundlePaths, buildManifest, MANIFEST_NAME, partitionCode, placeRows, type ManifestPartition } from '../../search/manifest';
import { entryFile, KINDS } from '../../store/layout';
import { partitionOfCode } from '../../store/shard';
import { hashStrings } from '../inputs-hash';
import { linkTree, partitionDir, readSearchEntry, SEARCH_DIR, writeSearchEntry } from '../partition-cache';
import type { PlannedPartition } from '../partition-keys';
import { swapInto } from '../write-atomic';

export { SEARCH_LANGUAGE };

/**
 * Pagefind's ready-made search interfaces, which the site does not use (its
 * search page is its own, src/components/search/) and which build results
 * with innerHTML: removed from the output, so only the API (pagefind.js, its
 * worker and WebAssembly) and the index ship.
 */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export type BundleKind = 'records' | 'text';
export const BUNDLE_KINDS: readonly BundleKind[] = ['records', 'text'];

/** What one partition's indexes are built from: its disclosures' entries in its own generated folder. */
export interface PartitionEntries {
  /** The partition's disclosure ids, in id order. */
  ids: string[];
  /** The partition's counties (those with a page). */
  counties: CountyEntry[];
  /** Every county, for the names of renamed predecessors and successors. */
  allCounties: CountyEntry[];
  /** Where the summaries, details and source texts are (<generatedDir>/disclosures|details|sources/<id>.json). */
  generatedDir: string;
}

interface ChildPlan extends PartitionEntries {
  partition: string;
  kind: BundleKind;
  outputPath: string;
}

export interface BundleReport {
  records: number;
  /** The province and prefecture of the first disclosure (the partition's name). */
  first: { province: string; prefecture: string } | null;
  errors: string[];
}

export interface PartitionReport {
  partition: ManifestPartition;
  errors: string[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The summaries of a bundle's disclosures, read one at a time from the partition's generated folder. */
function* summariesOf(plan: Pick<ChildPlan, 'ids' | 'generatedDir'>): Generator<DisclosureSummary> {
  for (const id of plan.ids) yield readJson<DisclosureSummary>(entryFile(plan.generatedDir, KINDS.summaries, id));
}

/** The records of one bundle, produced one disclosure at a time. */
export function* bundleRecords(plan: Omit<ChildPlan, 'outputPath'>): Generator<SearchRecord> {
  if (plan.kind === 'records') {
    // A county page lists its disclosures by title and department.
    const titles = new Map<string, string[]>();
    for (const d of summariesOf(plan)) {
      yield summaryRecord(d, readJson<DisclosureDetails>(entryFile(plan.generatedDir, KINDS.details, d.id)), plan.partition);
      titles.set(d.county_code, [...(titles.get(d.county_code) ?? []), d.title, d.department_short_name]);
    }
    const byCode = new Map(plan.allCounties.map((c) => [c.code, c]));
    for (const c of plan.counties) yield countyRecord(c, byCode, plan.partition, titles.get(c.code) ?? []);
  } else {
    for (const d of summariesOf(plan)) yield* textRecords(d, readJson<SourceEntry>(entryFile(plan.generatedDir, KINDS.sources, d.id)), plan.partition);
  }
}

/** Runs in the child process: one Pagefind index written to plan.outputPath. */
export async function buildBundle(plan: ChildPlan): Promise<BundleReport> {
  const pagefind = await import('pagefind');
  const report: BundleReport = { records: 0, first: null, errors: [] };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  report.errors.push(...errors);
  for (const r of bundleRecords(plan)) {
    const res = await index.addCustomRecord(r);
    report.errors.push(...res.errors.map((e) => `${r.url}: ${e}`));
    report.records++;
  }
  for (const d of summariesOf({ ...plan, ids: plan.ids.slice(0, 1) })) report.first = { province: d.province, prefecture: d.prefecture };
  const w = await index.writeFiles({ outputPath: plan.outputPath });
  report.errors.push(...w.errors);
  await pagefind.close();
  for (const f of readdirSync(plan.outputPath)) if (UNUSED_PAGEFIND_FILE.test(f)) rmSync(join(plan.outputPath, f));
  return report;
}

const levelOf = (id: string): Partition['level'] => (id.length === 2 ? 'province' : 'prefecture');

/**
 * Builds one partition's two indexes under <outDir>/records/ and
 * <outDir>/text/, each in a child process of its own. Synchronous; the
 * child's plan and report files go in outDir and are removed afterwards.
 */
export function buildPartitionSearch(id: string, entries: PartitionEntries, outDir: string, root = process.cwd()): PartitionReport {
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const counts: Record<BundleKind, number> = { records: 0, text: 0 };
  const errors: string[] = [];
  let first: BundleReport['first'] = null;
  for (const kind of BUNDLE_KINDS) {
    const outputPath = join(out, kind);
    rmSync(outputPath, { recursive: true, force: true });
    const planFile = join(out, `${kind}.plan.json`);
    const reportFile = join(out, `${kind}.report.json`);
    const plan: ChildPlan = { ...entries, generatedDir: resolve(entries.generatedDir), partition: id, kind, outputPath };
    try {
      writeFileSync(planFile, JSON.stringify(plan));
      execFileSync(process.execPath, [...WATCHDOG, '--import', 'tsx', fileURLToPath(import.meta.url), planFile, reportFile], { cwd: root, stdio: 'inherit' });
      const r = readJson<BundleReport>(reportFile);
      counts[kind] = r.records;
      first ??= r.first;
      errors.push(...r.errors.map((e) => `${id}/${kind}: ${e}`));
    } finally {
      rmSync(planFile, { force: true });
      rmSync(reportFile, { force: true });
    }
  }
  const c = entries.counties[0];
  const name = first ? (levelOf(id) === 'province' ? first.province : first.prefecture) : c ? (levelOf(id) === 'province' ? c.province : c.prefecture) : id;
  return {
    partition: {
      id,
      level: levelOf(id),
      code: partitionCode(id),
      name,
      disclosures: entries.ids.length,
      records: counts.records,
      texts: counts.text,
      bundles: bundlePaths(id),
    },
    errors,
  };
}

/**
 * The search key of a partition: its data key (its folders' bytes, the
 * registries, which give the county names its records show, the code, which
 * holds the search code, src/search/, and the lock file, which pins Pagefind)
 * and its id (its records name it). The corpus-wide context of the pages key
 * is not read by the records, so adding a disclosure elsewhere keeps them.
 */
export const searchKey = (p: Pick<PlannedPartition, 'id' | 'dataKey'>): string => hashStrings(['search', p.id, p.dataKey]);

/** The counties of a partition that have a page (some disclosure). */
export function countiesOf(id: string, counties: readonly CountyEntry[], plan: readonly string[]): CountyEntry[] {
  return counties.filter((c) => c.disclosure_ids.length > 0 && partitionOfCode(c.code, plan) === id);
}

/**
 * A partition's search indexes in its cache folder (search/records/,
 * search/text/ and search/search.json with the key and the manifest row):
 * reused when the key matches, else built from the partition's generated
 * folder and swapped in whole. Errors from Pagefind are thrown (nothing is cached).
 */
export function partitionSearch(
  p: Pick<PlannedPartition, 'id' | 'dataKey'>,
  ids: string[],
  counties: readonly CountyEntry[],
  plan: readonly string[],
  cacheDir: string,
  root = process.cwd(),
): { partition: ManifestPartition; reused: boolean } {
  const key = searchKey(p);
  const cached = readSearchEntry(cacheDir, p.id);
  if (cached?.key === key) return { partition: cached.partition, reused: true };
  const dir = partitionDir(cacheDir, p.id);
  const tmp = join(dir, `${SEARCH_DIR}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    const r = buildPartitionSearch(
      p.id,
      { ids, counties: countiesOf(p.id, counties, plan), allCounties: [...counties], generatedDir: join(dir, 'generated') },
      tmp,
      root,
    );
    if (r.errors.length) throw new Error(`search index:\n  ${r.errors.join('\n  ')}`);
    writeSearchEntry(tmp, { key, partition: r.partition });
    swapInto(tmp, join(dir, SEARCH_DIR));
    return { partition: r.partition, reused: false };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function run(ctx: BuildContext): void {
  const outDir = join(ctx.distDir, 'pagefind');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const partitions: ManifestPartition[] = [];
  const reuse = { reused: [] as string[], rebuilt: [] as string[] };
  const idsOf = new Map<string, string[]>(ctx.partitions.map((p) => [p.id, []]));
  const planIds = ctx.partitions.map((p) => p.id);
  for (const d of ctx.collections.disclosures) idsOf.get(partitionOfCode(d.county_code, planIds) ?? '')?.push(d.id);
  for (const p of ctx.partitions) {
    const r = partitionSearch(p, idsOf.get(p.id)!, ctx.collections.counties, planIds, ctx.cacheDir, ctx.root);
    (r.reused ? reuse.reused : reuse.rebuilt).push(p.id);
    partitions.push(r.partition);
    const bundles = join(partitionDir(ctx.cacheDir, p.id), SEARCH_DIR);
    for (const kind of BUNDLE_KINDS) linkTree(join(bundles, kind), join(outDir, p.id, kind));
  }
  ctx.reuse.search = reuse;
  const withPage = ctx.collections.counties.filter((c) => c.disclosure_ids.length > 0);
  // gzipSync writes no time or name into the header: the same manifest gives the same bytes.
  writeFileSync(join(outDir, MANIFEST_NAME), gzipSync(JSON.stringify(buildManifest(partitions, placeRows(withPage))), { level: 9 }));
  const indexed = partitions.reduce((n, p) => n + p.disclosures, 0);
  if (indexed !== ctx.collections.disclosures.length) throw new Error(`search index: ${ctx.collections.disclosures.length} disclosures, ${indexed} indexed`);
  if (ctx.collections.disclosures.length === 0) console.warn('  search index: no disclosures, so none are searchable');
  const sum = (k: 'records' | 'texts') => partitions.reduce((n, p) => n + p[k], 0);
  console.log(
    `  search index: ${partitions.length} partitions (${reuse.rebuilt.length} built, ${reuse.reused.length} reused), ${sum('records')} records, ${sum('texts')} source-text chunks, language ${SEARCH_LANGUAGE}`,
  );
}

export const searchIndexStep: BuildStep = { name: 'search index', run };

async function main(planFile: string, reportFile: string): Promise<void> {
  const plan = readJson<ChildPlan>(planFile);
  mkdirSync(plan.outputPath, { recursive: true });
  const report = await buildBundle(plan);
  writeFileSync(reportFile, JSON.stringify(report));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv[2], process.argv[3]).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
