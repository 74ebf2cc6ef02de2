import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('procmap lint (CLI)', () => {
  it('exits 2 with a clear message for a path that does not exist', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: Path "no/such/folder" does not exist\n');
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown option', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });
});

describe('procmap lint with worker threads', () => {
  it('reports exactly what a single thread reports, catalog rules and unreadable files included', async () => {
    const paths = ['test/fixtures/broken', 'test/hostile/files', 'procedures', 'test/rules/fixtures/unique-id'];
    const single = await runCli(['lint', '--lang', 'en', '--format', 'json', ...paths], { env: { PROCMAP_LINT_WORKERS: '0' } });
    const threaded = await runCli(['lint', '--lang', 'en', '--format', 'json', ...paths], { env: { PROCMAP_LINT_WORKERS: '2' } });
    expect(threaded.code).toBe(single.code);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.stdout).toBe(single.stdout);
    expect(JSON.parse(single.stdout).diagnostics.some((d: { rule: string }) => d.rule === 'unique-id')).toBe(true);
  });
});
