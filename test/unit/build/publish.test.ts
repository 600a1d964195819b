/**
 * Publishing (src/build/publish.ts) under kills: a process that publishes a
 * staged build is stopped with SIGKILL at each stage; dist/ is then the old
 * build or the new one, whole (or, only when a real dist/ folder was being
 * turned into a link, missing until the next build relinks it), and the next
 * build's cleanup leaves exactly the published build. Locks refuse a second
 * build and are taken over from a killed one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, BuildLockedError, buildsDir, cleanLeftovers, publish, recover } from '../../../src/build/publish';

const work = mkdtempSync(join(tmpdir(), 'portal-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const PUBLISH = resolve('src/build/publish.ts');

function site(dir: string, text: string): string {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, 'data', 'a.csv'), `${text}\n`);
  return dir;
}
const whole = (dist: string) =>
  existsSync(join(dist, 'index.html')) &&
  existsSync(join(dist, 'data', 'a.csv')) &&
  readFileSync(join(dist, 'data', 'a.csv'), 'utf8') === `${readFileSync(join(dist, 'index.html'), 'utf8')}\n`;
const shown = (dist: string) => readFileSync(join(dist, 'index.html'), 'utf8');

/** Publishes `staging` as `dist` in a child process killed with SIGKILL at `stage` (or not killed). */
function publishInChild(staging: string, dist: string, stage: string | null): { signal: NodeJS.Signals | null; status: number | null } {
  const script = join(work, 'publish-child.ts');
  writeFileSync(
    script,
    `import { publish } from ${JSON.stringify(PUBLISH)};\npublish(process.argv[2], process.argv[3], { at: (s) => { if (s === process.argv[4]) process.kill(process.pid, 'SIGKILL'); } });\n`,
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, staging, dist, stage ?? ''], { encoding: 'utf8' });
  return { signal: r.signal, status: r.status };
}

function fresh(name: string, real: boolean): { dir: string; dist: string } {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const dist = join(dir, 'dist');
  if (real) site(dist, 'old');
  else {
    expect(publishInChild(site(join(dir, 'stage-old'), 'old'), dist, null).status).toBe(0);
  }
  return { dir, dist };
}

describe('publishing killed at each stage', () => {
  for (const real of [false, true]) {
    for (const stage of ['moved', 'migrated', 'flipped'] as const) {
      if (stage === 'migrated' && !real) continue; // only a real dist/ folder is migrated
      it(`${real ? 'a real dist/ folder' : 'a dist link'}, killed after "${stage}": dist/ stays whole and the next build recovers`, () => {
        const { dir, dist } = fresh(`${real ? 'real' : 'link'}-${stage}`, real);
        const r = publishInChild(site(join(dir, 'stage-new'), 'new'), dist, stage);
        expect(r.signal).toBe('SIGKILL');
        if (stage === 'migrated') expect(existsSync(dist)).toBe(false);
        else {
          expect(whole(dist)).toBe(true);
          expect(shown(dist)).toBe(stage === 'flipped' ? 'new' : 'old');
        }
        // The next build: relink if needed, clean up, publish.
        recover(dist);
        expect(whole(dist)).toBe(true);
        cleanLeftovers(dir, dist, join(dir, '.generated'));
        // Only the build dist links to is kept (none while dist is still the real folder).
        expect(readdirSync(buildsDir(dist))).toHaveLength(lstatSync(dist).isSymbolicLink() ? 1 : 0);
        publish(site(join(dir, 'stage-next'), 'next'), dist);
        expect(lstatSync(dist).isSymbolicLink()).toBe(true);
        expect(shown(dist)).toBe('next');
        expect(whole(dist)).toBe(true);
        expect(readdirSync(buildsDir(dist))).toHaveLength(1);
        expect(readdirSync(dir).filter((n) => n.startsWith('dist.'))).toEqual([]);
      });
    }
  }
});

describe('leftovers', () => {
  it('removes staging folders of builds that no longer run, keeps those of running ones', () => {
    const dir = join(work, 'leftovers');
    mkdirSync(dir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    for (const n of [
      `.dist-next-${dead}`,
      `.dist-next-${dead}.search-tmp`,
      `.dist-data-${dead}.parts`,
      `.generated.tmp-${dead}`,
      `dist.link-${dead}`,
      `.dist-next-${process.pid}`,
    ])
      mkdirSync(join(dir, n));
    const removed = cleanLeftovers(dir, join(dir, 'dist'), join(dir, '.generated'))
      .map((p) => p.slice(dir.length + 1))
      .sort();
    expect(removed).toEqual(
      [`.dist-data-${dead}.parts`, `.dist-next-${dead}`, `.dist-next-${dead}.search-tmp`, `.generated.tmp-${dead}`, `dist.link-${dead}`].sort(),
    );
    expect(existsSync(join(dir, `.dist-next-${process.pid}`))).toBe(true);
  });
});

describe('the build lock', () => {
  it('refuses a second build while the first runs, with a clear message, and is taken over once it is gone', async () => {
    const target = join(work, 'locked', 'dist');
    mkdirSync(join(work, 'locked'), { recursive: true });
    const script = join(work, 'hold-lock.ts');
    writeFileSync(
      script,
      `import { acquireLock } from ${JSON.stringify(PUBLISH)};\nacquireLock(process.argv[2]);\nconsole.log('locked');\nsetInterval(() => {}, 1000);\n`,
    );
    const holder = spawn(process.execPath, ['--import', 'tsx', script, target], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((done) => holder.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && done()));
    expect(() => acquireLock(target)).toThrow(BuildLockedError);
    expect(() => acquireLock(target)).toThrow(new RegExp(`another build \\(process ${holder.pid}, started .*\\) is writing .*dist in this folder`));
    holder.kill('SIGKILL');
    await new Promise((done) => holder.on('close', done));
    const release = acquireLock(target); // stale: taken over
    expect(readFileSync(`${target}.lock`, 'utf8').split('\n')[0]).toBe(String(process.pid));
    release();
    expect(existsSync(`${target}.lock`)).toBe(false);
  });
});
