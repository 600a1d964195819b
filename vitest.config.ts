import { defineConfig } from 'vitest/config';

// Three projects, run in this order by `npm test` (`npm test -- --project unit` runs one):
// unit needs neither dist/ nor a browser; site reads the built dist/ or builds sites of its own
// (*.site.test.ts); browser drives Chromium against built sites (*.browser.test.ts).
const SITE = ['test/**/*.site.test.ts'];
const BROWSER = ['test/**/*.browser.test.ts'];

export default defineConfig({
  test: {
    // A 2-core machine that is also building something else must meet these: generous, never sleeps.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...SITE, ...BROWSER], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'site', include: SITE, sequence: { groupOrder: 1 } } },
      // One Chromium at a time: two compete for both cores and each file's axe runs then crawl.
      { extends: true, test: { name: 'browser', include: BROWSER, maxWorkers: 1, testTimeout: 240_000, sequence: { groupOrder: 2 } } },
    ],
  },
});
