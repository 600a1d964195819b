/**
 * Scoped search in Chromium against the built site: a search scoped to a
 * place (?place=<code>, or a place named in the query) reads that place's
 * partition first and says its results are incomplete; asking for the other
 * places merges their partitions and adds their hits after the scope's; a
 * nationwide search reads every partition and says when it is complete; the
 * filter panel's files are fetched only once the panel is opened. Corpus-wide
 * expectations derive from the data (the seed corpus has two provinces).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newPage, openSite, type Site } from '../../support/browser';
import { disclosuresStating, normalizedCollections, openFilters, requireSearchIndex, searchSettled } from '../../support/search';
import { countByCounty, planPartitions } from '../../../src/core/partitions';

const data = normalizedCollections();
const plan = planPartitions(countByCounty(data.disclosures.map((d) => d.county_code)));
const partitionOf = (id: string) => plan.of(data.disclosures.find((d) => d.id === id)?.county_code ?? id);

/** A disclosure and a word its department type is known by that disclosures of another partition state too. */
function scopeCase(): { d: (typeof data.disclosures)[number]; term: string; inside: string[]; outside: string[] } {
  for (const d of data.disclosures) {
    const term = d.department_type_name;
    const stating = disclosuresStating(term).map((x) => x.id);
    const inside = stating.filter((id) => partitionOf(id) === plan.of(d.county_code));
    const outside = stating.filter((id) => partitionOf(id) !== plan.of(d.county_code));
    if (outside.length) return { d, term, inside, outside };
  }
  throw new Error('no department type is stated in two partitions: the seed corpus has two provinces with 网信办 disclosures');
}

async function results(page: Page): Promise<{ ids: string[]; complete: string; scope: string; status: string }> {
  expect(await searchSettled(page)).toBe('done');
  const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return {
    ids: hrefs.map((h) => /\/(disclosures|counties)\/([^/]+)\//.exec(h)?.[2] ?? h),
    complete: (await page.getAttribute('[data-search]', 'data-search-complete')) ?? '',
    scope: (await page.locator('[data-scope]').isVisible()) ? ((await page.locator('[data-scope-text]').textContent()) ?? '') : '',
    status: (await page.locator('[data-status]').textContent()) ?? '',
  };
}

const fetched = (site: Site, pattern: RegExp) => [...site.server.sent.keys()].filter((p) => pattern.test(p));

describeBrowser('scoped search in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    requireSearchIndex();
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('has at least two partitions to scope (the seed corpus has two provinces)', () => {
    expect(plan.partitions.length).toBeGreaterThanOrEqual(2);
  });

  it('searches the place of ?place= first, says the results are incomplete, and merges the other places when asked', async () => {
    const { d, term, inside, outside } = scopeCase();
    const scope = plan.of(d.county_code);
    site.server.sent.clear();
    const { page, errors } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent(term)}&place=${d.county_code}`));
    const first = await results(page);
    expect(first.complete).toBe('false');
    expect(first.scope).toContain('结果尚不完整');
    expect(first.scope).toContain(d.county_name);
    expect(first.status).toContain('在已搜索的地区中');
    // Only the scope's partition was read, and all its disclosures that state the term are found.
    expect(fetched(site, /\/pagefind\/\d+\//).every((p) => p.includes(`/pagefind/${scope}/`))).toBe(true);
    expect(first.ids.filter((id) => data.disclosures.some((x) => x.id === id)).sort()).toEqual([...inside].sort());
    expect(first.ids.every((id) => partitionOf(id) === scope)).toBe(true);

    await page.locator('[data-scope-more]').click();
    await page.waitForSelector('[data-search][data-search-complete=true][data-search-state=done]', { state: 'attached', timeout: 30_000 });
    const all = await results(page);
    for (const id of [...inside, ...outside]) expect(all.ids, id).toContain(id);
    // The scope's hits come first.
    const firstOutside = all.ids.findIndex((id) => partitionOf(id) !== scope);
    expect(all.ids.slice(firstOutside).every((id) => partitionOf(id) !== scope)).toBe(true);
    expect(all.scope).not.toContain('结果尚不完整');
    expect(await page.locator('[data-scope-more]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('takes the scope from a place named in the query', async () => {
    const { d, term } = scopeCase();
    const { page, errors } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent(`${d.county_name} ${term}`)}`));
    const r = await results(page);
    expect(r.complete).toBe('false');
    expect(r.scope).toContain(d.county_name);
    expect(r.ids).toContain(d.id);
    expect(errors).toEqual([]);
  });

  it('searches every partition when nothing is scoped, and says when the results are complete', async () => {
    const { term, inside, outside } = scopeCase();
    const { page, errors } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent(term)}`));
    const r = await results(page);
    expect(r.complete).toBe('true');
    for (const id of [...inside, ...outside]) expect(r.ids, id).toContain(id);
    expect(r.scope).toContain(`已搜索全部 ${plan.partitions.length} 个地区分区`);
    expect(errors).toEqual([]);
  });

  it('fetches no filter file until the filter panel is opened', async () => {
    const { term } = scopeCase();
    site.server.sent.clear();
    const { page, errors } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent(term)}`));
    await results(page);
    expect(fetched(site, /\/pagefind\/.+\/index\//).length).toBeGreaterThan(0);
    expect(fetched(site, /\/filter\//)).toEqual([]);
    await openFilters(page);
    expect(fetched(site, /\/filter\//).length).toBeGreaterThan(0);
    expect(await page.locator('input[data-key="province"]').count()).toBe(new Set(data.disclosures.map((d) => d.province)).size);
    expect(errors).toEqual([]);
  });
});
