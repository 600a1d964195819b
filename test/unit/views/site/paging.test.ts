/**
 * The paging of the long lists, as pure functions: every item on exactly one
 * page and in order, pages within their limit, the regions' first pages, a
 * pager that stays small, the sitemap cut into files of at most 50,000 URLs,
 * and the limits override used by the scale test.
 */
import { consistencyChecks } from '../../../../src/checks/report';
import { describe, expect, it } from 'vitest';
import { chunk, groupStarts, packPages, pagerItems, runs } from '../../../../src/core/paginate';
import { pageRegions, regionIndex, type InRegion } from '../../../../src/views/site/region-index';
import { checksPlan } from '../../../../src/views/checks/checks-plan';
import { countyPages, departmentWeight, placesPlan } from '../../../../src/views/county/county-pages';
import { DEFAULT_LIMITS, parseLimits } from '../../../../src/core/limits';
import { latest, placesWithDisclosures, byDepartment } from '../../../../src/views/site/regions';
import { SITEMAP_MAX_URLS, sitePaths, sitemapChunks, sitemapIndexXml } from '../../../../src/views/site/sitemap';
import { addRuleCounts, countByRule, failureFile, failureFileSchema, type RuleCount } from '../../../../src/store/failures';
import { typePlan } from '../../../../src/views/compare/type-pages';
import { TABLE_COLUMNS, tableRow } from '../../../../src/compare/measures-table';
import { compareRecord } from '../../../../src/compare/record-build';
import { comparedText, viewValue } from '../../../../src/compare/measures';
import type { CountyEntry, DisclosureSummary } from '../../../../src/schema/normalized';
import { normalizedData } from '../../../support/site/site';
import { paths } from '../../../../src/core/routes';

const data = normalizedData();
const seed = data.disclosures[0];

/** n synthetic summaries spread over provinces, prefectures, counties and departments, with 0–3 failures each. */
function corpus(n: number): DisclosureSummary[] {
  return Array.from({ length: n }, (_, i) => {
    const prov = 90 + (i % 3);
    const pref = `${prov}${String(i % 2).padStart(2, '0')}`;
    const county = `${pref}${String(i % 5).padStart(2, '0')}`;
    const dept = `syn${String(i % 4).padStart(2, '0')}`;
    const year = 2015 + (i % 7);
    const id = `${county}-${dept}-${year}-final-accounts-${i}`;
    return {
      ...seed,
      id,
      county_code: county,
      prefecture_code: `${pref}00`,
      prefecture: `市${pref}`,
      province_code: `${prov}0000`,
      province: `省${prov}`,
      department_type: dept,
      department_type_name: `部门${dept}`,
      year,
      checks: { ...seed.checks, fail: i % 4, total: 10 },
    };
  });
}

const everyOnce = <T>(pages: T[][], items: T[]) => {
  const flat = pages.flat();
  expect(flat.length).toBe(items.length);
  expect(new Set(flat).size).toBe(items.length);
  for (const x of items) expect(flat).toContain(x);
};

describe('packPages and chunk', () => {
  it('keeps every item once, in order, pages within the limit unless one item alone exceeds it', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ i, w: (i * 7) % 11 }));
    for (const max of [1, 3, 10, 25]) {
      const pages = packPages(items, (x) => x.w, max);
      expect(pages.flat()).toEqual(items);
      for (const p of pages) {
        const w = p.reduce((s, x) => s + Math.max(1, x.w), 0);
        if (p.length > 1) expect(w).toBeLessThanOrEqual(max);
      }
      // Greedy: the next page's first item would not have fitted.
      for (let k = 1; k < pages.length; k++) {
        const used = pages[k - 1].reduce((s, x) => s + Math.max(1, x.w), 0);
        expect(used + Math.max(1, pages[k][0].w)).toBeGreaterThan(max);
      }
    }
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => packPages([1], () => 1, 0)).toThrow();
  });

  it('finds where each group starts and ends', () => {
    const pages = [['a', 'a', 'b'], ['b', 'c'], ['c']];
    expect(groupStarts(pages, (x) => x)).toEqual([
      { key: 'a', page: 1, count: 2, lastPage: 1 },
      { key: 'b', page: 1, count: 2, lastPage: 2 },
      { key: 'c', page: 2, count: 2, lastPage: 3 },
    ]);
    expect(runs(['a', 'a', 'b', 'a'], (x) => x).map((r) => [r.key, r.items.length])).toEqual([
      ['a', 2],
      ['b', 1],
      ['a', 1],
    ]);
  });
});

describe('pager', () => {
  it('shows first, last, a window around the current page, and is bounded', () => {
    const nums = (c: number, t: number) =>
      pagerItems(c, t)
        .map((x) => (x.kind === 'gap' ? '…' : x.current ? `[${x.n}]` : String(x.n)))
        .join(' ');
    expect(nums(1, 1)).toBe('[1]');
    expect(nums(1, 5)).toBe('[1] 2 3 4 5');
    expect(nums(5, 10)).toBe('1 2 3 4 [5] 6 7 … 10');
    expect(nums(1000, 2000)).toBe('1 … 998 999 [1000] 1001 1002 … 2000');
    for (const [c, t] of [
      [1, 2000],
      [2000, 2000],
      [17, 2000],
      [3, 7],
    ]) {
      const items = pagerItems(c, t);
      expect(items.length).toBeLessThanOrEqual(9);
      const pages = items.flatMap((x) => (x.kind === 'page' ? [x.n] : []));
      expect(pages).toEqual([...pages].sort((a, b) => a - b));
      expect(pages).toContain(1);
      expect(pages).toContain(t);
      expect(items.filter((x) => x.kind === 'page' && x.current).length).toBe(1);
    }
  });
});

describe('regions over pages', () => {
  const ds = corpus(40).sort((a, b) => (a.province_code + a.prefecture_code + a.id < b.province_code + b.prefecture_code + b.id ? -1 : 1));
  const pages = chunk(ds, 7);
  it('indexes provinces and prefectures with their first page and counts', () => {
    const idx = regionIndex(
      pages,
      (d) => d,
      (d) => d.checks.fail,
    );
    expect(idx.reduce((s, p) => s + p.items, 0)).toBe(40);
    expect(idx.reduce((s, p) => s + p.weight, 0)).toBe(ds.reduce((s, d) => s + d.checks.fail, 0));
    for (const p of idx) {
      expect(p.prefectures.reduce((s, f) => s + f.items, 0)).toBe(p.items);
      for (const f of p.prefectures) {
        const first = pages.findIndex((pg) => pg.some((d) => d.prefecture_code === f.code));
        expect(f.page).toBe(first + 1);
      }
    }
  });
  it('marks a prefecture continued from the previous page', () => {
    for (let n = 1; n < pages.length; n++) {
      const sections = pageRegions(pages[n], (d: InRegion) => d, pages[n - 1][pages[n - 1].length - 1]);
      expect(sections[0].continued).toBe(sections[0].region.prefecture_code === pages[n - 1][pages[n - 1].length - 1].prefecture_code);
      expect(sections.slice(1).every((s) => !s.continued)).toBe(true);
    }
  });
});

describe('/checks/ plan', () => {
  const ds = corpus(101);
  it('puts every disclosure with a failure on exactly one page, in region order, pages within the limit', () => {
    const failing = ds.filter((d) => d.checks.fail > 0);
    for (const max of [1, 4, 9, 60]) {
      const plan = checksPlan(ds, max);
      everyOnce(plan.pages, failing);
      for (const p of plan.pages) if (p.length > 1) expect(p.reduce((s, d) => s + d.checks.fail, 0)).toBeLessThanOrEqual(max);
      const flat = plan.pages.flat();
      for (let i = 1; i < flat.length; i++)
        expect(flat[i - 1].province_code + flat[i - 1].prefecture_code <= flat[i].province_code + flat[i].prefecture_code).toBe(true);
      expect(plan.totals).toEqual({
        ran: 1010,
        fail: ds.reduce((s, d) => s + d.checks.fail, 0),
        rounding: ds.reduce((s, d) => s + d.checks.rounding, 0),
        disclosures: failing.length,
      });
      expect(plan.regions.reduce((s, p) => s + p.weight, 0)).toBe(plan.totals.fail);
    }
    expect(checksPlan([], 5).pages).toEqual([]);
    expect(paths.checksPage(3)).toBe('/checks/page/3/');
  });

  it('failure files hold the failed checks of the details, validate, and count by rule', () => {
    const withFail = data.details.filter((d) => consistencyChecks(d.checks).some((c) => c.status === 'fail'));
    expect(withFail.length).toBeGreaterThan(0);
    const files = withFail.map(failureFile);
    for (const [i, f] of files.entries()) {
      expect(f.failures.map((v) => v.check)).toEqual(consistencyChecks(withFail[i].checks).filter((c) => c.status === 'fail'));
      expect(failureFileSchema.parse(JSON.parse(JSON.stringify(f)))).toEqual(f);
    }
    const counts = countByRule(files);
    const expected = new Map<string, number>();
    for (const d of withFail) for (const c of consistencyChecks(d.checks)) if (c.status === 'fail') expected.set(c.rule, (expected.get(c.rule) ?? 0) + 1);
    expect(new Map(counts.map((r) => [r.rule, r.failures]))).toEqual(expected);
    const m = new Map<string, RuleCount>();
    for (const f of files) addRuleCounts(m, f);
    expect([...m.values()].reduce((s, r) => s + r.failures, 0)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
  });
});

describe('county pages and the place list', () => {
  it('spreads a county over pages of at most the limit, never splitting a department, counting each headline block', () => {
    const ds = corpus(120).map((d) => ({ ...d, county_code: '900000' }));
    const depts = byDepartment(ds);
    for (const max of [1, 5, 13, 40, 60, 1000]) {
      const pages = countyPages(depts, max);
      everyOnce(pages, depts);
      for (const p of pages) if (p.length > 1) expect(p.reduce((s, g) => s + departmentWeight(g), 0)).toBeLessThanOrEqual(max);
    }
    // Many one-disclosure departments: a page holds fewer of them than of disclosures in one department.
    const singles = byDepartment(ds.map((d, i) => ({ ...d, department_type: `t${i}`, department_type_name: `部门${i}` })));
    expect(countyPages(singles, 60)[0].length).toBe(12);
    expect(countyPages([], 5)).toEqual([[]]);
    expect(paths.countyPage('430223', 1)).toBe('/counties/430223/');
    expect(paths.countyPage('430223', 2)).toBe('/counties/430223/page/2/');
  });

  it('lists every place once, a fixed number per page, and knows where each prefecture starts', () => {
    const records: CountyEntry[] = Array.from({ length: 23 }, (_, i) => ({
      code: `9${i % 2}${String(i % 3).padStart(2, '0')}${String(i).padStart(2, '0')}`,
      name: `县${i}`,
      short_name: `县${i}`,
      prefecture: `市${i % 3}`,
      prefecture_code: `9${i % 2}${String(i % 3).padStart(2, '0')}00`,
      province: `省${i % 2}`,
      province_code: `9${i % 2}0000`,
      valid_from: null,
      valid_to: null,
      predecessor_code: null,
      successor_code: null,
      note: '',
      disclosure_ids: [`d${i}`, `e${i}`],
    }));
    const places = placesWithDisclosures(records);
    const plan = placesPlan(places, 4);
    everyOnce(plan.pages, places);
    expect(plan.pages.every((p) => p.length <= 4)).toBe(true);
    expect(plan.regions.reduce((s, p) => s + p.weight, 0)).toBe(46);
    for (const [code, page] of plan.prefecturePage) expect(plan.pages[page - 1].some((p) => p.current.prefecture_code === code)).toBe(true);
  });

  it('latest() equals sorting the whole list, without sorting it', () => {
    const ds = corpus(300);
    const sorted = [...ds].sort((a, b) => b.year - a.year || a.county_code.localeCompare(b.county_code) || a.id.localeCompare(b.id));
    for (const n of [0, 1, 8, 15, 300, 400]) expect(latest(ds, n)).toEqual(sorted.slice(0, n));
  });
});

describe('large department types on /compare/', () => {
  const regions = new Map(corpus(60).map((d) => [d.id, d]));
  const records = [...regions.values()].map((d) => compareRecord(d, `/disclosures/${d.id}/`));
  const type = { id: 'syn', name: '合成', records };
  it('a small type gets the charts, a large one the table in region order on pages of at most the limit', () => {
    expect(typePlan(type, (r) => regions.get(r.id)!, { compare: 10, compareCharts: 60 }).charts).toBe(true);
    const plan = typePlan(type, (r) => regions.get(r.id)!, { compare: 7, compareCharts: 20 });
    expect(plan.charts).toBe(false);
    everyOnce(plan.pages, records);
    expect(plan.pages.every((p) => p.length <= 7)).toBe(true);
    expect(plan.counties).toBe(new Set(records.map((r) => r.county_code)).size);
    expect(plan.regions.reduce((s, p) => s + p.items, 0)).toBe(60);
    expect(paths.compareTypePage('syn', 1)).toBe('/compare/type/syn/');
    expect(paths.compareTypePage('syn', 4)).toBe('/compare/type/syn/page/4/');
  });
  it('the table shows the measures of the charts, gaps in words, never 0', () => {
    for (const r of data.disclosures.map((d) => compareRecord(d, ''))) {
      const cells = tableRow(r);
      TABLE_COLUMNS.forEach((c, i) => {
        const v = c.value(r);
        if (v.status === 'ok') expect(cells[i].text).toBe(comparedText(v.value!, c.unit).text);
        else expect(cells[i].text).toBe(v.status === 'withheld' ? '涉密不予公开' : '文件未载明');
      });
      const total = viewValue(r.input, 'expenditure_total', 'none').value;
      expect(cells[0].text).toBe(total === null ? '文件未载明' : comparedText(total, '万元').text);
      // every value with a quote links to it on the disclosure's page
      TABLE_COLUMNS.forEach((c, i) => {
        const q = c.value(r).quote;
        expect(cells[i].href).toBe(q ? `${r.href}#${q}` : null);
      });
    }
  });
});

describe('sitemap index', () => {
  it('cuts the page list into files of at most 50,000 URLs, every page once, in order', () => {
    const paths = Array.from({ length: 120_001 }, (_, i) => `/p/${i}/`);
    const chunks = sitemapChunks(paths);
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks.flat()).toEqual(paths);
    expect(sitemapChunks(paths.slice(0, 5), 2).map((c) => c.length)).toEqual([2, 2, 1]);
    expect(sitemapChunks([])).toEqual([[]]);
    expect(() => sitemapChunks(paths, SITEMAP_MAX_URLS + 1)).toThrow();
  });
  it('writes a sitemaps.org index, escaped', () => {
    const xml = sitemapIndexXml(['https://x.test/sitemaps/1.xml', 'https://x.test/a&b.xml']);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://x.test/a&amp;b.xml</loc></sitemap>');
  });
  it('lists routes with dependent parameters from their own path lists', () => {
    const files = [
      'index.astro',
      'checks/index.astro',
      'checks/page/[n].astro',
      'counties/[code].astro',
      'counties/[code]/page/[n].astro',
      'compare/pair/[a]/[b]/index.astro',
    ];
    expect(
      sitePaths(
        files,
        { 'counties/[code]': ['900000', '900001'] },
        {
          'checks/page/[n]': ['/checks/page/1/', '/checks/page/2/'],
          'counties/[code]/page/[n]': ['/counties/900000/page/2/'],
          'compare/pair/[a]/[b]/index': ['/compare/pair/a/b/'],
        },
      ),
    ).toEqual([
      '/',
      '/checks/',
      '/checks/page/1/',
      '/checks/page/2/',
      '/compare/pair/a/b/',
      '/counties/900000/',
      '/counties/900000/page/2/',
      '/counties/900001/',
    ]);
  });
});

describe('limits', () => {
  it('parses the test override and rejects nonsense', () => {
    expect(parseLimits(undefined)).toEqual(DEFAULT_LIMITS);
    expect(parseLimits('checks=3, county=4')).toEqual({ ...DEFAULT_LIMITS, checks: 3, county: 4 });
    expect(() => parseLimits('cheks=3')).toThrow(/PORTAL_PAGE_LIMITS/);
    expect(() => parseLimits('checks=0')).toThrow();
    expect(() => parseLimits('sitemap=50001')).toThrow();
  });
});
