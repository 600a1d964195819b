/**
 * Build step: the Astro build, sharded over the cores. Astro renders pages on
 * one core, so K `astro build` processes run side by side, each with
 * PORTAL_PAGE_SHARD="i/K": shard i renders its share of the disclosure pages
 * (src/store/shard.ts), shard 0 also every other page. Each shard has its own
 * output folder and its own Astro cache (the content layer's data store must
 * not be shared by concurrent builds); the shards' folders are then merged
 * into the output folder. Every shard compiles the same bundle, so the files
 * they have in common (`_astro/` assets, `public/`) must be byte-identical:
 * the merge fails loudly otherwise, and also when two shards wrote the same
 * page.
 *
 * K is PORTAL_ASTRO_SHARDS, else the number of available cores (fewer when
 * there are under MIN_PAGES_PER_SHARD disclosure pages per shard). Build steps
 * are synchronous, so with K > 1 the step runs this file in a child process
 * that starts the shards and waits for them (`main()` below).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAstroShards } from '../../config';
import { KINDS, kindDir } from '../../store/layout';

/** Every child process of the build loads this: it ends when the build process is gone (see the file). */
export const WATCHDOG = ['--import', new URL('../parent-watchdog.mjs', import.meta.url).href];

export interface AstroBuildOptions {
  root: string;
  /** The final output folder (the build's staging folder). */
  outDir: string;
  generatedDir: string;
}

/**
 * Each shard compiles the whole bundle again (about 10 s of CPU), which only
 * pays off with enough pages to split: a small corpus (the seeds) builds in
 * one process.
 */
export const MIN_PAGES_PER_SHARD = 500;

/** The number of shards: PORTAL_ASTRO_SHARDS, else the available cores, fewer for a small corpus (at least 1). */
export function shardCount(env: Record<string, string | undefined> = process.env, cores: number = availableParallelism(), pages = Infinity): number {
  const n = parseAstroShards(env.PORTAL_ASTRO_SHARDS);
  if (n !== null) return n;
  return Math.max(1, Math.min(cores, Math.floor(pages / MIN_PAGES_PER_SHARD)));
}

/** Number of disclosure pages the generated data asks for. */
function disclosureCount(root: string, generatedDir: string): number {
  try {
    return readdirSync(kindDir(resolve(root, generatedDir), KINDS.summaries)).filter((f) => f.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

/** Output folder of shard i: shard 0 writes straight into the output folder, the others beside it. */
export function shardOutDir(outDir: string, i: number): string {
  return i === 0 ? outDir : `${outDir}.shard-${i}`;
}

/** Astro cache of shard i: shard 0 keeps the build's cache, the others get their own beside it. */
export function shardCacheDir(cacheDir: string, i: number): string {
  return i === 0 ? cacheDir : `${cacheDir}-shard-${i}`;
}

/** The environment of one `astro build` process. */
export function shardEnv(base: NodeJS.ProcessEnv, o: AstroBuildOptions, i: number, k: number): NodeJS.ProcessEnv {
  const cacheDir = resolve(o.root, base.PORTAL_CACHE_DIR ?? 'node_modules/.astro');
  return {
    ...base,
    PORTAL_OUT_DIR: shardOutDir(o.outDir, i),
    PORTAL_GENERATED_DIR: o.generatedDir,
    PORTAL_CACHE_DIR: shardCacheDir(cacheDir, i),
    PORTAL_PAGE_SHARD: `${i}/${k}`,
  };
}

/**
 * Moves everything under `from` into `into`. A file both have must be
 * byte-identical and may only be one every shard writes (`shared(path)`,
 * e.g. `_astro/` assets); anything else present twice was built twice and
 * is an error, as is any difference. Folders only one side has are moved
 * whole (cheap: one rename per disclosure page).
 */
export function mergeInto(from: string, into: string, shared: (path: string) => boolean, at = ''): void {
  for (const name of readdirSync(join(from, at))) {
    const rel = at ? `${at}/${name}` : name;
    const src = join(from, rel);
    const dest = join(into, rel);
    if (!existsSync(dest)) {
      mkdirSync(dirname(dest), { recursive: true });
      renameSync(src, dest);
      continue;
    }
    const s = lstatSync(src);
    const d = lstatSync(dest);
    if (s.isDirectory() && d.isDirectory()) {
      mergeInto(from, into, shared, rel);
    } else if (s.isFile() && d.isFile()) {
      if (!shared(rel)) throw new Error(`astro shards: ${rel} was built by more than one shard`);
      if (!readFileSync(src).equals(readFileSync(dest))) throw new Error(`astro shards: ${rel} differs between shards (the shards' bundles are not identical)`);
    } else {
      throw new Error(`astro shards: ${rel} is a file in one shard and a folder in another`);
    }
  }
}

/** Files every shard writes: the bundled assets and the copies of public/. */
export function sharedFiles(root: string): (path: string) => boolean {
  const pub = resolve(root, 'public');
  return (path) => path.startsWith('_astro/') || existsSync(join(pub, path));
}

export function isInside(root: string, path: string): boolean {
  const r = relative(resolve(root), resolve(root, path));
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
}

/** Runs the Astro build, sharded when more than one core is available (or `shards` says so). */
export function astroBuild(o: AstroBuildOptions & { shards?: number; quiet?: boolean }, env: NodeJS.ProcessEnv = process.env): void {
  // quiet (tests): keep Astro's page-by-page log out of the output; a failure still throws with it.
  const stdio = o.quiet ? 'pipe' : 'inherit';
  const k = o.shards ?? shardCount(env, availableParallelism(), disclosureCount(o.root, o.generatedDir));
  if (k === 1) {
    const { PORTAL_PAGE_SHARD: _whole, ...rest } = env;
    execFileSync(process.execPath, [...WATCHDOG, resolve(o.root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: o.root,
      stdio,
      maxBuffer: 1 << 30,
      env: { ...rest, PORTAL_OUT_DIR: o.outDir, PORTAL_GENERATED_DIR: o.generatedDir },
    });
    return;
  }
  // Astro writes its server bundle into the output folder when that is inside the project, else into
  // <root>/.astro/, which concurrent shards would share (and delete under each other).
  if (!isInside(o.root, o.outDir)) throw new Error(`a sharded astro build needs its output folder inside ${o.root}, not ${o.outDir}`);
  const arg = JSON.stringify({ root: o.root, outDir: o.outDir, generatedDir: o.generatedDir, shards: k });
  execFileSync(process.execPath, [...WATCHDOG, '--import', 'tsx', fileURLToPath(import.meta.url), arg], { cwd: o.root, stdio, maxBuffer: 1 << 30, env });
}

/** CPU seconds of this process's finished children (Linux /proc; null elsewhere). */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 (cutime, cstime) in clock ticks of 1/100 s; f[0] is field 3.
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return null;
  }
}

interface ShardResult {
  index: number;
  code: number | null;
  seconds: number;
  cpuSeconds: number | null;
}

function runShard(o: AstroBuildOptions, i: number, k: number, started: ChildProcess[]): Promise<ShardResult> {
  const t0 = performance.now();
  const dir = shardOutDir(o.outDir, i);
  if (i > 0) rmSync(dir, { recursive: true, force: true });
  const child = spawn(process.execPath, [...WATCHDOG, resolve(o.root, 'node_modules/astro/astro.js'), 'build'], {
    cwd: o.root,
    env: shardEnv(process.env, o, i, k),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const prefix = `[astro ${i}/${k}] `;
  for (const [stream, out] of [
    [child.stdout!, process.stdout],
    [child.stderr!, process.stderr],
  ] as const) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (s: string) => {
      const lines = (rest + s).split('\n');
      rest = lines.pop()!;
      if (lines.length) out.write(lines.map((l) => prefix + l).join('\n') + '\n');
    });
    stream.on('end', () => rest && out.write(prefix + rest + '\n'));
  }
  return new Promise((done) => {
    child.on('close', (code) => {
      done({ index: i, code, seconds: (performance.now() - t0) / 1000, cpuSeconds: null });
    });
  });
}

/** The child process: start the shards, wait, report, merge. */
async function main(arg: string): Promise<void> {
  const o = JSON.parse(arg) as AstroBuildOptions & { shards: number };
  const k = o.shards;
  // Every shard must print the same build date in citations, even across midnight.
  process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));
  const started: ChildProcess[] = [];
  let cpuBefore = childrenCpuSeconds();
  const results: ShardResult[] = [];
  const failed = await new Promise<ShardResult | null>((done) => {
    let left = k;
    for (let i = 0; i < k; i++) {
      runShard(o, i, k, started).then((r) => {
        // Each shard's CPU time: the children's total grows when it is reaped.
        const now = childrenCpuSeconds();
        r.cpuSeconds = now !== null && cpuBefore !== null ? now - cpuBefore : null;
        cpuBefore = now;
        results.push(r);
        if (r.code !== 0) {
          // Stop the other shards (only the processes started here).
          for (const c of started) if (c.exitCode === null && c.pid !== undefined) c.kill('SIGTERM');
          done(r);
        } else if (--left === 0) done(null);
      });
    }
  });
  const cleanup = () => {
    for (let i = 1; i < k; i++) rmSync(shardOutDir(o.outDir, i), { recursive: true, force: true });
  };
  if (failed) {
    cleanup();
    throw new Error(`astro build shard ${failed.index}/${k} failed (exit code ${failed.code})`);
  }
  const t0 = performance.now();
  try {
    const shared = sharedFiles(o.root);
    for (let i = 1; i < k; i++) mergeInto(shardOutDir(o.outDir, i), o.outDir, shared);
  } finally {
    cleanup();
  }
  console.log(`\nastro build: ${k} shards`);
  for (const r of results.sort((a, b) => a.index - b.index)) {
    console.log(`  shard ${r.index}/${k}  ${r.seconds.toFixed(1)} s${r.cpuSeconds !== null ? `, ${r.cpuSeconds.toFixed(1)} s CPU` : ''}`);
  }
  console.log(`  merge        ${((performance.now() - t0) / 1000).toFixed(1)} s (into ${relative(o.root, o.outDir) || '.'})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv[2]).catch((e) => {
    console.error(`\n${(e as Error).message}`);
    process.exit(1);
  });
}
