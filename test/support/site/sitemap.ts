/**
 * Reading a built site's sitemap: /sitemap.xml must be a sitemaps.org
 * sitemap index whose entries are the sitemap files (each a urlset of at most
 * 50,000 URLs); returns both levels so tests can check every page is listed
 * exactly once.
 */
import { readFileSync } from 'node:fs';
import { listFiles, resolveInternal } from './html-check';
import type { DeployedSite } from './site';
import { relative } from 'node:path';

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));

export interface SitemapRead {
  /** Absolute URLs of the sitemap files, in index order. */
  files: string[];
  /** Each file's page URLs. */
  chunks: string[][];
  /** Every page URL, in order. */
  pages: string[];
  problems: string[];
}

export function readSitemap(site: DeployedSite): SitemapRead {
  const problems: string[] = [];
  const index = readFileSync(`${site.dist}/sitemap.xml`, 'utf8');
  if (!index.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push('sitemap.xml: no XML declaration');
  if (!index.includes(`<sitemapindex xmlns="${NS}">`)) problems.push('sitemap.xml is not a sitemap index');
  if (/<url>|<urlset/.test(index)) problems.push('sitemap.xml mixes page URLs into the index');
  const files = locsOf(index);
  const chunks: string[][] = [];
  for (const f of files) {
    if (!f.startsWith(site.siteRoot)) {
      problems.push(`sitemap file ${f} is not under ${site.siteRoot}`);
      continue;
    }
    const r = resolveInternal(new URL(f), site);
    if ('error' in r) {
      problems.push(`sitemap file ${f}: ${r.error}`);
      continue;
    }
    const xml = readFileSync(r.file, 'utf8');
    if (!xml.includes(`<urlset xmlns="${NS}">`)) problems.push(`${f} is not a urlset`);
    const locs = locsOf(xml);
    if (locs.length > 50_000) problems.push(`${f} has ${locs.length} URLs (at most 50,000 per sitemap file)`);
    chunks.push(locs);
  }
  return { files, chunks, pages: chunks.flat(), problems };
}

/** The absolute URL of every built HTML page (404.html left out: it is no address of its own). */
export function builtPageUrls(site: DeployedSite): string[] {
  return listFiles(site.dist)
    .map((f) => relative(site.dist, f).split('\\').join('/'))
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => site.siteRoot + f.replace(/index\.html$/, ''))
    .sort();
}
