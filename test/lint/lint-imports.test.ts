import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// A one-file lint's start is mostly loading and compiling JavaScript (docs/performance.md, issue 16): what lint's
// modules import, import and export words and all, every lint loads. Only value imports count: `import type` and
// `import()` load nothing at start.
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm;
// An import() of a module of procmap's own: run later or never, but its module is in the bundle all the same, and a
// start reads it (scripts/bundle.mjs).
const DYNAMIC_IMPORT = /(?<![\w$.])import\('(\.{1,2}\/[^']+)'\)/g;

/** The source module a specifier imported from `file` names, as a path under src/. */
function sourceModule(file: string, specifier: string): string {
  const path = resolve(dirname(join(ROOT, file)), specifier);
  // A source module is written .ts and imported .js; the schema validators are generated JavaScript.
  const source = path.replace(/\.js$/, '.ts');
  return relative(ROOT, existsSync(source) ? source : path);
}

/** Every source module the module's static value imports reach, itself included, as paths under src/. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [, specifier] of text.matchAll(STATIC_IMPORT)) pending.push(sourceModule(file, specifier!));
  }
  return seen;
}

/**
 * The source modules lint's bundle holds: what src/cli/main.ts reaches by any import, import() included (esbuild
 * bundles those too), but the other commands, which the bundle replaces by a stand-in (scripts/bundle.mjs, lint-only).
 */
function lintBundleModules(): Set<string> {
  const seen = new Set<string>();
  const pending = ['src/cli/main.ts'];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    const specifiers = [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!);
    for (const specifier of specifiers) {
      const module = sourceModule(file, specifier);
      if (file === 'src/cli/main.ts' && /^src\/cli\/commands\//.test(module) && module !== 'src/cli/commands/lint.ts')
        continue;
      pending.push(module);
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

describe("what lint's bundle holds", () => {
  const bundled = lintBundleModules();

  it('holds lint and its fixes, which it imports when asked', () => {
    expect(bundled).toContain('src/cli/commands/lint.ts');
    expect(bundled).toContain('src/node/fix-writer.ts');
    expect(bundled).not.toContain('src/cli/commands/flowchart.ts');
  });

  // The browser session's modules are only read by a lint, never run (issue 16): the commands that render bring them.
  it('holds no rendering module and no browser', () => {
    const rendering = [...bundled].filter(
      (file) => file.startsWith('src/render/') || /^src\/node\/(browser-profile|run-browsers)\.ts$/.test(file),
    );
    expect(rendering).toEqual([]);
  });
});
