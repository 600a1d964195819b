/**
 * Whole builds of the seed corpus into temp folders, killed and run at once:
 * a build killed with SIGKILL while Astro runs takes its child processes with
 * it and leaves the published dist/ whole; a second build of the same folders
 * meanwhile refuses at once with a clear message; the next build removes the
 * killed one's leftovers and publishes. A build killed right after
 * normalizing leaves nothing behind either once the next one ran.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsDir, cleanLeftovers } from '../../../src/build/publish';
import { buildEnv } from '../../support/site/child-build';

const work = mkdtempSync(join(tmpdir(), 'portal-build-kill-'));
const dist = join(work, 'dist');
const env = buildEnv({ PORTAL_DIST_DIR: dist, PORTAL_GENERATED_DIR: join(work, 'generated'), PORTAL_CACHE_DIR: join(work, 'cache'), PORTAL_ASTRO_SHARDS: '1' });
/** The build process itself (not tsx's CLI wrapper, which would stand between the test and the signals). */
const BUILD = ['--import', 'tsx', 'scripts/build.ts'];
const started: ChildProcess[] = [];
afterAll(() => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  // What the last kill left in the repository (the next build would remove it too).
  cleanLeftovers(resolve('.'), dist, join(work, 'generated'));
  rmSync(work, { recursive: true, force: true });
  rmSync(buildsDir(dist), { recursive: true, force: true });
});

const build = (extra: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, BUILD, { encoding: 'utf8', env: { ...env, ...extra }, timeout: 400_000 });

/** Processes (other than the test's own) whose environment mentions `token`. */
function processesWith(token: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p) || Number(p) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${p}/environ`, 'latin1').includes(token)) out.push(Number(p));
    } catch {
      /* gone or not ours */
    }
  }
  return out;
}

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const siteOf = () => readFileSync(join(dist, 'index.html'), 'utf8');

describe.skipIf(process.platform !== 'linux')('builds killed and run at once in one folder', () => {
  it('publishes a first build as a link', () => {
    const r = build();
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(siteOf()).toContain('<html');
  }, 420_000);

  it('a build killed during Astro ends its children and leaves dist/ whole; a second build meanwhile refuses; the next one cleans up', async () => {
    const before = siteOf();
    const a = spawn(process.execPath, BUILD, { env, stdio: 'ignore' });
    started.push(a);
    const stagingPid = String(a.pid);
    await until('Astro to run', () => processesWith(`PORTAL_OUT_DIR=${resolve(`.dist-next-${stagingPid}`)}`).length > 0, 300_000);

    const b = build();
    expect(b.status).toBe(1);
    expect(b.stderr).toContain(`another build (process ${stagingPid}`);
    expect(b.stderr).not.toMatch(/^\s+at /m);

    a.kill('SIGKILL');
    await until("the killed build's children to end", () => processesWith(`.dist-next-${stagingPid}`).length === 0, 30_000);
    expect(siteOf()).toBe(before);
    const leftover = resolve(`.dist-data-${stagingPid}`);
    expect(existsSync(leftover)).toBe(true); // the downloads it had staged

    const c = build();
    expect(c.status, c.stderr).toBe(0);
    // Other test files build in this folder at the same time, and any build removes a killed build's
    // leftover: so the leftover must be gone, by this build (which then says so) or by one of theirs.
    expect(existsSync(leftover)).toBe(false);
    if (!c.stdout.includes(`removed the leftover of a killed build: ${leftover}`)) console.warn(`the leftover ${leftover} was removed by a concurrent build`);
    for (const n of readdirSync('.')) expect(n, 'a leftover of the killed build').not.toContain(`-${stagingPid}`);
    expect(readdirSync(buildsDir(dist))).toHaveLength(1);
    expect(siteOf()).toContain('<html');
  }, 900_000);

  it('a build killed right after normalizing leaves its staging data, which the next build removes', () => {
    const r = build({ PORTAL_TEST_KILL_AT: 'normalized' });
    expect(r.signal).toBe('SIGKILL');
    const left = readdirSync('.').filter((n) => n.startsWith('.dist-data-'));
    expect(left.length).toBeGreaterThan(0);
    expect(siteOf()).toContain('<html');
    expect(existsSync(`${dist}.lock`)).toBe(true); // a killed build cannot release its lock: the next one takes it over
    const again = build({ PORTAL_TEST_KILL_AT: 'normalized' });
    for (const n of left) expect(existsSync(n), n).toBe(false);
    // (removed by `again`, which then says so, or by another test file's build in this folder meanwhile)
    if (!again.stdout.includes('removed the leftover of a killed build')) console.warn('the leftovers were removed by a concurrent build');
  }, 420_000);
});
