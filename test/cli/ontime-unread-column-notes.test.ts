import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unmarked } from '../helpers/inert.js';
import { runCli } from '../helpers/run-cli.js';
import { ontimeReportFile } from '../helpers/ontime-report-file.js';

// unread-columns.csv: Đăng ký kết hôn (5 working days) received Mon 04/05/2026 09:00, under headers procmap does not
// read: its result ("Ngày xong"), the vendor's appointment ("Hẹn trả hồ sơ") and a pause for additions ("Ngày gửi yêu
// cầu bổ sung", "Ngày bổ sung xong"). Read open and overdue (due Mon 11/05 09:00, as of 29/05). Before, the notes naming
// those columns went to stderr alone: a report filed or published said nothing of why the dossier read overdue.
const CATALOG = 'test/fixtures/ontime/catalog';
const FILE = 'test/fixtures/ontime/unread-columns.csv';
const AS_OF = ['--as-of', '29/05/2026 17:00'];
const EN_FINISHED = `${FILE}: no column of the result's date, and the column "Ngày xong" is not read; if it holds that date, map it with --map (finished: Ngày xong)`;
const EN_APPOINTMENT = `${FILE}: no column of the appointment date, and the column "Hẹn trả hồ sơ" is not read; if it holds the appointment, map it with --map (appointment: Hẹn trả hồ sơ)`;
const EN_PAUSE = `${FILE}: the column "Ngày gửi yêu cầu bổ sung" looks like a moment of a pause for the applicant's additions but is not read, so the time waiting for the applicant counts against the limit; if it is one, map it with --map: pauseStart for the column of the pause's start (the request for additions), pauseEnd for the column of its end (the additions received), e.g. pauseStart: Ngày gửi yêu cầu bổ sung`;
const VI_FINISHED = `${FILE}: không có cột ngày có kết quả, và cột "Ngày xong" không được đọc; nếu đó là ngày có kết quả, chỉ ra bằng --map (finished: Ngày xong)`;
const VI_APPOINTMENT = `${FILE}: không có cột ngày hẹn trả, và cột "Hẹn trả hồ sơ" không được đọc; nếu đó là ngày hẹn trả, chỉ ra bằng --map (appointment: Hẹn trả hồ sơ)`;
const VI_PAUSE = `${FILE}: cột "Ngày bổ sung xong" có vẻ ghi thời điểm tạm dừng chờ bổ sung hồ sơ nhưng không được đọc, nên thời gian chờ công dân bổ sung bị tính vào thời hạn; nếu đúng vậy, chỉ ra bằng --map: pauseStart cho cột ngày bắt đầu tạm dừng (ngày yêu cầu bổ sung), pauseEnd cho cột ngày tiếp tục giải quyết (ngày nhận đủ hồ sơ bổ sung), ví dụ pauseEnd: Ngày bổ sung xong`;

describe('procmap ontime, columns seen and not read', () => {
  // Each report file in its own run, its notes said on stderr too (no report on the terminal), as before.
  const write = async (format: string, lang: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'unread-notes-'));
    const { run, output } = await ontimeReportFile(dir, [FILE, '--catalog', CATALOG, ...AS_OF], format, lang);
    // No report on the terminal: stderr says the notes, as before.
    expect([run.code, run.stdout]).toEqual([0, '']);
    for (const note of lang === 'vi'
      ? [VI_FINISHED, VI_APPOINTMENT, VI_PAUSE]
      : [EN_FINISHED, EN_APPOINTMENT, EN_PAUSE])
      expect(run.stderr).toContain(`${note}\n`);
    return output;
  };

  it('puts the notes in the Markdown report, in its language', async () => {
    const markdown = readFileSync(await write('markdown', 'vi'), 'utf8');
    for (const note of [VI_FINISHED, VI_APPOINTMENT, VI_PAUSE]) expect(markdown).toContain(`\n> ${note}\n`);
  });

  it('puts the notes in the HTML page, each export named by its file name', async () => {
    const page = unmarked(readFileSync(await write('html', 'en'), 'utf8'));
    // The page names an export by its file name, as its rows do, never the folders it was read from.
    for (const note of [EN_FINISHED, EN_APPOINTMENT, EN_PAUSE])
      expect(page).toContain(
        `<p class="note">${note.replace(FILE, 'unread-columns.csv').replaceAll('"', '&quot;').replaceAll("'", '&#39;')}</p>`,
      );
  });

  it('puts the notes in the text report written with -o', async () => {
    const text = readFileSync(await write('text', 'en'), 'utf8');
    for (const note of [EN_FINISHED, EN_APPOINTMENT, EN_PAUSE]) expect(text).toContain(`\n${note}\n`);
  });

  it('gives the columns in JSON as unread_columns, each with the field to map it to', async () => {
    const json = JSON.parse(readFileSync(await write('json', 'en'), 'utf8'));
    // The pause's columns are named as a pause's ends only: offered as the result's date too (they were), the request
    // for additions mapped as the result would read the dossier early.
    expect(json.unread_columns).toEqual([
      { file: FILE, column: 'Ngày xong', field: 'finished' },
      { file: FILE, column: 'Hẹn trả hồ sơ', field: 'appointment' },
      { file: FILE, column: 'Ngày gửi yêu cầu bổ sung', field: 'pauseStart' },
      { file: FILE, column: 'Ngày bổ sung xong', field: 'pauseEnd' },
    ]);
  });

  it("puts the notes on the workbook's summary sheet", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await write('xlsx', 'vi'));
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => cells.push(row.getCell(1).value));
    for (const note of [VI_FINISHED, VI_APPOINTMENT, VI_PAUSE]) expect(cells).toContain(note);
  });

  it('says the notes once on the terminal: in the report printed there, not again on stderr', async () => {
    const run = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const note of [VI_FINISHED, VI_APPOINTMENT, VI_PAUSE]) expect(run.stdout).toContain(`\n${note}\n`);
    expect(run.stdout.split('"Hẹn trả hồ sơ" không được đọc')).toHaveLength(2);
  });

  it('says the notes on stderr when no report is printed, another file being refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unread-notes-'));
    const empty = join(dir, 'trong.csv');
    writeFileSync(empty, '');
    const run = await runCli(['ontime', FILE, empty, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect([run.code, run.stdout]).toEqual([1, '']);
    for (const note of [EN_FINISHED, EN_APPOINTMENT, EN_PAUSE]) expect(run.stderr).toContain(`${note}\n`);
  });
});
