/**
 * Middleware (registered in astro.config.mjs) for sharded and partitioned
 * builds (src/store/shard.ts): the partition routes (disclosure and county
 * pages) choose their pages in getStaticPaths; any other page is rendered
 * only where isPrimaryShard() says so. Elsewhere it answers with an empty
 * body before the page runs, and Astro writes no file for an empty response,
 * so single pages (home, /checks/, /data/ …) cost nothing there. The other
 * dynamic routes also skip their getStaticPaths work there
 * (`if (!isPrimaryShard()) return [];`).
 */
import { defineMiddleware } from 'astro:middleware';
import { COUNTY_ROUTES, isPrimaryShard, PER_DISCLOSURE_ROUTES } from './shard';

export const onRequest = defineMiddleware((context, next) =>
  isPrimaryShard() || PER_DISCLOSURE_ROUTES.includes(context.routePattern) || COUNTY_ROUTES.includes(context.routePattern) ? next() : new Response(null),
);
