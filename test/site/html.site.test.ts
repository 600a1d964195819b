/**
 * The whole built site (every .html in DIST_DIR): valid HTML by a real parser,
 * the portal's hygiene rules, every internal link resolving (with the base)
 * and every fragment existing; plus the sitemap index, robots.txt and the
 * Content-Security-Policy of the pages and of public/_headers.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR } from '../support/browser';
import { attr, checkSite, listFiles, pageProblems, parsePage, resolveInternal } from '../support/site/html-check';
import { builtSite, normalizeBase, normalizedData, type DeployedSite } from '../support/site/site';
import { siteConfig } from '../../src/core/site';
import { builtPageUrls, readSitemap } from '../support/site/sitemap';
import { CSP, SECURITY_HEADERS } from '../../src/core/csp';

const site = builtSite(DIST_DIR, normalizeBase(process.env.PORTAL_BASE ?? '/'));
// Built as the tests' environment says: with PORTAL_SITE a deployed site, else (the README's and CI's build) a preview.
const origin = siteConfig(process.env).site;
const deployed = (): DeployedSite => {
  if (site.siteRoot === null) throw new Error(`${DIST_DIR} has no canonical links although PORTAL_SITE is set`);
  return { ...site, siteRoot: site.siteRoot };
};

describe(`built site in ${DIST_DIR}`, () => {
  const report = checkSite(site);

  it.runIf(origin !== null)('has the canonical home address at the configured base (PORTAL_SITE set)', () => {
    expect(site.siteRoot).toBe(`${origin}${site.base}`);
  });

  it.runIf(origin === null)('a preview build (no PORTAL_SITE) has no canonical link, og:url or sitemap link on any page', () => {
    expect(site.siteRoot).toBeNull();
    expect(report.pages.size).toBeGreaterThan(0);
    for (const page of report.pages.values()) {
      const absolute = page.elements.filter(
        (e) => (e.tagName === 'link' && ['canonical', 'sitemap'].includes(attr(e, 'rel') ?? '')) || (e.tagName === 'meta' && attr(e, 'property') === 'og:url'),
      );
      expect(
        absolute.map((e) => e.tagName),
        page.file,
      ).toEqual([]);
    }
  });

  it('no file of the build names a placeholder host (example.org, fiscal-portal.…)', () => {
    const text = /\.(html|xml|txt|json|csv|md|cff|bib|js|css)$/;
    const files = listFiles(DIST_DIR).filter((f) => text.test(f));
    expect(files.length).toBeGreaterThan(report.pages.size);
    const found = files.filter((f) => /example\.org|fiscal-portal\./.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('checks a real number of pages', () => {
    // Home, counties index, about, methodology, 404, every county page, every disclosure page at least.
    const d = normalizedData();
    expect(report.pages.size).toBeGreaterThanOrEqual(5 + d.disclosures.length);
  });

  it('every page is valid HTML, follows the hygiene rules and every internal link and fragment resolves', () => {
    expect(report.problems).toEqual([]);
  });

  it('serves the same Content-Security-Policy in every page and in public/_headers, without unsafe-inline scripts', () => {
    expect(CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(CSP).not.toMatch(/style-src[^;]*unsafe-inline/);
    for (const page of report.pages.values()) {
      const meta = page.elements.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(meta && attr(meta, 'content'), page.file).toBe(CSP);
    }
    const headers = readFileSync(join(DIST_DIR, '_headers'), 'utf8');
    const served = Object.fromEntries([...headers.matchAll(/^\s+([A-Za-z-]+):\s*(.+)$/gm)].map((m) => [m[1], m[2].trim()]));
    expect(served).toEqual(SECURITY_HEADERS);
    expect(served['Content-Security-Policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(headers).toMatch(/^\/\*$/m);
  });

  it.runIf(origin === null)('a preview build has no sitemaps (they need absolute URLs) and robots.txt names none', () => {
    expect(existsSync(join(DIST_DIR, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(DIST_DIR, 'sitemaps'))).toBe(false);
    const robots = readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/Sitemap:/i);
  });

  it.runIf(origin !== null)('sitemap.xml is a sitemap index whose files list every built page exactly once, by absolute URL', () => {
    const site = deployed();
    const sm = readSitemap(site);
    expect(sm.problems).toEqual([]);
    expect(sm.files.length).toBeGreaterThanOrEqual(1);
    for (const f of sm.files) expect(f.startsWith(site.siteRoot), f).toBe(true);
    expect(new Set(sm.pages).size).toBe(sm.pages.length);
    for (const loc of sm.pages) {
      expect(loc.startsWith(site.siteRoot), loc).toBe(true);
      const r = resolveInternal(new URL(loc), site);
      expect('file' in r ? r.file.endsWith('.html') : r.error, loc).toBe(true);
    }
    expect([...sm.pages].sort()).toEqual(builtPageUrls(site));
    const d = normalizedData();
    const expected = [
      '',
      'about/',
      'methodology/',
      'counties/',
      'checks/',
      ...d.disclosures.map((x) => `disclosures/${x.id}/`),
      ...d.disclosures.map((x) => `counties/${x.county_code}/`),
    ];
    for (const p of expected) expect(sm.pages, p).toContain(site.siteRoot + p);
    expect(sm.pages.some((l) => l.includes('404'))).toBe(false);
  });

  it.runIf(origin !== null)('robots.txt points to the sitemap by its absolute URL', () => {
    const site = deployed();
    const robots = readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${site.siteRoot}sitemap.xml`);
  });

  it('the header search box is a GET form to the search page with a labelled q field on every page', () => {
    for (const page of report.pages.values()) {
      const form = page.elements.find((e) => e.tagName === 'form' && attr(e, 'role') === 'search');
      expect(form, page.file).toBeTruthy();
      expect(attr(form!, 'method'), page.file).toBe('get');
      expect(attr(form!, 'action'), page.file).toBe(`${site.base}search/`);
      const input = page.elements.find((e) => e.tagName === 'input' && attr(e, 'name') === 'q' && attr(e, 'id') === 'site-search-q');
      expect(input, page.file).toBeTruthy();
      const label = page.elements.find((e) => e.tagName === 'label' && attr(e, 'for') === 'site-search-q');
      expect(label, page.file).toBeTruthy();
    }
  });

  it('the checker itself catches the faults it is meant to catch', () => {
    const bad = `<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><h1>a</h1><p id="x">1</p><p id="x" style="color:red" class="a" class="b">2</p><p><div>block in p</div></p><table><div>x</div></table>
      <div><span></div></span><script>alert(1)</script><a href="javascript:void(0)">j</a><a href="#nope">n</a><ul><p>bad</p></ul></body></html>`;
    const page = parsePage(bad, 'bad.html', '/');
    const problems = pageProblems(page, { is404: false }).join('\n');
    expect(problems).toMatch(/HTML error: <\/div> at line 2 closes <span>/);
    expect(problems).toMatch(/HTML error: duplicate-attribute/);
    expect(problems).toMatch(/id "x" used 2 times/);
    expect(problems).toMatch(/style=""/);
    expect(problems).toMatch(/inline <script>/);
    expect(problems).toMatch(/javascript: URL/);
    expect(problems).toMatch(/<p> directly inside <ul>/);
    expect(problems).toMatch(/<div> inside <p>/);
    expect(problems).toMatch(/<div> directly inside <table>/);
  });

  it('the checker catches broken links, missing fragments and links outside the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-check-'));
    try {
      const shell = (body: string) =>
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>t</title><meta name="description" content="d"><meta property="og:title" content="t"><meta property="og:description" content="d"><meta property="og:url" content="https://x.test/p/"></head><body><h1 id="top">t</h1>${body}</body></html>`;
      mkdirSync(join(dir, 'a'));
      writeFileSync(
        join(dir, 'index.html'),
        shell(
          '<a href="/p/a/">ok</a><a href="/p/a/#top">ok</a><a href="/p/a/#gone">x</a><a href="/p/missing/">x</a><a href="/elsewhere/">x</a><a href="/p/a">x</a>',
        ),
      );
      writeFileSync(join(dir, 'a', 'index.html'), shell('<a href="../">up</a>'));
      const r = checkSite({ dist: dir, base: '/p/', siteRoot: 'https://x.test/p/' });
      const text = r.problems.join('\n');
      expect(text).toMatch(/#gone, which is not an id/);
      expect(text).toMatch(/broken href="\/p\/missing\/"/);
      expect(text).toMatch(/outside the base \/p\//);
      expect(text).toMatch(/without its trailing slash/);
      expect(r.problems).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
