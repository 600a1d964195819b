import { describe, expect, it } from 'vitest';
import { operand, compareRatio, equalStatus, atMostStatus, totalTolerance, fenToYuanString } from '../../../src/checks/tolerance';
import { rat, HUNDRED, parseRat } from '../../../src/core/rational';
import { fact } from '../../support/checks';

const r = (s: string) => parseRat(s)!.value;

describe('rounding tolerance from published precision', () => {
  it('is half a unit of the last published decimal of 万元, in fen', () => {
    expect(operand(fact({ id: 'a', concept: 'personnel', value: '89.93' })).tol).toEqual(rat(5000n)); // 0.005 万元 = 50 元
    expect(operand(fact({ id: 'a', concept: 'personnel', value: '89.9' })).tol).toEqual(rat(50000n));
    expect(operand(fact({ id: 'a', concept: 'personnel', value: '15' })).tol).toEqual(rat(500000n)); // ±0.5 万元
    expect(operand(fact({ id: 'a', concept: 'personnel', value: '1.02631' })).tol).toEqual(rat(5n));
  });

  it('is zero for amounts published to the fen', () => {
    expect(operand(fact({ id: 'a', concept: 'personnel', value: '162.935556' })).tol).toEqual(rat(0n));
    expect(operand(fact({ id: 'a', concept: 'personnel', value: '1234.56', unit: '元' })).tol).toEqual(rat(0n));
    expect(operand(fact({ id: 'a', concept: 'personnel', value: '1234.5', unit: '元' })).tol).toEqual(rat(5n));
  });

  it('sums per rounded operand: three parts and a whole at 2 decimals → 200 元', () => {
    const ops = ['10.01', '20.02', '30.03', '60.06'].map((v, i) => operand(fact({ id: `f${i}`, concept: 'personnel', value: v })));
    expect(fenToYuanString(totalTolerance(ops))).toBe('200.00');
  });

  it('treats counts and integer scores as exact, percentages and decimal scores as rounded', () => {
    expect(operand(fact({ id: 'a', concept: 'staff_actual', value: '9' })).tol).toEqual(rat(0n));
    expect(operand(fact({ id: 'a', concept: 'evaluation_total_score', value: '97' })).tol).toEqual(rat(0n));
    expect(operand(fact({ id: 'a', concept: 'evaluation_total_score', value: '97.5' })).tol).toEqual(rat(1n, 20n));
    expect(operand(fact({ id: 'a', concept: 'share', value: '92.88' })).tol).toEqual(rat(1n, 200n));
  });

  it('never reads a withheld or empty figure as zero', () => {
    const w = operand(fact({ id: 'a', concept: 'project_withheld', value: null, status: 'withheld' }));
    expect(w.value).toBeNull();
    expect(w.missing).toBe('withheld');
    expect(operand(fact({ id: 'b', concept: 'expenditure_total', value: null, status: 'empty' })).missing).toBe('empty');
  });

  it('signs a stated change by its direction', () => {
    expect(operand(fact({ id: 'a', concept: 'change_amount', value: '9.284899', direction: 'decrease' })).value).toEqual(rat(-9284899n));
    expect(operand(fact({ id: 'a', concept: 'change_amount', value: '1.5', direction: 'increase' })).value).toEqual(rat(1500000n));
  });

  it('classifies differences: exact → pass, within tolerance → rounding, beyond → fail', () => {
    expect(equalStatus(rat(100n), rat(100n), rat(0n))).toBe('pass');
    expect(equalStatus(rat(100n), rat(101n), rat(1n))).toBe('rounding');
    expect(equalStatus(rat(100n), rat(102n), rat(1n))).toBe('fail');
    expect(atMostStatus(rat(100n), rat(90n), rat(0n))).toBe('pass');
    expect(atMostStatus(rat(100n), rat(101n), rat(1n))).toBe('rounding');
    expect(atMostStatus(rat(100n), rat(102n), rat(1n))).toBe('fail');
  });
});

describe('percentages computed from rounded amounts', () => {
  const money = (v: string) => operand(fact({ id: v, concept: 'personnel', value: v }));

  it.each([
    // stated, decimals, of, base, mode, status, computed shown
    ['passes when the exact ratio rounds to the stated percentage', '92.88', 2, '64.44', '69.38', 'ratio', 'pass', '92.8798'],
    // 54.39 / 89.93 = 60.4804…%; stated 60.47 (made to add up to 100 with 39.53).
    [
      'is rounding when only the amounts’ own rounding explains it (propagated through the ratio)',
      '60.47',
      2,
      '54.39',
      '89.93',
      'ratio',
      'rounding',
      '60.4804',
    ],
    ['fails when no amounts within their rounding give the stated percentage', '100', 0, '5.78', '10', 'ratio', 'fail', '57.8'],
    ['computes changes as (of − base) ÷ base', '-10', 0, '90.00', '100.00', 'change', 'pass', '-10'],
  ] as const)('%s', (_name, stated, decimals, of, base, mode, status, shown) => {
    const c = compareRatio(r(stated), decimals, money(of), money(base), mode)!;
    expect(c.status).toBe(status);
    expect(c.computedText).toBe(shown);
  });

  it('gives up on a zero base', () => {
    expect(compareRatio(r('0'), 0, money('0'), money('0.00'), 'ratio')).toBeNull();
    expect(HUNDRED).toEqual(rat(100n));
  });
});
