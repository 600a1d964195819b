/**
 * The site deployed under a sub-path, a production build: built once with
 * PORTAL_BASE=/portal/, PORTAL_SITE and PORTAL_PRODUCTION=true into its own
 * folder (rebuilt only when that folder is missing or older than the
 * sources), then every page's internal links, assets, fragments, the sitemap
 * index and robots.txt must resolve under /portal/, the canonical links,
 * sitemaps and citations carry that host, and pages load in Chromium served
 * at /portal/ without errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attr, checkSite, listFiles, pageReader, resolveInternal, textOf } from '../support/site/html-check';
import { deployedSite, normalizedData, TEST_SITE } from '../support/site/site';
import { ensureBuilt } from '../support/site/child-build';
import { builtPageUrls, readSitemap } from '../support/site/sitemap';
import { chromiumAvailable, launchBrowser } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { sharePaths } from '../../src/core/routes';
import type { Browser } from 'playwright-core';

const BASE = '/portal/';
const DIST = process.env.PORTAL_SUBPATH_DIST_DIR ?? 'dist-subpath';

/** Build under the sub-path, as a production deploy at TEST_SITE, unless an up-to-date build exists. */
function ensureSubpathBuilt(): void {
  ensureBuilt(DIST, {
    PORTAL_BASE: BASE,
    PORTAL_SITE: TEST_SITE,
    PORTAL_PRODUCTION: 'true',
    PORTAL_GENERATED_DIR: '.generated-subpath',
    PORTAL_CACHE_DIR: 'node_modules/.astro-subpath',
  });
}

describe(`site built under ${BASE}`, () => {
  beforeAll(() => {
    ensureSubpathBuilt();
  }, 450_000);

  it('every internal link, asset and fragment of every page resolves under the sub-path', () => {
    const site = deployedSite(DIST, BASE);
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
    const site = deployedSite(DIST, BASE);
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

  it('every disclosure and comparison page names its share preview image by absolute URL (og:image, twitter:image), and the image is built', () => {
    const root = `${TEST_SITE}${BASE}`;
    const page = pageReader(DIST, BASE);
    const metas = (rel: string) =>
      Object.fromEntries(
        page(rel)
          .elements.filter((e) => e.tagName === 'meta' && /^(og|twitter):image$/.test(attr(e, 'property') ?? attr(e, 'name') ?? ''))
          .map((e) => [attr(e, 'property') ?? attr(e, 'name'), attr(e, 'content')]),
      );
    const expectImage = (rel: string, path: string) => {
      expect(metas(rel), rel).toEqual({ 'og:image': root + path.slice(1), 'twitter:image': root + path.slice(1) });
      expect(readFileSync(join(DIST, path), 'utf8'), path).toContain('<svg');
    };
    const data = normalizedData();
    for (const d of data.disclosures) expectImage(`disclosures/${d.id}/index.html`, sharePaths.disclosure(d.id));
    const types = [...new Set(data.disclosures.map((d) => d.department_type))];
    for (const t of types) expectImage(`compare/type/${t}/index.html`, sharePaths.compareType(t));
    expect(Object.keys(metas('compare/index.html'))).toEqual(['og:image', 'twitter:image']);
    // Every pre-rendered side-by-side comparison, as built.
    for (const f of listFiles(join(DIST, 'compare/pair'))) {
      const m = /compare\/pair\/([^/\\]+)[/\\]([^/\\]+)[/\\]index\.html$/.exec(f);
      if (m) expectImage(`compare/pair/${m[1]}/${m[2]}/index.html`, sharePaths.pair(m[1], m[2]));
    }
  });

  it('PORTAL_SITE lands in every canonical link, the sitemaps, the citations and the /data/ snippets', () => {
    const root = `${TEST_SITE}${BASE}`;
    expect(deployedSite(DIST, BASE).siteRoot).toBe(root);
    const page = pageReader(DIST, BASE);
    const htmlFiles = listFiles(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => relative(DIST, f).split('\\').join('/'));
    for (const rel of htmlFiles) {
      const canonical = page(rel)
        .elements.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')
        .map((e) => attr(e, 'href'));
      // The 404 page asks not to be indexed; every other page names its own address.
      expect(canonical, rel).toEqual(rel === '404.html' ? [] : [root + rel.replace(/index\.html$/, '')]);
    }
    const dataUrl = `${root}data/`;
    expect(readFileSync(join(DIST, 'data/CITATION.cff'), 'utf8')).toContain(`url: "${dataUrl}"`);
    expect(readFileSync(join(DIST, 'data/citation.bib'), 'utf8')).toContain(`url = {${dataUrl}}`);
    const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8'));
    expect(pkg.homepage).toBe(dataUrl);
    const dataPage = page('data/index.html');
    expect(
      dataPage.elements
        .filter((e) => e.tagName === 'pre')
        .map(textOf)
        .join('\n'),
    ).toContain(dataUrl);
    expect(textOf(dataPage.elements.find((e) => e.tagName === 'body')!)).not.toContain('预览构建');
    for (const d of normalizedData().disclosures) {
      const cite = page(`disclosures/${d.id}/index.html`).elements.find((e) => e.tagName === 'p' && attr(e, 'class') === 'cite');
      expect(cite && textOf(cite), d.id).toContain(`${root}disclosures/${d.id}/`);
    }
    for (const f of listFiles(DIST).filter((x) => /\.(html|xml|txt|json|csv|md|cff|bib)$/.test(x)))
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/example\.org|fiscal-portal\./);
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
      const county = readSitemap(deployedSite(DIST, BASE))
        .pages.map((u) => /(\/counties\/\d{6}\/)$/.exec(u)?.[1])
        .find(Boolean);
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
          const hrefs = await page.evaluate(() =>
            [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')!),
          );
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
