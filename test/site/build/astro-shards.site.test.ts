/**
 * The sharded Astro build (src/build/steps/astro-build.ts) produces exactly the
 * site an unsharded build produces: the curated seeds are normalized into a
 * scratch folder and built once with three shards (more shards than cores,
 * so every shard gets disclosure pages and shard 0 also builds the rest) and
 * once in one process; every file must exist in both, byte for byte, and
 * every disclosure page exactly once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../../src/build/steps/astro-build';

const root = process.cwd();
// Inside the project: Astro's cache and output paths are resolved from the root.
const work = mkdtempSync(join(root, 'node_modules', '.astro-shards-test-'));
const generated = join(work, 'generated');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORTAL_GENERATED_DIR: generated,
  PORTAL_CONTENT_DIR: 'content',
  PORTAL_CACHE_DIR: join(work, 'cache'),
  PORTAL_BASE: '/',
  // The same build date in both builds (citations carry it).
  SOURCE_DATE_EPOCH: '1767225600',
};
delete env.PORTAL_PAGE_SHARD;

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

beforeAll(() => {
  execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/normalize.ts'], { env, stdio: 'pipe' });
  astroBuild({ root, outDir: join(work, 'sharded'), generatedDir: generated, shards: 3, quiet: true }, env);
  astroBuild({ root, outDir: join(work, 'whole'), generatedDir: generated, shards: 1, quiet: true }, env);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sharded astro build', () => {
  it('builds every disclosure page exactly once', () => {
    const ids = readdirSync(join(generated, 'disclosures'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(ids.length).toBeGreaterThan(2);
    expect(readdirSync(join(work, 'sharded', 'disclosures')).sort()).toEqual(ids);
  });

  it('produces the same files as an unsharded build, byte for byte', () => {
    const sharded = files(join(work, 'sharded'));
    const whole = files(join(work, 'whole'));
    expect(sharded).toEqual(whole);
    const differ = whole.filter((f) => !readFileSync(join(work, 'sharded', f)).equals(readFileSync(join(work, 'whole', f))));
    expect(differ).toEqual([]);
  });

  it('leaves no shard folders behind', () => {
    expect(readdirSync(work).filter((f) => f.includes('.shard-'))).toEqual([]);
  });
});
