import { describe, expect, it } from 'vitest';
import { perPersonYuan, readableFigureText, readableWan } from '../../../src/core/format';

describe('readable numbers (headlines and comparisons)', () => {
  it('keeps up to two decimals of 万元 as published and rounds longer ones, saying so', () => {
    expect(readableWan('89.93')).toEqual({ text: '89.93', exact: '89.93', approx: false });
    expect(readableWan('106')).toEqual({ text: '106', exact: '106', approx: false });
    expect(readableWan('0')).toEqual({ text: '0', exact: '0', approx: false });
    expect(readableWan('162.935556')).toEqual({ text: '162.94', exact: '162.935556', approx: true });
    expect(readableWan('163.672206')).toEqual({ text: '163.67', exact: '163.672206', approx: true });
    // Half away from zero, exactly (a binary float would see 0.125 as exact but 1.005 as 1.00499…).
    expect(readableWan('1.005')).toEqual({ text: '1.01', exact: '1.005', approx: true });
    expect(readableWan('-1.005')).toEqual({ text: '-1.01', exact: '-1.005', approx: true });
    // Trailing zeros beyond two decimals lose nothing: not approximate.
    expect(readableWan('5.780000')).toEqual({ text: '5.78', exact: '5.780000', approx: false });
    expect(readableWan('abc')).toBeNull();
  });

  it('says 约 in words only when the readable form is rounded', () => {
    const f = (published: string) => ({ published, value: published, unit: '万元', fen: null, status: 'reported' as const });
    expect(readableFigureText(f('162.935556'))).toBe('约 162.94 万元');
    expect(readableFigureText(f('54.39'))).toBe('54.39 万元');
    expect(readableFigureText(null)).toBe('文件未载明');
  });

  it('gives amounts per person in whole 元/人, exact or marked approximate', () => {
    // 0.61 万元 per person is 6,100 元/人 exactly, never "0.6100 万元/人".
    expect(perPersonYuan(610_000, '1')).toEqual({ text: '6,100', exact: '6,100', approx: false, exactIsExact: true });
    // 89.93 万元 ÷ 9 = 99,922.22… 元.
    expect(perPersonYuan(89_930_000, '9')).toEqual({ text: '99,922', exact: '99,922.22', approx: true, exactIsExact: false });
    expect(perPersonYuan(10_000_000n, '4')).toEqual({ text: '25,000', exact: '25,000', approx: false, exactIsExact: true });
    expect(perPersonYuan(100, '0')).toBeNull();
    expect(perPersonYuan(100, 'x')).toBeNull();
  });
});
