/** Shared by the search tests: the normalized collections from the curated content. */
import { runNormalize } from '../../scripts/lib/normalize-run';
import type { Collections } from '../../src/normalize/corpus';

let data: Collections | null = null;
export function normalizedCollections(): Collections {
  if (!data) {
    const r = runNormalize(process.cwd());
    if (!r.collections) throw new Error(`the curated content has problems: ${JSON.stringify(r.problems.slice(0, 3))}`);
    data = r.collections;
  }
  return data;
}
