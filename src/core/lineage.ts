/**
 * A county's code chain: GB/T 2260 codes that followed one another (宁乡县
 * 430124 → 宁乡市 430182), oldest first. A place's page lists the
 * disclosures of its whole chain, so the views (a county page) and the build
 * (which partitions a partition's pages read) follow the same chain. Pure.
 */

/** What the chain is followed by: a code and the codes before and after it. */
export interface Linked {
  code: string;
  predecessor_code: string | null;
  successor_code: string | null;
}

/** The code chain of a county, oldest first, following predecessor and successor codes. */
export function lineage<T extends Linked>(code: string, byCode: ReadonlyMap<string, T>): T[] {
  const start = byCode.get(code);
  if (!start) return [];
  const chain: T[] = [start];
  const seen = new Set([start.code]);
  // Follows one direction of the chain until it ends, loops or leaves the registry.
  const walk = (next: (c: T) => string | null, add: (c: T) => void) => {
    for (let code = next(start); code && !seen.has(code);) {
      const c = byCode.get(code);
      if (!c) break;
      add(c);
      seen.add(c.code);
      code = next(c);
    }
  };
  walk(
    (c) => c.predecessor_code,
    (p) => chain.unshift(p),
  );
  walk(
    (c) => c.successor_code,
    (s) => chain.push(s),
  );
  return chain;
}
