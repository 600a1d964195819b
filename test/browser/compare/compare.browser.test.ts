/**
 * /compare/ and /compare/pair/ in a real browser: the view lives in the URL,
 * the back button works, the downloads hold what is plotted, everything works
 * from the keyboard, axe finds nothing, no console errors, no sideways scroll.
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describeBrowser, newPage, useSite, VIEWPORTS } from '../../support/browser';
import { runNormalize } from '../../../src/build/normalize-run';
import { compareRecord } from '../../../src/compare/record-build';
import { typesBySize } from '../../../src/compare/pair-scale';
import { comparedText, viewTitle, viewValue, type MeasureId, type PerBasis } from '../../../src/compare/measures';
import { isoDate } from '../../../src/compare/citation';
import { GAP_CELL, UNCOMPUTABLE_CELL } from '../../../src/compare/table';
import { STATED_NOTE } from '../../../src/compare/figure';
import { facetOptions, facetValue, FACETS } from '../../../src/compare/filters';
import { mixNotes } from '../../../src/compare/model';

const normalized = runNormalize(process.cwd()).collections!;
// /compare/ shows the department type with the most disclosures; other types have pages of their own.
const records = typesBySize(normalized.disclosures.map((s) => compareRecord(s, '')))[0].records;
const ids = records.map((r) => r.id);
// axe goes in through the DevTools protocol: page.addScriptTag would add an inline script, which the CSP blocks.
const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Expected value (or '' for a gap) of a measure for each disclosure, computed from the normalized data, with the unit it is shown in. */
function expected(measure: MeasureId, per: PerBasis): Map<string, string> & { unit: string } {
  return Object.assign(new Map(records.map((r) => [r.id, viewValue(r.input, measure, per).value ?? ''])), { unit: viewTitle(measure, per).unit });
}

interface Plotted {
  key: string;
  value: string;
  status: string;
}
/** The main chart's marks and the rows of its data table, in order. */
async function plotted(page: Page, fig = '#fig-main'): Promise<{ marks: Plotted[]; rows: Plotted[]; heading: string; valueHeading: string }> {
  return page.evaluate((sel) => {
    const f = document.querySelector(sel)!;
    const marks = [...f.querySelectorAll('svg .mark')].map((g) => ({
      key: g.getAttribute('data-key')!,
      value: g.getAttribute('data-value')!,
      status: g.getAttribute('data-status')!,
    }));
    const rows = [...f.querySelectorAll('table tbody tr')].map((tr) => ({
      key: tr.getAttribute('data-key')!,
      value: (tr.querySelector('td[data-col="value"]')!.textContent ?? '').replace(/,/g, ''),
      status: tr.getAttribute('data-status')!,
    }));
    return { marks, rows, heading: f.querySelector('h3')!.textContent ?? '', valueHeading: f.querySelectorAll('thead th')[1].textContent ?? '' };
  }, fig);
}

function expectPlotted(p: { marks: Plotted[]; rows: Plotted[] }, exp: Map<string, string> & { unit: string }, shown: readonly string[] = ids): void {
  expect(p.marks.map((m) => m.key).sort()).toEqual([...shown].sort());
  expect(p.rows.map((r) => r.key)).toEqual(p.marks.map((m) => m.key));
  for (const m of p.marks) expect(m.value, m.key).toBe(exp.get(m.key));
  // The chart keeps the exact value (data-value); the table shows it as compared (约 162.94 for 162.935556 万元).
  const asShown = (v: string) => comparedText(v, exp.unit).text.replace(/,/g, '');
  for (const r of p.rows) expect(r.value, r.key).toBe(exp.get(r.key) ? asShown(exp.get(r.key)!) : r.status === 'uncomputable' ? UNCOMPUTABLE_CELL : GAP_CELL);
}

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.compareReady === 'true');
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const res = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return res;
}

describeBrowser('compare pages', () => {
  const site = useSite();

  it('works without JavaScript: server-rendered charts with data tables, controls hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(site.url('/compare/'));
    const figs = page.locator('figure.compare-figure');
    expect(await figs.count()).toBeGreaterThanOrEqual(9);
    for (let i = 0; i < (await figs.count()); i++) {
      const f = figs.nth(i);
      expect(await f.locator('svg[role="img"] > title').count()).toBe(1);
      expect(await f.locator('svg[role="img"] > desc').count()).toBe(1);
      expect(await f.locator('table tbody tr').count()).toBe(records.length);
    }
    expect(await page.locator('#compare-controls').isVisible()).toBe(false);
    expect(await page.locator('.downloads').first().isVisible()).toBe(false);
    expectPlotted(await plotted(page), expected('expenditure_total', 'none'));
    // The note under a chart of stated figures says how they are shown (some are rounded, marked 约).
    expect(await page.locator('#fig-main .figure-meta').textContent()).toContain(STATED_NOTE);
    // Gaps are shown with a reason, never as 0.
    const perPost = await plotted(page, '#fig-expenditure_total-staff_authorised');
    const gaps = perPost.marks.filter((m) => m.status !== 'ok');
    expect(gaps.length).toBeGreaterThan(0);
    expect(await page.locator('#fig-expenditure_total-staff_authorised svg .mark[data-status="missing"] text.gap-text').first().textContent()).toContain(
      '文件未载明编制数',
    );
    await context.close();
  });

  it('changing the measure updates chart, table and URL; the back button restores each view', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/compare/'));
    await ready(page);
    expectPlotted(await plotted(page), expected('expenditure_total', 'none'));

    await page.selectOption('#c-measure', 'three_public');
    await page.waitForURL(/\?measure=three_public$/);
    let p = await plotted(page);
    expect(p.heading).toContain('“三公”经费合计');
    expect(p.valueHeading).toContain('“三公”经费合计（万元）');
    expectPlotted(p, expected('three_public', 'none'));

    await page.check('input[name="per"][value="staff_actual"]');
    await page.waitForURL(/\?measure=three_public&per=staff_actual$/);
    p = await plotted(page);
    expect(p.valueHeading).toContain('元/人');
    expectPlotted(p, expected('three_public', 'staff_actual'));
    expect(await page.locator('#fig-main .figure-meta').textContent()).toContain(viewTitle('three_public', 'staff_actual').formula!);

    await page.selectOption('#c-measure', 'personnel_share');
    await page.waitForURL(/\?measure=personnel_share$/);
    expect(await page.locator('input[name="per"][value="staff_actual"]').isDisabled()).toBe(true);
    expectPlotted(await plotted(page), expected('personnel_share', 'none'));

    await page.goBack();
    await page.waitForURL(/\?measure=three_public&per=staff_actual$/);
    expect(await page.inputValue('#c-measure')).toBe('three_public');
    expect(await page.isChecked('input[name="per"][value="staff_actual"]')).toBe(true);
    expectPlotted(await plotted(page), expected('three_public', 'staff_actual'));

    await page.goBack();
    await page.goBack();
    await page.waitForURL((u) => u.search === '');
    expect(await page.inputValue('#c-measure')).toBe('expenditure_total');
    expectPlotted(await plotted(page), expected('expenditure_total', 'none'));

    await page.goForward();
    await page.waitForURL(/\?measure=three_public$/);
    expectPlotted(await plotted(page), expected('three_public', 'none'));
    expect(errors).toEqual([]);
  });

  it('loading a URL restores its view: measure, basis, sort and highlight', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/compare/?measure=expenditure_total&per=staff_authorised&sort=asc&hl=431129'));
    await ready(page);
    expect(await page.inputValue('#c-measure')).toBe('expenditure_total');
    expect(await page.isChecked('input[name="per"][value="staff_authorised"]')).toBe(true);
    expect(await page.inputValue('#c-sort')).toBe('asc');
    expect(await page.inputValue('#c-hl')).toBe('431129');
    const p = await plotted(page);
    expectPlotted(p, expected('expenditure_total', 'staff_authorised'));
    const ok = p.marks.filter((m) => m.status === 'ok').map((m) => Number(m.value));
    expect(ok).toEqual([...ok].sort((a, b) => a - b));
    expect(p.marks.slice(ok.length).every((m) => m.status !== 'ok')).toBe(true);
    // The highlighted county's bar, and only it, is painted in the highlight colour.
    expect(await page.locator('#fig-main svg .mark[data-county="431129"] .bar.c-hl').count()).toBe(1);
    expect(await page.locator('#fig-main svg .bar.c-hl').count()).toBe(1);
    // Differences in year and kind are stated; the computed total is marked.
    const notes = await page.locator('#fig-main .compare-notes').textContent();
    expect(notes).toContain('不同年度');
    expect(notes).toContain('不同类型');
    expect(await page.locator('#fig-main svg .mark[data-county="431129"]').textContent()).toContain('计算值');
    expect(errors).toEqual([]);
  });

  it('downloads the CSV of exactly the plotted rows, and the SVG and PNG with the citation', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/compare/?measure=expenditure_total&per=staff_actual&sort=county'));
    await ready(page);
    const p = await plotted(page);
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#fig-main button[data-download="csv"]')]);
    expect(csvDl.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await csvDl.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.disclosure_id)).toEqual(p.marks.map((m) => m.key));
    expect(parsed.data.map((r) => r.value)).toEqual(p.marks.map((m) => m.value));
    expect(parsed.data.map((r) => (r.status === 'missing' || r.status === 'withheld' ? r.status : 'ok'))).toEqual(p.marks.map((m) => m.status));
    const tableLabels = await page.locator('#fig-main table tbody th').allTextContents();
    expect(parsed.data.map((r) => `${r.county} ${r.year}年`)).toEqual(tableLabels.map((t) => t.replace(/年.*$/, '年')));
    const citation = parsed.data[0].citation;
    expect(citation).toContain(page.url());
    expect(citation).toContain(`访问日期：${isoDate(new Date())}`);
    expect(citation).toContain('数据来源：');
    expect(parsed.data.every((r) => r.citation === citation)).toBe(true);
    expect(await page.locator('#fig-main .citation').textContent()).toBe(citation);

    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('#fig-main button[data-download="svg"]')]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(citation.slice(0, 20));
    for (const r of records) expect(svg).toContain(`${r.county} ${r.year}年`);

    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.click('#fig-main button[data-download="png"]')]);
    const png = readFileSync((await pngDl.path())!);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.length).toBeGreaterThan(5000);

    // The scatter's CSV too.
    const [sc] = await Promise.all([page.waitForEvent('download'), page.click('#fig-scatter button[data-download="csv"]')]);
    const scRows = Papa.parse<Record<string, string>>(readFileSync((await sc.path())!, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    const scTable = await page.locator('#fig-scatter table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')));
    expect(scRows.map((r) => r.disclosure_id)).toEqual(scTable);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard alone', async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/compare/'));
    await ready(page);
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.id === 'c-measure');
    }
    expect(found).toBe(true);
    // Arrow keys change a closed select at once.
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/\?measure=basic_expenditure$/);
    expectPlotted(await plotted(page), expected('basic_expenditure', 'none'));
    // Enter opens the list, an arrow moves, Enter chooses.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?measure=personnel$/);
    expectPlotted(await plotted(page), expected('personnel', 'none'));
    // On to the per-person radios and the sort select, then the update button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('per');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\?measure=personnel&per=staff_actual$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('c-sort');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/sort=asc/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('更新图表');
    await page.keyboard.press('Enter');
    expectPlotted(await plotted(page), expected('personnel', 'staff_actual'));
    // The focus ring is visible on the select.
    await page.focus('#c-measure');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    // A download button is reachable and works with Enter.
    await page.focus('#fig-main button[data-download="csv"]');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(dl.suggestedFilename()).toMatch(/\.csv$/);
    expect(errors).toEqual([]);
  });

  for (const [name, vp] of Object.entries(VIEWPORTS)) {
    it(`has no axe violations, console errors or sideways scroll at ${name} size`, async () => {
      const pair = `/compare/pair/${ids[0]}/${ids[1]}/`;
      for (const path of [
        '/compare/',
        '/compare/?measure=three_public&per=staff_authorised&hl=430223',
        pair,
        `/compare/pair/?a=${ids[0]}`,
        `/compare/pair/${ids[0]}/`,
      ]) {
        const { page, errors } = await newPage(site, vp);
        await page.goto(site.url(path));
        if (!path.includes('?a=') && !/pair\/[^/]+\/$/.test(path)) await ready(page);
        expect(await axe(page), path).toEqual([]);
        const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(sw, `${path} scrollWidth`).toBeLessThanOrEqual(iw);
        expect(errors, path).toEqual([]);
        await page.context().close();
      }
    });
  }

  it('has no axe violations in dark mode', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.desktop, colorScheme: 'dark', locale: 'zh-CN' });
    const page = await context.newPage();
    for (const path of ['/compare/?hl=430223', `/compare/pair/${ids[0]}/${ids[1]}/`]) {
      await page.goto(site.url(path));
      await ready(page);
      expect(await axe(page), path).toEqual([]);
    }
    await context.close();
  });

  it('pair chooser: ?a= preselects A and offers only the same department type as B; submitting navigates', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.phone);
    const a = records[0];
    await page.goto(site.url(`/compare/pair/?a=${a.id}`));
    await page.waitForSelector('#pair-form:not([hidden])');
    expect(await page.inputValue('#pair-a')).toBe(a.id);
    const options = await page.locator('#pair-b option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.sort()).toEqual(
      records
        .filter((r) => r.id !== a.id && r.department_type === a.department_type)
        .map((r) => r.id)
        .sort(),
    );
    expect(await page.locator('#pair-status').textContent()).toContain('请选择文件 B');
    const b = options[0];
    await page.selectOption('#pair-b', b);
    await page.click('#pair-form button[type="submit"]');
    await page.waitForURL((u) => u.pathname.endsWith(`/compare/pair/${a.id}/${b}/`));
    await ready(page);
    expect(await page.locator('h1').textContent()).toContain('并排对比');
    // ?a=&b= goes straight to the pair page.
    await page.goto(site.url(`/compare/pair/?a=${b}&b=${a.id}`));
    await page.waitForURL((u) => u.pathname.endsWith(`/compare/pair/${b}/${a.id}/`));
    expect(errors).toEqual([]);
  });

  it('pair page works without JavaScript: every figure for A and B, A − B, gaps with reasons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const a = records.find((r) => r.id === '430223-cac-2024-final-accounts')!;
    const b = records.find((r) => r.id === '430423-cac-2023-performance-self-evaluation')!;
    await page.goto(site.url(`/compare/pair/${a.id}/${b.id}/`));
    const row = page.locator('.pair-table tr[data-key="expenditure_total"]');
    expect(await row.locator('th').textContent()).toBe('支出合计（万元）');
    expect(await row.locator('td[data-side="a"]').textContent()).toBe('89.93');
    expect(await row.locator('td[data-side="b"]').textContent()).toBe('162.935556');
    expect(await row.locator('td.diff').textContent()).toBe('−73.005556');
    expect(await page.locator('.pair-table tr[data-key="personnel_share"] td.diff').textContent()).toBe('−19.7 个百分点');
    // 攸县 states a 三公 budget of 0: the rate cannot be computed, and is not called 文件未载明.
    expect(await page.locator('.pair-table tr[data-key="three_public_execution"] td[data-side="a"]').textContent()).toBe('“三公”经费预算为 0，无法计算');
    expect(await page.locator('#fig-pair svg[role="img"]').count()).toBe(1);
    expect(await page.locator('.compare-notes').first().textContent()).toContain('年度不同');
    // Without JavaScript, /compare/pair/<a>/ lists every B as a link.
    await page.goto(site.url(`/compare/pair/${a.id}/`));
    expect(await page.locator(`a[href$="/compare/pair/${a.id}/${b.id}/"]`).count()).toBe(1);
    await context.close();
  });

  const options = facetOptions(records);
  const facets = FACETS.filter((f) => options[f].length > 1);

  for (const [name, vp] of Object.entries(VIEWPORTS)) {
    it(`filters change the charts, the tables, the summary and the URL, and combine (${name})`, async () => {
      const { page, errors } = await newPage(site, vp);
      await page.goto(site.url('/compare/'));
      await ready(page);
      expect(await page.locator('#facet-links').isVisible()).toBe(false);
      for (const f of facets) {
        const o = options[f][options[f].length - 1];
        await page.selectOption(`#c-${f}`, o.value);
        await page.waitForURL(new RegExp(`[?&]${f}=${o.value}(&|$)`));
        const shown = records.filter((r) => facetValue(r, f) === o.value).map((r) => r.id);
        expectPlotted(await plotted(page), expected('expenditure_total', 'none'), shown);
        expect(await page.locator('#fig-three_public table tbody tr').count()).toBe(shown.length);
        expect(await page.locator('#overview-table thead th').count()).toBe(shown.length + 1);
        expect(await page.locator('#compare-summary').textContent()).toContain(o.label);
        expect(await page.locator('#fig-main .citation').textContent()).toContain(`${f}=${o.value}`);
        await page.selectOption(`#c-${f}`, '');
        await page.waitForURL((u) => !u.search.includes(`${f}=`));
      }
      // Two facets at once: the intersection.
      const r0 = records[0];
      await page.selectOption('#c-year', String(r0.year));
      await page.selectOption('#c-kind', r0.kind);
      await page.waitForURL(/year=.*&kind=/);
      const both = records.filter((r) => r.year === r0.year && r.kind === r0.kind).map((r) => r.id);
      expectPlotted(await plotted(page), expected('expenditure_total', 'none'), both);
      // The URL restores the same view on load.
      const url = page.url();
      await page.goto(url);
      await ready(page);
      expect(await page.inputValue('#c-year')).toBe(String(r0.year));
      expectPlotted(await plotted(page), expected('expenditure_total', 'none'), both);
      const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(sw).toBeLessThanOrEqual(iw);
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it(`filters work without JavaScript: plain links to one-facet pages (${name})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: vp });
      const page = await context.newPage();
      await page.goto(site.url('/compare/'));
      expect(await page.locator('#facet-links').isVisible()).toBe(true);
      for (const f of facets) {
        for (const o of options[f]) {
          await page.goto(site.url('/compare/'));
          await Promise.all([page.waitForURL((u) => u.pathname.endsWith(`/${f}/${o.value}/`)), page.click(`#facet-links a[href$="/${f}/${o.value}/"]`)]);
          const shown = records.filter((r) => facetValue(r, f) === o.value).map((r) => r.id);
          expectPlotted(await plotted(page), expected('expenditure_total', 'none'), shown);
          expect(await page.locator('#facet-links a[aria-current="page"]').textContent()).toContain(o.label);
          expect(await page.locator('h1').textContent()).toContain(o.label);
          const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          expect(sw, page.url()).toBeLessThanOrEqual(iw);
        }
      }
      await context.close();
    });
  }

  it('says the shared caveats once, and the exported SVG (and the PNG drawn from it) and CSV carry them', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.phone);
    await page.goto(site.url('/compare/'));
    await ready(page);
    const notes = mixNotes(records);
    expect(notes.length).toBeGreaterThan(0);
    const summary = (await page.locator('#compare-summary').textContent()) ?? '';
    for (const n of notes) {
      // The order of the kinds follows the page's records; the sentence's start says which caveat it is.
      expect(summary).toContain(n.slice(0, 15));
    }
    // No chart repeats a caveat of the summary; a chart's own note (e.g. fewer years once gaps are left out) may remain.
    const said = await page.locator('#compare-summary li').allTextContents();
    const perChart = await page.locator('figure.compare-figure .compare-notes li').allTextContents();
    expect(perChart.filter((n) => said.includes(n))).toEqual([]);
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('#fig-main button[data-download="svg"]')]);
    const svg = readFileSync((await svgDl.path())!, 'utf8');
    expect(svg).toContain('比较须知');
    for (const n of notes) expect(svg).toContain(n.slice(0, 16));
    // The wrapped lines of the SVG's text, joined: the source list is in the citation.
    const svgText = svg.replace(/<[^>]*>/g, '');
    expect(svgText).toContain('数据来源：');
    // The PNG is drawn from the very SVG the figure exports (downloads.ts savePng(d.svg(…))), so the caveat lines are in the picture.
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.click('#fig-main button[data-download="png"]')]);
    const png = readFileSync((await pngDl.path())!);
    // Height of the PNG (IHDR, big-endian at byte 20) is twice the SVG's, which includes the caveat lines.
    const svgHeight = Number(/<svg[^>]* height="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    expect(png.readUInt32BE(20)).toBe(Math.ceil(svgHeight * 2));
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#fig-main button[data-download="csv"]')]);
    const rows = Papa.parse<Record<string, string>>(readFileSync((await csvDl.path())!, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    for (const n of notes) expect(rows[0].caveats).toContain(n.slice(0, 15));
    expect(errors).toEqual([]);
  });

  it("each compared value links to its figure's quote on the disclosure page, and the anchor exists there", async () => {
    const { page, errors } = await newPage(site);
    await page.goto(site.url('/compare/'));
    await ready(page);
    const links = await page
      .locator('#fig-main td[data-col="value"] a, #overview-table td a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    // Every value the document states links to its quote (a sum the portal computed, marked 计算值, has no single quote).
    const stated = page.locator('#fig-main tbody tr[data-status="ok"]').filter({ hasNotText: '计算值' });
    expect(await stated.locator('td[data-col="value"] a').count()).toBe(await stated.count());
    const byPage = new Map<string, Set<string>>();
    for (const href of links) {
      const u = new URL(href);
      expect(u.hash, href).toMatch(/^#q-\d+-\d+$/);
      byPage.set(u.pathname, (byPage.get(u.pathname) ?? new Set()).add(u.hash.slice(1)));
    }
    for (const [path, anchors] of byPage) {
      await page.goto(new URL(path, page.url()).href);
      const found = await page.evaluate((ids) => ids.filter((id) => document.getElementById(id) !== null), [...anchors]);
      expect(found.sort(), path).toEqual([...anchors].sort());
    }
    expect(errors).toEqual([]);
  });
});
