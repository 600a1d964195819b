import { describe, expect, it } from 'vitest';
import { linearAxis } from '../../../src/charts/scale';

describe('value axis', () => {
  it('starts at zero, ends on a nice value covering the data, and maps into the range', () => {
    const a = linearAxis([39.78, 50.16], [0, 200]);
    expect(a.domain[0]).toBe(0);
    expect(a.domain[1]).toBeGreaterThanOrEqual(50.16);
    expect(a.at(0)).toBe(0);
    expect(a.at(a.domain[1])).toBe(200);
    expect(a.at(39.78) / a.at(50.16)).toBeCloseTo(39.78 / 50.16, 6);
    expect(a.ticks[0]).toMatchObject({ value: 0, x: 0, label: '0' });
  });

  it('tick labels have no binary noise and group thousands', () => {
    expect(linearAxis([0.3], [0, 100], { ticks: 4 }).ticks.map((t) => t.label)).toEqual(['0.0', '0.1', '0.2', '0.3']);
    expect(linearAxis([4200], [0, 100], { ticks: 4 }).ticks.map((t) => t.label)).toContain('2,000');
  });

  it('covers negatives and a floor such as 100 %, clamps, and has ticks with nothing to show', () => {
    const a = linearAxis([-20, 30], [10, 110]);
    expect(a.domain[0]).toBeLessThanOrEqual(-20);
    expect(a.at(0)).toBeGreaterThan(10);
    expect(a.at(-1e9)).toBe(10);
    expect(a.at(1e9)).toBe(110);
    expect(linearAxis([12], [0, 100], { atLeast: 100 }).domain[1]).toBeGreaterThanOrEqual(100);
    expect(linearAxis([], [0, 100]).ticks.length).toBeGreaterThan(1);
  });
});
