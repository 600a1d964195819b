import { describe, expect, it } from 'vitest';
import {
  add,
  cmp,
  div,
  HUNDRED,
  mul,
  parseRat,
  rat,
  ratFromDecimal,
  ratioString,
  roundTo,
  sub,
  sum,
  toBigInt,
  toDecimalString,
  toExact,
  toFixed,
  ZERO,
} from '../../../src/core/rational';

describe('exact rationals', () => {
  it('are reduced with a positive denominator, so equal values are equal objects', () => {
    expect(rat(162935556n, 1000000n)).toEqual({ n: 40733889n, d: 250000n });
    expect(rat(2n, -4n)).toEqual({ n: -1n, d: 2n });
    expect(rat(0n, 7n)).toEqual(ZERO);
    expect(() => rat(1n, 0n)).toThrow(RangeError);
  });

  it('add, subtract, multiply and divide without drift', () => {
    const tenth = rat(1n, 10n);
    expect(sum(Array.from({ length: 1000 }, () => tenth))).toEqual(rat(100n));
    expect(add(rat(1n, 3n), rat(1n, 6n))).toEqual(rat(1n, 2n));
    expect(sub(rat(8993n, 100n), rat(162935556n, 1000000n))).toEqual(rat(-73005556n, 1000000n));
    expect(mul(div(rat(3555n), rat(8993n)), HUNDRED)).toEqual(rat(355500n, 8993n));
    expect(toBigInt(rat(12n, 4n))).toBe(3n);
    expect(() => toBigInt(rat(1n, 3n))).toThrow(RangeError);
  });

  it('compare exactly, by value not by the rounded display', () => {
    expect(cmp(rat(1n, 3n), rat(333n, 1000n))).toBe(1);
    expect(cmp(rat(333n, 1000n), rat(1n, 3n))).toBe(-1);
    expect(cmp(rat(2n, 6n), rat(1n, 3n))).toBe(0);
  });

  it('print rounded half away from zero, once', () => {
    expect(toFixed(rat(5n, 1000n), 2)).toBe('0.01');
    expect(toFixed(rat(-5n, 1000n), 2)).toBe('-0.01');
    expect(toFixed(rat(-4n, 1000n), 2)).toBe('0.00');
    expect(toFixed(rat(2n, 3n), 0)).toBe('1');
    expect(roundTo(rat(1n, 3n), 2)).toEqual(rat(33n, 100n));
  });

  it('ratioString is num/den rounded, null for a zero denominator', () => {
    expect(ratioString(3555n * 100n, 8993n, 2)).toBe('39.53');
    expect(ratioString(1n, 3n, 1)).toBe('0.3');
    expect(ratioString(2n, 3n, 0)).toBe('1');
    expect(ratioString(1n, -8n, 2)).toBe('-0.13');
    expect(ratioString(1n, 0n, 1)).toBeNull();
  });

  it('give the exact expansion when it terminates, else say it is rounded', () => {
    expect(toExact(rat(1n, 8n))).toBe('0.125');
    expect(toExact(rat(1n, 2n), 2)).toBe('0.50');
    expect(toExact(rat(1n, 3n))).toBeNull();
    expect(toDecimalString(rat(1n, 3n), 0, 4)).toEqual({ text: '0.3333', exact: false });
    expect(toDecimalString(rat(3n, 4n), 0, 4)).toEqual({ text: '0.75', exact: true });
  });

  it('read published decimals exactly', () => {
    expect(parseRat('89.93')).toEqual({ value: rat(8993n, 100n), decimals: 2, text: '89.93' });
    expect(ratFromDecimal('１６２．９３５５５６')).toEqual(rat(162935556n, 1000000n));
    expect(ratFromDecimal('n/a')).toBeNull();
  });
});
