/**
 * For the partitioned-build tests (test/site/build/incremental and assemble):
 * a small synthetic corpus of seed copies in two provinces (two partitions),
 * `npm run build` of it in a child process into folders of its own, the
 * build's reuse report, and a byte-for-byte comparison of two folders.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { copySeedAs, seedFolders, startSynthRoot, SYNTH_MARK, writeSynthDepartmentTypes } from '../../../tools/synth';
import { buildEnv } from './child-build';
import { cacheDirOf } from '../../../src/build/partition-cache';
import { REPORT_FILE, type ReuseReport } from '../../../src/build/build';

/** Two provinces, one county each: two partitions. */
const COUNTIES = ['900101', '910101'];

export interface PartitionedWork {
  work: string;
  content: string;
  /** The disclosure ids, sorted. */
  ids: string[];
  build(name: string, args?: string[]): string;
  report(name: string): ReuseReport;
  /** dist/ of a build. */
  dist(name: string): string;
  /** The generated folder of a build. */
  generated(name: string): string;
}

/** A work folder inside the project (the Astro build's output and cache paths resolve from the root) with the corpus written. */
export function partitionedWork(prefix: string): PartitionedWork {
  const work = mkdtempSync(join(process.cwd(), 'node_modules', `.${prefix}-`));
  const content = join(work, 'content');
  const seeds = seedFolders('content').slice(0, 2);
  startSynthRoot(content, 'content');
  const rows = ['code,name,short_name,prefecture,prefecture_code,province,province_code,valid_from,valid_to,predecessor_code,successor_code,note'];
  for (const code of COUNTIES)
    rows.push(
      `${code},合成县${code},合成${code},合成市${code.slice(0, 4)},${code.slice(0, 4)}00,合成省${code.slice(0, 2)},${code.slice(0, 2)}0000,,,,,${SYNTH_MARK}`,
    );
  writeFileSync(join(content, 'registries', 'counties.csv'), rows.join('\n') + '\n');
  writeSynthDepartmentTypes(content, ['syn01']);
  const ids = COUNTIES.flatMap((code) => seeds.map((s) => copySeedAs('content', s, content, code, 'syn01', 'the partitioned build tests'))).sort();
  const dist = (name: string) => join(work, name);
  const generated = (name: string) => join(work, `${name}.generated`);
  return {
    work,
    content,
    ids,
    dist,
    generated,
    build: (name, args = []) =>
      execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
        // A loaded 2-core machine: one small build can take minutes.
        timeout: 1_500_000,
        env: buildEnv({
          PORTAL_CONTENT_DIR: content,
          PORTAL_DIST_DIR: dist(name),
          PORTAL_GENERATED_DIR: generated(name),
          PORTAL_CACHE_DIR: join(work, `${name}.astro`),
          PORTAL_BUILD_DATE: '2026-01-01',
          SOURCE_DATE_EPOCH: '1767225600',
        }),
      }),
    report: (name) => JSON.parse(readFileSync(join(cacheDirOf(dist(name)), REPORT_FILE), 'utf8')),
  };
}

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

/** Every file of a folder, relative, sorted. */
export const filesOf = files;

/** Files that differ between two folders (missing on one side, or other bytes). */
export function differences(a: string, b: string): string[] {
  const fa = files(a);
  const fb = files(b);
  const inA = new Set(fa);
  const inB = new Set(fb);
  const out = [...fa.filter((f) => !inB.has(f)), ...fb.filter((f) => !inA.has(f))];
  for (const f of fa) if (inB.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(f);
  return out.sort();
}
