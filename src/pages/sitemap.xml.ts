/**
 * /sitemap.xml: every page, with absolute URLs (site + base). Static pages are
 * found from the page files; dynamic ones are expanded from the collections.
 */
import type { APIRoute } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { allDisclosures } from '../data/collections';
import { allCountyRecords } from '../components/site/data';
import { countyPageCodes } from '../components/site/model/regions';
import { sitePaths, sitemapXml } from '../components/site/model/sitemap';
import { href } from '../lib/url';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs (PORTAL_SITE)');
  const pagesDir = resolve('src/pages');
  const files = listFiles(pagesDir).map((f) => relative(pagesDir, f).split('\\').join('/'));
  const ids = (await allDisclosures()).map((d) => d.id);
  const codes = countyPageCodes(await allCountyRecords());
  const paths = sitePaths(files, { 'disclosures/[id]': ids, 'counties/[code]': codes });
  const urls = paths.map((p) => new URL(href(p), site).href);
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
