/**
 * Reuse (#16 item 7) over the built site in DIST_DIR: the readers' site map
 * (/sitemap/) lists every section and links into every page family, every
 * page's footer links it; a share preview SVG is built for every disclosure
 * and every department type's comparison, with the title in it; a preview
 * build (no PORTAL_SITE) names no og:image or twitter:image on any page
 * (production builds do: test/site/subpath.site.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST_DIR } from '../support/browser';
import { attr, listFiles, pageReader } from '../support/site/html-check';
import { builtSite, normalizeBase, normalizedData } from '../support/site/site';
import { paths, sharePaths } from '../../src/core/routes';
import { siteConfig } from '../../src/core/site';
import { escapeXml } from '../../src/charts/tree';

const base = normalizeBase(process.env.PORTAL_BASE ?? '/');
const site = builtSite(DIST_DIR, base);
const page = pageReader(DIST_DIR, base);
const htmlFiles = listFiles(DIST_DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => relative(DIST_DIR, f).split('\\').join('/'));
/** Site path (without base) of a link on a page, or null for an outside or fragment-only link. */
const linkPaths = (rel: string): string[] =>
  page(rel)
    .elements.filter((e) => e.tagName === 'a' && attr(e, 'href'))
    .map((e) => new URL(attr(e, 'href')!, `https://h.invalid${base}${rel.replace(/index\.html$/, '')}`))
    .filter((u) => u.host === 'h.invalid' && u.pathname.startsWith(base))
    .map((u) => '/' + u.pathname.slice(base.length));

describe('the readers’ site map', () => {
  const mapFile = paths.siteMap().slice(1) + 'index.html';
  const links = linkPaths(mapFile);

  it('links every section of the site: the first path segment of every built page', () => {
    const sections = new Set(
      htmlFiles
        .map((f) => '/' + f.replace(/index\.html$/, ''))
        .filter((p) => p !== '/404.html' && p !== paths.siteMap())
        .map((p) => (p === '/' ? '/' : `/${p.split('/')[1]}/`)),
    );
    for (const s of sections)
      expect(
        links.some((l) => (s === '/' ? l === '/' : l.startsWith(s))),
        `a link into ${s}`,
      ).toBe(true);
  });

  it('links into the page families: a disclosure page, a county page, each department type’s comparison, each province in the list of places', () => {
    const data = normalizedData();
    const exists = (p: string) => existsSync(join(DIST_DIR, p, 'index.html'));
    const disclosures = links.filter((l) => data.disclosures.some((d) => l === paths.disclosure(d.id)));
    const counties = links.filter((l) => data.counties.some((c) => l === paths.county(c.code)));
    expect(disclosures.length).toBe(Math.min(10, data.disclosures.length));
    expect(counties.length).toBeGreaterThan(0);
    for (const l of [...disclosures, ...counties]) expect(exists(l), l).toBe(true);
    for (const t of new Set(data.disclosures.map((d) => d.department_type))) expect(links, t).toContain(paths.compareType(t));
    const mapText = readFileSync(join(DIST_DIR, mapFile), 'utf8');
    for (const p of new Set(data.disclosures.map((d) => d.province))) expect(mapText, p).toContain(p);
  });

  it('is linked from every page’s footer, and the footer no longer opens the raw XML', () => {
    for (const rel of htmlFiles) {
      const footer = page(rel).elements.filter((e) => e.tagName === 'a' && attr(e, 'href') === base.replace(/\/$/, '') + paths.siteMap());
      expect(footer.length, rel).toBeGreaterThan(0);
    }
    expect(readFileSync(join(DIST_DIR, 'index.html'), 'utf8')).not.toMatch(/<a href="[^"]*sitemap\.xml">网站地图</);
  });
});

describe('share preview images', () => {
  const data = normalizedData();

  it('an SVG per disclosure, with its title (escaped) as the image title', () => {
    for (const d of data.disclosures) {
      const svg = readFileSync(join(DIST_DIR, sharePaths.disclosure(d.id)), 'utf8');
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'), d.id).toBe(true);
      expect(svg, d.id).toContain(`<title>${escapeXml(d.title)}</title>`);
      expect(svg, d.id).toContain(escapeXml(d.county_name));
    }
  });

  it('an SVG per department type’s comparison', () => {
    for (const t of new Set(data.disclosures.map((d) => d.department_type))) {
      const svg = readFileSync(join(DIST_DIR, sharePaths.compareType(t)), 'utf8');
      expect(svg, t).toMatch(/<title>对比各地[^<]+<\/title>/);
    }
  });

  it('an SVG per pre-rendered side-by-side comparison, titled as its page', () => {
    const pairs = htmlFiles.map((f) => /^compare\/pair\/([^/]+)\/([^/]+)\/index\.html$/.exec(f)).filter((m): m is RegExpExecArray => m !== null);
    for (const [rel, a, b] of pairs) {
      const title = page(rel).elements.find((e) => e.tagName === 'h1');
      const svg = readFileSync(join(DIST_DIR, sharePaths.pair(a, b)), 'utf8');
      expect(svg, rel).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
      expect(svg, rel).toMatch(/<title>并排对比：[^<]+<\/title>/);
      expect(title, rel).toBeDefined();
    }
  });

  it.runIf(siteConfig(process.env).site === null)('a preview build names no og:image or twitter:image on any page', () => {
    expect(site.siteRoot).toBeNull();
    for (const rel of htmlFiles) {
      const images = page(rel).elements.filter((e) => e.tagName === 'meta' && /image/.test(attr(e, 'property') ?? attr(e, 'name') ?? ''));
      expect(
        images.map((e) => attr(e, 'property') ?? attr(e, 'name')),
        rel,
      ).toEqual([]);
    }
  });
});
