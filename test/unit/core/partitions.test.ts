import { describe, expect, it } from 'vitest';
import { countByCounty, planPartitions } from '../../../src/core/partitions';

describe('planPartitions', () => {
  it('keeps a province whole up to the limit and splits it into prefectures above it', () => {
    const counts = countByCounty(['430223', '430223', '430182', '431129', '130132']);
    const whole = planPartitions(counts, 4);
    expect(whole.partitions).toEqual([
      { id: '13', level: 'province', disclosures: 1 },
      { id: '43', level: 'province', disclosures: 4 },
    ]);
    expect(whole.of('430223')).toBe('43');
    const split = planPartitions(counts, 3);
    expect(split.partitions.map((p) => p.id)).toEqual(['13', '4301', '4302', '4311']);
    expect(split.of('430223')).toBe('4302');
    expect(split.of('130132')).toBe('13');
    expect(split.partitions.reduce((s, p) => s + p.disclosures, 0)).toBe(5);
  });

  it('does not depend on the order of the counts', () => {
    const a = planPartitions(
      new Map([
        ['430223', 5],
        ['130132', 2],
      ]),
      4,
    );
    const b = planPartitions(
      new Map([
        ['130132', 2],
        ['430223', 5],
      ]),
      4,
    );
    expect(a.partitions).toEqual(b.partitions);
  });

  it('names a bad county code or count', () => {
    expect(() => planPartitions(new Map([['4302', 1]]))).toThrow(/"4302" is not a six-digit county code/);
    expect(() => planPartitions(new Map([['430223', -1]]))).toThrow(/county 430223 has -1 disclosures/);
    expect(() => planPartitions(new Map(), 0)).toThrow(/positive whole number/);
    expect(() => planPartitions(new Map()).of('43')).toThrow(/not a six-digit/);
  });
});
