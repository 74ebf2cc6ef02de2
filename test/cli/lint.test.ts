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
