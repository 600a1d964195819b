/** Pure functions of the site shell: places and code histories, headline figures, series, bars, sitemap paths. */
import { describe, expect, it } from 'vitest';
import { lineage } from '../../../../src/core/lineage';
import { countyPageCodes, groupByRegion, placesWithDisclosures, byDepartment, siteCounts, validityText } from '../../../../src/views/site/regions';
import { checkSummary, spendingTotal, viewKeyFigure, wanToFen } from '../../../../src/views/site/figures';
import { countyPageModel, headlineFigures, keyFigureSeries } from '../../../../src/views/county/county';
import { sitePaths, sitemapXml } from '../../../../src/views/site/sitemap';
import { spendingChart } from '../../../../src/views/home/home';
import { KEY_FIGURE_IDS, type CountyEntry, type DisclosureSummary, type KeyFigure } from '../../../../src/schema/normalized';
import { normalizedData } from '../../../support/site/site';
import { computedTotal } from '../../../support/computed-total';

const county = (code: string, o: Partial<CountyEntry> = {}): CountyEntry => ({
  code,
  name: `县${code}`,
  short_name: `县${code}`,
  prefecture: '长沙市',
  prefecture_code: '430100',
  province: '湖南省',
  province_code: '430000',
  valid_from: null,
  valid_to: null,
  predecessor_code: null,
  successor_code: null,
  note: '',
  disclosure_ids: [],
  ...o,
});

const kf = (published: string, unit = '万元', o: Partial<KeyFigure> = {}): KeyFigure => {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(published);
  const fen = unit === '万元' && m ? Number(BigInt(m[1] + (m[2] ?? '').padEnd(6, '0'))) : null;
  return { fact_id: `f.${published}`, published, value: published, unit, fen, status: 'reported', anchor: 'q-0-1', ...o };
};

function summary(id: string, year: number, key: Partial<DisclosureSummary['key']>, o: Partial<DisclosureSummary> = {}): DisclosureSummary {
  const fullKey = Object.fromEntries(KEY_FIGURE_IDS.map((k) => [k, key[k] ?? null])) as DisclosureSummary['key'];
  return {
    id,
    county_code: id.slice(0, 6),
    county_name: '宁乡市',
    county_short_name: '宁乡',
    prefecture: '长沙市',
    prefecture_code: '430100',
    province: '湖南省',
    province_code: '430000',
    department_type: 'cac',
    department_type_name: '网信办',
    department_type_variants: [],
    department_name: '中共宁乡市委网信办',
    department_short_name: '宁乡市委网信办',
    year,
    kind: 'final-accounts',
    kind_zh: '部门决算',
    title: `${year}年度部门决算`,
    title_anchor: 'q-0-1',
    issuer: '',
    source_file: 'x.txt',
    source_url: null,
    source_completeness: 'complete',
    source_completeness_note: null,
    dates: [],
    counts: { facts: 10, projects: 0, indicators: 0, narrative: 0, withheld: 0 },
    key: fullKey,
    derived: [],
    checks: { total: 4, pass: 2, rounding: 1, fail: 1, not_applicable: 0 },
    scorecard: { score: null, grade: null, met: 0, partly: 0, not_met: 0, not_applicable: 0 },
    ...o,
  };
}

describe('places and code histories', () => {
  const records = [
    county('430124', { name: '宁乡县', valid_to: 2016, successor_code: '430182', disclosure_ids: ['430124-cac-2015-final-accounts'] }),
    county('430182', { name: '宁乡市', valid_from: 2017, predecessor_code: '430124', disclosure_ids: ['430182-cac-2021-final-accounts'] }),
    county('430223', { name: '攸县', prefecture: '株洲市', prefecture_code: '430200', disclosure_ids: ['430223-cac-2024-final-accounts'] }),
    county('130132', {
      name: '元氏县',
      prefecture: '石家庄市',
      prefecture_code: '130100',
      province: '河北省',
      province_code: '130000',
      disclosure_ids: ['130132-cac-2022-final-accounts'],
    }),
    county('430900', { name: '无文件县' }),
  ];
  const byCode = new Map(records.map((r) => [r.code, r]));

  it('follows predecessor and successor codes, oldest first, from either end', () => {
    expect(lineage('430182', byCode).map((c) => c.code)).toEqual(['430124', '430182']);
    expect(lineage('430124', byCode).map((c) => c.code)).toEqual(['430124', '430182']);
    expect(lineage('430223', byCode).map((c) => c.code)).toEqual(['430223']);
  });

  it('survives a cycle in the registry', () => {
    const loop = new Map([
      ['1', county('1', { successor_code: '2' })],
      ['2', county('2', { successor_code: '1', predecessor_code: '1' })],
    ]);
    expect(lineage('1', loop).map((c) => c.code)).toEqual(['1', '2']);
  });

  it('one place per chain, listed under its current code, with every disclosure of the chain', () => {
    const places = placesWithDisclosures(records);
    expect(places.map((p) => p.current.code)).toEqual(['130132', '430182', '430223']);
    expect(places.find((p) => p.current.code === '430182')!.disclosureIds).toEqual(['430124-cac-2015-final-accounts', '430182-cac-2021-final-accounts']);
    expect(countyPageCodes(records)).toEqual(['130132', '430124', '430182', '430223']);
  });

  it('groups by province and prefecture in code order, counting disclosures', () => {
    const g = groupByRegion(placesWithDisclosures(records));
    expect(g.map((p) => [p.name, p.disclosureCount])).toEqual([
      ['河北省', 1],
      ['湖南省', 3],
    ]);
    expect(g[1].prefectures.map((f) => f.name)).toEqual(['长沙市', '株洲市']);
  });

  it('says validity in words', () => {
    expect(validityText(byCode.get('430124')!)).toBe('2016年及以前');
    expect(validityText(byCode.get('430182')!)).toBe('2017年起');
    expect(validityText(byCode.get('430223')!)).toBe('');
  });

  it("the current code's page lists the whole chain; an old code's page only its own", () => {
    const ds = new Map([
      ['430124-cac-2015-final-accounts', summary('430124-cac-2015-final-accounts', 2015, {})],
      ['430182-cac-2021-final-accounts', summary('430182-cac-2021-final-accounts', 2021, {})],
    ]);
    const cur = countyPageModel('430182', records, ds);
    expect(cur.isCurrent).toBe(true);
    expect(cur.disclosures.map((d) => d.year)).toEqual([2015, 2021]);
    expect(cur.departments[0].disclosures.map((d) => d.year)).toEqual([2021, 2015]);
    const old = countyPageModel('430124', records, ds);
    expect(old.isCurrent).toBe(false);
    expect(old.current.code).toBe('430182');
    expect(old.disclosures.map((d) => d.id)).toEqual(['430124-cac-2015-final-accounts']);
    expect(() => countyPageModel('999999', records, ds)).toThrow(/no county record/);
  });
});

describe('figures', () => {
  it('a missing figure is "文件未载明", a withheld one is said so, never zero', () => {
    expect(viewKeyFigure(null)).toMatchObject({ text: '文件未载明', isNumber: false });
    expect(viewKeyFigure(kf('0', '万元', { status: 'withheld', value: null, fen: null, published: '' }))).toMatchObject({
      text: '涉密不予公开',
      isNumber: false,
    });
    expect(viewKeyFigure(kf('63.77', '万元', { status: 'withheld' }))).toMatchObject({ text: '63.77', remark: '明细涉密不予公开' });
    expect(viewKeyFigure(kf('', '万元', { status: 'empty', value: null, fen: null }))).toMatchObject({ text: '本表无数据' });
  });

  it('money keeps its published decimals and gives the exact yuan', () => {
    expect(viewKeyFigure(kf('162.935556'))).toMatchObject({ text: '162.935556', unit: '万元', yuan: '1629355.56', yuanText: '1,629,355.56 元' });
    expect(viewKeyFigure(kf('9', '人'))).toMatchObject({ text: '9', unit: '人', yuan: null });
    expect(viewKeyFigure(kf('优秀', '文字', { value: '优秀' }))).toMatchObject({ text: '优秀', unit: '' });
  });

  it('the total is the stated one, else the computed sum marked as computed', () => {
    expect(spendingTotal(summary('430223-cac-2024-final-accounts', 2024, { expenditure_total: kf('89.93') }))).toEqual({
      wan: '89.93',
      fen: 899300000 / 10,
      computed: false,
      formula: null,
    });
    const computed = summary(
      '431129-cac-2024-final-accounts',
      2024,
      {},
      {
        derived: [computedTotal('157.83', ['a', 'b'])],
      },
    );
    expect(spendingTotal(computed)).toEqual({ wan: '157.83', fen: 157830000, computed: true, formula: '基本支出 + 项目支出' });
    expect(spendingTotal(summary('x', 2020, {}))).toBeNull();
    expect(wanToFen('0.000001')).toBe(1);
    expect(wanToFen('1.2345678')).toBeNull();
  });

  it('headline figures always include the core ones and only stated optional ones', () => {
    const h = headlineFigures(
      summary('430223-cac-2024-final-accounts', 2024, { expenditure_total: kf('89.93'), evaluation_grade: kf('优秀', '文字', { value: '优秀' }) }),
    );
    expect(h.main.view.text).toBe('89.93');
    const ids = h.rest.map((f) => f.id);
    expect(ids).toContain('personnel');
    expect(ids).toContain('evaluation_grade');
    expect(ids).not.toContain('project_withheld');
    expect(h.rest.find((f) => f.id === 'personnel')!.view.text).toBe('文件未载明');
  });

  it('sums up checks in words', () => {
    expect(checkSummary({ total: 0, pass: 0, rounding: 0, fail: 0, not_applicable: 0 }).tone).toBe('none');
    expect(checkSummary({ total: 5, pass: 2, rounding: 1, fail: 2, not_applicable: 0 })).toEqual({ text: '2 项不一致', tone: 'fail' });
    expect(checkSummary({ total: 5, pass: 2, rounding: 2, fail: 0, not_applicable: 1 })).toEqual({ text: '4 项对得上（其中 2 项为四舍五入差异）', tone: 'ok' });
  });
});

describe('key figures over the years', () => {
  it('needs at least two years and keeps only stated columns, oldest first', () => {
    const a = summary('430182-cac-2021-final-accounts', 2021, { expenditure_total: kf('350.28'), staff_actual: kf('9', '名') });
    const b = summary('430182-cac-2022-final-accounts', 2022, { expenditure_total: kf('360.5') });
    expect(keyFigureSeries(byDepartment([a])[0])).toBeNull();
    const s = keyFigureSeries(byDepartment([b, a])[0])!;
    expect(s.rows.map((r) => r.d.year)).toEqual([2021, 2022]);
    expect(s.columns.map((c) => c.id)).toEqual(['expenditure_total', 'staff_actual']);
    expect(s.rows[1].cells.map((c) => c.text)).toEqual(['360.5', '文件未载明']);
  });
});

describe('home chart rows', () => {
  it('the home chart orders real disclosures by total, largest first, and keeps those without a total aside', () => {
    const c = spendingChart(normalizedData().disclosures);
    const values = c.rows.map((r) => r.total!.fen!);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    expect(c.rows.length + c.missing.length).toBe(normalizedData().disclosures.length);
  });
});

describe('sitemap paths', () => {
  it('turns page files into paths and expands known dynamic routes', () => {
    const files = [
      'index.astro',
      'about.mdx',
      '404.astro',
      'sitemap.xml.ts',
      'counties/index.astro',
      'counties/[code].astro',
      'disclosures/[id].astro',
      'disclosures/[id]/source.astro',
      'compare/[...rest].astro',
      'data/[file].csv.ts',
      '_draft.astro',
      'x/[unknown].astro',
    ];
    expect(sitePaths(files, { 'counties/[code]': ['430182'], 'disclosures/[id]': ['a-b'] })).toEqual([
      '/',
      '/about/',
      '/counties/',
      '/counties/430182/',
      '/disclosures/a-b/',
      '/disclosures/a-b/source/',
    ]);
  });

  it('writes a sitemaps.org urlset with escaped URLs', () => {
    expect(sitemapXml(['https://x.test/a?b=1&c=2'])).toContain('<loc>https://x.test/a?b=1&amp;c=2</loc>');
  });
});

describe('site counts', () => {
  it('adds up figures, checks and withheld figures', () => {
    const s = siteCounts([summary('a', 2020, {}), summary('b', 2021, {}, { checks: { total: 3, pass: 3, rounding: 0, fail: 0, not_applicable: 0 } })], []);
    expect(s).toMatchObject({ disclosures: 2, figures: 20, checks: 7, failedChecks: 1, disclosuresWithFailures: 1 });
  });
});
