import { describe, expect, it } from 'vitest';
import { readOnly } from '../../src/node/read-only.js';

// The predicate alone, with the mode and the permission check given: CI runs as root, for whom access() allows all.
describe('readOnly', () => {
  it('takes a file with no write permission for anyone as marked read-only, even when the system would allow it', () => {
    expect(readOnly(0o444, true)).toBe('marked');
    expect(readOnly(0o555, false)).toBe('marked');
  });

  it('takes a file the process may not write as read-only for it, whoever else may', () => {
    expect(readOnly(0o644, false)).toBe('denied');
    expect(readOnly(0o464, false)).toBe('denied');
  });

  it('lets a file with a write permission the process has be written', () => {
    expect(readOnly(0o644, true)).toBeUndefined();
    expect(readOnly(0o600, true)).toBeUndefined();
  });
});
