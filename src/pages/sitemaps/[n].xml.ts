/**
 * /sitemaps/<n>.xml: the site's page URLs in order, at most config.pageLimits.sitemap
 * (≤ 50,000) per file; /sitemap.xml is the index of these files. None in a
 * preview build (no PORTAL_SITE): sitemaps need absolute URLs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allSitePaths } from '../../views/site/site-paths';
import { sitemapChunks, sitemapXml } from '../../views/site/sitemap';
import { config } from '../../config';
import { isPrimaryShard } from '../../store/shard';
import { href } from '../../core/url';

export const getStaticPaths = (async () => {
  if (!isPrimaryShard() || !import.meta.env.SITE) return [];
  return sitemapChunks(await allSitePaths(), config.pageLimits.sitemap).map((paths, i) => ({ params: { n: String(i + 1) }, props: { paths } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ paths: string[] }> = ({ props, site }) => {
  if (!site) throw new Error('sitemaps need `site` in astro.config.mjs (PORTAL_SITE)');
  return new Response(sitemapXml(props.paths.map((p) => new URL(href(p), site).href)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
