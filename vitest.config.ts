import { defineConfig } from 'vitest/config';

// Three projects, run in this order by `npm test` (`npm test -- --project unit` runs one), one folder each:
// test/unit/ mirrors src/ and needs neither dist/ nor a browser; test/site/ reads the built dist/ or builds
// sites of its own (*.site.test.ts); test/browser/ drives Chromium against built sites (*.browser.test.ts).
// test/support/ holds the shared helpers and fixtures. A test file outside these folders or with the
// wrong suffix for its folder fails test/unit/test-layout.test.ts instead of silently never running.
export const PROJECTS = {
  unit: ['test/unit/**/*.test.ts'],
  site: ['test/site/**/*.site.test.ts'],
  browser: ['test/browser/**/*.browser.test.ts'],
};

export default defineConfig({
  test: {
    // A 2-core machine that is also building something else must meet these: generous, never sleeps.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    maxWorkers: 2,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: PROJECTS.unit, exclude: ['**/*.site.test.ts', '**/*.browser.test.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'site', include: PROJECTS.site, sequence: { groupOrder: 1 } } },
      // One Chromium at a time: two compete for both cores and each file's axe runs then crawl.
      { extends: true, test: { name: 'browser', include: PROJECTS.browser, maxWorkers: 1, testTimeout: 240_000, sequence: { groupOrder: 2 } } },
    ],
  },
});
