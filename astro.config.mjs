// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { config } from './src/config.ts';

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
// internal link goes through src/core/url.ts), read in src/config.ts. Without PORTAL_SITE the build is a
// preview (src/core/site.ts): no `site`, so no canonical links, no sitemaps and
// no absolute URLs; PORTAL_PRODUCTION=true requires it. PORTAL_OUT_DIR: the build script
// builds into a temporary folder and swaps it into dist/ only when all steps succeed.
export default defineConfig({
  site: config.site.site ?? undefined,
  base: config.site.base,
  outDir: config.outDir,
  // Separate caches let several builds (e.g. the benchmark, the page shards) run side by side.
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  integrations: [mdx(), pageShards],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No inline scripts or styles: the Content-Security-Policy forbids them.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
