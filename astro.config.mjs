// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * Sharded builds (src/build/steps/astro-build.ts): every shard compiles the same
 * bundle, and this middleware drops, at render time, the pages that belong to
 * shard 0 when PORTAL_PAGE_SHARD names another shard (src/store/shard.ts).
 * @type {import('astro').AstroIntegration}
 */
const pageShards = {
  name: 'portal-page-shards',
  hooks: {
    'astro:config:setup': ({ addMiddleware }) => addMiddleware({ entrypoint: new URL('./src/store/shard-middleware.ts', import.meta.url), order: 'pre' }),
  },
};

// PORTAL_SITE / PORTAL_BASE: where the site is deployed (a sub-path works: every
// internal link goes through src/core/url.ts). PORTAL_OUT_DIR: the build script
// builds into a temporary folder and swaps it into dist/ only when all steps succeed.
export default defineConfig({
  site: process.env.PORTAL_SITE ?? 'https://fiscal-portal.example.org',
  base: process.env.PORTAL_BASE ?? '/',
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  // Separate caches let several builds (e.g. the benchmark, the page shards) run side by side.
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [mdx(), pageShards],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No inline scripts or styles: the Content-Security-Policy forbids them.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
