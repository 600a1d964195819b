import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_VARS, lazyConfig, readConfig } from '../../src/config';

describe('config', () => {
  it('applies the documented defaults to an empty environment', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      contentDir: 'content',
      generatedDir: '.generated',
      distDir: 'dist',
      workers: null,
      allowEmpty: false,
      pageShard: { index: 0, count: 1 },
      timingsFile: null,
      testKillAt: null,
    });
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

  it('reads each value on first use, so one bad variable does not stop a module that needs another', () => {
    const c = lazyConfig({ PORTAL_PAGE_SHARD: 'nonsense', PORTAL_CONTENT_DIR: 'x' });
    expect(c.contentDir).toBe('x');
    expect(() => c.pageShard).toThrow(/PORTAL_PAGE_SHARD/);
  });

  it('documents every PORTAL_ variable that src/ names', () => {
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    const named = new Set(walk('src').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bPORTAL_[A-Z_]*[A-Z]\b/g)].map((m) => m[0])));
    const documented = new Set(ENV_VARS.map((v) => v.name));
    expect(named.size).toBeGreaterThan(0);
    for (const name of named) expect(documented, name).toContain(name);
  });
});
