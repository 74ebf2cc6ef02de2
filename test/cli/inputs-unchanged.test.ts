import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Only `lint --fix` (and `import`, into its own -o) may write where the inputs are: every other command reads them.
// A catalog with everything a run reads (procedures, a configuration with a calendar, a draft that --fix would change,
// a broken file), hashed byte for byte before and after each command.
const work = mkdtempSync(join(tmpdir(), 'procmap-inputs-'));
const catalog = join(work, 'catalog');
cpSync(join(ROOT, 'procedures', 'xa'), join(catalog, 'procedures', 'xa'), { recursive: true });
cpSync(join(ROOT, 'test/lenient/fixtures/accepted-draft.yaml'), join(catalog, 'procedures', 'draft.yaml'));
cpSync(join(ROOT, 'test/fixtures/broken/tabs.yaml'), join(catalog, 'procedures', 'tabs.yaml'));
cpSync(join(ROOT, 'test/fixtures/ontime/ho-so.csv'), join(catalog, 'ho-so.csv'));
writeFileSync(
  join(catalog, 'procmap.config.yaml'),
  'rules:\n  canonical-level: warn\n  canonical-date: warn\n  canonical-fee: warn\ncalendar:\n  holidays:\n    - { date: 2026-03-09, name: Ngày thành lập tỉnh }\n',
);

function hashes(dir: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    all.set(path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return all;
}

const BEFORE = hashes(catalog);
const out = (name: string) => {
  const dir = join(work, 'out', name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('commands other than lint --fix never change an input file', () => {
  it.each<[string, string[]]>([
    ['lint', ['lint', 'procedures']],
    ['lint --fix-dry-run', ['lint', '--fix-dry-run', 'procedures']],
    [
      'lint --format sarif --output',
      ['lint', '--format', 'sarif', '--output', join(out('sarif'), 'report.sarif'), 'procedures'],
    ],
    ['time', ['time', 'procedures', '--received', '2026-03-06 09:00']],
    ['stats', ['stats', 'procedures']],
    ['calendar', ['calendar', '2026']],
    ['rules', ['rules']],
    ['diff', ['diff', 'procedures', 'procedures']],
    ['flowchart (Mermaid and Markdown)', ['flowchart', 'procedures/xa', '--format', 'mmd,md', '-o', out('flowchart')]],
    ['doc (Markdown)', ['doc', 'procedures/xa', '--format', 'md', '-o', out('doc')]],
    ['export (xlsx)', ['export', 'procedures/xa', '-o', join(out('export'), 'danh-muc.xlsx')]],
    ['ontime', ['ontime', 'ho-so.csv', '--catalog', 'procedures', '--as-of', '2026-05-08 09:00']],
  ])('%s', async (_, args) => {
    const result = await runCli([...args, '--lang', 'en'], { cwd: catalog });
    // The commands ran (some find problems in the catalog: the broken file, the draft's officer forms, unknown dossiers).
    expect([0, 1], result.stderr).toContain(result.code);
    expect(hashes(catalog)).toEqual(BEFORE);
  });

  it('the check can fail: lint --fix does change the draft', async () => {
    const copy = join(work, 'fixed');
    cpSync(catalog, copy, { recursive: true });
    const result = await runCli(['lint', '--fix', '--lang', 'en', 'procedures'], { cwd: copy });
    expect(result.stderr).toContain('procmap: fixed');
    const after = hashes(copy);
    // The draft's officer forms, and the broken file's Tab indentation (all Tabs: 2 spaces each).
    expect([...BEFORE].filter(([file, hash]) => after.get(file) !== hash).map(([file]) => file)).toEqual([
      'procedures/draft.yaml',
      'procedures/tabs.yaml',
    ]);
  });
});
