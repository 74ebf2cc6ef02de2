import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSON_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Catalogs often give "Phí" and "Lệ phí" a column each. They were taken for one column given twice: a row with both
// was skipped, naming column E "Phí" though E is headed "Lệ phí", and the officer was told to delete a column.
const DIR = join(ROOT, 'test/interchange/fixtures/fee-columns');

const feeOf = (dir: string, id: string) =>
  (load(readFileSync(join(dir, `${id}.yaml`), 'utf8'), { schema: JSON_SCHEMA }) as { fee?: string }).fee;

describe('procmap import: separate "Phí" and "Lệ phí" columns', () => {
  it.each(['phi-le-phi.xlsx', 'phi-le-phi-hai-dong.xlsx', 'danh-muc-phi-le-phi.docx'])(
    'reads both charges of %s, a line each, and imports every row',
    async (file) => {
      const out = mkdtempSync(join(tmpdir(), 'procmap-fee-columns-'));
      const run = await runCli(['import', '--lang', 'en', join(DIR, file), '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toMatch(/^skipped/m);
      expect(run.stdout).not.toContain('twice');
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 imported, 0 skipped');
      expect(run.code).toBe(0);
      // A line that names its charge stays as written; the others are labelled by their column.
      expect(feeOf(out, '1.000020')).toBe('Phí thẩm định: 4.000.000 đồng/giấy phép\nLệ phí: Không');
      expect(feeOf(out, '1.000021')).toBe(
        file === 'phi-le-phi-hai-dong.xlsx' ? 'Phí: Không\nLệ phí: 50.000 đồng' : 'Lệ phí: 50.000 đồng',
      );
      expect((await runCli(['lint', '--lang', 'en', out])).stdout).not.toMatch(/ error /);
    },
  );
});
