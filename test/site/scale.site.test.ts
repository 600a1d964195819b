/**
 * The pages that used to grow with the corpus stay bounded: a synthetic
 * corpus of 35 disclosures over four counties, three prefectures and two
 * provinces is built (once, into its own folders, rebuilt when the sources
 * change) with page limits forced small (PORTAL_PAGE_LIMITS), so every paged
 * list spreads over several pages. Then: no page is over the size budget, no
 * list page holds more than its limit, the overview pages hold no per-item
 * lists, every failure, place and disclosure is on exactly one page of its
 * list and the pages chain together, the sitemap index splits into files of
 * at most the limit and lists every page once, and the whole site passes the
 * HTML and link checks.
 */
import { consistencyChecks } from '../../src/checks/report';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, checkSite, listFiles, pageReader, textOf, type PageInfo } from '../support/site/html-check';
import { deployedSite, type DeployedSite } from '../support/site/site';
import { builtPageUrls, readSitemap } from '../support/site/sitemap';
import { ensureScaleSite, PER_DEPARTMENT, SCALE_CONTENT, SCALE_DIST, SCALE_LAYOUT, SCALE_LIMITS } from '../support/site/scale-corpus';
import { readCorpusFiles } from '../../src/build/corpus-files';
import { normalizeCorpus, type Collections } from '../../src/normalize/corpus';
import { runChecks } from '../../src/checks/index';
import { MAX_PAGE_BYTES } from '../support/disclosure-html';
import { DEPARTMENT_WEIGHT } from '../../src/views/county/county-pages';

const DIST = SCALE_DIST;
const CONTENT = SCALE_CONTENT;
const LIMITS = SCALE_LIMITS;

type El = PageInfo['elements'][number];
let site: DeployedSite;
let data: Collections;
const page = pageReader(DIST);
const els = (p: PageInfo, pred: (e: El) => boolean) => p.elements.filter(pred);
const classes = (e: El) => (attr(e, 'class') ?? '').split(/\s+/);
/** The numbered pages of a list, as dist-relative files, by page number. */
function numbered(dir: string, first?: string): string[] {
  const d = join(DIST, dir);
  const ns = existsSync(d)
    ? readdirSync(d)
        .map(Number)
        .filter((n) => n >= 1)
        .sort((a, b) => a - b)
    : [];
  const files = ns.map((n) => `${dir}/${n}/index.html`);
  return first ? [first, ...files] : files;
}
/** Follow rel="next" from the first page: the chain must visit exactly `files`, in order. */
function expectChain(files: string[]) {
  const seen: string[] = [];
  let cur: string | undefined = files[0];
  while (cur && seen.length <= files.length) {
    seen.push(cur);
    const next: El | undefined = els(page(cur), (e) => e.tagName === 'a' && attr(e, 'rel') === 'next')[0];
    cur = next ? new URL(attr(next, 'href')!, 'https://x.test/').pathname.slice(1) + 'index.html' : undefined;
  }
  expect(seen).toEqual(files);
  for (const f of files.slice(1)) expect(els(page(f), (e) => e.tagName === 'a' && attr(e, 'rel') === 'prev').length, f).toBe(1);
}

beforeAll(() => {
  const ids = ensureScaleSite();
  expect(ids.length).toBe(Object.values(SCALE_LAYOUT).flat().length * PER_DEPARTMENT);
  site = deployedSite(DIST, '/');
  const r = normalizeCorpus(readCorpusFiles(CONTENT), runChecks);
  if (!r.collections) throw new Error(`scale corpus does not normalize: ${JSON.stringify(r.problems.slice(0, 3))}`);
  data = r.collections;
}, 600_000);

describe('a synthetic corpus built with small page limits', () => {
  it('every page is valid HTML and every internal link and fragment resolves', () => {
    expect(checkSite(site).problems).toEqual([]);
  });

  it('no HTML page is over the size budget', () => {
    const big = listFiles(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ f, bytes: statSync(f).size }))
      .filter((x) => x.bytes > MAX_PAGE_BYTES);
    expect(big).toEqual([]);
  });

  it('the /checks/ pages list every failure exactly once, at most the limit per page, and chain together', () => {
    const failures = data.details.flatMap((d) =>
      consistencyChecks(d.checks)
        .filter((c) => c.status === 'fail')
        .map((c) => `${d.id} ${c.message}`),
    );
    expect(failures.length).toBeGreaterThan(LIMITS.checks * 2);
    const files = numbered('checks/page');
    expect(files.length).toBeGreaterThan(2);
    const seen: string[] = [];
    for (const f of files) {
      const sections = els(page(f), (e) => e.tagName === 'section' && attr(e, 'data-disclosure') !== undefined);
      let count = 0;
      for (const s of sections) {
        const id = attr(s, 'data-disclosure')!;
        const items: El[] = [];
        const walk = (e: El) => {
          for (const c of e.childNodes)
            if ('tagName' in c) classes(c as El).includes('fail') && (c as El).tagName === 'li' ? items.push(c as El) : walk(c as El);
        };
        walk(s);
        count += items.length;
        for (const li of items) {
          const msg = consistencyChecks(data.details.find((d) => d.id === id)!.checks).find(
            (c) => c.status === 'fail' && textOf(li as never).includes(c.message),
          );
          expect(msg, `${f}: ${id}`).toBeTruthy();
          seen.push(`${id} ${msg!.message}`);
        }
      }
      if (sections.length > 1) expect(count, f).toBeLessThanOrEqual(LIMITS.checks);
    }
    expect(seen.sort()).toEqual([...failures].sort());
    expectChain(files);
    // The overview counts, never lists.
    const overview = page('checks/index.html');
    expect(els(overview, (e) => e.tagName === 'li' && classes(e).includes('ck')).length).toBe(0);
    const regionRows = els(overview, (e) => e.tagName === 'tr' && attr(e, 'data-region') !== undefined);
    expect(regionRows.map((r) => attr(r, 'data-region')).sort()).toEqual([...new Set(Object.keys(SCALE_LAYOUT).map((c) => `${c.slice(0, 4)}00`))].sort());
  });

  it('each county spreads over pages of at most the limit, every disclosure on exactly one', () => {
    let shared = 0;
    for (const [code, depts] of Object.entries(SCALE_LAYOUT)) {
      const files = numbered(`counties/${code}/page`, `counties/${code}/index.html`);
      // Every department here has a copy of each curated disclosure: its weight is their number + the headline block.
      const perPage = Math.max(1, Math.floor(LIMITS.county / (PER_DEPARTMENT + DEPARTMENT_WEIGHT)));
      expect(files.length, code).toBe(Math.ceil(depts.length / perPage));
      const listed: string[] = [];
      for (const f of files) {
        const ids = els(page(f), (e) => e.tagName === 'li' && attr(e, 'data-disclosure') !== undefined).map((e) => attr(e, 'data-disclosure')!);
        const depCount = els(page(f), (e) => e.tagName === 'section' && classes(e).includes('department')).length;
        expect(depCount, f).toBeGreaterThan(0);
        // A department is never split, so a page may exceed the limit only when it holds one department.
        if (depCount > 1) {
          expect(ids.length + depCount * DEPARTMENT_WEIGHT, f).toBeLessThanOrEqual(LIMITS.county);
          shared++;
        }
        listed.push(...ids);
        // Every page names every department with a link to where it is.
        const nav = els(page(f), (e) => e.tagName === 'nav' && classes(e).includes('dept-nav'));
        if (depts.length > 1) expect(nav.length, f).toBe(1);
      }
      expect(listed.sort()).toEqual(
        data.disclosures
          .filter((d) => d.county_code === code)
          .map((d) => d.id)
          .sort(),
      );
      expectChain(files);
    }
    expect(shared, 'some page holds several departments, so the limit is exercised').toBeGreaterThan(0);
  });

  it('the place list: every place exactly once, at most the limit per page; /counties/ and the home page link prefectures only', () => {
    const files = numbered('counties/page');
    expect(files.length).toBe(Math.ceil(Object.keys(SCALE_LAYOUT).length / LIMITS.places));
    const places = files.flatMap((f) => {
      const rows = els(page(f), (e) => e.tagName === 'tr' && attr(e, 'data-place') !== undefined).map((e) => attr(e, 'data-place')!);
      expect(rows.length, f).toBeLessThanOrEqual(LIMITS.places);
      return rows;
    });
    expect(places.sort()).toEqual(Object.keys(SCALE_LAYOUT).sort());
    expectChain(files);
    for (const f of ['counties/index.html', 'index.html']) {
      const countyLinks = els(page(f), (e) => e.tagName === 'a' && /\/counties\/\d{6}\/$/.test(attr(e, 'href') ?? ''));
      expect(countyLinks, f).toEqual([]);
    }
    const prefectures = new Set(Object.keys(SCALE_LAYOUT).map((c) => c.slice(0, 4)));
    expect(els(page('counties/index.html'), (e) => e.tagName === 'tr' && attr(e, 'data-region') !== undefined).length).toBe(prefectures.size);
  });

  it('a large department type: its table lists every disclosure exactly once, at most the limit per page; a small one keeps its charts', () => {
    const large = data.disclosures.filter((d) => d.department_type === 'syn01');
    expect(large.length).toBeGreaterThan(LIMITS.compareCharts);
    const files = numbered('compare/type/syn01/page', 'compare/type/syn01/index.html');
    expect(files.length).toBe(Math.ceil(large.length / LIMITS.compare));
    const rows = files.flatMap((f) => {
      const r = els(page(f), (e) => e.tagName === 'tr' && attr(e, 'data-key') !== undefined).map((e) => attr(e, 'data-key')!);
      expect(r.length, f).toBeLessThanOrEqual(LIMITS.compare);
      expect(els(page(f), (e) => e.tagName === 'figure').length, f).toBe(0);
      return r;
    });
    expect(rows.sort()).toEqual(large.map((d) => d.id).sort());
    // Each stated spending total links to its quote on the disclosure's page, as in the charts' tables.
    const hrefs = new Set(files.flatMap((f) => els(page(f), (e) => e.tagName === 'a').map((e) => attr(e, 'href') ?? '')));
    const stated = large.filter((d) => d.key.expenditure_total?.status === 'reported' && d.key.expenditure_total.anchor);
    expect(stated.length).toBeGreaterThan(0);
    for (const d of stated)
      expect(
        [...hrefs].some((h) => h.endsWith(`/disclosures/${d.id}/#${d.key.expenditure_total!.anchor}`)),
        d.id,
      ).toBe(true);
    expectChain(files);
    // /compare/ shows the largest type as its own page does.
    expect(els(page('compare/index.html'), (e) => e.tagName === 'tr' && attr(e, 'data-key') !== undefined).length).toBe(LIMITS.compare);
    const small = page('compare/type/syn02/index.html');
    expect(els(small, (e) => e.tagName === 'figure' && classes(e).includes('compare-figure')).length).toBeGreaterThanOrEqual(9);
  });

  it('/data/ explains the per-disclosure files instead of linking each one', () => {
    const p = page('data/index.html');
    const perDisclosure = els(p, (e) => e.tagName === 'a' && /\/data\/(disclosures|sources)\//.test(attr(e, 'href') ?? ''));
    // One example link per kind of per-disclosure file, all of one disclosure: the page does not grow with the corpus.
    const hrefsOf = perDisclosure.map((e) => attr(e, 'href')!);
    const examples = new Set(hrefsOf.map((h) => /\/data\/(?:disclosures|sources)\/([^/]+)/.exec(h)![1].replace(/\.[a-z]+$/, '')));
    expect(examples.size).toBe(1);
    expect(new Set(hrefsOf).size).toBe(hrefsOf.length);
    expect(hrefsOf.length).toBeLessThan(data.disclosures.length);
    expect(els(p, (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').endsWith('/data/files.csv')).length).toBeGreaterThanOrEqual(1);
  });

  it('the sitemap index splits into files of at most the limit and lists every page exactly once', () => {
    const sm = readSitemap(site);
    expect(sm.problems).toEqual([]);
    expect(sm.files.length).toBeGreaterThan(2);
    for (const c of sm.chunks) expect(c.length).toBeLessThanOrEqual(LIMITS.sitemap);
    expect(new Set(sm.pages).size).toBe(sm.pages.length);
    expect([...sm.pages].sort()).toEqual(builtPageUrls(site));
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site.siteRoot}sitemap.xml`);
  });
});
