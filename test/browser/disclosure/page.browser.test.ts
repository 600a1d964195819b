/**
 * Every disclosure page in Chromium at phone (390×844) and desktop (1366×900)
 * size: no console errors, no horizontal scrolling, no axe-core violations;
 * and a key figure's link lands on its highlighted quote in the source text.
 */
import { expect, it } from 'vitest';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { collections } from '../../support/disclosure-html';

const ids = collections().disclosures.map((d) => d.id);
const AXE = 'node_modules/axe-core/axe.min.js';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describeBrowser('disclosure pages in a browser', () => {
  const site = useSite();

  for (const id of ids) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`${id} at ${name} size: no console errors, no horizontal scroll, no axe violations`, async () => {
        const { page, errors } = await newPage(site, viewport);
        try {
          await page.goto(site.url(`/disclosures/${id}/`), { waitUntil: 'load' });
          const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scrollWidth, 'page must not scroll sideways').toBeLessThanOrEqual(innerWidth);
          // Open every <details> so tables are checked too (and must not widen the page).
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          const [openWidth] = await page.evaluate(() => [document.documentElement.scrollWidth]);
          expect(openWidth, 'open tables must not widen the page').toBeLessThanOrEqual(innerWidth);
          expect(errors).toEqual([]);
        } finally {
          await page.context().close();
        }
        // axe-core is injected as an inline script, which the page's CSP (rightly) forbids: a
        // second context that bypasses CSP runs it. CSP compliance itself is checked above
        // (console errors) and by page-data.site.test.ts (no inline styles or scripts).
        const axeContext = await site.browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
        try {
          const axePage = await axeContext.newPage();
          await axePage.goto(site.url(`/disclosures/${id}/`), { waitUntil: 'load' });
          // The collapsed tables are checked once, at phone size (axe takes seconds on a long page).
          if (name === 'phone') await axePage.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          await axePage.addScriptTag({ path: AXE });
          const violations = (await axePage.evaluate(async () => {
            const r = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: unknown[] }> } }).axe.run(document);
            return r.violations;
          })) as AxeViolation[];
          expect(
            violations.map(
              (v) =>
                `${v.id}: ${v.help} — ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
                  .join(', ')}`,
            ),
          ).toEqual([]);
        } finally {
          await axeContext.close();
        }
      });
    }
  }

  for (const id of ids) {
    it(`${id}: a key figure's link lands on its highlighted quote (phone)`, async () => {
      const { page, errors } = await newPage(site, VIEWPORTS.phone);
      try {
        await page.goto(site.url(`/disclosures/${id}/`));
        // A key-figure link whose quote is a range (not a point anchor).
        const href = await page.evaluate(() => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('.keyfigs a[href^="#q-"]')];
          return links.map((a) => a.getAttribute('href')!).find((h) => document.getElementById(h.slice(1))?.classList.contains('q')) ?? null;
        });
        expect(href, 'a key figure linked to a quote').not.toBeNull();
        await page.locator(`.keyfigs a[href="${href}"]`).first().click();
        await page.waitForFunction((h) => location.hash === h, href);
        expect(await page.evaluate(() => location.hash)).toBe(href);
        const target = page.locator(`[id="${href!.slice(1)}"]`);
        expect(await target.isVisible()).toBe(true);
        const inView = await target.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
        });
        expect(inView, 'quote scrolled into the viewport').toBe(true);
        const [bg, mark] = await target.evaluate((el) => {
          const probe = document.createElement('span');
          probe.style.backgroundColor = getComputedStyle(document.documentElement).getPropertyValue('--mark').trim();
          document.body.append(probe);
          const m = getComputedStyle(probe).backgroundColor;
          probe.remove();
          return [getComputedStyle(el).backgroundColor, m];
        });
        expect(mark).not.toBe('rgba(0, 0, 0, 0)');
        expect(bg).toBe(mark);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }
});
