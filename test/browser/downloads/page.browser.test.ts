/**
 * The /data/ page in Chromium: every whole-corpus file under /data/ is linked
 * with its true size (and row count for CSV), the per-disclosure files are
 * counted and listed in files.csv (with one example linked), every link resolves, the data dictionary
 * lists every column of the data package with its Chinese title, type and
 * unit, the snippets and the citation are there; accessible (axe), no
 * console errors, no sideways scrolling on a phone.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatBytes, TYPE_LABELS } from '../../../src/downloads/listing';
import { parseCsvText } from '../../../src/downloads/csv';
import { textColumns } from '../../../src/downloads/tables';
import { describeBrowser, newPage, openSite, VIEWPORTS, type Site } from '../../support/browser';
import { DATA_DIR, dataFiles, requireBuilt } from '../../support/downloads';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describeBrowser('/data/ page', () => {
  let site: Site;
  let pkg: Json;
  beforeAll(async () => {
    requireBuilt();
    pkg = JSON.parse(readFileSync(join(DATA_DIR, 'datapackage.json'), 'utf8'));
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('links every file with its size and row count, and every link resolves', async () => {
    const { page, errors } = await newPage(site, VIEWPORTS.desktop);
    await page.goto(site.url('/data/'));
    expect(await page.title()).toContain('数据下载');
    const links = await page.locator('tr a.file-link').evaluateAll((as) =>
      as.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        row: (a.closest('tr') as HTMLElement).innerText,
        values: [...a.closest('tr')!.querySelectorAll('data')].map((d) => d.getAttribute('value')),
      })),
    );
    const paths = links.map((l) => decodeURI(new URL(l.href).pathname).replace(/^.*?\/data\//, ''));
    // Bulk and meta files are linked one by one; the four files of each disclosure are not (the page would grow
    // with the corpus): files.csv lists them, the page gives their count, total size and one example of each.
    const perDisclosure = dataFiles().filter((p) => p.startsWith('disclosures/'));
    const linked = [...new Set(paths)].sort();
    expect(linked.filter((p) => !perDisclosure.includes(p))).toEqual(dataFiles().filter((p) => p !== 'index.html' && !perDisclosure.includes(p)));
    expect(linked.filter((p) => perDisclosure.includes(p)).length).toBe(4);
    const fileList = parseCsvText(readFileSync(join(DATA_DIR, 'files.csv'), 'utf8'));
    const listed = new Set(fileList.records.map((r) => r[0]));
    const rowsOf = new Map(fileList.records.map((r) => [r[0], r[fileList.header.indexOf('rows')]]));
    for (const p of perDisclosure) expect(listed.has(p), `files.csv lists ${p}`).toBe(true);
    const section = await page
      .locator('#per-disclosure')
      .locator('..')
      .evaluate((el) => [...el.querySelectorAll('p data')].map((d) => d.getAttribute('value')));
    expect(section).toContain(String(perDisclosure.length));
    expect(section).toContain(String(perDisclosure.reduce((n, p) => n + statSync(join(DATA_DIR, p)).size, 0)));
    for (const [i, l] of links.entries()) {
      const p = paths[i];
      const bytes = statSync(join(DATA_DIR, p)).size;
      expect(l.values, `${p}: its exact size is on the page`).toContain(String(bytes));
      expect(l.row, `${p}: its size is shown`).toContain(formatBytes(bytes));
      if (p.endsWith('.csv') && p !== 'files.csv') {
        const rows = parseCsvText(readFileSync(join(DATA_DIR, p), 'utf8')).records.length;
        expect(l.values, `${p}: its row count is on the page`).toContain(String(rows));
      }
      // csv.gz, Parquet and workbooks: the row count files.csv gives (checked against the files by files.site.test.ts)
      const listedRows = rowsOf.get(p);
      if (listedRows) expect(l.values, `${p}: its row count is on the page`).toContain(listedRows);
      const res = await page.request.get(l.href);
      expect(res.status(), l.href).toBe(200);
    }
    expect(errors).toEqual([]);
  });

  it('renders the data dictionary from the data package: every column, 中文名, type, unit', async () => {
    const { page } = await newPage(site, VIEWPORTS.desktop);
    await page.goto(site.url('/data/'));
    for (const r of pkg.resources.filter((x: Json) => x.schema && !x.path.includes('/'))) {
      const rows = await page
        .locator(`table[data-table="${r.name}"] tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => ({ field: tr.getAttribute('data-field'), cells: [...tr.children].map((c) => (c as HTMLElement).innerText.trim()) })),
        );
      expect(
        rows.map((x) => x.field),
        r.name,
      ).toEqual(r.schema.fields.map((f: Json) => f.name));
      r.schema.fields.forEach((f: Json, i: number) => {
        const [, zh, type, unit, description] = rows[i].cells;
        expect(zh, `${r.name}.${f.name}`).toContain(f.title);
        expect(type, `${r.name}.${f.name}`).toBe(TYPE_LABELS[f.type as keyof typeof TYPE_LABELS]);
        expect(unit, `${r.name}.${f.name}`).toBe(f.unit ?? '—');
        expect(description, `${r.name}.${f.name}`).toContain(f.description);
      });
    }
  });

  it('shows how to load the files, the licence and a versioned citation', async () => {
    const { page } = await newPage(site, VIEWPORTS.desktop);
    await page.goto(site.url('/data/'));
    const snippets = await page.locator('pre.snippet').allInnerTexts();
    expect(snippets.length).toBe(3);
    expect(snippets[0]).toContain('pd.read_csv');
    expect(snippets[1]).toContain('read_csv');
    expect(snippets[1]).toContain('trim_ws = FALSE');
    expect(snippets[2]).toContain('DECIMAL(18,2)');
    for (const c of textColumns()) expect(snippets[0]).toContain(`"${c}"`);
    // The site's address when it is known, else a local folder: never a made-up host.
    if (process.env.PORTAL_SITE) expect(snippets[0]).toContain(`base = "${new URL(process.env.PORTAL_SITE).origin}`);
    else expect(snippets[0]).toContain('base = "data/"');
    for (const t of snippets) expect(t).not.toMatch(/example\.(org|com)/);
    const cite = await page.locator('#cite').locator('..').innerText();
    expect(cite).toContain('CC BY 4.0');
    expect(cite).toContain(pkg.version);
    expect(cite).toContain(String(pkg.created).slice(0, 10));
    expect(await page.locator('#load-excel ~ ul').innerText()).toContain('README');
  });

  it('is accessible and fits a phone screen', async () => {
    for (const vp of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
      // axe is injected as a script: this context alone bypasses the page's CSP.
      const context = await site.browser.newContext({ viewport: vp, locale: 'zh-CN', bypassCSP: true });
      const page = await context.newPage();
      await page.goto(site.url('/data/'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${vp.width}px`).toBeLessThanOrEqual(0);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
        ).axe.run({ resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
      });
      expect(violations, `axe at ${vp.width}px`).toEqual([]);
      await context.close();
    }
  });
});
