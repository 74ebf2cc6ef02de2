import { describe, expect, it } from 'vitest';
import { EXIT_OF_KIND, errorTrace, isBrowserFailure, ProcmapError, ToolError, UsageError } from '../src/errors.js';

describe('error kinds', () => {
  it('an input problem exits 1, bad usage and the environment exit 2', () => {
    expect(EXIT_OF_KIND[new ProcmapError('input', 'x').kind]).toBe(1);
    expect(EXIT_OF_KIND[new UsageError('x').kind]).toBe(2);
    expect(EXIT_OF_KIND[new ToolError('x').kind]).toBe(2);
  });

  it('keeps the cause and the message in each language', () => {
    const cause = new Error('inner');
    const error = new UsageError({ en: 'outer', vi: 'bên ngoài' }, { cause });
    expect(error.cause).toBe(cause);
    expect(error.text('vi')).toBe('bên ngoài');
    expect(error.message).toBe('outer');
  });
});

describe('errorTrace', () => {
  it('prints the stack, then each cause', () => {
    const trace = errorTrace(new ToolError('outer', { cause: new TypeError('inner', { cause: 'root' }) }));
    expect(trace).toMatch(
      /^ToolError: outer\n\s+at [\s\S]*\nCaused by: TypeError: inner\n\s+at [\s\S]*\nCaused by: root$/,
    );
  });

  it('stops on a cause that loops', () => {
    const error = new Error('loop');
    error.cause = error;
    // Counted by its heading, not by the word alone: the stack's file paths may hold it too (a folder "testloop").
    const trace = errorTrace(error);
    expect(trace.match(/^Error: loop$/gm)).toHaveLength(1);
    expect(trace).not.toContain('Caused by');
  });
});

describe('isBrowserFailure', () => {
  // puppeteer's errors all derive from PuppeteerError, which names itself by its class.
  class PuppeteerError extends Error {}
  class TargetCloseError extends PuppeteerError {}

  it("is true for puppeteer's errors only", () => {
    expect(isBrowserFailure(new TargetCloseError('Target closed'))).toBe(true);
    expect(isBrowserFailure(new PuppeteerError('x'))).toBe(true);
    expect(isBrowserFailure(new TypeError('x'))).toBe(false);
    expect(isBrowserFailure('PuppeteerError')).toBe(false);
  });
});
