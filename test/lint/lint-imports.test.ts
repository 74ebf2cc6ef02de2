import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// A one-file lint's start is mostly loading and compiling JavaScript (docs/performance.md, issue 16): what lint's
// modules import, import and export words and all, every lint loads. Only value imports count: `import type` and
// `import()` load nothing at start.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm;

/** Every source module the module's static value imports reach, itself included, as paths under src/. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [, specifier] of text.matchAll(STATIC_IMPORT)) {
      const path = resolve(dirname(join(ROOT, file)), specifier!);
      // A source module is written .ts and imported .js; the schema validators are generated JavaScript.
      const source = path.replace(/\.js$/, '.ts');
      pending.push(relative(ROOT, existsSync(source) ? source : path));
    }
  }
  return seen;
}

describe('what a lint loads', () => {
  const lintModules = staticClosure('src/cli/commands/lint.ts');

  it('reaches the rules and the legacy-font detector', () => {
    expect(lintModules).toContain('src/rules/legacy-font-text.ts');
    expect(lintModules).toContain('src/model/tcvn3-text.ts');
    expect(lintModules).toContain('src/model/vni-text.ts');
  });

  it("loads none of import's and export's modules (their messages, readers and writers)", () => {
    expect([...lintModules].filter((file) => file.startsWith('src/interchange/'))).toEqual([]);
  });
});
