import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// The YAML a new user copies from README.md and docs/: the procedure README shows must lint clean, and every block
// that is a configuration (it starts with one of its sections) must be one procmap accepts beside that procedure.
const PAGES = ['README.md', 'docs/calendar.md', 'docs/configuration.md', 'docs/ontime.md', 'docs/site.md'];
const CONFIG_SECTION = /^(?:#[^\n]*\n)*(?:lang|extends|rules|overrides|ignores|calendar|import|ontime|site):/;

/** The ```yaml blocks of a page, each with the line its fence is on. */
function blocks(page: string): { line: number; yaml: string }[] {
  const text = readFileSync(join(ROOT, page), 'utf8');
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length,
    yaml: m[1]!,
  }));
}

const CLEAN = '✔ 1 file checked, no problems\n';

const [procedure] = blocks('README.md').filter(({ yaml }) => /^steps:/m.test(yaml));

/** Lints README's procedure in a folder of its own, under the configuration given (none when undefined). */
async function lintExample(config?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-docs-'));
  writeFileSync(join(dir, 'ex.yaml'), procedure!.yaml);
  if (config !== undefined) writeFileSync(join(dir, 'procmap.config.yaml'), config);
  return runCli(['lint', 'ex.yaml', '--lang', 'en'], { cwd: dir });
}

describe('the YAML examples of the documentation', () => {
  it("README's procedure lints without a problem", async () => {
    expect(procedure).toBeDefined();
    const result = await lintExample();
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
      code: 0,
      stdout: CLEAN,
      stderr: '',
    });
  });

  const configs = PAGES.flatMap((page) =>
    blocks(page)
      .filter(({ yaml }) => CONFIG_SECTION.test(yaml))
      .map(({ line, yaml }) => ({ where: `${page}:${line}`, yaml })),
  );

  it('finds the configuration examples', () => {
    expect(configs.length).toBeGreaterThan(8);
  });

  it.each(configs)('$where is a configuration procmap accepts', async ({ yaml }) => {
    const result = await lintExample(yaml);
    expect({ code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({
      code: 0,
      stderr: '',
      stdout: CLEAN,
    });
  });
});
