/**
 * A large department type's filtered table (/compare/type/<t>/<facet>/<value>/)
 * in Chromium, on the scale corpus (test/support/site/scale-corpus.ts): at
 * 390 and 1366 px no sideways page scroll, the facet links reachable and
 * followed from the keyboard, axe finds nothing, no console errors; without
 * JavaScript the links narrow the table step by step (province, then county)
 * and 清除筛选 goes back.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { axeViolations } from '../../support/axe';
import { ensureScaleSite, SCALE_CONTENT, SCALE_DIST, SCALE_LIMITS } from '../../support/site/scale-corpus';
import { readCorpusFiles } from '../../../src/build/corpus-files';
import { normalizeCorpus } from '../../../src/normalize/corpus';
import { runChecks } from '../../../src/checks/index';
import { compareRecord } from '../../../src/compare/record-build';
import { typesBySize } from '../../../src/compare/pair-scale';
import { facetOptions, facetPagePath } from '../../../src/compare/filters';
import type { CompareRecord } from '../../../src/compare/records';

let records: CompareRecord[] = [];
let typeId = '';
beforeAll(() => {
  ensureScaleSite();
  const r = normalizeCorpus(readCorpusFiles(SCALE_CONTENT), runChecks);
  if (!r.collections) throw new Error('scale corpus does not normalize');
  const t = typesBySize(r.collections.disclosures.map((d) => compareRecord(d, '')))[0];
  if (t.records.length <= SCALE_LIMITS.compareCharts) throw new Error('the scale corpus has no large type');
  typeId = t.id;
  records = t.records;
}, 600_000);

/** The province with the most disclosures (its table spans several pages). */
const biggestProvince = () => [...facetOptions(records).province].sort((a, b) => b.count - a.count)[0];
const rows = (page: Page) => page.locator('tr[data-key]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')!));
async function noSidewaysScroll(page: Page): Promise<void> {
  const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(sw, page.url()).toBeLessThanOrEqual(iw);
}

describeBrowser('a large type’s filtered table', () => {
  const site = useSite('/', SCALE_DIST);

  for (const [name, vp] of Object.entries(VIEWPORTS)) {
    it(`fits the screen, its facet links work from the keyboard, axe finds nothing (${name})`, async () => {
      const province = biggestProvince();
      expect(province.count, 'the province’s table has a second page').toBeGreaterThan(SCALE_LIMITS.compare);
      const { page, errors } = await newPage(site, vp);
      await page.goto(site.url(facetPagePath(typeId, 'province', province.value)));
      await noSidewaysScroll(page);
      expect(await page.locator('h1').textContent()).toContain(province.label);
      expect(await page.locator('#facet-links a[aria-current="page"]').textContent()).toBe(`${province.label}（${province.count}）`);
      // Tab from the top of the page reaches the facet links (at most once round the page's links).
      const stops = await page.locator('a[href], button, input, select').count();
      let inLinks = false;
      for (let i = 0; i < stops && !inLinks; i++) {
        await page.keyboard.press('Tab');
        inLinks = await page.evaluate(() => !!document.activeElement?.closest('#facet-links'));
      }
      expect(inLinks).toBe(true);
      // Tab on to a year link and follow it with Enter.
      for (let i = 0; i < stops; i++) {
        const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
        if (/\/year\/\d+\/$/.test(href)) break;
        await page.keyboard.press('Tab');
      }
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      expect(href).toMatch(/\/year\/\d+\/$/);
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
      const year = Number(/\/year\/(\d+)\/$/.exec(href)![1]);
      const shown = await rows(page);
      expect(shown.length).toBeGreaterThan(0);
      for (const id of shown) expect(records.find((r) => r.id === id)!.year, id).toBe(year);
      await noSidewaysScroll(page);
      expect(errors).toEqual([]);
      await page.context().close();

      // axe is injected as a script, which the CSP forbids: a context that bypasses CSP runs it.
      const axeContext = await site.browser.newContext({ viewport: vp, locale: 'zh-CN', bypassCSP: true });
      const axePage = await axeContext.newPage();
      for (const path of [facetPagePath(typeId, 'province', province.value), facetPagePath(typeId, 'province', province.value, 2)]) {
        await axePage.goto(site.url(path), { waitUntil: 'load' });
        expect(await axeViolations(axePage), path).toEqual([]);
      }
      await axeContext.close();
    });

    it(`without JavaScript the links narrow the table to a province, then a county, and 清除筛选 goes back (${name})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: vp, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(site.url(`/compare/type/${typeId}/`));
      const all = await rows(page);
      const province = biggestProvince();
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith(`/province/${province.value}/`)),
        page.click(`#facet-links a[href$="/province/${province.value}/"]`),
      ]);
      for (const id of await rows(page)) expect(records.find((r) => r.id === id)!.province_code, id).toBe(province.value);
      await noSidewaysScroll(page);
      const county = records.find((r) => r.province_code === province.value)!;
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith(`/county/${county.county_code}/`)),
        page.click(`#facet-links a[href$="/county/${county.county_code}/"]`),
      ]);
      const inCounty = await rows(page);
      expect(inCounty.length).toBeGreaterThan(0);
      for (const id of inCounty) expect(records.find((r) => r.id === id)!.county_code, id).toBe(county.county_code);
      expect(await page.locator('h1').textContent()).toContain(county.county);
      await noSidewaysScroll(page);
      await Promise.all([page.waitForURL((u) => !/\/(county|province)\//.test(u.pathname)), page.click('a:text-is("清除筛选")')]);
      expect(await rows(page)).toEqual(all);
      await context.close();
    });
  }
});
