/**
 * The document's tables on every disclosure page in Chromium at phone
 * (390×844) and desktop (1366×900) size: no row taller than three lines of
 * text, no sideways page scroll, a wide table scrolls inside its own labelled,
 * focusable box with its label column kept in view, and every figure links to
 * an anchor that exists. 攸县's 公开06表 fits in two phone screens.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { collections } from '../../support/disclosure-html';

const ids = collections().disclosures.map((d) => d.id);
const YOUXIAN = '430223-cac-2024-final-accounts';

interface RowReport {
  table: string;
  label: string;
  height: number;
  limit: number;
}

/** Rows of the tables taller than three lines of their text (plus the cell's padding and border). */
async function tallRows(page: Page): Promise<RowReport[]> {
  return page.evaluate(() => {
    const out: { table: string; label: string; height: number; limit: number }[] = [];
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('table.std tr')) {
      const cell = tr.cells[0];
      const cs = getComputedStyle(cell);
      const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.4;
      const limit = 3 * line + parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) + parseFloat(cs.borderTopWidth) + parseFloat(cs.borderBottomWidth) + 1;
      const height = tr.getBoundingClientRect().height;
      if (height > limit) out.push({ table: tr.closest('details')?.querySelector('summary')?.textContent ?? '', label: cell.textContent ?? '', height, limit });
    }
    return out;
  });
}

describeBrowser('standard tables in a browser', () => {
  const site = useSite();

  for (const id of ids) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`${id} at ${name} size: rows within three lines, no sideways page scroll, wide tables scroll in their box, figures linked`, async () => {
        const { page, errors } = await newPage(site, viewport);
        try {
          await page.goto(site.url(`/disclosures/${id}/`), { waitUntil: 'load' });
          // Every fold-out open but a project's long 用途, which the reader opens (it is not a figure row).
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = !d.classList.contains('pj-use'))));
          const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(scrollWidth, 'the page must not scroll sideways').toBeLessThanOrEqual(innerWidth);
          if (name === 'phone') expect(await tallRows(page), 'rows taller than three lines of text').toEqual([]);

          const boxes = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('.std-wrap')].map((w, i) => ({
              i,
              role: w.getAttribute('role'),
              tabindex: w.getAttribute('tabindex'),
              label: w.getAttribute('aria-label') ?? '',
              wide: w.scrollWidth > w.clientWidth + 1,
            })),
          );
          for (const b of boxes) expect([b.role, b.tabindex, b.label.length > 0], `scroll box ${b.i}`).toEqual(['region', '0', true]);
          for (const b of boxes.filter((x) => x.wide)) {
            // The box scrolls (by keyboard too: it takes focus), and the label column stays at its left edge.
            const moved = await page.evaluate((i) => {
              const w = document.querySelectorAll<HTMLElement>('.std-wrap')[i];
              w.focus();
              w.scrollLeft = 60;
              const th = w.querySelector<HTMLElement>('th[scope="row"]')!;
              return { focused: document.activeElement === w, left: w.scrollLeft, thX: th.getBoundingClientRect().left, boxX: w.getBoundingClientRect().left };
            }, b.i);
            expect(moved.focused, `box ${b.i} takes focus`).toBe(true);
            expect(moved.left, `box ${b.i} scrolls`).toBeGreaterThan(0);
            expect(Math.abs(moved.thX - moved.boxX), `box ${b.i}: label column kept in view`).toBeLessThanOrEqual(1);
          }

          const links = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLAnchorElement>('.std-group .cellv a, .std-group .std-stmt a')].map((a) => {
              const target = decodeURIComponent(a.hash.slice(1));
              return { href: a.getAttribute('href'), ok: target !== '' && document.getElementById(target) !== null };
            }),
          );
          expect(links.filter((l) => !l.ok).map((l) => l.href)).toEqual([]);
          const unlinked = await page.evaluate(() =>
            [...document.querySelectorAll('.std-group .cellv')].filter((c) => !c.querySelector('a[href^="#"]')).map((c) => c.id),
          );
          expect(unlinked, 'every figure in a table links to its quote').toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }

  it.runIf(ids.includes(YOUXIAN))('攸县 公开06表 at phone size: within two screens, every figure cell linked to an existing anchor', async () => {
    const { page } = await newPage(site, VIEWPORTS.phone);
    try {
      await page.goto(site.url(`/disclosures/${YOUXIAN}/`), { waitUntil: 'load' });
      const t = await page.evaluate(() => {
        const d = [...document.querySelectorAll<HTMLDetailsElement>('details.std-group')].find((x) =>
          x.querySelector('summary')?.textContent?.includes('公开06表'),
        );
        if (!d) return null;
        d.open = true;
        const cells = [...d.querySelectorAll('td')];
        return {
          height: d.getBoundingClientRect().height,
          figureCells: cells.filter((c) => c.querySelector('.cellv')).length,
          linked: cells.filter((c) =>
            [...c.querySelectorAll<HTMLAnchorElement>('.cellv a')].some((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))),
          ).length,
          rows: d.querySelectorAll('tr').length,
        };
      });
      expect(t, '公开06表 is shown as a table').not.toBeNull();
      expect(t!.height).toBeLessThanOrEqual(2 * VIEWPORTS.phone.height);
      expect(t!.figureCells).toBeGreaterThan(0);
      expect(t!.linked).toBe(t!.figureCells);
    } finally {
      await page.context().close();
    }
  });
});
