/**
 * The search page in Chromium against the built site: filters narrow the
 * results and their counts are right, the URL keeps the search, hits link to
 * the source line where their text is, personal mobile numbers find nothing,
 * the header search box leads here, it works with the keyboard and on a
 * phone, says what to do without JavaScript, and has no axe violations.
 * (Scoped searches and the lazy filter panel: scope.browser.test.ts.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeBrowser, newPage, openSite, VIEWPORTS, type Site } from '../../support/browser';
import { disclosuresStating, normalizedCollections, openFilters, requireSearchIndex, searchSettled } from '../../support/search';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const v = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return v.map(
    (x) =>
      `${x.id}: ${x.help} — ${x.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

interface Shown {
  ids: string[];
  status: string;
}

async function shown(page: Page): Promise<Shown> {
  expect(await searchSettled(page)).toBe('done');
  const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return {
    ids: hrefs.map((h) => /\/(disclosures|counties)\/([^/]+)\//.exec(h)?.[2] ?? h),
    status: (await page.locator('[data-status]').textContent()) ?? '',
  };
}

/** The count printed beside a facet value. */
async function facetCount(page: Page, key: string, value: string): Promise<number> {
  const id = await page.locator(`input[data-key="${key}"][value="${value}"]`).getAttribute('id');
  const text = (await page.locator(`label[for="${id}"] .search-count`).textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0]);
}

async function toggle(page: Page, key: string, value: string): Promise<void> {
  await page.locator(`input[data-key="${key}"][value="${value}"]`).click();
  // The URL changes in the same task that starts the search (which marks the page busy).
  await page.waitForFunction(([k, v]) => new URL(location.href).searchParams.getAll(k).includes(v), [key, value]);
}

describeBrowser('search page in Chromium', () => {
  let site: Site;
  const data = normalizedCollections();
  const withTerm = (pred: (text: string) => boolean) => data.disclosures.filter((d) => pred(data.sources.find((s) => s.id === d.id)!.text)).map((d) => d.id);

  beforeAll(async () => {
    requireSearchIndex();
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('narrows results by county, year, kind and province, with counts that match, and keeps them in a shareable URL', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('网信办')}`));
    await shown(page);
    await openFilters(page);
    const all = await shown(page);
    // Every disclosure that states 网信办 is found, and a county page for each county that has one.
    const matching = disclosuresStating('网信办');
    const inCounties = (names: string[]) => matching.filter((d) => names.includes(d.county_name));
    const disclosures = all.ids.filter((id) => data.disclosures.some((d) => d.id === id));
    expect(disclosures.sort()).toEqual(matching.map((d) => d.id).sort());

    for (const d of matching) {
      const expected = inCounties([d.county_name]).length + 1; // + the county page
      expect(await facetCount(page, 'county', d.county_name), d.county_name).toBe(expected);
    }
    const jh = data.disclosures.find((d) => d.id === '431129-cac-2024-performance-self-evaluation')!;
    await toggle(page, 'county', jh.county_name);
    const oneCounty = await shown(page);
    expect(oneCounty.ids.sort()).toEqual([...inCounties([jh.county_name]).map((d) => d.id), jh.county_code].sort());
    expect(new URL(page.url()).searchParams.getAll('county')).toEqual([jh.county_name]);
    // Another county adds its pages (values of one filter are alternatives).
    const yx = data.disclosures.find((d) => d.id === '430223-cac-2024-final-accounts')!;
    await toggle(page, 'county', yx.county_name);
    const two = inCounties([jh.county_name, yx.county_name]);
    expect((await shown(page)).ids.sort()).toEqual([...two.map((d) => d.id), jh.county_code, yx.county_code].sort());
    // A year narrows further (county pages have no year).
    const year = String(jh.year);
    const yearCount = await facetCount(page, 'year', year);
    await toggle(page, 'year', year);
    const narrowed = await shown(page);
    expect(narrowed.ids.sort()).toEqual(
      two
        .filter((d) => d.year === jh.year)
        .map((d) => d.id)
        .sort(),
    );
    expect(narrowed.ids.length).toBe(yearCount);
    expect(narrowed.status).toContain('在所选范围内');

    // The URL restores the same search.
    const shared = page.url();
    const { page: page2 } = await newPage(site);
    await page2.goto(shared);
    const restored = await shown(page2);
    expect(restored.ids.sort()).toEqual(narrowed.ids.sort());
    expect(await page2.inputValue('#search-q')).toBe('网信办');
    expect(await page2.locator(`input[data-key="year"][value="${year}"]`).isChecked()).toBe(true);

    // Kind and province, from a fresh search.
    const kind = data.disclosures.find((d) => d.kind === 'final-accounts')!.kind_zh;
    await page.goto(site.url(`/search/?q=${encodeURIComponent('网信办')}&kind=${encodeURIComponent(kind)}`));
    expect((await shown(page)).ids.sort()).toEqual(
      matching
        .filter((d) => d.kind_zh === kind)
        .map((d) => d.id)
        .sort(),
    );
    // The smallest province among those with a document that states 项目支出.
    const stating = withTerm((t) => t.includes('项目支出'));
    const provinces = [...new Set(data.disclosures.filter((d) => stating.includes(d.id)).map((d) => d.province))];
    const size = (p: string) => data.disclosures.filter((d) => d.province === p).length;
    const province = provinces.sort((a, b) => size(a) - size(b) || a.localeCompare(b))[0];
    const inProvince = data.disclosures.filter((d) => d.province === province && stating.includes(d.id));
    expect(inProvince.length).toBeGreaterThan(0);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('项目支出')}&province=${encodeURIComponent(province)}&type=${encodeURIComponent('公开文件')}`));
    expect((await shown(page)).ids.sort()).toEqual(inProvince.map((d) => d.id).sort());
    // Clearing the filters brings every hit back.
    await page.locator('[data-clear]').click();
    const cleared = await shown(page);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('项目支出')}`);
    for (const id of withTerm((t) => t.includes('项目支出'))) expect(cleared.ids).toContain(id);
    expect(errors).toEqual([]);
  });

  it('finds nothing for a personal mobile number from the source documents', async () => {
    const { page, errors } = await newPage(site);
    const raw =
      readFileSync('content/disclosures/430423-cac-2023-performance-self-evaluation/source.txt', 'utf8') +
      readFileSync('content/disclosures/130132-cac-2022-performance-self-evaluation/source.txt', 'utf8');
    for (const phone of ['18890256850', '17778260526']) {
      expect(raw, `${phone} should be in a seed source`).toContain(phone);
      await page.goto(site.url(`/search/?q=${phone}`));
      const r = await shown(page);
      expect(r.ids).toEqual([]);
      expect(r.status).toBe(`没有找到包含“${phone}”的页面。`);
      // Nor as part of a longer query.
      await page.goto(site.url(`/search/?q=${encodeURIComponent(`联系电话 ${phone}`)}`));
      expect((await shown(page)).ids).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('links a hit in the source text to the line that holds the words', async () => {
    const { page, errors } = await newPage(site);
    const d = data.disclosures.find((x) => x.key.expenditure_total?.published === '89.93')!;
    const src = data.sources.find((x) => x.id === d.id)!;
    await page.goto(site.url('/search/?q=89.93'));
    await shown(page);
    const result = page.locator('.search-result', { has: page.locator(`.search-result-title a[href$="/disclosures/${d.id}/"]`) });
    const spots = result.locator('.search-spots a');
    expect(await spots.count()).toBeGreaterThan(0);
    const first = spots.first();
    expect(await first.locator('.search-spot-kind').textContent()).toBe('原文');
    expect(await first.locator('mark').first().textContent()).toBe('89.93');
    const href = (await first.getAttribute('href'))!;
    const m = new RegExp(`/disclosures/${d.id}/\\?hl=89\\.93#L(\\d+)$`).exec(href);
    expect(m, href).not.toBeNull();
    // The linked line itself states the figure (not only the chunk of lines it starts).
    expect(src.text.split('\n')[Number(m![1]) - 1], `line ${m![1]}`).toContain('89.93');
    await first.click();
    await page.waitForURL((u) => u.pathname.endsWith(`/disclosures/${d.id}/`) && u.hash === `#L${m![1]}`);
    // The page marks the searched words on that line, and shows them.
    const mark = page.locator('.src-text mark.hit').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('89.93');
    expect(await mark.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('searches the words of a phrase nobody wrote, and says so', async () => {
    const { page } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('江华项目支出')}`));
    const r = await shown(page);
    // 江华 is a place: its partition is searched first (the scope line says the rest is not yet).
    expect(r.status).toMatch(/^没有找到连在一起的“江华项目支出”；(在已搜索的地区中)?以下 \d+ 个页面同时包含“江华”“项目/);
    expect(r.ids).toContain(data.disclosures.find((x) => x.id === '431129-cac-2024-performance-self-evaluation')!.id);
  });

  it('is led to from the header search box, with the query filled in and searched', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/'));
    await page.fill('#site-search-q', '三公经费');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/search/'));
    const r = await shown(page);
    expect(await page.inputValue('#search-q')).toBe('三公经费');
    for (const id of withTerm((t) => t.includes('三公经费'))) expect(r.ids).toContain(id);
    expect(errors).toEqual([]);
  });

  it('works with the keyboard: type and Enter, Tab to a filter, Space to check it, Tab on to the results', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/search/'));
    expect(await searchSettled(page)).toBe('done');
    expect(await page.locator('[data-status]').textContent()).toContain('请输入关键词');
    await page.focus('#search-q');
    await page.keyboard.type('网信办');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === '网信办');
    const before = await shown(page);
    // Tab order: search button, the filters' summary (Enter opens the panel), then the first filter value.
    const focusedIs = (sel: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, sel);
    await page.keyboard.press('Tab');
    expect(await focusedIs('.search-form button[type=submit]')).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedIs('.search-facets summary')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForSelector('input[data-key="province"]');
    expect(await searchSettled(page)).toBe('done');
    await page.keyboard.press('Tab');
    expect(await focusedIs('input[data-key="province"]')).toBe(true);
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await page.waitForURL((u) => u.searchParams.get('province') === value);
    const after = await shown(page);
    expect(after.ids.length).toBeLessThan(before.ids.length);
    // Focus stays on the checkbox after the facets are redrawn.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(value);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    // Visible focus.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    // Tab reaches the first result link.
    for (let i = 0; i < 60 && !(await focusedIs('.search-result-title a')); i++) await page.keyboard.press('Tab');
    expect(await focusedIs('.search-result-title a')).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`at ${name} size: fits the screen, filters folded until opened (or in use), no axe violations`, async () => {
      const { page, errors } = await newPage(site, viewport);
      await page.goto(site.url(`/search/?q=${encodeURIComponent('三公经费')}`));
      await shown(page);
      expect(await page.locator('.search-result').first().isVisible()).toBe(true);
      expect(await page.locator('[data-facets]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await axeViolations(page)).toEqual([]);
      await openFilters(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('says without JavaScript that search needs it, and links to the downloads and the place index (not every county)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(site.url('/search/'));
    const nojs = page.locator('.search-nojs');
    expect(await nojs.isVisible()).toBe(true);
    expect(await nojs.textContent()).toContain('搜索需要浏览器启用 JavaScript');
    expect(await nojs.locator('a[href$="/data/"]').count()).toBe(1);
    expect(await nojs.locator('a[href$="/counties/"]').count()).toBe(1);
    expect(await nojs.locator('a').count()).toBe(2);
    expect(await page.locator('.search-layout').isVisible()).toBe(false);
    await context.close();
  });

  it('reports what a first search transfers', async () => {
    site.server.sent.clear();
    const { page } = await newPage(site);
    await page.goto(site.url(`/search/?q=${encodeURIComponent('三公经费')}`));
    await shown(page);
    const total = [...site.server.sent.values()].reduce((a, b) => a + b, 0);
    console.info(`search: a first search for 三公经费 transferred ${(total / 1024).toFixed(1)} KB (uncompressed HTTP bodies)`);
    expect(total).toBeGreaterThan(0);
  });
});
