/**
 * How to cite, in Chromium: the copy button copies exactly the citation the
 * page shows and says so; without JavaScript there is no button and the
 * citation is selectable as a whole (user-select: all). The share preview
 * SVGs are well-formed XML images with the disclosure's title. Axe finds
 * nothing on the readers' site map.
 */
import { expect, it } from 'vitest';
import { axeViolations } from '../../support/axe';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { collections } from '../../support/disclosure-html';
import { citation } from '../../../src/views/disclosure/cite';
import { paths, sharePaths } from '../../../src/core/routes';
import { config } from '../../../src/config';

const data = collections();
const first = data.disclosures[0];

describeBrowser('copy-citation button and share images', () => {
  const site = useSite();

  it('copies the citation to the clipboard and says so', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.phone);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url('/')).origin });
    await page.goto(site.url(paths.disclosure(first.id)));
    const button = page.locator('button[data-copy="cite-text"]');
    expect(await button.isVisible()).toBe(true);
    const shown = (await page.locator('#cite-text').textContent())!.trim();
    // The page's citation is the one the view writes, for this page's address.
    const address = (process.env.PORTAL_BASE ?? '/').replace(/\/?$/, '') + paths.disclosure(first.id);
    expect(shown).toBe(citation(first, address, config.buildDate));
    await button.click();
    await page.waitForFunction(() => (document.querySelector('[data-copy-status]')?.textContent ?? '') !== '');
    expect(await page.locator('[data-copy-status]').textContent()).toBe('已复制引用，可粘贴使用。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await button.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots16e/cite-copied-390.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript shows no button and the citation selects as a whole', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(paths.disclosure(first.id)));
    expect(await page.locator('button[data-copy]').isVisible()).toBe(false);
    const cite = page.locator('#cite-text');
    expect(await cite.evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
    await cite.click();
    expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe((await cite.textContent())!.trim());
    await context.close();
  });

  it('share images are well-formed SVG with the disclosure’s title', async () => {
    const { page } = await newPage(site);
    await page.goto(site.url('/'));
    for (const d of data.disclosures) {
      const r = await page.evaluate(
        async (u) => {
          const res = await fetch(u);
          const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
          return {
            type: res.headers.get('content-type'),
            error: doc.querySelector('parsererror')?.textContent ?? null,
            root: doc.documentElement.nodeName,
            title: doc.querySelector('svg > title')?.textContent,
          };
        },
        site.url(sharePaths.disclosure(d.id)),
      );
      expect(r, d.id).toEqual({ type: expect.stringMatching(/^image\/svg\+xml/), error: null, root: 'svg', title: d.title });
    }
    await page.goto(site.url(sharePaths.disclosure(first.id)));
    await page.screenshot({ path: '/tmp/shots16e/share-image-disclosure.png' });
    await page.context().close();
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`the site map at ${name} size: no horizontal scroll, no axe violations`, async () => {
      const context = await site.browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
      const page = await context.newPage();
      await page.goto(site.url(paths.siteMap()));
      const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(sw).toBeLessThanOrEqual(iw);
      await page.screenshot({ path: `/tmp/shots16e/sitemap-${viewport.width}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
