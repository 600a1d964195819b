/**
 * Build step: the Pagefind search indexes, two per partition of the corpus
 * (src/core/partitions.ts), written to <dist>/pagefind/<partition>/records/
 * and <dist>/pagefind/<partition>/text/, and the manifest the search page
 * reads (<dist>/pagefind/manifest.json, src/search/manifest.ts).
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
import { WATCHDOG } from './astro-build';
import type { BuildContext, BuildStep } from '../build-steps';
import type { CountyEntry, DisclosureDetails, DisclosureSummary, SourceEntry } from '../../schema/normalized';
import { countByCounty, planPartitions, type Partition } from '../../core/partitions';
import { countyRecord, SEARCH_LANGUAGE, summaryRecord, textRecords, type SearchRecord } from '../../search/records';
import { bundlePaths, buildManifest, MANIFEST_NAME, partitionCode, placeRows, type ManifestPartition } from '../../search/manifest';
import { entryFile, KINDS } from '../../store/layout';

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

/** What one partition's indexes are built from. */
export interface PartitionEntries {
  /** The partition's disclosures (summaries). */
  disclosures: DisclosureSummary[];
  /** The partition's counties (those with a page). */
  counties: CountyEntry[];
  /** Every county, for the names of renamed predecessors and successors. */
  allCounties: CountyEntry[];
  /** Where the details and source texts are (<generatedDir>/details|sources/<id>.json). */
  generatedDir: string;
}

interface ChildPlan extends PartitionEntries {
  partition: string;
  kind: BundleKind;
  outputPath: string;
}

export interface BundleReport {
  records: number;
  errors: string[];
}

export interface PartitionReport {
  partition: ManifestPartition;
  errors: string[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The records of one bundle, produced one disclosure at a time. */
export function* bundleRecords(plan: Omit<ChildPlan, 'outputPath'>): Generator<SearchRecord> {
  if (plan.kind === 'records') {
    for (const d of plan.disclosures) yield summaryRecord(d, readJson<DisclosureDetails>(entryFile(plan.generatedDir, KINDS.details, d.id)), plan.partition);
    const byCode = new Map(plan.allCounties.map((c) => [c.code, c]));
    // A county page lists its disclosures by title and department.
    const titles = new Map<string, string[]>();
    for (const d of plan.disclosures) titles.set(d.county_code, [...(titles.get(d.county_code) ?? []), d.title, d.department_short_name]);
    for (const c of plan.counties) yield countyRecord(c, byCode, plan.partition, titles.get(c.code) ?? []);
  } else {
    for (const d of plan.disclosures) yield* textRecords(d, readJson<SourceEntry>(entryFile(plan.generatedDir, KINDS.sources, d.id)), plan.partition);
  }
}

/** Runs in the child process: one Pagefind index written to plan.outputPath. */
export async function buildBundle(plan: ChildPlan): Promise<BundleReport> {
  const pagefind = await import('pagefind');
  const report: BundleReport = { records: 0, errors: [] };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  report.errors.push(...errors);
  for (const r of bundleRecords(plan)) {
    const res = await index.addCustomRecord(r);
    report.errors.push(...res.errors.map((e) => `${r.url}: ${e}`));
    report.records++;
  }
  const w = await index.writeFiles({ outputPath: plan.outputPath });
  report.errors.push(...w.errors);
  await pagefind.close();
  for (const f of readdirSync(plan.outputPath)) if (UNUSED_PAGEFIND_FILE.test(f)) rmSync(join(plan.outputPath, f));
  return report;
}

/**
 * Builds one partition's two indexes under <outDir>/<partition id>/, each in
 * a child process of its own. Synchronous; the scratch files go in a folder
 * beside outDir (removed afterwards, and by the next run if this one is killed).
 */
export function buildPartitionSearch(partition: Partition, entries: PartitionEntries, outDir: string, root = process.cwd()): PartitionReport {
  const tmp = `${resolve(outDir)}.search-tmp-${partition.id}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const bundles = bundlePaths(partition.id);
  const counts: Record<BundleKind, number> = { records: 0, text: 0 };
  const errors: string[] = [];
  try {
    for (const kind of BUNDLE_KINDS) {
      const outputPath = join(resolve(outDir), bundles[kind]);
      rmSync(outputPath, { recursive: true, force: true });
      const planFile = join(tmp, `${kind}.plan.json`);
      const reportFile = join(tmp, `${kind}.report.json`);
      const plan: ChildPlan = { ...entries, generatedDir: resolve(entries.generatedDir), partition: partition.id, kind, outputPath };
      writeFileSync(planFile, JSON.stringify(plan));
      execFileSync(process.execPath, [...WATCHDOG, '--import', 'tsx', fileURLToPath(import.meta.url), planFile, reportFile], { cwd: root, stdio: 'inherit' });
      const r = readJson<BundleReport>(reportFile);
      counts[kind] = r.records;
      errors.push(...r.errors.map((e) => `${partition.id}/${kind}: ${e}`));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const first = entries.disclosures[0] ?? entries.counties[0];
  const name = !first ? partition.id : partition.level === 'province' ? first.province : first.prefecture;
  return {
    partition: {
      id: partition.id,
      level: partition.level,
      code: partitionCode(partition.id),
      name,
      disclosures: entries.disclosures.length,
      records: counts.records,
      texts: counts.text,
      bundles,
    },
    errors,
  };
}

/** The partitions of the collections, each with its disclosures and the counties (with disclosures) it holds. */
export function partitionEntries(collections: BuildContext['collections'], generatedDir: string): { partition: Partition; entries: PartitionEntries }[] {
  const plan = planPartitions(countByCounty(collections.disclosures.map((d) => d.county_code)));
  const ids = new Set(plan.partitions.map((p) => p.id));
  const byPartition = new Map(plan.partitions.map((p) => [p.id, { disclosures: [] as DisclosureSummary[], counties: [] as CountyEntry[] }]));
  for (const d of collections.disclosures) byPartition.get(plan.of(d.county_code))!.disclosures.push(d);
  for (const c of collections.counties) {
    if (c.disclosure_ids.length === 0) continue;
    const p = plan.of(c.code);
    if (ids.has(p)) byPartition.get(p)!.counties.push(c);
  }
  return plan.partitions.map((partition) => ({
    partition,
    entries: { ...byPartition.get(partition.id)!, allCounties: collections.counties, generatedDir },
  }));
}

function run(ctx: BuildContext): void {
  const outDir = join(ctx.distDir, 'pagefind');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const problems: string[] = [];
  const partitions: ManifestPartition[] = [];
  for (const { partition, entries } of partitionEntries(ctx.collections, ctx.generatedDir)) {
    const r = buildPartitionSearch(partition, entries, outDir, ctx.root);
    problems.push(...r.errors);
    partitions.push(r.partition);
  }
  const withPage = ctx.collections.counties.filter((c) => c.disclosure_ids.length > 0);
  writeFileSync(join(outDir, MANIFEST_NAME), JSON.stringify(buildManifest(partitions, placeRows(withPage))));
  const indexed = partitions.reduce((n, p) => n + p.disclosures, 0);
  if (indexed !== ctx.collections.disclosures.length) problems.push(`${ctx.collections.disclosures.length} disclosures, ${indexed} indexed`);
  if (ctx.collections.disclosures.length === 0) console.warn('  search index: no disclosures, so none are searchable');
  if (problems.length) throw new Error(`search index:\n  ${problems.join('\n  ')}`);
  const sum = (k: 'records' | 'texts') => partitions.reduce((n, p) => n + p[k], 0);
  console.log(
    `  search index: ${partitions.length} partitions (${partitions.map((p) => p.id).join(', ')}), ${sum('records')} records, ${sum('texts')} source-text chunks, language ${SEARCH_LANGUAGE}`,
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
