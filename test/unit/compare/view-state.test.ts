import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatView, parseView, SORT_ORDERS, type ViewState } from '../../../src/compare/view-state';
import { MEASURE_IDS, PER_BASES, perApplies } from '../../../src/compare/measures';

const COUNTIES = ['430223', '431129'];

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
    });
  });

  it('falls back to the default for unknown values instead of failing', () => {
    expect(parseView('?measure=<script>&per=everyone&sort=random&hl=999999', COUNTIES)).toEqual(DEFAULT_VIEW);
  });

  it('drops a per-person basis for measures that cannot be divided by staff', () => {
    expect(parseView('?measure=personnel_share&per=staff_actual', COUNTIES)).toEqual({ ...DEFAULT_VIEW, measure: 'personnel_share', per: 'none' });
  });

  it('writes keys in a fixed order, leaving defaults out', () => {
    expect(formatView({ measure: 'expenditure_total', per: 'staff_authorised', sort: 'desc', hl: null })).toBe('?per=staff_authorised');
    expect(formatView({ measure: 'evaluation_score', per: 'none', sort: 'county', hl: '431129' })).toBe('?measure=evaluation_score&sort=county&hl=431129');
  });

  it('round-trips every valid view', () => {
    for (const measure of MEASURE_IDS) {
      for (const per of PER_BASES) {
        if (per !== 'none' && !perApplies(measure)) continue;
        for (const sort of SORT_ORDERS) {
          for (const hl of [null, ...COUNTIES]) {
            const v: ViewState = { measure, per, sort, hl };
            expect(parseView(formatView(v), COUNTIES)).toEqual(v);
          }
        }
      }
    }
  });
});
