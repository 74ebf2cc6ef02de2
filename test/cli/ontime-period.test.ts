import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Before, ontime had no period: a month reported from a longer export counted every row, and --as-of alone set the
// rows received after it aside as typed wrong ("tiếp nhận 16/09/2026 09:30, sau 15/09/2026 23:59").
const FILE = 'test/fixtures/ontime/month-end/so-theo-doi.csv';
const RUN = ['ontime', FILE, '--catalog', 'test/fixtures/ontime/month-end/catalog'];
const PERIOD = [...RUN, '--from', '01/09/2026', '--to', '15/09/2026'];

describe('procmap ontime --from --to', () => {
  it('counts the dossiers settled in the period and those open at its end, and says the period', async () => {
    const run = await runCli(PERIOD);
    // Hand-counted from the file's 10 rows: rows 8, 9, 10 (received 16, 17, 21/09) are after the period: 3 outside.
    // Settled in it: rows 1–4 (results 04, 04, 07, 14/09), 2 on time and 2 late (rows 2, 3, as without a period).
    // Open at its end: row 7 (received 15/09) and row 5, whose result (17/09) came after it: 2 open, 0 overdue.
    // Row 6 is withdrawn: not counted. Dossiers: 4 + 2 = 6.
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'Kết quả giải quyết hồ sơ đúng hạn — tệp: 1, dòng trong kỳ: 7, tính đến T3 15/09/2026 23:59, kỳ báo cáo T3 01/09/2026 – T3 15/09/2026 (hồ sơ đã giải quyết trong kỳ và còn đang giải quyết cuối kỳ; trong tệp: 10 dòng, trong kỳ: 7 dòng, ngoài kỳ, không tính: 3 dòng)',
      'Hồ sơ: 6',
      'Đã giải quyết: 4 (trước hạn 0, đúng hạn 2, quá hạn 2)',
      'Tỷ lệ đúng hạn: 50% (trước hạn + đúng hạn) / đã giải quyết',
      'Đang giải quyết: 2 (còn hạn 2, quá hạn 0, tạm dừng chờ bổ sung 0)',
    ]);
  });

  it('leaves out the dossiers settled before the period', async () => {
    // Rows 1–4 settled 04–14/09, before 15/09: outside, as are rows 9 and 10, received 17/09 and 21/09, after it.
    const run = await runCli([...RUN, '--from', '15/09/2026', '--to', '16/09/2026', '-f', 'json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout);
    // Outside: rows 1–4 and 9, 10 = 6. Row 8 settled 16/09 16:00, in it; row 7 (received 15/09) and row 5 (result
    // 17/09, after it) open at the end of the 16th, in time. Row 6, withdrawn, with no date of it, is not counted.
    // Dossiers: 1 + 2 = 3.
    // The file's 10 rows: 4 in the period (json.rows), 6 outside it.
    expect(json.period).toEqual({ from: '2026-09-15T00:00', to: '2026-09-16T23:59', rows_in_files: 10, outside: 6 });
    expect(json.rows).toBe(4);
    expect(json.totals).toMatchObject({ dossiers: 3, finished: 1, open_in_time: 2, open_overdue: 0 });
  });

  it('reads a pause and step times of a dossier open at the end as they stood then', async () => {
    // Before, a pause ended after the period and steps ended after it were counted as written, as if known then.
    // Row 5 (file row 11): received 08/09, paused 09/09 10:00 until 14/09 08:00, result 17/09. At the end of 12/09 the
    // applicant had not answered: paused, not open in time. Counted: rows 1–4 settled (1 on time, 2 late, row 4's
    // result 14/09 is after: open), row 5 paused; rows 7–10 received after: dossiers 5.
    const run = await runCli([...RUN, '--from', '01/09/2026', '--to', '12/09/2026', '-f', 'json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout);
    expect(json.totals).toMatchObject({ dossiers: 5, finished: 3, open_in_time: 1, open_paused: 1 });
    // HS-C: received 12/02 09:00, steps receive 12/02 11:00, verify 25/02 10:00, sign 25/02 14:00, result 25/02. At the
    // end of 20/02 only "receive" had ended (2 working hours): verify and sign are not timed in February's report.
    const steps = await runCli([
      'ontime',
      'test/fixtures/ontime/period-steps.csv',
      '--catalog',
      'test/fixtures/ontime/catalog',
      '--from',
      '01/02/2026',
      '--to',
      '20/02/2026',
      '-f',
      'json',
    ]);
    expect([steps.code, steps.stderr]).toEqual([0, '']);
    const february = JSON.parse(steps.stdout);
    expect(february.totals).toMatchObject({ dossiers: 1, open_in_time: 1 });
    expect(february.steps.map((s: { step: string; averageUsedHours: number }) => [s.step, s.averageUsedHours])).toEqual(
      [['receive', 2]],
    );
  });

  it('says the period in every format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontime-period-'));
    for (const name of ['bao-cao.md', 'bao-cao.html']) {
      const run = await runCli([...PERIOD, '--lang', 'en', '-o', join(dir, name)]);
      expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
      // Before: "7 rows" alone, read as the file's (it has 10), beside "outside it, not counted: 3 rows".
      expect(readFileSync(join(dir, name), 'utf8')).toContain(
        'rows in the period: 7, as of Tue 15/09/2026 23:59, period Tue 01/09/2026 – Tue 15/09/2026 (dossiers settled in it and still open at its end; in the files: 10 rows, in the period: 7 rows, outside it, not counted: 3 rows)',
      );
    }
    const xlsx = await runCli([...PERIOD, '-o', join(dir, 'bao-cao.xlsx')]);
    expect([xlsx.code, xlsx.stdout, xlsx.stderr]).toEqual([0, '', '']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'bao-cao.xlsx'));
    const summary = book.worksheets[0]!;
    const cells = summary.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1, 3) : []));
    expect(cells).toContainEqual(['dòng trong kỳ', 7]);
    expect(cells.map(([, value]) => value)).toContainEqual(
      expect.stringContaining('trong tệp: 10 dòng, trong kỳ: 7 dòng, ngoài kỳ, không tính: 3 dòng'),
    );
  });

  it('refuses a reversed, half or unreadable period, or one beside --as-of, in plain words, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontime-period-'));
    const out = join(dir, 'bao-cao.md');
    const cases: [string[], string][] = [
      [
        ['--from', '15/09/2026', '--to', '01/09/2026'],
        'procmap: --from 15/09/2026 sau --to 01/09/2026: hãy ghi ngày đầu kỳ ở --from và ngày cuối kỳ ở --to\n',
      ],
      [
        ['--from', '01/09/2026'],
        'procmap: kỳ báo cáo cần cả ngày đầu và ngày cuối: hãy ghi cả --from và --to, ví dụ --from 01/09/2026 --to 30/09/2026\n',
      ],
      [
        ['--from', '01/09/2026', '--to', '30/09/2026', '--as-of', '30/09/2026'],
        'procmap: --as-of và --to cùng chỉ thời điểm xét các hồ sơ đang giải quyết: báo cáo theo kỳ tính đến hết ngày cuối kỳ; hãy bỏ --as-of\n',
      ],
    ];
    for (const [options, stderr] of cases) {
      const run = await runCli([...RUN, ...options, '-o', out]);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', stderr]);
    }
    const en = await runCli([...RUN, '--from', '31/09/2026', '--to', '01/10/2026', '--lang', 'en', '-o', out]);
    expect([en.code, en.stdout, en.stderr]).toEqual([
      2,
      '',
      'procmap: --from: "31/09/2026" is not a date: month 9 of 2026 has 30 days\n',
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

// Before, build --dossiers had no period: the site's on-time page counted the whole export, as of the build's hour.
describe('procmap build --dossiers --from --to', () => {
  const BUILD = ['build', 'test/fixtures/ontime/month-end/catalog', '--no-pdf', '--dossiers', FILE];

  it('refuses a period as ontime does, in the same words, before building anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-period-'));
    const site = join(dir, 'site');
    const cases: [string[], string][] = [
      [
        ['--from', '15/09/2026', '--to', '01/09/2026'],
        'procmap: --from 15/09/2026 sau --to 01/09/2026: hãy ghi ngày đầu kỳ ở --from và ngày cuối kỳ ở --to\n',
      ],
      [
        ['--to', '30/09/2026'],
        'procmap: kỳ báo cáo cần cả ngày đầu và ngày cuối: hãy ghi cả --from và --to, ví dụ --from 01/09/2026 --to 30/09/2026\n',
      ],
      [
        ['--from', '31/09/2026', '--to', '01/10/2026'],
        'procmap: --from: "31/09/2026" không phải là ngày: tháng 9 năm 2026 có 30 ngày\n',
      ],
    ];
    for (const [options, stderr] of cases) {
      const run = await runCli([...BUILD, '-o', site, ...options]);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', stderr]);
    }
    const alone = await runCli([
      'build',
      'test/fixtures/ontime/month-end/catalog',
      '-o',
      site,
      '--from',
      '01/09/2026',
      '--to',
      '30/09/2026',
      '--lang',
      'en',
    ]);
    expect([alone.code, alone.stdout, alone.stderr]).toEqual([
      2,
      '',
      'procmap: --from and --to set the period of the on-time report: give the dossier export with --dossiers, e.g. --dossiers ho-so-2026.csv\n',
    ]);
    expect(existsSync(site)).toBe(false);
  });
});
