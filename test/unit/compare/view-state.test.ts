import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatView, parseView, SORT_ORDERS, type ViewScope, type ViewState } from '../../../src/compare/view-state';
import { MEASURE_IDS, PER_BASES, perApplies } from '../../../src/compare/measures';
import { NO_FILTERS, type FacetOptions } from '../../../src/compare/filters';

const opt = (...values: string[]) => values.map((value) => ({ value, label: value, count: 1 }));
const OPTIONS: FacetOptions = {
  year: opt('2023', '2024'),
  kind: opt('final-accounts', 'performance-self-evaluation'),
  province: opt('430000'),
  county: opt('430223', '431129'),
};
const COUNTIES: ViewScope = { counties: ['430223', '431129'], options: OPTIONS };

describe('view state ⇄ URL query', () => {
  it('an empty query is the default view, and the default view is an empty query', () => {
    expect(parseView('', COUNTIES)).toEqual(DEFAULT_VIEW);
    expect(formatView(DEFAULT_VIEW)).toBe('');
  });

  it('reads every field', () => {
    expect(parseView('?measure=three_public&per=staff_actual&sort=asc&hl=430223', COUNTIES)).toEqual({
      measure: 'three_public',
      per: 'staff_actual',
      sort: 'asc',
      hl: '430223',
      filter: NO_FILTERS,
    });
  });

  it('reads and writes the filters; unknown filter values mean "all"', () => {
    const v = parseView('?year=2024&kind=final-accounts&province=430000&county=431129', COUNTIES);
    expect(v.filter).toEqual({ year: '2024', kind: 'final-accounts', province: '430000', county: '431129' });
    expect(formatView(v)).toBe('?year=2024&kind=final-accounts&province=430000&county=431129');
    expect(parseView('?year=1999&kind=<x>&county=999999', COUNTIES).filter).toEqual(NO_FILTERS);
  });

  it("a one-facet page's own filter is the base; the query overrides it", () => {
    const base = { ...NO_FILTERS, year: '2023' };
    expect(parseView('', COUNTIES, base).filter).toEqual(base);
    expect(parseView('?year=2024', COUNTIES, base).filter.year).toBe('2024');
    expect(parseView('?year=', COUNTIES, base).filter.year).toBe(null);
  });

  it('falls back to the default for unknown values instead of failing', () => {
    expect(parseView('?measure=<script>&per=everyone&sort=random&hl=999999', COUNTIES)).toEqual(DEFAULT_VIEW);
  });

  it('drops a per-person basis for measures that cannot be divided by staff', () => {
    expect(parseView('?measure=personnel_share&per=staff_actual', COUNTIES)).toEqual({ ...DEFAULT_VIEW, measure: 'personnel_share', per: 'none' });
  });

  it('writes keys in a fixed order, leaving defaults out', () => {
    expect(formatView({ measure: 'expenditure_total', per: 'staff_authorised', sort: 'desc', hl: null, filter: NO_FILTERS })).toBe('?per=staff_authorised');
    expect(formatView({ measure: 'evaluation_score', per: 'none', sort: 'county', hl: '431129', filter: { ...NO_FILTERS, year: '2024' } })).toBe(
      '?measure=evaluation_score&sort=county&hl=431129&year=2024',
    );
  });

  it('round-trips every valid view', () => {
    for (const measure of MEASURE_IDS) {
      for (const per of PER_BASES) {
        if (per !== 'none' && !perApplies(measure)) continue;
        for (const sort of SORT_ORDERS) {
          for (const hl of [null, ...COUNTIES.counties]) {
            const v: ViewState = { measure, per, sort, hl, filter: { ...NO_FILTERS, county: hl } };
            expect(parseView(formatView(v), COUNTIES)).toEqual(v);
          }
        }
      }
    }
  });
});
