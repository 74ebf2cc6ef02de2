import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/ontime-verdicts';
const ONTIME = ['ontime', '--catalog', `${DIR}/catalog`, '--as-of', '31/10/2026'];

describe('ontime verdicts the probe found wrong (CLI)', () => {
  it('--fail-under judges the rate the report prints, undetermined dossiers left out of both', async () => {
    // 1 on time, 1 late, 1 undetermined: the report says 50 %; 1 of 3 (33 %) would fail 40 %.
    const result = await runCli([...ONTIME, `${DIR}/rate.csv`, '--fail-under', '40%', '--lang', 'vi']);
    expect(result.stdout).toContain('Tỷ lệ đúng hạn: 50% (trước hạn + đúng hạn) / (đã giải quyết − chưa xác định)');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = await runCli([...ONTIME, `${DIR}/rate.csv`, '-f', 'json', '--fail-under', '50%']);
    expect(JSON.parse(json.stdout).totals.rate).toBe(0.5);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
  });

  it('says there is no rate when every finished dossier is undetermined, not that 0 % is below the limit', async () => {
    const result = await runCli([...ONTIME, `${DIR}/undetermined.csv`, '--fail-under', '50%', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('On-time rate: —');
    expect(result.stderr).toBe(
      'procmap: --fail-under: every finished dossier is undetermined (its verdict rests on an hour of receipt not written), so there is no on-time rate; export the hour of receipt to measure them\n',
    );
  });

  it('measures a partly-online dossier by the general limit when only the fully-online grade has one, and says so', async () => {
    // Received Mon 05/10, result Thu 15/10: late by the 7 days of "toàn trình", ahead of the general 10 days.
    const result = await runCli([...ONTIME, `${DIR}/partly-online.csv`, '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Đã giải quyết: 2 (trước hạn 1, đúng hạn 0, quá hạn 1)');
    expect(result.stdout).not.toContain('partly-online.csv:2 P1');
    expect(result.stdout).toContain(
      '\n\nThủ tục QT-TP-01 (Cấp Phiếu lý lịch tư pháp): 1 hồ sơ nộp trực tuyến ở mức độ thủ tục không quy định thời hạn nên được đo theo thời hạn chung (10 ngày làm việc), không theo thời hạn của trực tuyến toàn trình (7 ngày làm việc), vì đó là mức độ khác.\n\n',
    );
    const json = await runCli([...ONTIME, `${DIR}/partly-online.csv`, '-f', 'json']);
    expect(JSON.parse(json.stdout).channel_guesses[0]).toMatchObject({ procedure: 'QT-TP-01', unlisted_grade: 1 });
  });

  it('prints a receipt at 14:59:59 as 14:59, its seconds dropped, never the 15:00 cutoff', async () => {
    const result = await runCli([...ONTIME, `${DIR}/seconds.csv`, '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('seconds.csv:2 S1 QT-CT-01 · quá hạn · tiếp nhận T4 07/10/2026 14:59 ·');
    const markdown = await runCli([...ONTIME, `${DIR}/seconds.csv`, '-f', 'markdown', '--lang', 'vi']);
    expect(markdown.stdout).toContain('| T4 07/10/2026 14:59 |');
    expect(markdown.stdout).not.toContain('15:00');
  });
});

describe('procmap ontime, its own workbook read back with the same verdicts (CLI)', () => {
  it('writes every dossier, with its channel, on a sheet the reader takes, and reads back the same verdicts and rate', async () => {
    // T1 filed "Trực tuyến toàn trình" is late by its 7 days (10 without the channel); R2 and P1, on time and early,
    // are no flagged dossiers; S1 was received at 14:59:59.
    const csv = `${DIR}/read-back.csv`;
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'ontime.xlsx');
    const written = await runCli([...ONTIME, csv, '-f', 'xlsx', '-o', out, '--lang', 'vi']);
    expect([written.code, written.stdout, written.stderr]).toEqual([0, '', '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const every = book.getWorksheet('Tất cả hồ sơ')!;
    const headers = every.getRow(1).values as unknown[];
    expect(headers).toContain('Kênh');
    expect(every.rowCount).toBe(7);
    // The flagged sheet stays, for people.
    expect(book.getWorksheet('Hồ sơ quá hạn, lệch ngày hẹn')).toBeDefined();

    const first = await runCli([...ONTIME, csv, '-f', 'json']);
    const again = await runCli([...ONTIME, out, '-f', 'json']);
    expect([again.code, again.stderr]).toEqual([0, '']);
    const before = JSON.parse(first.stdout);
    const after = JSON.parse(again.stdout);
    expect(after.totals).toEqual(before.totals);
    expect(after.totals.rate).toBe(0.4);
    const verdicts = (report: { dossiers: { id: string; status: string; due: string; received: string }[] }) =>
      report.dossiers.map(({ id, status, due, received }) => [id, status, due, received]).sort();
    expect(verdicts(after)).toEqual(verdicts(before));
    expect(after.channel_guesses).toEqual(before.channel_guesses);
    const text = await runCli([...ONTIME, out, '--lang', 'vi']);
    expect(text.stdout).toContain(' S1 QT-CT-01 · quá hạn · tiếp nhận T4 07/10/2026 14:59 ·');
  });
});
