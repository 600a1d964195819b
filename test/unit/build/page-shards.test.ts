/**
 * Sharded page generation, the pure parts: PORTAL_PAGE_SHARD parsing, the
 * split of the disclosure pages (each built by exactly one shard, stably),
 * the shard count and environments, and the merge of the shards' output
 * folders (shared assets must be identical; a page built twice is an error).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPrimaryShard, parsePageShard, shardItems, WHOLE } from '../../../src/store/shard';
import { astroBuild, isInside, mergeInto, shardCacheDir, shardCount, shardEnv, shardOutDir } from '../../../src/build/steps/astro-build';

describe('PORTAL_PAGE_SHARD', () => {
  it('parses "i/K" and defaults to one whole build', () => {
    expect(parsePageShard(undefined)).toEqual(WHOLE);
    expect(parsePageShard('')).toEqual(WHOLE);
    expect(parsePageShard('0/2')).toEqual({ index: 0, count: 2 });
    expect(parsePageShard(' 2 / 3 ')).toEqual({ index: 2, count: 3 });
  });

  it('rejects anything else instead of silently building everything', () => {
    for (const bad of ['2/2', '-1/2', '1', 'a/b', '1/0', '0/2/3', '1.5/3']) expect(() => parsePageShard(bad), bad).toThrow(/PORTAL_PAGE_SHARD/);
  });

  it('only shard 0 is primary (it builds every page that is not split)', () => {
    expect(isPrimaryShard(WHOLE)).toBe(true);
    expect(isPrimaryShard({ index: 0, count: 3 })).toBe(true);
    expect(isPrimaryShard({ index: 1, count: 3 })).toBe(false);
  });
});

describe('the split of the disclosure pages', () => {
  const ids = Array.from({ length: 103 }, (_, i) => `id-${String(i).padStart(3, '0')}`);

  it.each([1, 2, 3, 7, 200])('with %i shards every page is built by exactly one shard', (k) => {
    const parts = Array.from({ length: k }, (_, index) => shardItems(ids, { index, count: k }));
    expect(parts.flat().sort()).toEqual(ids);
    expect(new Set(parts.flat()).size).toBe(ids.length);
    // Balanced: shard sizes differ by at most one.
    const sizes = parts.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('is decided by position in the sorted list alone (every shard process computes the same split), in list order', () => {
    const a = shardItems(ids, { index: 1, count: 3 });
    expect(a).toEqual(ids.filter((_, i) => i % 3 === 1));
    expect(a.slice(0, 3)).toEqual(['id-001', 'id-004', 'id-007']);
    expect(a).toEqual([...a].sort());
    expect(shardItems(ids, WHOLE)).toEqual(ids);
  });
});

describe('shard processes', () => {
  it('count: PORTAL_ASTRO_SHARDS, else the available cores, fewer for a small corpus', () => {
    expect(shardCount({}, 2)).toBe(2);
    expect(shardCount({}, 0)).toBe(1);
    expect(shardCount({}, 2, 100_000)).toBe(2);
    expect(shardCount({}, 4, 1_000)).toBe(2);
    expect(shardCount({}, 2, 5)).toBe(1);
    expect(shardCount({ PORTAL_ASTRO_SHARDS: '2' }, 2, 5)).toBe(2);
    expect(shardCount({ PORTAL_ASTRO_SHARDS: '3' }, 2)).toBe(3);
    expect(shardCount({ PORTAL_ASTRO_SHARDS: '1' }, 8)).toBe(1);
    expect(() => shardCount({ PORTAL_ASTRO_SHARDS: '0' }, 2)).toThrow(/PORTAL_ASTRO_SHARDS/);
    expect(() => shardCount({ PORTAL_ASTRO_SHARDS: 'two' }, 2)).toThrow(/PORTAL_ASTRO_SHARDS/);
  });

  it('each shard gets its own output folder and Astro cache, and its share', () => {
    const o = { root: '/r', outDir: '/r/.dist-next-1', generatedDir: '.generated' };
    const envs = [0, 1, 2].map((i) => shardEnv({ PORTAL_CACHE_DIR: 'node_modules/.astro-x', OTHER: 'kept' }, o, i, 3));
    expect(envs.map((e) => e.PORTAL_PAGE_SHARD)).toEqual(['0/3', '1/3', '2/3']);
    expect(envs[0].PORTAL_OUT_DIR).toBe('/r/.dist-next-1');
    expect(new Set(envs.map((e) => e.PORTAL_OUT_DIR)).size).toBe(3);
    expect(new Set(envs.map((e) => e.PORTAL_CACHE_DIR)).size).toBe(3);
    expect(envs[0].PORTAL_CACHE_DIR).toBe('/r/node_modules/.astro-x');
    expect(envs.every((e) => e.OTHER === 'kept' && e.PORTAL_GENERATED_DIR === '.generated')).toBe(true);
    expect(shardOutDir('/o', 2)).toBe('/o.shard-2');
    expect(shardCacheDir('/c', 0)).toBe('/c');
  });

  it('refuses to shard into a folder outside the project (Astro would share <root>/.astro between the shards)', () => {
    expect(isInside('/r', '/r/.dist-next-1')).toBe(true);
    expect(isInside('/r', '.dist-next-1')).toBe(true);
    expect(isInside('/r', '/tmp/out')).toBe(false);
    expect(isInside('/r', '/r')).toBe(false);
    expect(() => astroBuild({ root: '/r', outDir: '/tmp/out', generatedDir: 'g', shards: 2 })).toThrow(/inside \/r/);
  });
});

describe("merging the shards' output folders", () => {
  const work = mkdtempSync(join(tmpdir(), 'portal-shards-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let n = 0;
  const tree = (files: Record<string, string>) => {
    const dir = join(work, `t${n++}`);
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    return dir;
  };
  const shared = (p: string) => p.startsWith('_astro/') || p === 'favicon.svg';

  it("moves each shard's pages in and keeps one copy of the identical shared files", () => {
    const into = tree({ 'index.html': 'home', 'disclosures/a/index.html': 'A', '_astro/x.css': 'css', 'favicon.svg': 'svg' });
    const from = tree({ 'disclosures/b/index.html': 'B', 'disclosures/c/index.html': 'C', '_astro/x.css': 'css', 'favicon.svg': 'svg' });
    mergeInto(from, into, shared);
    for (const [p, t] of Object.entries({
      'index.html': 'home',
      'disclosures/a/index.html': 'A',
      'disclosures/b/index.html': 'B',
      'disclosures/c/index.html': 'C',
      '_astro/x.css': 'css',
    })) {
      expect(readFileSync(join(into, p), 'utf8'), p).toBe(t);
    }
    expect(existsSync(join(from, 'disclosures/b'))).toBe(false);
  });

  it('fails when a shared file differs between shards', () => {
    const into = tree({ '_astro/x.css': 'css' });
    const from = tree({ '_astro/x.css': 'other css' });
    expect(() => mergeInto(from, into, shared)).toThrow(/_astro\/x\.css differs/);
  });

  it('fails when two shards built the same page, even identically', () => {
    const into = tree({ 'disclosures/a/index.html': 'A' });
    const from = tree({ 'disclosures/a/index.html': 'A' });
    expect(() => mergeInto(from, into, shared)).toThrow(/disclosures\/a\/index\.html was built by more than one shard/);
  });

  it('fails when a path is a file in one shard and a folder in another', () => {
    const into = tree({ 'x/index.html': 'X' });
    const from = tree({ x: 'file' });
    expect(() => mergeInto(from, into, shared)).toThrow(/file in one shard and a folder/);
  });
});
