import { describe, expect, it } from 'vitest';
import { procmap } from '../helpers/cli.js';

describe('procmap lint (CLI)', () => {
  it('exits 2 with a clear message for a path that does not exist', () => {
    const result = procmap(['lint', 'no/such/folder']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('procmap: Path "no/such/folder" does not exist\n');
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown option', () => {
    const result = procmap(['lint', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });
});
