import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; rendering tests drive a real browser: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The default report, then one plain closing line that CI reads (test/helpers/summary-reporter.ts).
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
