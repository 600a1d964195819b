/**
 * Which pages one `astro build` process renders.
 *
 * Sharded page generation: `src/build/steps/astro-build.ts` runs K `astro build`
 * processes side by side, each with PORTAL_PAGE_SHARD="i/K". Shard i renders
 * the disclosure pages whose index in the sorted id list is i modulo K
 * (stable, and balanced across the kinds of disclosure, which sort together);
 * every other page is built by shard 0 alone. Without the variable one
 * process builds everything (shard 0 of 1).
 *
 * Partitioned builds (src/build/partitioned.ts): PORTAL_RENDER_PARTITIONS names
 * the partitions (src/core/partitions.ts) whose disclosure and county pages
 * this build renders, and whether it renders the corpus-wide pages (home,
 * lists, /compare/, /checks/, /data/, sitemaps …); the pages of the other
 * partitions are reused from the partition cache. A county page whose code
 * falls in no partition (a code in the registry's history, in a province
 * without disclosures) counts as corpus-wide. Without the variable every
 * page is rendered.
 */

import { config, type PageShard, type RenderSelection } from '../config';
import { parseDisclosureId } from '../core/disclosure-id';

export { parsePageShard, WHOLE, type PageShard } from '../config';

/** This process's shard (from PORTAL_PAGE_SHARD). */
export const PAGE_SHARD: PageShard = config.pageShard;

/** This process's partition selection (from PORTAL_RENDER_PARTITIONS), null: every page. */
export const RENDER_SELECTION: RenderSelection | null = config.renderPartitions;

/**
 * Whether this process builds the corpus-wide pages (every page that is not
 * split over the shards and belongs to no partition): shard 0, unless the
 * partition selection leaves them out. Their routes skip their
 * getStaticPaths work elsewhere.
 */
export function isPrimaryShard(shard: PageShard = PAGE_SHARD, selection: RenderSelection | null = RENDER_SELECTION): boolean {
  return shard.index === 0 && (selection?.corpus ?? true);
}

/** Whether this process builds county pages (shard 0; which ones: rendersCounty). */
export function buildsCountyPages(shard: PageShard = PAGE_SHARD): boolean {
  return shard.index === 0;
}

/** The items of `sorted` that this shard builds (by position, so the split is stable for a given list). */
export function shardItems<T>(sorted: readonly T[], shard: PageShard = PAGE_SHARD): T[] {
  if (shard.count === 1) return [...sorted];
  return sorted.filter((_, i) => i % shard.count === shard.index);
}

/** The route pattern whose pages are split over the shards (Astro's `routePattern`). */
export const SHARDED_ROUTE = '/disclosures/[id]';
/** Routes that render one file per disclosure, chosen by shardDisclosureIds() like SHARDED_ROUTE: the page and its share image. */
export const PER_DISCLOSURE_ROUTES: readonly string[] = [SHARDED_ROUTE, '/og/disclosures/[id].svg'];

/** The routes of a county's pages (built by shard 0, chosen by rendersCounty); with PER_DISCLOSURE_ROUTES the partition routes, every other route is corpus-wide. */
export const COUNTY_ROUTES: readonly string[] = ['/counties/[code]', '/counties/[code]/page/[n]'];

/** The partition of a six-digit county code in a plan (its ids are code prefixes), or null when none holds it. */
export function partitionOfCode(code: string, plan: readonly string[]): string | null {
  return plan.find((p) => code.startsWith(p)) ?? null;
}

/** Whether this build renders the pages of the county `code` (and of its disclosures). */
export function rendersCounty(code: string, selection: RenderSelection | null = RENDER_SELECTION): boolean {
  if (!selection) return true;
  const p = partitionOfCode(code, selection.plan);
  return p === null ? selection.corpus : selection.render.includes(p);
}

/** Whether this build renders the page of disclosure `id`. */
export function rendersDisclosure(id: string, selection: RenderSelection | null = RENDER_SELECTION): boolean {
  if (!selection) return true;
  const code = parseDisclosureId(id)?.county_code;
  return code === undefined ? selection.corpus : rendersCounty(code, selection);
}
