import { describe, expect, it } from 'vitest';
import { COMPUTED_TOTAL_ID, spendingTotalOf } from '../../../src/core/spending';

const computed = { id: COMPUTED_TOTAL_ID, value: '157.83' };
const other = { id: 'personnel_share', value: '40.0' };

describe('the spending-total rule', () => {
  it('takes the stated 支出合计 when the document gives one, even beside a computed sum', () => {
    const stated = { status: 'reported', value: '162.94' };
    expect(spendingTotalOf({ key: { expenditure_total: stated }, derived: [computed] })).toEqual({ computed: false, figure: stated });
  });

  it('keeps a stated but withheld total as stated: a gap never becomes the computed sum', () => {
    const withheld = { status: 'withheld', value: null };
    expect(spendingTotalOf({ key: { expenditure_total: withheld }, derived: [computed] })).toEqual({ computed: false, figure: withheld });
  });

  it('falls back to basic + project spending, marked computed, only when none is stated', () => {
    expect(spendingTotalOf({ key: { expenditure_total: null }, derived: [other, computed] })).toEqual({ computed: true, figure: computed });
    expect(spendingTotalOf({ key: {}, derived: [computed] })).toEqual({ computed: true, figure: computed });
  });

  it('is null when there is neither', () => {
    expect(spendingTotalOf({ key: {}, derived: [other] })).toBeNull();
  });
});
