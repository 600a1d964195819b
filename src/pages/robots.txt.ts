/**
 * /robots.txt: allow everything and point to the sitemap by its absolute URL
 * (site + base), which a static file in public/ could not know. A preview
 * build (no PORTAL_SITE) has no sitemap, so no Sitemap line.
 */
import type { APIRoute } from 'astro';
import { href } from '../core/url';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(href('/sitemap.xml'), site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
