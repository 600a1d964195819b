/**
 * `npm run build` refuses, before any work and without a stack trace, a
 * production build without PORTAL_SITE, a PORTAL_SITE that is no origin and a
 * PORTAL_PREVIOUS_DATA that is no data folder of this portal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'portal-refusals-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(env: Record<string, string>) {
  const dist = join(work, `dist-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORTAL_DIST_DIR: dist, ...env },
  });
  return { ...r, dist };
}

function expectRefused(r: ReturnType<typeof build>, message: string) {
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`Build failed: ${message}`);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  // Before any work: nothing normalized, no output folder.
  expect(r.stdout).not.toMatch(/normalized/);
  expect(existsSync(r.dist)).toBe(false);
}

describe('npm run build refuses bad deployment settings before any work', () => {
  it('a production build without PORTAL_SITE', () => {
    expectRefused(build({ PORTAL_PRODUCTION: 'true' }), 'PORTAL_SITE is required for a production build (PORTAL_PRODUCTION=true): set it to the https origin');
  });

  it('a PORTAL_SITE with a path', () => {
    expectRefused(
      build({ PORTAL_SITE: 'https://data.example.gov.cn/portal/' }),
      'PORTAL_SITE must be an http(s) origin without a path (put a sub-path in PORTAL_BASE), found "https://data.example.gov.cn/portal/"',
    );
  });

  it('a PORTAL_PREVIOUS_DATA that does not exist, naming it and what was expected', () => {
    const missing = join(work, 'no-such-release');
    expectRefused(
      build({ PORTAL_PREVIOUS_DATA: missing }),
      `PORTAL_PREVIOUS_DATA: ${missing}: expected a published data folder of this portal (what dist/data/ holds: datapackage.json named "county-fiscal-disclosures", disclosures.csv, facts.csv); found no such folder`,
    );
  });

  it('a PORTAL_PREVIOUS_DATA that is some other folder', () => {
    const r = build({ PORTAL_PREVIOUS_DATA: 'content' });
    expectRefused(r, `PORTAL_PREVIOUS_DATA: ${resolve('content')} is not a published data folder of this portal`);
    expect(r.stderr).toContain(`${resolve('content', 'datapackage.json')}: expected a published data folder of this portal`);
    expect(r.stderr).toContain(`${resolve('content', 'facts.csv')}: expected`);
  });
});
