/**
 * A large department type's one-facet tables (views/compare/type-pages.ts
 * facetTables) and the facet links its pages show (compare/filters.ts
 * facetRows), over copies of the curated seeds spread across provinces and
 * counties: each facet partitions the type's rows, each value's table is the
 * unfiltered table narrowed to it (same region order, same page limit), and
 * the county links stay within one province.
 */
import { describe, expect, it } from 'vitest';
import { facetTables, tablePlan, typePlan } from '../../../src/views/compare/type-pages';
import { compareRecord } from '../../../src/compare/record-build';
import { COUNTY_NOTE, countyIndex, FACETS, facetOptions, facetPagePath, facetRows, facetValue, NO_FILTERS } from '../../../src/compare/filters';
import { scopeOf, pageScope } from '../../../src/compare/page';
import { DEFAULT_VIEW } from '../../../src/compare/view-state';
import type { DisclosureSummary } from '../../../src/schema/normalized';
import { normalizedData } from '../../support/site/site';

const seeds = normalizedData().disclosures;
/** Every seed copied into `counties` counties spread over three provinces and two prefectures each. */
function corpus(counties: number): DisclosureSummary[] {
  return Array.from({ length: counties }, (_, c) => {
    const prov = 90 + (c % 3);
    const pref = `${prov}${String(c % 2).padStart(2, '0')}`;
    const county = `${pref}${String(c).padStart(2, '0')}`;
    return seeds.map((s) => ({
      ...s,
      id: `${county}-${s.id}`,
      county_code: county,
      county: `县${county}`,
      prefecture_code: `${pref}00`,
      prefecture: `市${pref}`,
      province_code: `${prov}0000`,
      province: `省${prov}`,
    }));
  }).flat();
}

const summaries = new Map(corpus(14).map((d) => [d.id, d]));
const records = [...summaries.values()].map((d) => compareRecord(d, `/disclosures/${d.id}/`));
const regionOf = (r: { id: string }) => summaries.get(r.id)!;
const LIMIT = 4;
const plan = typePlan({ id: 'syn', name: '合成', records }, regionOf, { compare: LIMIT, compareCharts: 10 });
const options = facetOptions(records);
const tables = facetTables(plan, options, regionOf, LIMIT);

describe('a large type narrowed to one facet value', () => {
  it('every facet with more than one value partitions the rows: each value its own records, in the unfiltered order, on pages of at most the limit', () => {
    expect(plan.charts).toBe(false);
    const order = new Map(plan.pages.flat().map((r, i) => [r.id, i]));
    const faceted = FACETS.filter((f) => options[f].length > 1);
    expect(faceted.length).toBeGreaterThanOrEqual(3);
    expect([...new Set(tables.map((t) => t.facet))]).toEqual(faceted);
    for (const f of faceted) {
      const of = tables.filter((t) => t.facet === f);
      expect(of.map((t) => t.value)).toEqual(options[f].map((o) => o.value));
      for (const t of of) {
        const rows = t.pages.flat();
        expect(rows.map((r) => r.id).sort()).toEqual(
          records
            .filter((r) => facetValue(r, f) === t.value)
            .map((r) => r.id)
            .sort(),
        );
        expect(rows).toEqual(t.records);
        expect(t.pages.every((p) => p.length > 0 && p.length <= LIMIT)).toBe(true);
        expect(t.pages.length).toBe(Math.ceil(rows.length / LIMIT));
        const at = rows.map((r) => order.get(r.id)!);
        expect(at).toEqual([...at].sort((a, b) => a - b));
        expect(t.regions.reduce((s, p) => s + p.items, 0)).toBe(rows.length);
        expect(t.filters).toEqual({ ...NO_FILTERS, [f]: t.value });
        // The summary of the view is the chart view's scope of the same filter.
        expect(scopeOf(t.records, t.filters, options).label).toBe(pageScope({ ...DEFAULT_VIEW, filter: t.filters }, { records, options }).label);
      }
      expect(of.reduce((s, t) => s + t.records.length, 0)).toBe(records.length);
    }
    // The same table function makes the unfiltered plan.
    expect(tablePlan(records, regionOf, LIMIT).pages).toEqual(plan.pages);
  });

  it('paths: page 1 of a value at its facet page, further pages under page/<n>/', () => {
    expect(facetPagePath('syn', 'year', '2024')).toBe('/compare/type/syn/year/2024/');
    expect(facetPagePath('syn', 'county', '900100', 1)).toBe('/compare/type/syn/county/900100/');
    expect(facetPagePath('syn', 'county', '900100', 3)).toBe('/compare/type/syn/county/900100/page/3/');
  });

  it('the county links of a large type stay within the view’s province; a chart type links every county', () => {
    const where = countyIndex(records, options);
    const county = (f = NO_FILTERS) => facetRows(options, f, where).find((r) => r.facet === 'county')!;
    expect(facetRows(options).find((r) => r.facet === 'county')!.options).toEqual(options.county);
    expect(county()).toEqual({ facet: 'county', options: [], note: COUNTY_NOTE });
    expect(county({ ...NO_FILTERS, year: options.year[0].value })).toEqual({ facet: 'county', options: [], note: COUNTY_NOTE });
    for (const p of options.province) {
      const inP = options.county.filter((o) => records.some((r) => r.county_code === o.value && r.province_code === p.value));
      expect(county({ ...NO_FILTERS, province: p.value }).options).toEqual(inP);
      for (const c of inP) expect(county({ ...NO_FILTERS, county: c.value }).options).toEqual(inP);
    }
    // The other facets link every value, the rows in facet order.
    const rows = facetRows(options, NO_FILTERS, where);
    expect(rows.map((r) => r.facet)).toEqual(FACETS.filter((f) => options[f].length > 1));
    for (const r of rows.filter((r) => r.facet !== 'county')) expect(r.options).toEqual(options[r.facet]);
    // One province: its counties are linked on every view.
    const one = records.filter((r) => r.province_code === options.province[0].value);
    const oneOptions = facetOptions(one);
    expect(facetRows(oneOptions, NO_FILTERS, countyIndex(one, oneOptions)).find((r) => r.facet === 'county')!.options).toEqual(oneOptions.county);
  });
});
