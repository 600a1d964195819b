/**
 * The pair feature at scale, in a real browser, on the normal build: the
 * client-rendered view /compare/pair/view/ and the chooser's large-type path.
 * The seeds form one small department type, so their pairs are pre-rendered;
 * to exercise a large type without a second build, the tests serve the
 * build's own data files with `prerendered` switched off (as the endpoints
 * write them for a type of more than PAIR_PRERENDER_MAX disclosures) and
 * compare the browser's output with the pre-rendered page of the same pair.
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { runNormalize } from '../../../src/build/normalize-run';

const summaries = runNormalize(process.cwd()).collections!.disclosures;
const A = summaries.find((s) => s.id === '430223-cac-2024-final-accounts')!.id;
const B = summaries.find((s) => s.id === '430423-cac-2023-performance-self-evaluation')!.id;
const viewPath = (a: string, b: string) => `/compare/pair/view/?a=${a}&b=${b}`;
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Serve the type's data files as for a large type: same records, `prerendered: false`. */
async function asLargeType(target: Page | BrowserContext): Promise<void> {
  await target.route('**/compare/data/**', async (route) => {
    try {
      const res = await route.fetch();
      const json = (await res.json()) as { prerendered: boolean };
      await route.fulfill({ response: res, json: { ...json, prerendered: false } });
    } catch {
      // The page was closed or navigated away while the file was on its way.
    }
  });
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.compareReady === 'true');
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** What a pair view shows: heading, the two cards, the notes, the figure-by-figure table and the chart. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const html = (sel: string) => document.querySelector(sel)?.outerHTML ?? null;
    return {
      h1: document.querySelector('h1')?.textContent ?? '',
      cards: html('.pair-heading-grid'),
      notes: html('main .compare-notes'),
      table: html('.pair-table'),
      chart: html('#fig-pair svg'),
      chartTable: html('#fig-pair table'),
      links: [...document.querySelectorAll('.pair-links a')].map((a) => a.getAttribute('href')),
    };
  });
}

describeBrowser('pair view for large department types', () => {
  const site = useSite();

  it('draws in the browser exactly what the pre-rendered page of the same pair shows', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.desktop);
    await page.goto(site.url(`/compare/pair/${A}/${B}/`));
    await ready(page);
    const server = await shown(page);
    await asLargeType(page);
    await page.goto(site.url(viewPath(A, B)));
    await ready(page);
    const client = await shown(page);
    expect(server.table).toContain('data-key="expenditure_total"');
    expect(client.table).toBe(server.table);
    expect(client.cards).toBe(server.cards);
    expect(client.notes).toBe(server.notes);
    expect(client.chart).toBe(server.chart);
    expect(client.chartTable).toBe(server.chartTable);
    expect(client.h1).toBe(server.h1);
    expect(await page.title()).toContain('并排对比：');
    expect(await page.locator('#pair-view-nojs').isVisible()).toBe(false);
    // Links of a large type stay on the view; the pre-rendered page links to pre-rendered pages.
    expect(client.links[0]).toMatch(new RegExp(`/compare/pair/view/\\?a=${B}&b=${A}$`));
    expect(client.links[1]).toMatch(new RegExp(`/compare/pair/\\?a=${A}$`));
    expect(server.links[0]).toMatch(new RegExp(`/compare/pair/${B}/${A}/$`));
    // The CSV download cites the view's address, query included.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#fig-pair button[data-download="csv"]')]);
    const csv = readFileSync((await dl.path())!, 'utf8');
    expect(csv).toContain(`/compare/pair/view/?a=${A}&b=${B}`);
    expect(csv).toContain(A);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the pair in the address: swapping is a new page and the back button returns', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.phone);
    await asLargeType(page);
    await page.goto(site.url(viewPath(A, B)));
    await ready(page);
    const first = await page.locator('h1').textContent();
    await page.click('text=交换 A 和 B');
    await page.waitForURL((u) => u.search === `?a=${B}&b=${A}`);
    await ready(page);
    const swapped = await page.locator('h1').textContent();
    expect(swapped).not.toBe(first);
    expect(await page.locator('.pair-card.side-a h2').textContent()).toContain('衡山县');
    await page.goBack();
    await page.waitForURL((u) => u.search === `?a=${A}&b=${B}`);
    await ready(page);
    expect(await page.locator('h1').textContent()).toBe(first);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('chooser for a large type: filter by county name, choose with the keyboard, go to the view; back returns', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.phone);
    await asLargeType(page);
    await page.goto(site.url(`/compare/pair/?a=${A}`));
    await page.waitForSelector('#pair-form:not([hidden])');
    expect(await page.inputValue('#pair-a')).toBe(A);
    const optionsB = () => page.locator('#pair-b option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    // B is chosen among the other disclosures of A's department type.
    const sameType = summaries.filter((s) => s.id !== A && s.department_type === summaries.find((x) => x.id === A)!.department_type);
    expect((await optionsB()).sort()).toEqual(sameType.map((s) => s.id).sort());
    // Type a county name in B's filter: only its disclosures remain.
    await page.focus('#pair-b-filter');
    await page.keyboard.type('衡山');
    const inHengshan = sameType.filter((s) => s.county_name.includes('衡山')).map((s) => s.id);
    expect((await optionsB()).sort()).toEqual(inHengshan.sort());
    expect(await page.locator('#pair-b-count').textContent()).toContain(`符合筛选的 ${inHengshan.length} 份`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pair-b');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#pair-b')).toBe(B);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('并排对比');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.endsWith('/compare/pair/view/') && u.search === `?a=${A}&b=${B}`);
    await ready(page);
    expect(await page.locator('.pair-table').count()).toBe(1);
    // Back to the chooser, A still chosen.
    await page.goBack();
    await page.waitForURL((u) => u.pathname.endsWith('/compare/pair/'));
    await page.waitForSelector('#pair-form:not([hidden])');
    expect(await page.inputValue('#pair-a')).toBe(A);
    // Choosing another A puts it in the address (a reload keeps it).
    await page.selectOption('#pair-a', B);
    await page.waitForURL((u) => u.searchParams.get('a') === B && u.searchParams.get('type') === 'cac');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends a small type to its pre-rendered page; says what is wrong with a bad address', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.phone);
    await page.goto(site.url(viewPath(A, B)));
    await page.waitForURL((u) => u.pathname.endsWith(`/compare/pair/${A}/${B}/`));
    await ready(page);
    // The redirect may cut short the first page's favicon request: not an error of the pages.
    errors.length = 0;
    await page.goto(site.url(viewPath(A, 'nonsense')));
    await ready(page);
    expect(await page.locator('#pair-view-status').textContent()).toContain('没有编号为“nonsense”的文件');
    expect(await page.locator('.pair-table').count()).toBe(0);
    expect(await page.locator('#pair-form').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, the view says it needs it and links to the county pages and /compare/', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(site.url(viewPath(A, B)));
    const note = page.locator('#pair-view-nojs');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('需要启用 JavaScript');
    expect(await note.locator('a[href$="/counties/"]').count()).toBe(1);
    expect(await note.locator('a[href$="/compare/"]').count()).toBe(1);
    expect(await page.locator('#pair-form').isVisible()).toBe(false);
    await context.close();
  });

  for (const [name, vp] of Object.entries(VIEWPORTS)) {
    it(`has no axe violations, console errors or sideways scroll at ${name} size`, async () => {
      for (const path of [viewPath(A, B), viewPath(A, 'nonsense'), `/compare/pair/?a=${A}`]) {
        const { page, errors } = await newPage(site, vp);
        await asLargeType(page);
        await page.goto(site.url(path));
        if (path.includes('view')) await ready(page);
        else await page.waitForSelector('#pair-form:not([hidden])');
        expect(await axe(page), path).toEqual([]);
        const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(sw, `${path} scrollWidth`).toBeLessThanOrEqual(iw);
        expect(errors, path).toEqual([]);
        await page.context().close();
      }
    });
  }
});
