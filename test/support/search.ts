/** Shared by the search tests: the normalized collections from the curated content. */
import type { Collections } from '../../src/normalize/corpus';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR } from './browser';
import { MANIFEST_NAME } from '../../src/search/manifest';
import { disclosureTags } from '../../src/search/tags';

/** The normalized collections of the curated content (one cached copy: test/support/site/site.ts). */
import { normalizedData as normalizedCollections } from './site/site';
export { normalizedCollections };

/** The names a disclosure is known by (its indexed names line), its title and its source text, for "does it state q". */
export function statedIn(id: string): string {
  const d = normalizedCollections().disclosures.find((x) => x.id === id)!;
  const src = normalizedCollections().sources.find((x) => x.id === id)!;
  return `${disclosureTags(d).names.join(' ')}\n${d.title}\n${src.text}`.normalize('NFKC');
}

/** The disclosures that state `q` anywhere a search can find it. */
export function disclosuresStating(q: string): Collections['disclosures'] {
  return normalizedCollections().disclosures.filter((d) => statedIn(d.id).includes(q.normalize('NFKC')));
}

/** Fail at once (not after a timeout per test) when the built site has no search index. */
export function requireSearchIndex(): void {
  const entry = join(DIST_DIR, 'pagefind', MANIFEST_NAME);
  if (!existsSync(entry)) throw new Error(`${entry} not found: build the site with \`npm run build\` (the search index is a build step)`);
}

/** Open the filter panel (its filter files load then) and wait for the search it reruns with counts. */
export async function openFilters(page: Page): Promise<void> {
  await page.locator('.search-facets summary').click();
  await page.waitForSelector('[data-facet-groups] input[data-key]', { state: 'attached', timeout: 30_000 });
  await searchSettled(page);
}

/** Wait until the search page has finished (results rendered) and return its state ("done" or "error"). */
export async function searchSettled(page: Page): Promise<string> {
  await page.waitForSelector('[data-search][data-search-state=done], [data-search][data-search-state=error]', { state: 'attached', timeout: 30_000 });
  return (await page.getAttribute('[data-search]', 'data-search-state')) ?? '';
}
