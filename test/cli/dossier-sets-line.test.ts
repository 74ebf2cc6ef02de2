import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { buildCitizenView } from '../../src/render/site/citizen-view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { dayFromParts } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// "Số lượng hồ sơ: 01 (bộ)", the national record's last line of "Thành phần hồ sơ", copied as a dossier item: the
// number of sets in every output, never a paper.
const DIR = join(ROOT, 'test/cli/fixtures/dossier-sets-line');
const COPIED = join(DIR, 'b/QT-SL-10.yaml');
const PAPERS = ['Đơn đề nghị (Mẫu số 01)', 'Bản sao giấy phép kinh doanh'];

describe('a dossier line that counts the sets', () => {
  it('is the document’s "Số lượng hồ sơ", not a row of its papers', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-dossier-sets-'));
    const result = await runCli(['doc', '-f', 'md', '-o', out, COPIED]);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `${join(out, 'QT-SL-10.md')}\n` });
    const text = readFileSync(join(out, 'QT-SL-10.md'), 'utf8');
    const lines = text.split('\n');
    const first = lines.findIndex((line) => line.startsWith('| TT | Tên giấy tờ'));
    expect(lines.slice(first + 2, lines.indexOf('', first))).toEqual([
      '| 1 | Đơn đề nghị (Mẫu số 01) |  |  |',
      '| 2 | Bản sao giấy phép kinh doanh |  |  |',
    ]);
    expect(text).toContain('### 5.3. Số lượng hồ sơ\n\n01 bộ\n');
  });

  it('is the workbook’s "Số lượng hồ sơ", not a row of its dossier sheet', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'procmap-dossier-sets-')), 'danh-muc.xlsx');
    const result = await runCli(['export', '-o', path, COPIED]);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `${path}\n` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const names: unknown[] = [];
    book.getWorksheet('Thành phần hồ sơ')!.eachRow((row, n) => {
      if (n > 1)
        names.push((row.values as unknown[]).find((cell) => PAPERS.includes(String(cell)) || /bộ/.test(String(cell))));
    });
    expect(names).toEqual(PAPERS);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).indexOf('Số lượng hồ sơ');
    expect(sheet.getRow(2).getCell(header).value).toBe('01 bộ');
  });

  it('is the citizen page’s number of sets, not a paper to bring', () => {
    const { procedures } = lint([loadFile('QT-SL-10.yaml', readFileSync(COPIED))]);
    const procedure = procedures[0]!.procedure;
    const calendar = createCalendar({});
    const view = buildCitizenView({
      procedure,
      analysis: analyseTime(procedure, calendar),
      calendar,
      lang: 'vi',
      today: dayFromParts(2026, 12, 7)!,
    });
    expect(view.dossier.flatMap((group) => group.items.map((item) => item.name))).toEqual(PAPERS);
    expect(view.dossierCount).toBe('01 bộ');
  });

  it('is no change in diff from the same count written as dossier_count', async () => {
    const result = await runCli(['diff', join(DIR, 'a'), join(DIR, 'b')]);
    expect(result).toEqual({ code: 0, stdout: 'Không có thay đổi\n', stderr: '' });
  });
});
