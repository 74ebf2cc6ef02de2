import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procmap, ROOT } from '../helpers/cli.js';
import { VERSION } from '../../src/version.js';

// The few things only a real process shows: bin/procmap.js turning main()'s result into the exit code, the start-up
// bundle loading, and lint's worker threads (started from dist/bundle/lint-worker.js). Everything else a command does
// is tested in-process (test/helpers/run-cli.ts); pipes, a full disk and Ctrl-C in test/safety/environment-errors.
describe('the procmap binary', () => {
  it('starts from the bundle and prints its version, exit 0', () => {
    const result = procmap(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('exits 1 when the input has problems', () => {
    const result = procmap(['lint', '--lang', 'en', 'test/fixtures/broken/tabs.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('tabs.yaml');
    expect(result.stderr).toBe('');
  });

  it('exits 2 when it cannot run, with one line and no stack trace', () => {
    const result = procmap(['lint', '--lang', 'en', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: Path "no/such/folder" does not exist\n');
    expect(result.stdout).toBe('');
  });
});

describe('dist/, module by module', () => {
  // The benchmarks and scripts/setup-system.mjs import it as it is; a JSON import that lost its `type` attribute
  // once stopped `npm run bench`.
  it('loads in plain Node, every module', () => {
    const modules = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' })
      // The worker thread's entry runs on import; the bundle has its own test above.
      .filter((file) => file.endsWith('.js') && !file.startsWith('bundle') && file !== join('lint', 'worker.js'))
      .map((file) => `./dist/${file}`);
    expect(modules.length).toBeGreaterThan(100);
    const script = `for (const m of ${JSON.stringify(modules)}) await import(m);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('procmap lint with worker threads', () => {
  it('reports exactly what a single thread reports, catalog rules and unreadable files included', () => {
    const paths = ['test/fixtures/broken', 'test/hostile/files', 'procedures', 'test/rules/fixtures/unique-id'];
    const single = procmap(['lint', '--lang', 'en', '--format', 'json', ...paths], {
      env: { PROCMAP_LINT_WORKERS: '0' },
    });
    const threaded = procmap(['lint', '--lang', 'en', '--format', 'json', ...paths], {
      env: { PROCMAP_LINT_WORKERS: '2' },
    });
    expect(threaded.code).toBe(single.code);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).diagnostics.some((d: { rule: string }) => d.rule === 'unique-id')).toBe(true);
  });
});
