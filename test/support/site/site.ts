/**
 * What the site tests need to know about a built dist folder: its base path,
 * its absolute root URL (from the home page's canonical link), and the
 * normalized data it was built from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, parsePage } from './html-check';
import { runNormalize } from '../../../src/build/normalize-run';
import type { Collections } from '../../../src/normalize/corpus';

export const normalizeBase = (b: string) => (b.startsWith('/') ? b : '/' + b).replace(/\/?$/, '/');

export interface BuiltSite {
  dist: string;
  base: string;
  /** e.g. "https://fiscal-portal.example.org/portal/" */
  siteRoot: string;
}

export function builtSite(dist: string, base: string): BuiltSite {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) throw new Error(`${home} not found: build the site first (npm run build)`);
  const page = parsePage(readFileSync(home, 'utf8'), 'index.html', base);
  const canonical = page.elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
  const href = canonical && attr(canonical, 'href');
  if (!href) throw new Error(`${home} has no canonical link`);
  return { dist, base, siteRoot: href };
}

let data: Collections | null = null;
/** The normalized collections, computed afresh from the curated content (the truth the pages must show). */
export function normalizedData(): Collections {
  if (!data) {
    const r = runNormalize(process.cwd());
    if (!r.collections) throw new Error(`the curated content has problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
    data = r.collections;
  }
  return data;
}
