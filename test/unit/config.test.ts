import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ENV_VARS, readConfig } from '../../src/config';

describe('config', () => {
  it('applies the documented defaults to an empty environment', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ contentDir: 'content', generatedDir: '.generated', distDir: 'dist', workers: null, allowEmpty: false, pageShard: { index: 0, count: 1 }, timingsFile: null, testKillAt: null });
  });

  it('reads the values it is given', () => {
    const c = readConfig({ PORTAL_CONTENT_DIR: 'x', PORTAL_WORKERS: '3', PORTAL_ALLOW_EMPTY: '1', PORTAL_PAGE_SHARD: '1/2', PORTAL_PAGE_LIMITS: 'checks=3' });
    expect(c).toMatchObject({ contentDir: 'x', workers: 3, allowEmpty: true, pageShard: { index: 1, count: 2 } });
    expect(c.pageLimits.checks).toBe(3);
  });

  it('names every bad variable at once', () => {
    let message = '';
    try {
      readConfig({ PORTAL_PAGE_SHARD: '2/2', PORTAL_PAGE_LIMITS: 'nope=1', PORTAL_ASTRO_SHARDS: '0' });
    } catch (e) {
      message = (e as Error).message;
    }
    for (const name of ['PORTAL_PAGE_SHARD', 'PORTAL_PAGE_LIMITS', 'PORTAL_ASTRO_SHARDS']) expect(message).toContain(name);
  });

  it('documents every PORTAL_ variable that src/config.ts reads', () => {
    const src = readFileSync('src/config.ts', 'utf8');
    const read = new Set([...src.matchAll(/env\.(PORTAL_[A-Z_]+)/g)].map((m) => m[1]));
    const documented = new Set(ENV_VARS.map((v) => v.name));
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) expect(documented, name).toContain(name);
  });
});
