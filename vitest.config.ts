import { defineConfig } from 'vitest/config';

// Tests that need a real process (the binary's exit code, pipes, signals, worker threads, FIFOs that would block the
// test process), Chromium, the language server or `procmap serve`. Everything else runs in-process (CLI tests through
// test/helpers/run-cli.ts) in the unit project: `npm run test:unit` is the quick loop, `npm test` runs both.
const E2E = [
  'test/cli/binary.test.ts',
  'test/cli/build.test.ts',
  'test/cli/build-own-config.test.ts',
  'test/cli/build-shared-id.test.ts',
  'test/cli/build-code-change.test.ts',
  'test/cli/doc-browser.test.ts',
  'test/cli/docx.test.ts',
  'test/cli/doc-print-parity.test.ts',
  'test/cli/flowchart-browser.test.ts',
  'test/cli/ontime-site.test.ts',
  'test/cli/serve.test.ts',
  'test/cli/site-citizen.test.ts',
  'test/cli/site-long-words.test.ts',
  'test/editor/yaml-language-server.test.ts',
  'test/hostile/lint.test.ts',
  'test/hostile/names.test.ts',
  'test/hostile/safety-attacks.test.ts',
  'test/render/diagram-fast-path.test.ts',
  'test/render/diagram-renderer.test.ts',
  'test/render/problems-panel-fonts.test.ts',
  'test/render/session-close.test.ts',
  'test/render/document/control-header-phone.test.ts',
  'test/render/document/docx.test.ts',
  'test/safety/bounded-reads.test.ts',
  'test/safety/build-manifest.test.ts',
  'test/safety/environment-errors.test.ts',
  'test/safety/interrupted-loops.test.ts',
  'test/safety/short-write.test.ts',
  'test/safety/site-files.test.ts',
  'test/safety/size-limits.test.ts',
  'test/safety/symlink-writes.test.ts',
  'test/safety/template-policy.test.ts',
];

export default defineConfig({
  test: {
    pool: 'forks',
    // No test may depend on the process's working folder (test/helpers/outside-the-repository.ts).
    setupFiles: ['./test/helpers/outside-the-repository.ts', './test/helpers/property-seed.ts'],
    // One temporary folder per run, removed at its end (test/helpers/temp-root.ts).
    globalSetup: ['./test/helpers/temp-root.ts'],
    // Transformed modules kept in .vitest-cache between runs: a rerun skips the TypeScript transform (8.8 s → 1.8 s
    // of a unit run here). `rm -rf .vitest-cache` clears it, which CONTRIBUTING.md asks for after merges
    // (vitest-dev/vitest#11246: it can serve a stale transform). It is the checkout's own, not in node_modules (vitest's
    // default): worktrees that share one node_modules shared it too, and one checkout's `rm -rf` failed whole test files
    // of another's run with ENOENT.
    experimental: { fsModuleCache: true, fsModuleCachePath: '.vitest-cache' },
    // The default report, then one plain closing line that CI reads (test/helpers/summary-reporter.ts).
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: E2E,
          // One module graph per worker instead of one per file: the import cost, not the tests, was most of the
          // run (86 s → 23 s here). The in-process harness resets what a run leaves behind (exit code, working
          // folder, signal handlers, the per-run state of src/node).
          isolate: false,
          // Pure JavaScript, CPU-bound: one worker per core (vitest's default leaves one core to itself, which on
          // a 2-core machine meant one worker).
          maxWorkers: '100%',
          // The unit files first, on every core; then the e2e files, one at a time beside their browser.
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          // One module graph per worker, as in the unit project: 25 of these files run procmap in-process too, and
          // each loaded the sources (and puppeteer, exceljs, docx) again. Six files measured alone, load 28: 30.9 →
          // 24.0 s of CPU. Each file still gets its own SharedBrowser, and runCli() resets what a run leaves behind.
          isolate: false,
          // One Chromium for the whole project, which test/helpers/shared-browser.ts connects to (runs that spawn
          // the binary still launch and close their own).
          globalSetup: ['./test/helpers/chromium-setup.ts'],
          sequence: { groupOrder: 1 },
          // Two files at a time on 2 cores: most of an e2e file's time is spent waiting for Chromium or a spawned
          // procmap, which run in processes of their own (the project took 82 s instead of 130 s here).
          maxWorkers: '100%',
          // Spawned runs and a real browser: give them room on a 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
