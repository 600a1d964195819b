/**
 * Sharded page generation: `src/build/steps/astro-build.ts` runs K `astro build`
 * processes side by side, each with PORTAL_PAGE_SHARD="i/K". Shard i renders
 * the disclosure pages whose index in the sorted id list is i modulo K
 * (stable, and balanced across the kinds of disclosure, which sort together);
 * every other page is built by shard 0 alone. Without the variable one
 * process builds everything (shard 0 of 1).
 */

import { config, type PageShard } from '../config';

export { parsePageShard, WHOLE, type PageShard } from '../config';

/** This process's shard (from PORTAL_PAGE_SHARD). */
export const PAGE_SHARD: PageShard = config.pageShard;

/** Shard 0 builds every page that is not split over the shards. */
export function isPrimaryShard(shard: PageShard = PAGE_SHARD): boolean {
  return shard.index === 0;
}

/** The items of `sorted` that this shard builds (by position, so the split is stable for a given list). */
export function shardItems<T>(sorted: readonly T[], shard: PageShard = PAGE_SHARD): T[] {
  if (shard.count === 1) return [...sorted];
  return sorted.filter((_, i) => i % shard.count === shard.index);
}

/** The route pattern whose pages are split over the shards (Astro's `routePattern`). */
export const SHARDED_ROUTE = '/disclosures/[id]';
