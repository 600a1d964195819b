/**
 * /robots.txt: allow everything and point to the sitemap by its absolute URL
 * (site + base), which a static file in public/ could not know.
 */
import type { APIRoute } from 'astro';
import { href } from '../core/url';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` in astro.config.mjs (PORTAL_SITE)');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap.xml'), site).href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
