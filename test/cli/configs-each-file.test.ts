import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// time, export, doc and flowchart took the configuration of their first path for every file: the commune's
// procedure, given after the ward's, was counted on the ward's 8-hour day and office hours, silently. Each file now
// comes under the configuration nearest above it, as lint finds it. Phường Đông works 07:30–17:00, 8 hours a day;
// xã Tây 08:00–17:30 with a longer lunch (7.5 hours a day) and Saturday mornings, in English, with its own logo.
const DIR = 'test/fixtures/catalogs-own-calendar';
const DONG = `${DIR}/phuong-dong`;
const TAY = `${DIR}/xa-tay`;
const BOTH_ORDERS = [
  [DONG, TAY],
  [TAY, DONG],
];
const NO_BROWSER = { PROCMAP_CHROME: '/nonexistent/chromium' };

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-own-calendar-'));
}

// A date alone counts from each office's own opening; the commune's day is 7.5 hours and takes in its Saturday.
const DONG_TIME =
  [
    'QT-PHUONG-DONG  Chứng thực bản sao từ bản chính',
    'test/fixtures/catalogs-own-calendar/phuong-dong/chung-thuc.yaml',
    'Time limit: 2 working days (16 h)',
    '',
    '  #  Step     Name                Body  Time             Total             Start            Due',
    '  1  receive  Tiếp nhận hồ sơ     MC    4 working hours  4 working hours   Fri 06/03 07:30  Fri 06/03 11:30',
    '  2  sign     Chứng thực bản sao  TP    1 working day    1.5 working days  Fri 06/03 13:00  Mon 09/03 11:30',
    '  3  return   Trả kết quả         MC    4 working hours  2 working days    Mon 09/03 13:00  Mon 09/03 17:00',
    '',
    'Total on the critical path: 2 working days (16 h), exactly the limit',
    'Critical path: receive → sign → return',
    'Time on the critical path by body: MC 1 working day, TP 1 working day',
    '',
    'Received:            Fri 06/03/2026, no time given: counted from the opening at 07:30, the earliest receipt that day',
    'Steps done by:       Mon 09/03/2026 17:00, exactly at the appointment (the worst case over every branch)',
    '',
    'APPOINTMENT (ngày hẹn trả kết quả): 17:00 on Monday 09/03/2026',
    '',
    'Days off counted: 2026 announced (notice 9441/TB-BNV of 16/10/2025; 12729/VPCP-KGVX of 25/12/2025)',
  ].join('\n') + '\n';
const TAY_TIME =
  [
    'QT-XA-TAY  Chứng thực bản sao từ bản chính',
    'test/fixtures/catalogs-own-calendar/xa-tay/chung-thuc.yaml',
    'Time limit: 2 working days (15 h)',
    '',
    '  #  Step     Name                Body  Time             Total              Start            Due',
    '  1  receive  Tiếp nhận hồ sơ     MC    4 working hours  4 working hours    Fri 06/03 08:00  Fri 06/03 14:00',
    '  2  sign     Chứng thực bản sao  TP    1 working day    1.53 working days  Fri 06/03 14:00  Mon 09/03 08:30',
    '  3  return   Trả kết quả         MC    4 working hours  2.07 working days  Mon 09/03 08:30  Mon 09/03 14:30',
    '',
    'Total on the critical path: 2.07 working days (15 h 30 min), OVER the limit by 30 working minutes',
    'Critical path: receive → sign → return',
    'Time on the critical path by body: MC 1.07 working days, TP 1 working day',
    '',
    'Received:            Fri 06/03/2026, no time given: counted from the opening at 08:00, the earliest receipt that day',
    'Steps done by:       Mon 09/03/2026 14:30, 30 working minutes AFTER the appointment hour, on its day: on time by the law, as the limit in whole days ends at 24:00 of that day, but later than the hour the receipt slip gives',
    '',
    'APPOINTMENT (ngày hẹn trả kết quả): 14:00 on Monday 09/03/2026',
    '',
    'Days off counted: 2026 announced (notice 9441/TB-BNV of 16/10/2025; 12729/VPCP-KGVX of 25/12/2025)',
  ].join('\n') + '\n';

describe('time of catalogs side by side', () => {
  it("counts each file on its own configuration's office hours and working day, in either order", async () => {
    const reports = new Map([
      [DONG, DONG_TIME],
      [TAY, TAY_TIME],
    ]);
    for (const paths of BOTH_ORDERS) {
      const files = paths.map((path) => `${path}/chung-thuc.yaml`);
      const result = await runCli(['time', '--lang', 'en', ...files, '--received', '2026-03-06']);
      expect(result).toEqual({ code: 0, stdout: paths.map((path) => reports.get(path)).join('\n\n'), stderr: '' });
    }
  });

  it('counts every file with --config when it is given', async () => {
    const result = await runCli(['time', '--lang', 'en', TAY, DONG, '--config', `${DONG}/procmap.config.yaml`]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout.match(/^Time limit: .*$/gm)).toEqual([
      'Time limit: 2 working days (16 h)',
      'Time limit: 2 working days (16 h)',
    ]);
  });

  it('speaks the language of the configuration of the first path, for every file', async () => {
    const headings = async (paths: string[]) => {
      const result = await runCli(['time', ...paths]);
      expect([result.code, result.stderr]).toEqual([0, '']);
      return result.stdout.match(/^(Time limit|Thời hạn giải quyết): .*$/gm);
    };
    expect(await headings([TAY, DONG])).toEqual([
      'Time limit: 2 working days (15 h)',
      'Time limit: 2 working days (16 h)',
    ]);
    expect(await headings([DONG, TAY])).toEqual([
      'Thời hạn giải quyết: 2 ngày làm việc (16 giờ)',
      'Thời hạn giải quyết: 2 ngày làm việc (15 giờ)',
    ]);
  });
});

describe('export of catalogs side by side', () => {
  it("writes one workbook whose rows are each counted on their own file's working day, in either order", async () => {
    for (const paths of BOTH_ORDERS) {
      const file = join(outDir(), 'catalog.xlsx');
      const result = await runCli(['export', '--lang', 'en', ...paths, '-o', file]);
      expect(result).toEqual({ code: 0, stdout: `${file}\n`, stderr: '' });
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const rows = (sheet: ExcelJS.Worksheet, cells: number[]) => {
        const values: unknown[][] = [];
        sheet.eachRow((row, i) => {
          if (i > 1) values.push(cells.map((cell) => row.getCell(cell).value));
        });
        return values.sort((a, b) => String(a).localeCompare(String(b)));
      };
      // Total of the steps and slack against the limit, in working hours.
      expect(rows(book.worksheets[0]!, [1, 8, 9])).toEqual([
        ['QT-PHUONG-DONG', 16, 0],
        ['QT-XA-TAY', 15.5, -0.5],
      ]);
      // "1d" is the working day of each file's own office.
      expect(rows(book.getWorksheet('Steps')!, [1, 3, 7])).toEqual([
        ['QT-PHUONG-DONG', 'receive', 4],
        ['QT-PHUONG-DONG', 'return', 4],
        ['QT-PHUONG-DONG', 'sign', 8],
        ['QT-XA-TAY', 'receive', 4],
        ['QT-XA-TAY', 'return', 4],
        ['QT-XA-TAY', 'sign', 7.5],
      ]);
    }
  });
});

// The verdict each output prints, as the flowchart's note and the document's summary write it.
const DONG_VERDICT =
  '• Critical path (red): 2 working days (16 h)<br/>• Time limit: 2 working days (16 h)<br/>• Within the limit, with none to spare';
const TAY_VERDICT =
  '• Critical path (red): 2.07 working days (15 h 30 min)<br/>• Time limit: 2 working days (15 h)<br/>• Over the limit by 30 working minutes';

describe('flowchart of catalogs side by side', () => {
  it("times each chart on its own file's working day, in either order", async () => {
    for (const paths of BOTH_ORDERS) {
      const out = outDir();
      const result = await runCli(['flowchart', '--lang', 'en', ...paths, '-f', 'mmd', '-o', out]);
      expect(result).toEqual({
        code: 0,
        stdout: `${join(out, 'QT-PHUONG-DONG.flowchart.mmd')}\n${join(out, 'QT-XA-TAY.flowchart.mmd')}\n`,
        stderr: '',
      });
      expect(readFileSync(join(out, 'QT-PHUONG-DONG.flowchart.mmd'), 'utf8')).toContain(DONG_VERDICT);
      expect(readFileSync(join(out, 'QT-XA-TAY.flowchart.mmd'), 'utf8')).toContain(TAY_VERDICT);
    }
  });
});

describe('doc of catalogs side by side', () => {
  it("times each document on its own file's working day, in either order", async () => {
    for (const paths of BOTH_ORDERS) {
      const out = outDir();
      const result = await runCli(['doc', '--lang', 'en', ...paths, '-f', 'md', '-o', out], { env: NO_BROWSER });
      expect(result).toEqual({
        code: 0,
        stdout: `${join(out, 'QT-PHUONG-DONG.md')}\n${join(out, 'QT-XA-TAY.md')}\n`,
        stderr: '',
      });
      const dong = readFileSync(join(out, 'QT-PHUONG-DONG.md'), 'utf8');
      const tay = readFileSync(join(out, 'QT-XA-TAY.md'), 'utf8');
      expect(dong).toContain('| | **Total processing time** | | **2 working days (16 h)** | |\n');
      expect(tay).toContain('| | **Total processing time** | | **2.07 working days (15 h 30 min)** | |\n');
      expect(dong).toContain(DONG_VERDICT);
      expect(tay).toContain(TAY_VERDICT);
    }
  });
});
