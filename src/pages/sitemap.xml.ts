/**
 * /sitemap.xml: a sitemap index pointing at the sitemap files
 * /sitemaps/<n>.xml (src/pages/sitemaps/[n].xml.ts), each of at most 50,000
 * URLs, so the site may have any number of pages. Absolute URLs (site + base).
 */
import type { APIRoute } from 'astro';
import { allSitePaths } from '../views/site/site-paths';
import { sitemapChunkPath, sitemapChunks, sitemapIndexXml } from '../views/site/sitemap';
import { config } from '../config';
import { href } from '../core/url';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs (PORTAL_SITE)');
  const chunks = sitemapChunks(await allSitePaths(), config.pageLimits.sitemap);
  const urls = chunks.map((_, i) => new URL(href(sitemapChunkPath(i + 1)), site).href);
  return new Response(sitemapIndexXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
