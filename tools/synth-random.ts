/**
 * The synthetic corpus's one source of chance: a small seeded generator
 * (mulberry32), so the same seed number gives the same corpus byte for byte.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** k distinct elements of a list (k ≤ length), in the order drawn. */
  sample<T>(list: readonly T[], k: number): T[];
}

export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (list) => list[int(list.length)],
    sample<T>(list: readonly T[], k: number): T[] {
      if (k > list.length) throw new Error(`synth: cannot draw ${k} distinct items from ${list.length}`);
      const copy = [...list];
      for (let i = 0; i < k; i++) {
        const j = i + int(copy.length - i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, k);
    },
  };
}
