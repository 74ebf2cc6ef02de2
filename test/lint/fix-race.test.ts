import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/fix-writes');
const EDIT = '# OFFICER EDIT\n';

// An editor's autosave between the moment --fix works out its fixes and the moment it writes them: planFixes is the
// real one, and the file named here is saved again as soon as it returns.
const saved = vi.hoisted(() => ({ path: undefined as string | undefined }));
vi.mock('../../src/node/fix-writer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/node/fix-writer.js')>();
  return {
    ...actual,
    planFixes: async (...args: Parameters<typeof actual.planFixes>) => {
      const plan = await actual.planFixes(...args);
      if (saved.path) appendFileSync(saved.path, EDIT);
      return plan;
    },
  };
});

describe('lint --fix and a file saved while it runs', () => {
  it('leaves the file with its new edit, says to run again, fixes the others and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-fix-race-'));
    cpSync(join(FIXTURES, 'procmap.config.yaml'), join(dir, 'procmap.config.yaml'));
    const text = readFileSync(join(FIXTURES, 'date.yaml'), 'utf8');
    writeFileSync(join(dir, 'f1.yaml'), text);
    writeFileSync(join(dir, 'f2.yaml'), text.replace('QT-LN-05', 'QT-LN-06'));
    saved.path = join(dir, 'f1.yaml');
    const result = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'f1.yaml'), 'utf8')).toBe(text + EDIT);
    expect(readFileSync(join(dir, 'f2.yaml'), 'utf8')).toContain('effective: 2025-07-01\n');
    expect(result.stderr).toBe(
      'procmap: not fixed: f1.yaml was changed while procmap ran, and its changes are kept; run again\n' +
        'procmap: fixed 1 problem in f2.yaml\n',
    );
    expect(result.stdout).toBe(
      'f1.yaml\n' +
        '  4:12  warning  Write date "01/07/2025" as "2025-07-01"  canonical-date\n\n' +
        '✖ 1 problem (0 errors, 1 warning)\n' +
        '  0 errors and 1 warning potentially fixable with the `--fix` option.\n',
    );
    expect(result.code).toBe(2);
  });
});
