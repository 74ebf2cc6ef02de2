import fc from 'fast-check';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/node/files.js';
import { escapeControls } from '../../src/model/quote.js';

// displayPath skips `relative` for the paths whose answer it knows (plain relative ones, absolute ones outside the
// working folder): what it shows must be what `relative` alone makes of every path, in every working folder.
function byRelative(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path)) || '.';
  return escapeControls(rel.startsWith('..') ? path : rel);
}

const part = fc.constantFrom('work', 'main', 'ma', 'in', 'a', '..b', '.a', '..', '.', '', 'x.yaml', 'q\u001b.yaml');
const path = fc
  .tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 5 }))
  .map(([absolute, parts]) => (absolute ? '/' : '') + parts.join('/'));
const cwd = fc.constantFrom('/work/main', '/work', '/work/main/', '/work//main', '/work/ma', '/', '/work/./main', '.');

describe('displayPath', () => {
  it('shows every path as relative() alone would, in any working folder', () => {
    fc.assert(
      fc.property(path, cwd, (p, c) => p === '' || displayPath(p, c) === byRelative(p, c)),
      { numRuns: 5000 },
    );
  });

  it('shows an absolute path outside the working folder as given, and one below it relative to it', () => {
    expect(displayPath('/tmp/cat/a.yaml', '/work/main')).toBe('/tmp/cat/a.yaml');
    expect(displayPath('/work/mainly/a.yaml', '/work/main')).toBe('/work/mainly/a.yaml');
    expect(displayPath('/work/main/procedures/a.yaml', '/work/main')).toBe('procedures/a.yaml');
    expect(displayPath('/work/main', '/work/main')).toBe('.');
    expect(displayPath('/work/main/..b/a.yaml', '/work/main')).toBe('/work/main/..b/a.yaml');
  });
});
