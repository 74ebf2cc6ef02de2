import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/ontime/date-receipt';
const RUN = ['--catalog', `${DIR}/catalog`, '--as-of', '06/12/2026'];

describe('procmap ontime, its own workbook read back', () => {
  it('reads the dossier sheet by its headers ("Thủ tục", "Tiếp nhận", "Có kết quả") without --map', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const written = await runCli(['ontime', `${DIR}/dossiers.csv`, ...RUN, '--format', 'xlsx', '-o', out]);
    expect(written.code).toBe(0);
    // The report lists D6 and D9, both late, and D4, not known; read back, they are the dossiers and keep their verdicts.
    const again = await runCli(['ontime', out, ...RUN, '--lang', 'vi']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    // Every dossier reads back from the sheet of them all, not the listed three alone (D6 and D9 late, D4 not known):
    // D4, which the unwritten hour of receipt decides, reads back so.
    expect(again.stdout).toContain('Hồ sơ: 9\n');
    expect(again.stdout).toContain('Đã giải quyết: 9 (trước hạn 0, đúng hạn 6, quá hạn 2, chưa xác định 1)\n');
    expect(again.stdout).toContain(' D6 TNNC · quá hạn · tiếp nhận T4 01/07/2026 ·');
  });

  it('writes each listed dossier\'s pauses in a "Tạm dừng" column after its result, and reads them back', async () => {
    // paused-returned.csv: P5 (2 working days from Wed 01/07/2026 10:00, paused Thu 02/07 08:00 – Fri 03/07 08:00, due
    // Mon 06/07 10:00) returned Thu 09/07, late by 24 working hours; P1 still paused since Mon 06/07 08:00. Without
    // its pauses the workbook read back P5 late by 32 hours and P1 as a row not measured (paused, no pause date).
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'bao-cao.xlsx');
    const csv = `${DIR}/paused-returned.csv`;
    const written = await runCli(['ontime', csv, ...RUN, '--format', 'xlsx', '-o', out, '--lang', 'vi']);
    expect([written.code, written.stderr]).toEqual([0, '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const listed = book.getWorksheet('Hồ sơ quá hạn, lệch ngày hẹn')!;
    const column = (listed.getRow(1).values as unknown[]).indexOf('Tạm dừng');
    expect((listed.getRow(1).values as unknown[])[column - 1]).toBe('Có kết quả');
    const pauses = [2, 3].map((r) => [listed.getRow(r).getCell(3).value, listed.getRow(r).getCell(column).value]);
    expect(pauses).toEqual([
      ['P5', '02/07/2026 08:00 - 03/07/2026 08:00'],
      ['P1', '06/07/2026 08:00 -'],
    ]);
    const again = await runCli(['ontime', out, ...RUN, '--lang', 'vi']);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const first = await runCli(['ontime', csv, ...RUN, '--lang', 'vi']);
    const verdicts = (stdout: string) =>
      stdout
        .split('\n')
        .filter((line) => / P[15] /.test(line))
        .map((l) => l.replace(/^\s*\S+:\d+ /, ''));
    expect(verdicts(again.stdout)).toEqual(verdicts(first.stdout));
    expect(verdicts(again.stdout)).toEqual([
      'P5 WD2 · quá hạn · tiếp nhận T4 01/07/2026 10:00 · hạn theo quy định T2 06/07/2026 10:00 · có kết quả T5 09/07/2026 10:00 · quá hạn 24 giờ làm việc',
      'P1 CD10 · tạm dừng, chờ bổ sung · tiếp nhận T4 01/07/2026 10:00 · tạm dừng từ T2 06/07/2026 08:00, còn 6 ngày (lịch) · có kết quả —',
    ]);
  });
});
