/**
 * The site deployed under a sub-path: built once with PORTAL_BASE=/portal/
 * into its own folder (rebuilt only when that folder is missing or older than
 * the sources), then every page's internal links, assets, fragments, the
 * sitemap index and robots.txt must resolve under /portal/, and pages load in
 * Chromium served at /portal/ without errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSite, listFiles, resolveInternal } from '../support/site/html-check';
import { builtSite } from '../support/site/site';
import { builtPageUrls, readSitemap } from '../support/site/sitemap';
import { chromiumAvailable, launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';
import type { Browser } from 'playwright-core';

const BASE = '/portal/';
const DIST = process.env.PORTAL_SUBPATH_DIST_DIR ?? 'dist-subpath';
const SOURCES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function newestSourceMtime(): number {
  let newest = 0;
  for (const s of SOURCES) {
    if (!existsSync(s)) continue;
    const files = statSync(s).isDirectory() ? listFiles(s) : [s];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/**
 * The environment for a child build: vitest puts Vite's own variables into
 * process.env (BASE_URL=/, MODE, NODE_ENV=test …), and a build inheriting them
 * would link everything to / instead of the base.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/.test(k)) env[k] = v;
  return env;
}

/** Build under the sub-path unless an up-to-date build exists. */
function ensureBuilt(): void {
  const marker = join(DIST, 'index.html');
  if (existsSync(marker) && statSync(marker).mtimeMs > newestSourceMtime()) return;
  execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    stdio: 'pipe',
    env: {
      ...buildEnv(),
      PORTAL_BASE: BASE,
      PORTAL_DIST_DIR: DIST,
      PORTAL_GENERATED_DIR: '.generated-subpath',
      PORTAL_CACHE_DIR: 'node_modules/.astro-subpath',
    },
    timeout: 240_000,
  });
}

describe(`site built under ${BASE}`, () => {
  beforeAll(() => {
    ensureBuilt();
  }, 300_000);

  it('every internal link, asset and fragment of every page resolves under the sub-path', () => {
    const site = builtSite(DIST, BASE);
    expect(new URL(site.siteRoot).pathname).toBe(BASE);
    const report = checkSite(site);
    expect(report.pages.size).toBeGreaterThan(5);
    expect(report.problems).toEqual([]);
  });

  it('stylesheets reference only files that exist under the sub-path', () => {
    const problems: string[] = [];
    for (const css of listFiles(DIST).filter((f) => f.endsWith('.css'))) {
      for (const m of readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        const u = m[1];
        if (/^(data:|https?:|#)/.test(u)) continue;
        const pageUrl = new URL(`https://x.test${BASE}${relative(DIST, css).split('\\').join('/')}`);
        const r = resolveInternal(new URL(u, pageUrl), { dist: DIST, base: BASE, siteRoot: `https://x.test${BASE}` });
        if ('error' in r) problems.push(`${css}: url(${u}): ${r.error}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the sitemap index, its files and robots.txt give absolute URLs under the sub-path', () => {
    const site = builtSite(DIST, BASE);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site.siteRoot}sitemap.xml`);
    const sm = readSitemap(site);
    expect(sm.problems).toEqual([]);
    expect(sm.pages.length).toBeGreaterThan(5);
    for (const loc of sm.pages) {
      expect(loc.startsWith(site.siteRoot), loc).toBe(true);
      expect('file' in resolveInternal(new URL(loc), site), loc).toBe(true);
    }
    expect([...sm.pages].sort()).toEqual(builtPageUrls(site));
  });

  describe.runIf(chromiumAvailable || process.env.CI === 'true')('in the browser', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveStatic>>;
    beforeAll(async () => {
      server = await serveStatic(DIST, BASE);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('pages load with their styles and without failed requests or console errors', async () => {
      const county = readSitemap(builtSite(DIST, BASE)).pages.map((u) => /(\/counties\/\d{6}\/)$/.exec(u)?.[1]).find(Boolean);
      expect(county).toBeTruthy();
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('requestfailed', (r) => {
        // Cancelled by the navigation the test triggers (net::ERR_ABORTED): not a fault.
        if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
      });
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      try {
        for (const p of ['', county!.slice(1), 'about/', 'methodology/']) {
          await page.goto(server.url + p, { waitUntil: 'load' });
          expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header-inner')!).display), p).toBe('flex');
          const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')!));
          for (const h of hrefs) if (h.startsWith('/')) expect(h.startsWith(BASE), `${p}: ${h}`).toBe(true);
        }
        // Follow the header navigation from the home page.
        await page.goto(server.url);
        await page.locator('.site-nav a', { hasText: '关于' }).click();
        await page.waitForURL(`${server.url}about/`);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
