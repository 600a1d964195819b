/**
 * The site shell's pages in Chromium at phone (390×844) and desktop
 * (1366×900) size: no console errors (CSP violations included), no
 * horizontal scrolling, and no axe-core violations (light and dark, with every
 * <details> opened once so folded content is checked too).
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { normalizedData } from '../../support/site/site';

// axe is injected through the DevTools protocol (page.evaluate): page.addScriptTag
// would add an inline <script>, which the site's CSP rightly blocks.
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  })) as AxeViolation[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`)
        .join(' | ')}`,
  );
}

function shellPages(): string[] {
  const data = normalizedData();
  const byCode = new Map(data.counties.map((c) => [c.code, c]));
  const codes = new Set<string>();
  for (const d of data.disclosures) {
    const c = byCode.get(d.county_code)!;
    for (const code of [c.code, c.predecessor_code, c.successor_code]) if (code) codes.add(code);
  }
  // The paged lists: the place list and the consistency-check failures (page 1 of each; every page shares its template).
  return [
    '/',
    '/counties/',
    '/counties/page/1/',
    ...[...codes].sort().map((c) => `/counties/${c}/`),
    '/checks/',
    '/checks/page/1/',
    '/about/',
    '/methodology/',
    '/404.html',
  ];
}

describeBrowser('site shell pages in the browser', () => {
  const site = useSite();

  const pages = shellPages();

  for (const path of pages) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`${path} at ${name} size: no console errors, no horizontal scrolling, no axe violations`, async () => {
        const { page, errors } = await newPage(site, viewport);
        try {
          const res = await page.goto(site.url(path), { waitUntil: 'load' });
          expect(res?.status()).toBe(200);
          const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scrollWidth, 'page wider than the screen').toBeLessThanOrEqual(innerWidth);
          // The stylesheet loaded (a page without its CSS would still "work").
          expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header-inner')!).display)).toBe('flex');
          expect(await axeViolations(page)).toEqual([]);
          if (name === 'desktop') {
            await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
            expect(await axeViolations(page), 'with every <details> open').toEqual([]);
          }
          expect(errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
    it(`${path} in dark mode: no axe violations (colour contrast)`, async () => {
      const { page, errors } = await newPage(site, VIEWPORTS.desktop);
      try {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(site.url(path), { waitUntil: 'load' });
        const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(bg).toBe('rgb(13, 17, 23)');
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('an unknown address shows the 404 page with its styles and working links', async () => {
    const { page } = await newPage(site, VIEWPORTS.phone);
    try {
      const res = await page.goto(site.url('/no/such/page/'));
      expect(res?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toContain('找不到');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header-inner')!).display)).toBe('flex');
      await page.locator('main a', { hasText: '全部地区' }).click();
      await page.waitForURL(/\/counties\/$/);
      expect(await page.locator('h1').textContent()).toBe('全部地区');
    } finally {
      await page.context().close();
    }
  });

  it('keyboard: the first Tab shows the skip link, which moves to the main content', async () => {
    const { page } = await newPage(site, VIEWPORTS.phone);
    try {
      await page.goto(site.url('/'));
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip');
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.x >= 0 && box.y >= 0).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#main');
    } finally {
      await page.context().close();
    }
  });

  it('the header search box submits q to the search page', async () => {
    const { page } = await newPage(site, VIEWPORTS.desktop);
    try {
      await page.goto(site.url('/about/'));
      await page.getByLabel('搜索', { exact: true }).fill('宁乡 网信办');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('宁乡 网信办');
    } finally {
      await page.context().close();
    }
  });

  it('print hides the navigation and the search box; the navigation marks the current section', async () => {
    const { page } = await newPage(site, VIEWPORTS.desktop);
    try {
      await page.goto(site.url('/about/'));
      expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('关于');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('.site-search').isVisible()).toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
