import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests share one machine with two cores: keep workers few.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
