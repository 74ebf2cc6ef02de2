import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A step sheet that writes a procedure's code once, at the top of its steps, the cells below left empty: each row under
// it was skipped as belonging to no procedure, and told to add a "Mã hiệu quy trình" column the sheet has (exit 1).
// Fixture written by procedure-from-above/make-workbook.mjs.
const DIR = join(ROOT, 'test/interchange/fixtures/procedure-from-above');

describe('procmap import: a step row whose procedure cell is empty under a row that names one', () => {
  it("is read as that procedure's, as a merged cell is, and the rows so read are named", async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-from-above-'));
    const run = await runCli(['import', '--lang', 'en', 'buoc-ma-mot-lan.xlsx', '-o', out], { cwd: DIR });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT')).toBe(
      'imported     OUT/QT-HT-01.yaml  ← buoc-ma-mot-lan.xlsx: sheet "DANH MUC" row 2 (1.001193)\n' +
        'imported     OUT/QT-HT-02.yaml  ← buoc-ma-mot-lan.xlsx: sheet "DANH MUC" row 3 (1.000894)\n' +
        '               sheet "CAC BUOC" rows 6, 7, 8: the cell of the procedure is empty, read as the row above ("QT-HT-02"), as a merged cell would be; write the code in each row, or merge the cells, if that is right\n' +
        '2 imported, 0 skipped\n',
    );
    const ids = [...readFileSync(join(out, 'QT-HT-02.yaml'), 'utf8').matchAll(/\n {2}- id: (.*)\n/g)].map((m) => m[1]);
    expect(ids).toEqual(['Bước 1', 'Bước 2', 'Bước 3', 'Bước 4']);
    // The other procedure's steps stay its own: three, none of the rows below.
    const other = [...readFileSync(join(out, 'QT-HT-01.yaml'), 'utf8').matchAll(/\n {2}- id: (.*)\n/g)];
    expect(other).toHaveLength(3);
  });
});
