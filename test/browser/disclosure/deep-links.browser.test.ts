/**
 * Deep links into a disclosure's source text, in Chromium: a real search hit
 * links to the line that holds the searched words (not its chunk's first
 * line, nor the closest quote anchor above), so with JavaScript off that line
 * is the :target, and with it the words are marked there; a figure's link
 * lands on its quote; axe finds nothing on a page with the words marked.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../support/axe';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { normalizedCollections, requireSearchIndex, searchSettled } from '../../support/search';
import { sourceLineHref, sourceLineId } from '../../../src/core/anchors';
import { paths } from '../../../src/core/routes';
import { chunkLines } from '../../../src/search/records';

const YOUXIAN = '430223-cac-2024-final-accounts';
const TERM = '公务接待费';

const data = normalizedCollections();
const source = data.sources.find((s) => s.id === YOUXIAN)!;
const lines = source.text.split('\n');
/** The first source line stating the term (1-based): where the first source-text hit must land. */
const termLine = lines.findIndex((l) => l.includes(TERM)) + 1;
/** The search record of the source text holding that line is a chunk of lines starting here (above the term: what the link must not name). */
const chunkLine =
  chunkLines(source.text)
    .filter((c) => c.line <= termLine)
    .at(-1)?.line ?? 0;

async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
}

describeBrowser('deep links to the exact words of the source text', () => {
  const site = useSite();

  it(`a search for ${TERM} lands on and marks the term on its own line of the 攸县 source text`, async () => {
    requireSearchIndex();
    expect(termLine, `${YOUXIAN} states ${TERM}`).toBeGreaterThan(0);
    expect(chunkLine, `${TERM} is below the first line of its chunk`).toBeLessThan(termLine);
    for (const viewport of Object.values(VIEWPORTS)) {
      const { page, errors } = await newPage(site, viewport);
      await page.goto(site.url(`/search/?q=${encodeURIComponent(TERM)}`));
      expect(await searchSettled(page)).toBe('done');
      const result = page.locator('.search-result', { has: page.locator(`.search-result-title a[href$="${paths.disclosure(YOUXIAN)}"]`) });
      const spot = result.locator('.search-spots a').first();
      expect(await spot.locator('.search-spot-kind').textContent()).toBe('原文');
      const href = (await spot.getAttribute('href'))!;
      expect(href.endsWith(sourceLineHref(paths.disclosure(YOUXIAN), termLine, TERM)), href).toBe(true);
      // Without JavaScript the hit's link lands on the term's own line.
      const off = await site.browser.newContext({ viewport, locale: 'zh-CN', javaScriptEnabled: false });
      const plain = await off.newPage();
      await plain.goto(new URL(href, page.url()).href);
      expect(await plain.locator(':target').getAttribute('id')).toBe(sourceLineId(termLine));
      expect(await plain.locator(':target').textContent()).toContain(TERM);
      expect(await inView(plain, ':target'), 'the linked line is on screen').toBe(true);
      await plain.screenshot({ path: `/tmp/hC/search-hit-nojs-${viewport.width}.png` });
      await off.close();
      await spot.click();
      await page.waitForSelector('.src-text mark.hit');
      expect(await page.evaluate(() => location.hash)).toBe(`#${sourceLineId(termLine)}`);
      expect(await page.locator(':target').getAttribute('id')).toBe(sourceLineId(termLine));
      const line = page.locator(`[id="${sourceLineId(termLine)}"]`);
      // The marked line is the source line itself, character for character, and the marks are the term.
      expect(await line.textContent()).toBe(lines[termLine - 1]);
      const marks = await line.locator('mark.hit').allTextContents();
      expect(marks.length).toBe(lines[termLine - 1].split(TERM).length - 1);
      expect(new Set(marks)).toEqual(new Set([TERM]));
      expect(await page.locator('.src-text mark.hit').count()).toBe(marks.length);
      expect(await inView(page, '.src-text mark.hit'), 'the marked words are on screen').toBe(true);
      await page.screenshot({ path: `/tmp/hC/search-hit-${viewport.width}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('a figure link lands on its words: the quote of the fact, highlighted, continued on its later lines', async () => {
    const details = data.details.find((d) => d.id === YOUXIAN)!;
    const fact = details.facts.find((f) => f.concept_zh === TERM && f.status === 'reported')!;
    expect(fact, `a ${TERM} figure of ${YOUXIAN}`).toBeDefined();
    const a = source.anchors.find((x) => x.id === fact.anchor)!;
    const { page, errors } = await newPage(site, VIEWPORTS.phone);
    await page.goto(site.url(paths.disclosure(YOUXIAN)));
    const link = page.locator(`a[href="#${fact.anchor}"]`).first();
    await link.evaluate((el) => el.closest('details')?.setAttribute('open', ''));
    await link.click();
    await page.waitForFunction((h) => location.hash === h, `#${fact.anchor}`);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(fact.anchor);
    // The target and its pieces on later lines hold exactly the quoted range, newlines aside.
    const shown = await page.evaluate((id) => {
      const first = document.getElementById(id)!.textContent ?? '';
      const more = [...document.querySelectorAll(`[data-q="${id}"]`)].map((e) => ({ text: e.textContent ?? '', on: e.classList.contains('q-on') }));
      return { text: first + more.map((m) => m.text).join(''), allOn: more.every((m) => m.on) };
    }, fact.anchor);
    expect(shown.text).toBe(source.text.slice(a.start, a.end).replace(/\n/g, ''));
    expect(shown.allOn).toBe(true);
    const squash = (t: string) => t.replace(/\s+/g, '');
    expect(squash(shown.text)).toContain(squash(fact.quote));
    expect(shown.text).toContain(TERM);
    expect(await inView(page, ':target')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
    // Without JavaScript the same link lands on the quote, on the line of the source text where the quote starts.
    const off = await site.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'zh-CN', javaScriptEnabled: false });
    const plain = await off.newPage();
    await plain.goto(site.url(`${paths.disclosure(YOUXIAN)}#${fact.anchor}`));
    expect(await plain.locator(':target').getAttribute('id')).toBe(fact.anchor);
    const startLine = source.text.slice(0, a.start).split('\n').length;
    const lineId = await plain.locator(':target').evaluate((el) => el.closest('.src-text > [id]')?.id ?? '');
    expect(lineId).toBe(sourceLineId(startLine));
    expect(lines[startLine - 1]).toContain(source.text.slice(a.start, a.end).split('\n')[0]);
    expect(await inView(plain, ':target')).toBe(true);
    await off.close();
  });

  it('with JavaScript off a deep link lands on its line as the :target, highlighted', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(sourceLineHref(paths.disclosure(YOUXIAN), termLine, TERM)));
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(sourceLineId(termLine));
    expect(await target.textContent()).toBe(lines[termLine - 1]);
    expect(await page.locator('mark.hit').count()).toBe(0);
    const [bg, plain] = await page.evaluate((id) => {
      const other = document.querySelector<HTMLElement>(`.src-text > span[id]:not([id="${id}"])`)!;
      return [getComputedStyle(document.getElementById(id)!).backgroundColor, getComputedStyle(other).backgroundColor];
    }, sourceLineId(termLine));
    expect(bg).not.toBe(plain);
    expect(await inView(page, ':target')).toBe(true);
    await page.screenshot({ path: `/tmp/hC/deep-link-nojs-390.png` });
    await context.close();
  });

  it('has no axe violations with the words marked', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.url(sourceLineHref(paths.disclosure(YOUXIAN), termLine, TERM)));
    await page.waitForSelector('.src-text mark.hit');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
