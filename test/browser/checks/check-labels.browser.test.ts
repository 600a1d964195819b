/**
 * In Chromium at phone and desktop size: on every disclosure page no check
 * labels a value 计算值; a second value the document prints (every operand
 * that is a stated fact: the reference statement of a repeated figure, the
 * base of a worded comparison, a lone part) reads 文件另一处所载, a value the
 * portal computed 本站计算; and a /checks/ entry's link lands on that check on
 * its disclosure page. Derived from the data.
 */
import { expect, it } from 'vitest';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { collections } from '../../support/disclosure-html';
import { checkElementId, consistencyChecks, VALUE_LABELS } from '../../../src/checks/report';

const { details } = collections();

describeBrowser('check labels in a browser', () => {
  const site = useSite();

  for (const d of details) {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      it(`${d.id} at ${name} size: stated operands are never labelled 计算值`, async () => {
        const { page } = await newPage(site, viewport);
        try {
          await page.goto(site.url(`/disclosures/${d.id}/`), { waitUntil: 'load' });
          await page.evaluate(() => document.querySelectorAll('#checks details').forEach((x) => ((x as HTMLDetailsElement).open = true)));
          const labels = await page.$$eval('#checks dt', (dts) =>
            dts.filter((dt) => (dt as HTMLElement).offsetParent !== null).map((dt) => dt.textContent?.trim() ?? ''),
          );
          expect(labels).not.toContain('计算值');
          for (const c of consistencyChecks(d.checks).filter((c) => c.status === 'fail' || c.status === 'rounding')) {
            const second = await page.$eval(`[id="${checkElementId(c.check_id)}"] dl dt:nth-of-type(2)`, (dt) => dt.textContent?.trim() ?? '');
            // The second operand is a stated fact exactly when the result names the fact that prints it.
            const statedFact = !!c.computed_stated_id && c.fact_ids.includes(c.computed_stated_id);
            expect(second, c.check_id).toBe(statedFact ? VALUE_LABELS.statedElsewhere : VALUE_LABELS.computed);
            if (c.rule === 'same_quantity' || c.rule === 'statement') expect(second, c.check_id).toBe(VALUE_LABELS.statedElsewhere);
          }
        } finally {
          await page.context().close();
        }
      });
    }
  }

  it('a /checks/ entry links to the check on its disclosure page, which is shown', async () => {
    const { page } = await newPage(site, VIEWPORTS.phone);
    try {
      await page.goto(site.url('/checks/page/1/'), { waitUntil: 'load' });
      const href = await page.$eval('a[href*="#ck-"]', (a) => a.getAttribute('href')!);
      await page.goto(new URL(href, page.url()).href, { waitUntil: 'load' });
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const visible = await page.$eval(`[id="${target}"]`, (el) => {
        const r = el.getBoundingClientRect();
        return (el as HTMLElement).offsetParent !== null && r.top < window.innerHeight && r.bottom > 0;
      });
      expect(visible, target).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
