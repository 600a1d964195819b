/**
 * The partitioned, incremental build (src/build/build.ts): a small synthetic
 * corpus of seed copies in three provinces (three partitions) is built from
 * scratch; one disclosure is changed; then
 *
 * - `npm run build` again reuses the two untouched partitions (its report
 *   says so) and gives a dist/ and a generated folder byte-identical to a
 *   from-scratch build of the changed corpus;
 * - each partition built alone (`--partition <id>`, a fresh cache each, as on
 *   separate machines) and then assembled (`--assemble`) gives the same.
 *
 * Every file of dist/ is compared byte for byte (pages, downloads, search
 * index, assets).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySeedAs, seedFolders, startSynthRoot, SYNTH_MARK, writeSynthDepartmentTypes } from '../../../tools/synth';
import { buildEnv } from '../../support/site/child-build';
import { cacheDirOf, partitionDir } from '../../../src/build/partition-cache';
import { REPORT_FILE, type ReuseReport } from '../../../src/build/build';
import { countByCounty, planPartitions } from '../../../src/core/partitions';

const root = process.cwd();
// Inside the project: the Astro build's output and cache paths resolve from the root.
const work = mkdtempSync(join(root, 'node_modules', '.incremental-test-'));
const content = join(work, 'content');
/** Three provinces, one county each: three partitions. */
const COUNTIES = ['900101', '910101', '920101'];

function writeCorpus(): string[] {
  const seeds = seedFolders('content').slice(0, 2);
  startSynthRoot(content, 'content');
  const rows = ['code,name,short_name,prefecture,prefecture_code,province,province_code,valid_from,valid_to,predecessor_code,successor_code,note'];
  for (const code of COUNTIES)
    rows.push(
      `${code},合成县${code},合成${code},合成市${code.slice(0, 4)},${code.slice(0, 4)}00,合成省${code.slice(0, 2)},${code.slice(0, 2)}0000,,,,,${SYNTH_MARK}`,
    );
  writeFileSync(join(content, 'registries', 'counties.csv'), rows.join('\n') + '\n');
  writeSynthDepartmentTypes(content, ['syn01']);
  return COUNTIES.flatMap((code) => seeds.map((s) => copySeedAs('content', s, content, code, 'syn01', 'the incremental build test'))).sort();
}

function build(name: string, args: string[] = []): string {
  return execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', ...args], {
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 500_000,
    env: buildEnv({
      PORTAL_CONTENT_DIR: content,
      PORTAL_DIST_DIR: join(work, name),
      PORTAL_GENERATED_DIR: join(work, `${name}.generated`),
      PORTAL_CACHE_DIR: join(work, `${name}.astro`),
      PORTAL_BUILD_DATE: '2026-01-01',
      SOURCE_DATE_EPOCH: '1767225600',
    }),
  });
}

const report = (name: string): ReuseReport => JSON.parse(readFileSync(join(cacheDirOf(join(work, name)), REPORT_FILE), 'utf8'));

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Files that differ between two folders (missing on one side, or other bytes). */
function differences(a: string, b: string): string[] {
  const fa = files(a);
  const fb = files(b);
  const both = new Set(fb);
  const out = [...fa.filter((f) => !both.has(f)), ...fb.filter((f) => !fa.includes(f))];
  for (const f of fa) if (both.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(f);
  return out.sort();
}

let ids: string[];
let changed: string;
let partitions: string[];

beforeAll(() => {
  ids = writeCorpus();
  partitions = planPartitions(countByCounty(ids.map((id) => id.slice(0, 6)))).partitions.map((p) => p.id);
  build('incremental');
  // Change one disclosure: a word of its title.
  changed = ids[0];
  const meta = join(content, 'disclosures', changed, 'disclosure.json');
  const m = JSON.parse(readFileSync(meta, 'utf8'));
  writeFileSync(meta, JSON.stringify({ ...m, title: `${m.title}（修订）` }, null, 2));
  build('incremental');
  build('scratch');
  // As a CI matrix would: each partition on its own "machine" (a fresh output and cache), then one assembly.
  mkdirSync(join(work, '.assembled-cache', 'partitions'), { recursive: true });
  for (const p of partitions) {
    build(`machine-${p}`, ['--partition', p]);
    cpSync(partitionDir(cacheDirOf(join(work, `machine-${p}`)), p), partitionDir(cacheDirOf(join(work, 'assembled')), p), { recursive: true });
  }
  build('assembled', ['--assemble']);
}, 3_000_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('incremental build', () => {
  it('rebuilds only the partition of the changed disclosure and reuses the others', () => {
    expect(partitions.length).toBeGreaterThan(1);
    const mine = planPartitions(countByCounty(ids.map((id) => id.slice(0, 6)))).of(changed.slice(0, 6));
    const r = report('incremental');
    expect(r.data.rebuilt).toEqual([mine]);
    expect(r.pages.rebuilt).toEqual([mine]);
    expect(r.data.reused).toEqual(partitions.filter((p) => p !== mine));
    expect(r.pages.reused).toEqual(partitions.filter((p) => p !== mine));
    expect(report('scratch').data.rebuilt).toEqual(partitions);
  });

  it('publishes the changed disclosure', () => {
    const html = readFileSync(join(work, 'incremental', 'disclosures', changed, 'index.html'), 'utf8');
    expect(html).toContain('（修订）');
  });

  it('gives the same dist/ and generated data as a build from scratch, byte for byte', () => {
    expect(files(join(work, 'scratch')).length).toBeGreaterThan(ids.length);
    expect(differences(join(work, 'incremental'), join(work, 'scratch'))).toEqual([]);
    expect(differences(join(work, 'incremental.generated'), join(work, 'scratch.generated'))).toEqual([]);
  });
});

describe('partitions built separately, then assembled', () => {
  it('builds one partition alone into its cache folder, without a site', () => {
    for (const p of partitions) {
      expect(report(`machine-${p}`).partitions).toEqual([p]);
      expect(existsSync(join(work, `machine-${p}`))).toBe(false);
    }
  });

  it('assembles the same dist/ and generated data as one build, byte for byte', () => {
    expect(report('assembled').data.rebuilt).toEqual([]);
    expect(report('assembled').pages.rebuilt).toEqual([]);
    expect(differences(join(work, 'assembled'), join(work, 'scratch'))).toEqual([]);
    expect(differences(join(work, 'assembled.generated'), join(work, 'scratch.generated'))).toEqual([]);
  });

  it('refuses to assemble when a partition is missing', () => {
    rmSync(partitionDir(cacheDirOf(join(work, 'assembled')), partitions[0]), { recursive: true, force: true });
    let err = '';
    try {
      build('assembled', ['--assemble']);
    } catch (e) {
      err = String((e as { stderr?: string }).stderr);
    }
    expect(err).toContain(`--partition ${partitions[0]}`);
  });
});
