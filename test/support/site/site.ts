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
  /** e.g. "https://portal.test/portal/"; null for a preview build (no PORTAL_SITE: no canonical link). */
  siteRoot: string | null;
}

/** A site built with PORTAL_SITE: its pages have canonical links, it has sitemaps. */
export interface DeployedSite extends BuiltSite {
  siteRoot: string;
}

/** The origin the child builds that need absolute URLs (sitemaps, canonicals) are given: .test is reserved for testing. */
export const TEST_SITE = 'https://portal.test';

export function builtSite(dist: string, base: string): BuiltSite {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) throw new Error(`${home} not found: build the site first (npm run build)`);
  const page = parsePage(readFileSync(home, 'utf8'), 'index.html', base);
  const canonical = page.elements.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
  return { dist, base, siteRoot: (canonical && attr(canonical, 'href')) || null };
}

/** builtSite of a build that must have been given PORTAL_SITE. */
export function deployedSite(dist: string, base: string): DeployedSite {
  const site = builtSite(dist, base);
  if (site.siteRoot === null) throw new Error(`${dist}/index.html has no canonical link: build it with PORTAL_SITE set`);
  return { ...site, siteRoot: site.siteRoot };
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
