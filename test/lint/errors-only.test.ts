import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type RuleSetting } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { RULES } from '../../src/rules/index.js';
import { yamlFiles } from '../helpers/yaml-files.js';

// Every rule's fixtures, each file once as it is and once with suppression comments: the second copy's comments cover
// some of its warnings and errors and leave others unused.
const FIXTURES = join(import.meta.dirname, '..', 'rules', 'fixtures');

const files = yamlFiles(FIXTURES);
const suppressed = files.map((path, k) => {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rule = RULES[k % RULES.length]!.id;
  // A whole-file comment for one rule, and a next-line comment before the steps.
  const steps = lines.findIndex((line) => line.startsWith('steps:'));
  if (steps >= 0) lines.splice(steps, 0, '# procmap-disable-next-line canonical-duration, unused-body');
  return { path: path.replace(/\.ya?ml$/, '.suppressed.yaml'), text: `# procmap-disable ${rule}\n${lines.join('\n')}` };
});
const sources = () => [
  ...files.map((path) => loadFile(path, readFileSync(path))),
  ...suppressed.map(({ path, text }) => loadFile(path, Buffer.from(text))),
];

// Half the rules raised to errors, the others as they are; unused suppression comments are errors too.
const settings = new Map<string, RuleSetting>([
  ...RULES.filter((_, k) => k % 2 === 0).map((rule) => [rule.id, { severity: 'error' }] as const),
  ['unused-disable', { severity: 'error' }],
]);
const settingsFor = () => settings;

describe('lint for commands that stop on errors', () => {
  const full = lint(sources(), { settingsFor, lang: 'vi' });
  const errorsOnly = lint(sources(), { settingsFor, lang: 'vi', errorsOnly: true });

  it('finds the same errors, placed the same, and keeps the same procedures', () => {
    const errors = full.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(20);
    expect(errors.some((d) => d.rule === 'unused-disable')).toBe(true);
    expect(errorsOnly.diagnostics.filter((d) => d.severity === 'error')).toEqual(errors);
    expect(errorsOnly.procedures.map((entry) => entry.procedure)).toEqual(full.procedures.map((e) => e.procedure));
  });

  it("leaves out the rules' warnings only in files without suppression comments", () => {
    const warnings = (diagnostics: typeof full.diagnostics, suppressedFiles: boolean) =>
      diagnostics.filter(
        (d) => d.severity !== 'error' && d.rule !== 'parse' && d.file.endsWith('.suppressed.yaml') === suppressedFiles,
      );
    expect(warnings(full.diagnostics, false).length).toBeGreaterThan(5);
    expect(warnings(errorsOnly.diagnostics, false)).toEqual([]);
    expect(warnings(full.diagnostics, true).length).toBeGreaterThan(0);
    expect(warnings(errorsOnly.diagnostics, true)).toEqual(warnings(full.diagnostics, true));
  });
});
