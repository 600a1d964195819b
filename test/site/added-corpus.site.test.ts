/**
 * Adding a disclosure needs no test change: the curated corpus plus the fixture folders of
 * test/support/fixtures/added-corpus (a partial self-evaluation with flattened tables, and a new
 * department type in a county of another province) is built into its own folders, and the
 * corpus-wide site checks run on that build: valid HTML and links, the added disclosures on the
 * home, county, /compare/ and /checks/ pages, their gaps shown as gaps, the downloads and data
 * package holding them, the sitemap listing them. added-corpus.browser.test.ts searches them.
 */
import { consistencyChecks } from '../../src/checks/report';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { attr, checkSite, pageReader, textOf, type PageInfo } from '../support/site/html-check';
import { deployedSite, type DeployedSite } from '../support/site/site';
import { builtPageUrls, readSitemap } from '../support/site/sitemap';
import { ADDED_BUILD, addedIds, ensureAddedBuilt } from '../support/added-corpus';
import { readCorpusFiles } from '../../src/build/corpus-files';
import type { Collections } from '../../src/normalize/corpus';

const DIST = ADDED_BUILD.dist;
const CONTENT = ADDED_BUILD.content;
const ADDED = addedIds();

let site: DeployedSite;
let data: Collections;
const page = pageReader(DIST);
const bodyText = (rel: string) => textOf(page(rel).elements.find((e) => e.tagName === 'body')!);
const hrefs = (p: PageInfo) => p.elements.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? '');
const csvRows = (rel: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(DIST, rel), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

beforeAll(() => {
  data = ensureAddedBuilt();
  site = deployedSite(DIST, '/');
}, 600_000);

describe('the curated corpus with two disclosures added', () => {
  it('builds every disclosure, seeds and added alike', () => {
    expect(data.disclosures.map((d) => d.id).sort()).toEqual(readCorpusIds());
  });

  it('is valid HTML with every internal link and fragment resolving', () => {
    expect(checkSite(site).problems).toEqual([]);
  });

  it('lists the added disclosures on the home page and their county pages', () => {
    for (const id of ADDED) {
      const d = data.disclosures.find((x) => x.id === id)!;
      expect(
        hrefs(page('index.html')).some((h) => h.includes(`/counties/${d.county_code}/`) || h.includes(`/disclosures/${id}/`)),
        `home links ${id} or its county`,
      ).toBe(true);
      expect(hrefs(page(`counties/${d.county_code}/index.html`)), `county page of ${id}`).toContain(`/disclosures/${id}/`);
    }
  });

  it('shows a partial source as partial, and the official page where it is recorded', () => {
    const added = data.disclosures.filter((x) => ADDED.includes(x.id));
    // The fixtures hold both cases, so neither branch below can go untested.
    expect(added.some((d) => d.source_completeness !== 'complete')).toBe(true);
    expect(added.some((d) => d.source_url)).toBe(true);
    for (const d of added) {
      const text = bodyText(`disclosures/${d.id}/index.html`);
      if (d.source_completeness === 'complete') expect(text).toContain('查看原文全文');
      else expect(text).toContain(`原文不完整：${d.source_completeness_note}`);
      const links = hrefs(page(`disclosures/${d.id}/index.html`));
      if (d.source_url) expect(links).toContain(d.source_url);
    }
  });

  it('shows withheld narrative sections as withheld', () => {
    const added = data.details.filter((x) => ADDED.includes(x.id));
    expect(added.some((det) => det.narrative.some((n) => n.status === 'withheld'))).toBe(true);
    for (const det of added) {
      const text = bodyText(`disclosures/${det.id}/index.html`);
      for (const n of det.narrative.filter((x) => x.status === 'withheld')) expect(text).toContain(`本节内容文件未公开，原文写明：${n.text}`);
    }
  });

  it('/compare/ lists each added disclosure and shows its missing figures as gaps, never as 0', () => {
    const rows = comparePagesOf().flatMap((rel) => page(rel).elements.filter((e) => e.tagName === 'tr' && ADDED.includes(attr(e, 'data-key') ?? '')));
    for (const id of ADDED)
      expect(
        rows.some((r) => attr(r, 'data-key') === id),
        `compare lists ${id}`,
      ).toBe(true);
    const gaps = rows.filter((r) => attr(r, 'data-status') !== 'ok');
    // The partial self-evaluation states no 三公 figures, so some of its rows must be gaps.
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      const cells = g.childNodes.filter((c) => 'tagName' in c).map((c) => textOf(c as typeof g).trim());
      expect(cells, attr(g, 'data-key')).toContain('空缺');
      expect(
        cells.some((c) => /^0(\.0+)?$/.test(c)),
        `${attr(g, 'data-key')}: ${cells.join(' | ')}`,
      ).toBe(false);
    }
  });

  it('/checks/ covers the added disclosures', () => {
    // The overview counts every check of every disclosure, the added ones included.
    const total = data.disclosures.reduce((n, d) => n + d.checks.total, 0);
    expect(bodyText('checks/index.html')).toContain(`共核验 ${total} 项`);
    for (const id of ADDED) {
      const det = data.details.find((x) => x.id === id)!;
      const rendered = bodyText(`disclosures/${id}/index.html`);
      for (const c of consistencyChecks(det.checks)) expect(rendered, `${id} ${c.check_id}`).toContain(c.rule_zh);
    }
  });

  it('puts the added disclosures into the downloads and the data package', () => {
    const disclosures = csvRows('data/disclosures.csv');
    const facts = csvRows('data/facts.csv');
    // The fixtures hold withheld and empty figures, so the never-0 check below has something to check.
    expect(data.details.filter((x) => ADDED.includes(x.id)).some((det) => det.facts.some((f) => f.status !== 'reported'))).toBe(true);
    for (const id of ADDED) {
      const det = data.details.find((x) => x.id === id)!;
      const d = data.disclosures.find((x) => x.id === id)!;
      const row = disclosures.find((r) => r.disclosure_id === id)!;
      expect(row, id).toBeDefined();
      expect([row.source_completeness, row.source_completeness_note, row.source_url]).toEqual([
        d.source_completeness,
        d.source_completeness_note ?? '',
        d.source_url ?? '',
      ]);
      expect(
        facts
          .filter((r) => r.disclosure_id === id)
          .map((r) => r.fact_id)
          .sort(),
      ).toEqual(det.facts.map((f) => f.id).sort());
      // Withheld and empty figures stay empty in the downloads, never 0.
      for (const f of det.facts.filter((x) => x.status !== 'reported')) {
        const r = facts.find((x) => x.disclosure_id === id && x.fact_id === f.id)!;
        expect([r.status, r.published_value], `${id} ${f.id}`).toEqual([f.status, '']);
      }
    }
    const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8'));
    const paths = pkg.resources.map((r: { path: string }) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['disclosures.csv', 'facts.csv']));
  });

  it('lists every page, the added ones included, in the sitemap', () => {
    const sm = readSitemap(site);
    expect(sm.problems).toEqual([]);
    expect([...sm.pages].sort()).toEqual(builtPageUrls(site));
    for (const id of ADDED) expect(sm.pages).toContain(`${site.siteRoot}disclosures/${id}/`);
  });
});

function readCorpusIds(): string[] {
  return [...readCorpusFiles(CONTENT).keys()]
    .filter((p) => p.endsWith('/disclosure.json') && p.includes('/disclosures/'))
    .map((p) => p.split('/').slice(-2)[0])
    .sort();
}

function comparePagesOf(): string[] {
  return builtPageUrls(site)
    .map((u) => u.slice(site.siteRoot.length))
    .filter((u) => u.startsWith('compare/') && !u.startsWith('compare/pair/'))
    .map((u) => `${u}index.html`);
}
