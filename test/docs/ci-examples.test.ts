import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/config.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const CI = join(ROOT, 'docs/ci');
const examples = readdirSync(CI).filter((name) => /\.ya?ml$/.test(name));

/** The long options of `procmap lint`, from its help. */
async function lintOptions(): Promise<Set<string>> {
  return new Set((await runCli(['lint', '--lang', 'en', '--help'])).stdout.match(/--[a-z][a-z-]*/g));
}

describe('docs/ci examples', () => {
  it('has the GitHub Actions, GitLab CI and pre-commit examples', async () => {
    expect(examples).toEqual(expect.arrayContaining(['github-actions.yml', 'gitlab-ci.yml', 'pre-commit-config.yaml']));
  });

  for (const name of examples) {
    it(`${name} is YAML whose procmap commands use only options that exist`, async () => {
      const text = readFileSync(join(CI, name), 'utf8');
      expect(() => parse(text)).not.toThrow();
      const known = await lintOptions();
      const used = [...text.matchAll(/procmap lint([^\n]*)/g)].flatMap((m) => m[1]!.match(/--[a-z][a-z-]*/g) ?? []);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((option) => !known.has(option))).toEqual([]);
    });
  }
});

describe('docs/configuration.md', () => {
  it('shows a complete example that procmap accepts', async () => {
    const text = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
    const example = /## A complete example\n+```yaml\n([\s\S]*?)```/.exec(text)?.[1];
    expect(example).toBeDefined();
    const result = parseConfig('procmap.config.yaml', Buffer.from(example!));
    expect(result.ok ? [] : result.diagnostics.map((d) => d.message)).toEqual([]);
  });
});
