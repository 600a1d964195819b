/**
 * /sitemap.xml: a sitemap index pointing at the sitemap files
 * /sitemaps/<n>.xml (src/pages/sitemaps/[n].xml.ts), each of at most 50,000
 * URLs, so the site may have any number of pages. Absolute URLs (site + base)
 * as the sitemap protocol requires: a preview build (no PORTAL_SITE, see
 * src/core/site.ts) knows no host, so it has no sitemaps (a dynamic route only
 * to be able to emit none).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allSitePaths } from '../views/site/site-paths';
import { sitemapChunkPath, sitemapChunks, sitemapIndexXml } from '../views/site/sitemap';
import { config } from '../config';
import { href } from '../core/url';
import { isPrimaryShard } from '../store/shard';

export const getStaticPaths = (() => (import.meta.env.SITE && isPrimaryShard() ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs (PORTAL_SITE)');
  const chunks = sitemapChunks(await allSitePaths(), config.pageLimits.sitemap);
  const urls = chunks.map((_, i) => new URL(href(sitemapChunkPath(i + 1)), site).href);
  return new Response(sitemapIndexXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
