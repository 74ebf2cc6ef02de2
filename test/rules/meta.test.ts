import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallestPreset } from '../../src/config/settings.js';
import type { Severity } from '../../src/model/types.js';
import { RULES, ruleDocUrl } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { fixtureFiles } from '../helpers/rule-tester.js';

// Every rule in the registry when the test runs, including rules added after this test was written.
const WORD: Record<Severity, string> = { error: 'error', warning: 'warn', info: 'info' };

function doc(id: string): string | undefined {
  const path = join(ROOT, 'docs/rules', `${id}.md`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The `Default severity: …` a page states, with `warning` read as `warn`. */
function statedSeverity(text: string): string | undefined {
  const word = /default severity\W*(error|warning|warn|info)\b/i.exec(text)?.[1]?.toLowerCase();
  return word === 'warning' ? 'warn' : word;
}

describe('every rule has its page, its test and its fixtures', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it(`has docs/rules/${rule.id}.md with its title, default severity and examples`, async () => {
        const text = doc(rule.id);
        expect(text, `docs/rules/${rule.id}.md is missing`).toBeDefined();
        expect(text!.split('\n')[0]).toBe(`# ${rule.id}`);
        expect(
          statedSeverity(text!),
          'the page must say "Default severity: `error|warn|info`" as the code has it',
        ).toBe(WORD[rule.severity]);
        const preset = /preset\W*(recommended|canonical|all)\b/i.exec(text!)?.[1];
        if (preset !== undefined) expect(preset).toBe(smallestPreset(rule));
        expect(
          text!.match(/```ya?ml/g)?.length ?? 0,
          'the page needs an invalid and a valid example',
        ).toBeGreaterThanOrEqual(2);
      });

      it(`documents in docs/rules/${rule.id}.md every option the code declares, with its default`, () => {
        const text = doc(rule.id) ?? '';
        const options = Object.entries(rule.defaultOptions ?? {});
        expect(/^## Options$/m.test(text), 'a page has "## Options" exactly when the rule takes options').toBe(
          options.length > 0,
        );
        for (const [name, value] of options)
          expect(text, `option "${name}"`).toMatch(
            new RegExp(`^\\| \`${name}\` \\|.*\\| \`${String(value)}\` \\|$`, 'm'),
          );
      });

      it(`has test/rules/${rule.id}.test.ts`, async () => {
        expect(existsSync(join(ROOT, 'test/rules', `${rule.id}.test.ts`))).toBe(true);
      });

      it(`has fixtures test/rules/fixtures/${rule.id}/valid-*.yaml and invalid-*.yaml`, async () => {
        const { valid, invalid } = fixtureFiles(rule.id);
        expect(valid.length, 'no valid-*.yaml fixture').toBeGreaterThan(0);
        expect(invalid.length, 'no invalid-*.yaml fixture').toBeGreaterThan(0);
      });
    });
  }

  it('has no page, test or fixture folder for a rule that does not exist', async () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    const pages = readdirSync(join(ROOT, 'docs/rules')).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.filter((name) => !ids.has(name.slice(0, -3)))).toEqual([]);
    expect(readdirSync(join(ROOT, 'test/rules/fixtures')).filter((name) => !ids.has(name))).toEqual([]);
  });
});

describe('`procmap rules` agrees with the code', () => {
  // A folder with no procmap.config.yaml above it: the built-in defaults.
  const empty = mkdtempSync(join(tmpdir(), 'procmap-rules-'));

  it('lists every rule with its default severity, preset, fix and description (json)', async () => {
    const result = await runCli(['rules', '--lang', 'en', '--format', 'json'], { cwd: empty });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const listed = (JSON.parse(result.stdout) as { rules: Record<string, unknown>[] }).rules;
    expect(listed).toEqual(
      RULES.map((rule) => ({
        id: rule.id,
        severity: rule.recommended ? WORD[rule.severity] : 'off',
        defaultSeverity: WORD[rule.severity],
        recommended: rule.recommended,
        preset: rule.recommended ? 'recommended' : rule.id.startsWith('canonical-') ? 'canonical' : 'all',
        fixable: rule.fixable === true,
        description: rule.description.en,
        docs: ruleDocUrl(rule.id),
        ...(rule.defaultOptions ? { options: rule.defaultOptions } : {}),
      })),
    );
  });

  it('states in each page the severity that `procmap rules` shows', async () => {
    const listed = (
      JSON.parse((await runCli(['rules', '--lang', 'en', '--format', 'json'], { cwd: empty })).stdout) as {
        rules: { id: string; defaultSeverity: string }[];
      }
    ).rules;
    for (const { id, defaultSeverity } of listed) expect(statedSeverity(doc(id) ?? ''), id).toBe(defaultSeverity);
  });

  it('prints one line per rule (text)', async () => {
    const result = await runCli(['rules', '--lang', 'en'], { cwd: empty });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rule +Severity +Preset +Fix +Description$/);
    expect(lines.slice(1).map((line) => line.split(/ +/).slice(0, 2))).toEqual(
      RULES.map((rule) => [rule.id, rule.recommended ? WORD[rule.severity] : 'off']),
    );
  });
});
