/**
 * /compare/ filters of a large department type, on the scale corpus built
 * with small page limits (test/support/site/scale-corpus.ts): every one-facet
 * view (year, kind, province, county) of every large type is a chain of table
 * pages holding exactly that value's disclosures, in the unfiltered table's
 * order, at most the limit per page; its headings and title name the filter,
 * it links back to the unfiltered table, marks its value in the facet links
 * and summarises its own records; every link of the facet links and pagers
 * resolves; the sitemap lists every page. Expectations come from the corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { attr, pageReader, textOf, type PageInfo } from '../support/site/html-check';
import { deployedSite, type DeployedSite } from '../support/site/site';
import { readSitemap } from '../support/site/sitemap';
import { ensureScaleSite, SCALE_CONTENT, SCALE_DIST, SCALE_LIMITS } from '../support/site/scale-corpus';
import { readCorpusFiles } from '../../src/build/corpus-files';
import { normalizeCorpus } from '../../src/normalize/corpus';
import { runChecks } from '../../src/checks/index';
import { compareRecord } from '../../src/compare/record-build';
import { typesBySize } from '../../src/compare/pair-scale';
import { FACETS, facetOptions, facetPagePath, facetValue, type FacetOptions } from '../../src/compare/filters';
import type { CompareRecord } from '../../src/compare/records';

type El = PageInfo['elements'][number];
const DIST = SCALE_DIST;
const page = pageReader(DIST);
const els = (p: PageInfo, pred: (e: El) => boolean) => p.elements.filter(pred);
const within = (root: El, pred: (e: El) => boolean): El[] => {
  const out: El[] = [];
  const walk = (e: El) => {
    for (const c of e.childNodes) if ('tagName' in c) (pred(c as El) && out.push(c as El), walk(c as El));
  };
  walk(root);
  return out;
};
const byId = (p: PageInfo, id: string) => els(p, (e) => attr(e, 'id') === id)[0];
const rowsOf = (p: PageInfo) => els(p, (e) => e.tagName === 'tr' && attr(e, 'data-key') !== undefined).map((e) => attr(e, 'data-key')!);
/** A site path ("/compare/type/x/") as its file in dist. */
const fileOf = (path: string) => `${path.replace(/^\//, '')}index.html`;
/** The dist file an href on the site (base "/") points at, without its fragment. */
const target = (href: string) => fileOf(new URL(href, 'https://x.test/').pathname);
/** Page 1 and the numbered pages that exist below it, in order. */
function pagesOf(path: string): string[] {
  const d = join(DIST, path, 'page');
  const ns = existsSync(d)
    ? readdirSync(d)
        .map(Number)
        .filter((n) => n >= 2)
        .sort((a, b) => a - b)
    : [];
  return [fileOf(path), ...ns.map((n) => fileOf(`${path}page/${n}/`))];
}

let site: DeployedSite;
let large: { id: string; name: string; records: CompareRecord[]; options: FacetOptions }[];
let typesFirst: string;

beforeAll(() => {
  ensureScaleSite();
  site = deployedSite(DIST, '/');
  const r = normalizeCorpus(readCorpusFiles(SCALE_CONTENT), runChecks);
  if (!r.collections) throw new Error('scale corpus does not normalize');
  const types = typesBySize(r.collections.disclosures.map((d) => compareRecord(d, '')));
  typesFirst = types[0].id;
  large = types.filter((t) => t.records.length > SCALE_LIMITS.compareCharts).map((t) => ({ ...t, options: facetOptions(t.records) }));
}, 600_000);

const views = () =>
  large.flatMap((t) =>
    FACETS.filter((f) => t.options[f].length > 1).flatMap((facet) =>
      t.options[facet].map((o) => ({ type: t, facet, option: o, path: facetPagePath(t.id, facet, o.value) })),
    ),
  );
/** The unfiltered table's pages of a type. */
const typePages = (id: string) => pagesOf(`/compare/type/${id}/`);

describe('a large department type narrowed to one facet value, without JavaScript', () => {
  it('the scale corpus has a large type with every facet to filter by', () => {
    expect(large.length).toBeGreaterThan(0);
    for (const f of FACETS) expect(large[0].options[f].length, f).toBeGreaterThan(1);
  });

  it('each value’s pages chain together and list exactly its disclosures, in the unfiltered order, at most the limit per page', () => {
    for (const v of views()) {
      const files = pagesOf(v.path);
      const expected = v.type.records.filter((r) => facetValue(r, v.facet) === v.option.value).map((r) => r.id);
      const rows = files.flatMap((f) => {
        const r = rowsOf(page(f));
        expect(r.length, f).toBeGreaterThan(0);
        expect(r.length, f).toBeLessThanOrEqual(SCALE_LIMITS.compare);
        return r;
      });
      expect(rows.length, v.path).toBe(expected.length);
      expect([...rows].sort(), v.path).toEqual([...expected].sort());
      expect(files.length, v.path).toBe(Math.ceil(expected.length / SCALE_LIMITS.compare));
      const order = typePages(v.type.id).flatMap((f) => rowsOf(page(f)));
      expect(rows, v.path).toEqual(order.filter((id) => expected.includes(id)));
      // rel="next" from page 1 visits every page in order; each later page links back.
      const seen: string[] = [];
      for (let cur: string | undefined = files[0]; cur && seen.length <= files.length;) {
        seen.push(cur);
        const next: El | undefined = els(page(cur), (e) => e.tagName === 'a' && attr(e, 'rel') === 'next')[0];
        cur = next ? target(attr(next, 'href')!) : undefined;
      }
      expect(seen).toEqual(files);
      for (const f of files.slice(1)) expect(els(page(f), (e) => e.tagName === 'a' && attr(e, 'rel') === 'prev').length, f).toBe(1);
    }
  });

  it('headings and title name the filter; the facet links mark it with its count; a link clears it; the summary is of its records', () => {
    for (const v of views()) {
      const n = v.option.count;
      for (const f of pagesOf(v.path)) {
        const p = page(f);
        const h1 = textOf(els(p, (e) => e.tagName === 'h1')[0]);
        expect(h1, f).toContain(`（${v.option.label}）`);
        expect(textOf(els(p, (e) => e.tagName === 'title')[0]), f).toContain(v.option.label);
        const links = byId(p, 'facet-links');
        expect(links, f).toBeTruthy();
        const current = within(links, (e) => e.tagName === 'a' && attr(e, 'aria-current') === 'page');
        expect(
          current.map((a) => textOf(a)),
          f,
        ).toEqual([`${v.option.label}（${n}）`]);
        expect(target(attr(current[0], 'href')!)).toBe(fileOf(v.path));
        const clear = els(p, (e) => e.tagName === 'a' && textOf(e) === '清除筛选');
        expect(clear.length, f).toBe(1);
        expect(target(attr(clear[0], 'href')!)).toBe(v.type.id === typesFirst ? 'compare/index.html' : fileOf(`/compare/type/${v.type.id}/`));
        const summary = byId(p, 'compare-summary');
        expect(
          within(summary, (e) => attr(e, 'data-scope') !== undefined).map((e) => attr(e, 'data-scope')),
          f,
        ).toEqual([String(n)]);
        expect(textOf(summary), f).toContain(v.option.label);
      }
    }
  });

  it('the unfiltered table has the same facet links and summary; the county links only ever show one province’s counties', () => {
    for (const t of large) {
      const provinceOf = new Map(t.records.map((r) => [r.county_code, r.province_code]));
      const countyLinks = (p: PageInfo) =>
        within(byId(p, 'facet-links'), (e) => e.tagName === 'a')
          .map((a) => /\/county\/([^/]+)\/$/.exec(attr(a, 'href')!)?.[1])
          .filter((c): c is string => c !== undefined);
      for (const f of typePages(t.id)) {
        const p = page(f);
        expect(
          within(byId(p, 'compare-summary'), (e) => attr(e, 'data-scope') !== undefined).map((e) => attr(e, 'data-scope')),
          f,
        ).toEqual([String(t.records.length)]);
        // Several provinces and none chosen: choose one first; a single province: its counties.
        expect(countyLinks(p), f).toEqual(t.options.province.length > 1 ? [] : t.options.county.map((o) => o.value));
      }
      for (const v of views().filter((x) => x.type === t && (x.facet === 'province' || x.facet === 'county'))) {
        const province = v.facet === 'province' ? v.option.value : provinceOf.get(v.option.value)!;
        const shown = countyLinks(page(fileOf(v.path)));
        expect(shown, v.path).toEqual(t.options.county.filter((o) => provinceOf.get(o.value) === province).map((o) => o.value));
      }
    }
  });

  it('every facet link, region link and pager link of these pages resolves to a built page and fragment', () => {
    const files = large.flatMap((t) => [
      ...typePages(t.id),
      ...views()
        .filter((v) => v.type === t)
        .flatMap((v) => pagesOf(v.path)),
    ]);
    for (const f of files) {
      const p = page(f);
      const hrefs = els(p, (e) => e.tagName === 'a')
        .map((a) => attr(a, 'href')!)
        .filter((h) => h.startsWith('/compare/'));
      expect(hrefs.length, f).toBeGreaterThan(0);
      for (const h of hrefs) {
        const t = target(h);
        expect(existsSync(join(DIST, t)), `${f} → ${h}`).toBe(true);
        const frag = new URL(h, 'https://x.test/').hash.slice(1);
        if (frag) expect(page(t).ids.has(decodeURIComponent(frag)), `${f} → ${h}`).toBe(true);
      }
    }
  });

  it('the sitemap lists every page of every view; each facet adds one partition of the rows', () => {
    const listed = new Set(readSitemap(site).pages);
    let facetPages = 0;
    let facetRows = 0;
    for (const t of large) {
      const faceted = FACETS.filter((f) => t.options[f].length > 1);
      const own = views().filter((v) => v.type === t);
      const files = own.flatMap((v) => pagesOf(v.path));
      for (const f of files) expect(listed.has(site.siteRoot + f.replace(/index\.html$/, '')), f).toBe(true);
      const rows = files.reduce((s, f) => s + rowsOf(page(f)).length, 0);
      expect(rows).toBe(faceted.length * t.records.length);
      facetPages += files.length;
      facetRows += rows;
      console.log(
        `large type ${t.id}: ${t.records.length} disclosures, ${typePages(t.id).length} unfiltered pages; ` +
          faceted.map((f) => `${f} ${own.filter((v) => v.facet === f).reduce((s, v) => s + pagesOf(v.path).length, 0)} pages`).join(', '),
      );
    }
    console.log(`facet pages of large types: ${facetPages}, rows on them: ${facetRows}`);
  });
});
