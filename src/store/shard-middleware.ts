/**
 * Middleware (registered in astro.config.mjs) for sharded builds: a shard
 * other than 0 renders only its share of the disclosure pages. For any other
 * page it answers with an empty body before the page runs, and Astro writes
 * no file for an empty response, so single pages (home, /checks/, /data/ …)
 * cost nothing there. Dynamic routes also skip their getStaticPaths work off
 * shard 0 (`if (!isPrimaryShard()) return [];`).
 */
import { defineMiddleware } from 'astro:middleware';
import { isPrimaryShard, SHARDED_ROUTE } from './shard';

export const onRequest = defineMiddleware((context, next) => (isPrimaryShard() || context.routePattern === SHARDED_ROUTE ? next() : new Response(null)));
