/**
 * The incremental build (src/build/build.ts): a small synthetic corpus in
 * two partitions is built; one disclosure is changed; `npm run build` again
 * reuses the untouched partition (its report says so) and gives a dist/ and
 * a generated folder byte-identical to a from-scratch build of the changed
 * corpus: every file of dist/ (pages, downloads, search index, assets).
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByCounty, planPartitions } from '../../../src/core/partitions';
import { cacheDirOf, partitionDir, SEARCH_DIR } from '../../../src/build/partition-cache';
import { downloadCacheDir } from '../../../src/build/download-cache';
import { dataFile } from '../../../src/downloads/paths';
import { idParts } from '../../../src/downloads/partitions';
import { differences, filesOf, partitionedWork, type PartitionedWork } from '../../support/site/partitioned-build';

let w: PartitionedWork;
let changed: string;
let partitions: string[];
/** The inode of each partition's cached search index after the first build, and after the second. */
const searchInodes: Record<string, number>[] = [];
const searchInodesNow = () =>
  Object.fromEntries(
    partitions.map((p) => [p, statSync(join(partitionDir(cacheDirOf(w.dist('incremental')), p), SEARCH_DIR, 'records', 'pagefind-entry.json')).ino]),
  );
const planOf = (ids: string[]) => planPartitions(countByCounty(ids.map((id) => id.slice(0, 6))));
/** A province's bulk files (the corpus is small: a province is one download partition), by the kind of the download cache holding them. */
const provinceFiles = (p: string) => ({
  text: [dataFile.partCsv(p, 'facts'), dataFile.partJson(p)],
  binary: [dataFile.partParquet(p, 'facts'), dataFile.partXlsx(p)],
});
let provinces: string[];
/** The inode of each province's cached bulk files (download-cache.ts), after the first build and after the second. */
const provinceInodes: Record<string, number>[] = [];
const provinceInodesNow = () =>
  Object.fromEntries(
    provinces.flatMap((p) =>
      (['text', 'binary'] as const).flatMap((kind) =>
        provinceFiles(p)[kind].map((f) => [f, statSync(join(downloadCacheDir(cacheDirOf(w.dist('incremental')), kind, p), f)).ino]),
      ),
    ),
  );

beforeAll(() => {
  w = partitionedWork('incremental-test');
  partitions = planOf(w.ids).partitions.map((p) => p.id);
  w.build('incremental');
  searchInodes.push(searchInodesNow());
  provinces = [...new Set(w.ids.map((id) => idParts(id).province))].sort();
  provinceInodes.push(provinceInodesNow());
  // Change one disclosure: a word of its title.
  changed = w.ids[0];
  const meta = join(w.content, 'disclosures', changed, 'disclosure.json');
  const m = JSON.parse(readFileSync(meta, 'utf8'));
  writeFileSync(meta, JSON.stringify({ ...m, title: `${m.title}（修订）` }, null, 2));
  w.build('incremental');
  searchInodes.push(searchInodesNow());
  provinceInodes.push(provinceInodesNow());
  w.build('scratch');
}, 5_000_000);
afterAll(() => rmSync(w.work, { recursive: true, force: true }));

describe('incremental build', () => {
  it('rebuilds only the partition of the changed disclosure and reuses the others', () => {
    expect(partitions.length).toBeGreaterThan(1);
    const mine = planOf(w.ids).of(changed.slice(0, 6));
    const r = w.report('incremental');
    expect(r.data.rebuilt).toEqual([mine]);
    expect(r.pages.rebuilt).toEqual([mine]);
    expect(r.data.reused).toEqual(partitions.filter((p) => p !== mine));
    expect(r.pages.reused).toEqual(partitions.filter((p) => p !== mine));
    expect(w.report('scratch').data.rebuilt).toEqual(partitions);
  });

  it("reuses the untouched partitions' search indexes and rebuilds the changed one's", () => {
    const mine = planOf(w.ids).of(changed.slice(0, 6));
    const r = w.report('incremental');
    expect(r.search.rebuilt).toEqual([mine]);
    expect(r.search.reused).toEqual(partitions.filter((p) => p !== mine));
    expect(w.report('scratch').search.rebuilt).toEqual(partitions);
    // Reused: the very files of the first build (hard-linked into dist/), not a copy made again.
    for (const p of partitions) expect(searchInodes[1][p] === searchInodes[0][p]).toBe(p !== mine);
    const site = statSync(
      join(
        w.dist('incremental'),
        'pagefind',
        partitions.find((p) => p !== mine)!,
        'records',
        'pagefind-entry.json',
      ),
    ).ino;
    expect(site).toBe(searchInodes[1][partitions.find((p) => p !== mine)!]);
  });

  it("reuses the untouched provinces' bulk files (csv.gz, json.gz, Parquet, xlsx) and writes the changed one's", () => {
    const mine = idParts(changed).province;
    expect(provinces.length).toBeGreaterThan(1);
    for (const p of provinces) {
      const { text, binary } = provinceFiles(p);
      for (const f of [...text, ...binary]) {
        expect(provinceInodes[1][f] === provinceInodes[0][f], f).toBe(p !== mine);
        // The published file is the cached one, linked.
        expect(statSync(join(w.dist('incremental'), 'data', f)).ino, f).toBe(provinceInodes[1][f]);
      }
    }
  });

  it('publishes the changed disclosure', () => {
    expect(readFileSync(join(w.dist('incremental'), 'disclosures', changed, 'index.html'), 'utf8')).toContain('（修订）');
  });

  it('gives the same dist/ and generated data as a build from scratch, byte for byte', () => {
    expect(filesOf(w.dist('scratch')).length).toBeGreaterThan(w.ids.length);
    expect(differences(w.dist('incremental'), w.dist('scratch'))).toEqual([]);
    expect(differences(w.generated('incremental'), w.generated('scratch'))).toEqual([]);
  });
});
