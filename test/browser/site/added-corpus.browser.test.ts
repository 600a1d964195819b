/**
 * Search over the curated corpus with the fixture folders added (built by ensureAddedBuilt, shared
 * with added-corpus.site.test.ts): each added disclosure is found by its department and its county.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADDED_BUILD, addedIds, ensureAddedBuilt } from '../../support/added-corpus';
import { describeBrowser, newPage, openSite, type Site } from '../../support/browser';
import { searchSettled } from '../../support/search';
import type { Collections } from '../../../src/normalize/corpus';

describeBrowser('search over the added corpus in Chromium', () => {
  let site: Site;
  let tab: Page;
  let errors: string[];
  let data: Collections;
  beforeAll(async () => {
    data = ensureAddedBuilt();
    site = await openSite('/', ADDED_BUILD.dist);
    ({ page: tab, errors } = await newPage(site));
  }, 600_000);
  afterAll(async () => site?.close());

  it('finds each added disclosure by its department name and its county', async () => {
    for (const id of addedIds()) {
      const d = data.disclosures.find((x) => x.id === id)!;
      for (const q of [d.department_short_name.replace(/^【测试样例】/, ''), d.county_name]) {
        await tab.goto(site.url(`/search/?q=${encodeURIComponent(q)}`));
        expect(await searchSettled(tab)).toBe('done');
        const found = await tab.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(
          found.some((h) => h.includes(`/disclosures/${id}/`)),
          `“${q}” finds ${id}: ${found.join(', ')}`,
        ).toBe(true);
      }
    }
    expect(errors).toEqual([]);
  });
});
