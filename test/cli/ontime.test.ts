import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { zipOf } from '../helpers/zip.js';
import { planColumns } from '../../src/ontime/columns.js';

const CATALOG = 'test/fixtures/ontime/catalog';
const CSV = 'test/fixtures/ontime/ho-so.csv';
const AS_OF = ['--as-of', '2026-05-08 09:00'];
/**
 * Standard error before its last line, checked to be the note that no report was written (every file refused here
 * leaves the run without one).
 */
function beforeNoReport(stderr: string): string {
  const last = stderr.lastIndexOf('procmap: ');
  expect(stderr.slice(last)).toMatch(/^procmap: (no report written|không ghi báo cáo)[^\n]*\n$/);
  return stderr.slice(0, last);
}

const BAD_ROWS = [
  'test/fixtures/ontime/ho-so.csv:13: procedure "9.999999" is not in the catalog (by code or id)',
  'test/fixtures/ontime/ho-so.csv:14: received date "31/02/2026 09:00": "31/02/2026" is not a date: month 2 of 2026 has 28 days',
  'test/fixtures/ontime/ho-so.csv:15: finished 09/03/2026 09:00, before it was received, 10/03/2026 09:00',
  'test/fixtures/ontime/ho-so.csv:16: pause "soon" is not a span; write each pause 13/02/2026 09:00 - 16/02/2026 10:00, one still running 13/02/2026 09:00 -, and separate pauses with ";"',
  'Rows not measured: 4',
  '',
].join('\n');

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-ontime-'));
}

describe('procmap ontime', () => {
  it('prints the report, lists bad rows with their row numbers on stderr, and exits 0', async () => {
    const result = await runCli(['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(result.stderr).toBe(BAD_ROWS);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('On-time rate: 66.67% (early + on time) / finished\n');
    expect(result.stdout).toContain('Finished: 9 (early 3, on time 3, late 3)\n');
    expect(result.stdout).toContain(
      "Vendor's appointments compared: 10; vendor's appointment differs from the statutory due date: 2 (vendor later 1, vendor earlier 1)\n",
    );
  });

  it('shows both moments of a row finished before it was received, as read, so that a swapped day and month shows', async () => {
    // As LibreOffice in the en-US locale saves a CSV: 12/01/2026 09:00 became a date cell, 1 December; 15/01/2026
    // 10:00, no date in that locale, stayed text.
    const input = join(tmp(), 'lo.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('lo');
    sheet.addRow(['Số hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận', 'Ngày có kết quả', 'Trạng thái']);
    sheet.addRow(['HS2', '1.000894', new Date(Date.UTC(2026, 0, 13, 9, 0)), '14/01/2026 16:00', 'Đã trả kết quả']);
    sheet.addRow(['HS3', '1.000894', new Date(Date.UTC(2026, 11, 1, 9, 0)), '15/01/2026 10:00', 'Đã trả kết quả']);
    await book.xlsx.writeFile(input);
    const vi = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.stderr).toBe(
      `${input}:3: có kết quả 15/01/2026 10:00 trước khi tiếp nhận 01/12/2026 09:00\nDòng không đo được: 1\n`,
    );
    expect(vi.code).toBe(0);
    const en = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.stderr).toBe(
      `${input}:3: finished 15/01/2026 10:00, before it was received, 01/12/2026 09:00\nRows not measured: 1\n`,
    );
    const json = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(JSON.parse(json.stdout).bad_rows.listed).toEqual([
      {
        file: input,
        row: 3,
        reason: 'finished-before-received',
        value: '15/01/2026 10:00',
        received: '2026-12-01T09:00',
        finished: '2026-01-15T10:00',
      },
    ]);
  });

  it('refuses a receipt or a result dated after the as-of moment, saying both, and measures the rest', async () => {
    // F-1 received a year ahead and F-2 finished a year ahead: typed wrong, they would count open for a year or late by
    // one. F-3 returned on the as-of day with no hour, and F-4 received that day with no hour, are no later than it.
    const input = 'test/fixtures/ontime/after-as-of.csv';
    const en = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.stderr).toBe(
      [
        `${input}:2: received 01/05/2027 09:00, after 08/05/2026 09:00, the moment this report is as of: no dossier is received later (check the year, the day and the month)`,
        `${input}:3: finished 06/05/2027 09:00, after 08/05/2026 09:00, the moment this report is as of: no result is given later (check the year, the day and the month)`,
        'Rows not measured: 2',
        '',
      ].join('\n'),
    );
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Dossiers: 3\n');
    expect(en.stdout).toMatch(/^Finished: 2 /m);
    const vi = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.stderr).toBe(
      [
        `${input}:2: tiếp nhận 01/05/2027 09:00, sau 08/05/2026 09:00, thời điểm tính của báo cáo: không hồ sơ nào được tiếp nhận muộn hơn (hãy kiểm tra năm, ngày và tháng)`,
        `${input}:3: có kết quả 06/05/2027 09:00, sau 08/05/2026 09:00, thời điểm tính của báo cáo: không kết quả nào được trả muộn hơn (hãy kiểm tra năm, ngày và tháng)`,
        'Dòng không đo được: 2',
        '',
      ].join('\n'),
    );
    const json = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(JSON.parse(json.stdout).bad_rows.listed).toEqual([
      {
        file: input,
        row: 2,
        reason: 'received-after-as-of',
        value: '01/05/2027 09:00',
        received: '2027-05-01T09:00',
        as_of: '2026-05-08T09:00',
      },
      {
        file: input,
        row: 3,
        reason: 'finished-after-as-of',
        value: '06/05/2027 09:00',
        finished: '2027-05-06T09:00',
        as_of: '2026-05-08T09:00',
      },
    ]);
    const markdown = await runCli([
      'ontime',
      input,
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--format',
      'markdown',
      '--lang',
      'en',
    ]);
    expect(markdown.stdout).toContain(
      `| ${input}:2 | received 01/05/2027 09:00, after 08/05/2026 09:00, the moment this report is as of`,
    );
  });

  it('says a pause ends before it starts, quoting its ends, and names the columns of a pause in two', async () => {
    const one = 'test/fixtures/ontime/pause-reversed.csv';
    const en = await runCli(['ontime', one, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(
      `${one}:2: pause "10/04/2026 09:00 - 08/04/2026 09:00" ends before it starts: its end, 08/04/2026 09:00, is before its start, 10/04/2026 09:00; swap the two or correct the date\nRows not measured: 1\n`,
    );
    expect(en.stdout).toContain('Finished: 1 (');
    const two = 'test/fixtures/ontime/pause-columns.csv';
    const vi = await runCli(['ontime', two, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe(
      `${two}:2: thời gian tạm dừng kết thúc trước khi bắt đầu: "08/04/2026 09:00" ở cột "Ngày tiếp tục" ở trước "10/04/2026 09:00" ở cột "Ngày tạm dừng"; hãy đổi chỗ hai ngày hoặc sửa lại ngày\n` +
        `${two}:3: "sau Tết" ở cột "Ngày tiếp tục" (thời gian tạm dừng) không phải là ngày; viết 13/02/2026 09:00\n` +
        'Dòng không đo được: 2\n',
    );
    const json = await runCli(['ontime', two, '--catalog', CATALOG, ...AS_OF, '--format', 'json', '--lang', 'en']);
    expect(JSON.parse(json.stdout).bad_rows.listed).toEqual([
      {
        file: two,
        row: 2,
        reason: 'pause-columns-reversed',
        value: '10/04/2026 09:00',
        pause: {
          start: '10/04/2026 09:00',
          end: '08/04/2026 09:00',
          startColumn: 'Ngày tạm dừng',
          endColumn: 'Ngày tiếp tục',
        },
      },
      { file: two, row: 3, reason: 'bad-pause-column', value: 'sau Tết', column: 'Ngày tiếp tục' },
    ]);
  });

  it('refuses an --as-of whose weekday is not its date’s, naming both', async () => {
    const asOf = ['--as-of', '10 giờ 00 phút, thứ Hai, ngày 05/12/2026'];
    const en = await runCli(['ontime', CSV, '--catalog', CATALOG, ...asOf, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      'procmap: --as-of names thứ Hai, but 05/12/2026 is a Saturday: correct the date or the weekday\n',
    );
    const vi = await runCli(['ontime', CSV, '--catalog', CATALOG, ...asOf, '--lang', 'vi']);
    expect(vi.stderr).toBe('procmap: --as-of ghi thứ Hai, nhưng ngày 05/12/2026 là thứ Bảy: hãy sửa ngày hoặc thứ\n');
  });

  it('refuses an --as-of with a two-digit year, with the year written in full', async () => {
    const cases: [string, string][] = [
      ['06/12/26', '06/12/2026'],
      ['6/12/26 17:00', '06/12/2026 17:00'],
    ];
    for (const [asOf, full] of cases) {
      const en = await runCli(['ontime', CSV, '--catalog', CATALOG, '--as-of', asOf, '--lang', 'en']);
      expect(en.code).toBe(2);
      expect(en.stdout).toBe('');
      expect(en.stderr).toBe(
        `procmap: --as-of writes the year of "${asOf}" in two digits: write it in full, e.g. "${full}"\n`,
      );
    }
    // A date option (time --as-of) says the same.
    const time = await runCli(['time', CATALOG, '--as-of', '06/12/26', '--lang', 'vi']);
    expect(time.code).toBe(2);
    expect(time.stderr).toBe(
      'procmap: --as-of ghi năm của "06/12/26" bằng hai chữ số: hãy ghi đủ bốn chữ số, ví dụ "06/12/2026"\n',
    );
  });

  it('reads an export saved as UTF-16 without its byte order mark, as the same dossiers', async () => {
    const dir = tmp();
    const file = join(dir, 'ho-so.csv');
    writeFileSync(file, Buffer.from(readFileSync(join(ROOT, CSV), 'utf8').replace(/^\uFEFF/, ''), 'utf16le'));
    const args = ['--catalog', CATALOG, ...AS_OF, '--format', 'json'];
    const utf16 = await runCli(['ontime', file, ...args]);
    const utf8 = await runCli(['ontime', CSV, ...args]);
    expect(utf16.code).toBe(0);
    expect(JSON.parse(utf16.stdout).totals).toEqual(JSON.parse(utf8.stdout).totals);
  });

  it('speaks Vietnamese with --lang vi', async () => {
    const result = await runCli(['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Tỷ lệ đúng hạn: 66,67%');
    expect(result.stderr).toContain('ho-so.csv:13: thủ tục "9.999999" không có trong bộ quy trình');
  });

  it('reads a `;` or tab separated export with title lines above its header', async () => {
    const files = ['test/fixtures/ontime/title-semicolon.csv', 'test/fixtures/ontime/title-tab.csv'];
    const result = await runCli(['ontime', ...files, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).totals).toMatchObject({ dossiers: 2, early: 2 });
  });

  it('reads the day the result was handed over where the export left the ready day empty', async () => {
    const dir = tmp();
    const file = join(dir, 'hai-cot.csv');
    writeFileSync(
      file,
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả,Ngày trả kết quả\n' +
        'HS-1,2.000815,12/03/2026 09:00,12/03/2026 10:00,13/03/2026 10:00\n' +
        'HS-2,2.000815,12/03/2026 09:00,,12/03/2026 11:00\n',
    );
    const result = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).totals).toMatchObject({ dossiers: 2, finished: 2 });
  });

  it('counts same-day and month limits as the law says: the vendor appointments are the due moments counted by hand', async () => {
    // test/fixtures/ontime-units: "trong ngày" with a 15:00 cutoff (QT-CT-02) and without (QT-CT-03), "1 tháng" (QT-MT-02).
    // Same day: the close (17:00) of the working day of receipt, or of the next working day when received after the cutoff
    // or on a day off. Month (Civil Code Art. 147–148): the corresponding day of the next month, the month's last day when
    // there is none, moved to the next working day when it is a day off.
    const units = 'test/fixtures/ontime-units';
    const result = await runCli([
      'ontime',
      `${units}/ho-so.csv`,
      '--catalog',
      `${units}/catalog`,
      '--as-of',
      '2026-09-10 09:00',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    // HS-S1 Thu 12/03 14:00 → Thu 12/03 17:00, finished 16:00: on time (a wrong next-day due would call it early).
    // HS-S2 Thu 12/03 15:30, after the cutoff → Fri 13/03 17:00, finished 10:00: on time (ignoring the cutoff, late).
    // HS-M1 Fri 30/01 → no 30/02, so Sat 28/02, a day off → Mon 02/03 17:00, finished 16:00: on time.
    expect(report.totals).toMatchObject({
      dossiers: 5,
      finished: 4,
      early: 0,
      on_time: 3,
      late: 1,
      open_overdue: 1,
      vendorDisagreements: 0,
    });
    const due = Object.fromEntries(report.dossiers.map((d: { id: string; due: string }) => [d.id, d.due]));
    // HS-S3 Thu 30/04 (holiday, online), no cutoff → Fri 01/05 off, weekend → Mon 04/05 17:00; finished Tue 05/05
    // 08:00, late by the half hour the office was open after it.
    expect(due['HS-S3']).toBe('2026-05-04T17:00');
    // HS-M2 Fri 31/07 → Mon 31/08, off for National Day (29/08 – 02/09) → Thu 03/09 17:00.
    expect(due['HS-M2']).toBe('2026-09-03T17:00');
  });

  it('writes JSON with exact figures', async () => {
    const result = await runCli(['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.as_of).toBe('2026-05-08T09:00');
    expect(report.totals).toMatchObject({
      dossiers: 11,
      finished: 9,
      early: 3,
      on_time: 3,
      late: 3,
      open_in_time: 1,
      open_overdue: 1,
      rate: 0.6667,
    });
    expect(report.bad_rows.count).toBe(4);
    expect(report.dossiers.find((d: { id: string }) => d.id === 'HS-D')).toMatchObject({
      due: '2026-03-02T09:00',
      vendorDue: '2026-02-26T09:00',
      vendorDisagrees: true,
      pausedHours: 16,
    });
  });

  it('writes Markdown', async () => {
    const result = await runCli([
      'ontime',
      CSV,
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--format',
      'markdown',
      '--lang',
      'vi',
    ]);
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('golden/ontime-vi.md');
  });

  it('gives the average time saved in the same words in every format and every row of its column', async () => {
    // 2026-05 saves -4 hours, half a day: it was "-0,5 ngày (-4 giờ)" beside "1,25 giờ" in the rows above it.
    const run = async (format: string) => {
      const out = join(tmp(), `ontime.${format}`);
      const args = ['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi', '--format', format, '-o', out];
      const result = await runCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Dòng không đo được: 4\n');
      return readFileSync(out, 'utf8');
    };
    // The text and Markdown say it to the minute, as the rest of procmap says working time, the sign in words.
    const text = await run('text');
    expect(text).toContain(
      '\n  01/2026: 2 · đã giải quyết 2 · tỷ lệ đúng hạn 100% · quá hạn 0 · đang giải quyết, quá hạn 0 · sớm 1 giờ 15 phút làm việc\n',
    );
    expect(text).toContain(
      '\n  05/2026: 2 · đã giải quyết 1 · tỷ lệ đúng hạn 0% · quá hạn 1 · đang giải quyết, quá hạn 0 · vượt 4 giờ làm việc\n',
    );
    expect(text).toContain('\nThời gian rút ngắn trung bình so với thời hạn: sớm 40 phút làm việc\n');
    const markdown = await run('markdown');
    // Its statuses add up to its dossiers: the late one and the one still in time.
    expect(markdown).toContain('\n| 05/2026 | 2 | 1 | 0 | 0 | 1 | 1 | 0 | 0 | 0% | vượt 4 giờ làm việc |\n');
    const html = await run('html');
    // On the page a negative saving is said as the overrun it is, in the text report's words (it said "vượt 0,5 giờ").
    expect(html).toContain(
      '<td class="num over" data-label="Tỷ lệ đúng hạn">0%</td><td class="num over" data-label="Thời gian rút ngắn trung bình so với thời hạn">vượt 4 giờ làm việc</td></tr>',
    );
    // The card above the tables to the minute, as the text's summary line (it said "0,67 giờ").
    expect(html).toContain(
      '<div class="value">40 phút làm việc</div>Thời gian rút ngắn trung bình so với thời hạn</div>',
    );
    // Every row of every grouping: the cell after the rate to the minute, never in days nor in decimal hours.
    const words = [
      ...[...text.matchAll(/ · đang giải quyết, quá hạn \d+ · (.*)\n/g)],
      ...[...markdown.matchAll(/ \| [\d,]+% \| (.*) \|\n/g)],
    ].map((match) => match[1]);
    const cells = [...html.matchAll(/%<\/td><td class="num[^"]*" data-label="[^"]*">([^<]*)<\/td><\/tr>/g)].map(
      (match) => match[1],
    );
    expect(words.length).toBeGreaterThan(20);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of words) expect(cell).toMatch(/^(sớm|vượt) (\d+ giờ (\d+ phút )?làm việc|\d+ phút làm việc)$/);
    for (const cell of [...words, ...cells])
      expect(cell).toMatch(/^((sớm|vượt) )?(\d+ giờ (\d+ phút )?làm việc|\d+ phút làm việc)$/);
  });

  it('gates CI with --fail-under', async () => {
    const below = await runCli(['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--fail-under', '70%']);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain('procmap: tỷ lệ đúng hạn 66,67% thấp hơn --fail-under 70,00%\n');
    const english = await runCli([
      'ontime',
      CSV,
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--fail-under',
      '70%',
      '--lang',
      'en',
    ]);
    expect(english.stderr).toContain('procmap: on-time rate 66.67% is below --fail-under 70.00%\n');
    expect((await runCli(['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--fail-under', '0.6'])).code).toBe(0);
    // 66.666…% is below 66.67%: said with the decimals that show it, not "66.67% is below 66.67%".
    const close = await runCli([
      'ontime',
      CSV,
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--fail-under',
      '66.67',
      '--lang',
      'en',
    ]);
    expect(close.code).toBe(1);
    expect(close.stderr).toContain('procmap: on-time rate 66.667% is below --fail-under 66.67%\n');
    const bad = await runCli(['ontime', CSV, '--catalog', CATALOG, '--fail-under', 'most', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('procmap: --fail-under takes an on-time rate such as 95% or 0.95, not "most"\n');
  });

  it('reads a JSON export through a column mapping, pauses as a list', async () => {
    const result = await runCli([
      'ontime',
      'test/fixtures/ontime/ho-so.json',
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--map',
      'test/fixtures/ontime/map.yaml',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals).toMatchObject({ dossiers: 2, early: 1, late: 1 });
    expect(report.bad_rows.listed).toEqual([
      { file: 'test/fixtures/ontime/ho-so.json', row: 6, reason: 'bad-received', value: 'not a date' },
    ]);
    expect(result.stderr).toContain('ho-so.json:6: received date "not a date" is not a date');
  });

  it('refuses a key written twice in the object that holds the dossiers, at its line and column', async () => {
    // trung-truong-wrapper.json: "total" on line 2 and again on line 7, after the list of dossiers.
    const file = 'test/fixtures/ontime/trung-truong-wrapper.json';
    const args = ['ontime', file, '--catalog', CATALOG, ...AS_OF, '--map', 'test/fixtures/ontime/map.yaml'];
    const vi = await runCli([...args, '--lang', 'vi', '--format', 'json']);
    expect(beforeNoReport(vi.stderr)).toBe(
      `${file}:7:3: Trường "total" bị lặp; mỗi trường chỉ ghi một lần trong một đối tượng: hãy giữ giá trị đúng và xóa giá trị kia\n`,
    );
    expect(vi.code).toBe(1);
    // The file is refused whole, as for a dossier's key written twice: no report of none of its dossiers is written.
    expect(vi.stdout).toBe('');
  });

  it('refuses a JSON dossier with a key written twice, at its line and column, rather than keep the last', async () => {
    // trung-truong.json: dossier J-2 gives "ngayTiepNhan" twice, the second on line 6 after "ngayCoKetQua".
    const file = 'test/fixtures/ontime/trung-truong.json';
    const args = ['ontime', file, '--catalog', CATALOG, ...AS_OF, '--map', 'test/fixtures/ontime/map.yaml'];
    const en = await runCli([...args, '--lang', 'en']);
    expect(beforeNoReport(en.stderr)).toBe(
      `${file}:6:47: Duplicate key "ngayTiepNhan"; a key may appear once in an object: keep the right value and delete the other\n`,
    );
    expect(en.code).toBe(1);
    const vi = await runCli([...args, '--lang', 'vi']);
    expect(beforeNoReport(vi.stderr)).toBe(
      `${file}:6:47: Trường "ngayTiepNhan" bị lặp; mỗi trường chỉ ghi một lần trong một đối tượng: hãy giữ giá trị đúng và xóa giá trị kia\n`,
    );
  });

  it('reads a column mapping saved as UTF-16 and refuses one in Windows-1258, missing or a folder, saying why', async () => {
    const measure = (map: string) =>
      runCli(['ontime', 'test/fixtures/ontime/ho-so.json', '--catalog', CATALOG, ...AS_OF, '--map', map, '-f', 'json']);
    const utf8 = await measure('test/fixtures/ontime/map.yaml');
    const utf16 = await measure('test/fixtures/ontime/map.utf16.yaml');
    expect(utf16.code).toBe(0);
    expect(utf16.stdout).toBe(utf8.stdout);
    expect(await measure('test/fixtures/ontime/map.windows-1258.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Bảng ghép cột không hợp lệ:\ntest/fixtures/ontime/map.windows-1258.yaml:3:16: Tệp không phải UTF-8 hợp lệ (byte 0xDE); hãy lưu lại dạng UTF-8 (tệp Windows-1258 hoặc TCVN3 phải được chuyển mã)\n',
    });
    expect(await measure('test/fixtures/ontime/no-such-map.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Không đọc được bảng ghép cột "test/fixtures/ontime/no-such-map.yaml": Không có tệp hay thư mục này\n',
    });
    const folder = await runCli(['ontime', CSV, '--catalog', CATALOG, '--map', CATALOG, '--lang', 'en']);
    expect(folder).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Cannot read column mapping "test/fixtures/ontime/catalog": Is a folder\n',
    });
  });

  it('refuses a column mapping that maps nothing, empty or comments alone, in both languages', async () => {
    // It was read as no mapping: the run went on and then said to map the columns with --map, which the officer had.
    const dir = mkdtempSync(join(tmpdir(), 'procmap-ontime-map-'));
    writeFileSync(join(dir, 'empty.yaml'), '');
    writeFileSync(join(dir, 'comments.yaml'), '# received: Ngày nhận\n');
    const measure = (map: string, lang: string) =>
      runCli(['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--map', join(dir, map), '--lang', lang]);
    expect(await measure('empty.yaml', 'en')).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: ${dir}/empty.yaml: the file maps nothing; write the mapping as field: column header pairs, e.g. "received: Ngày nhận"\n`,
    });
    expect(await measure('comments.yaml', 'vi')).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: ${dir}/comments.yaml: tệp không ghép trường nào; hãy ghi bảng ghép theo từng cặp trường: tiêu đề cột, ví dụ "received: Ngày nhận"\n`,
    });
  });

  it('reads every field of a JSON export, whichever record has it first, whatever the order of the records', async () => {
    // Vendor APIs leave out empty fields: the first record, still in progress, has no result date; the others have.
    const totals = [];
    for (const file of ['sparse.json', 'sparse-reordered.jsonl']) {
      const result = await runCli([
        'ontime',
        `test/fixtures/ontime/${file}`,
        '--catalog',
        CATALOG,
        '--as-of',
        '2026-03-31 17:00',
        '--map',
        'test/fixtures/ontime/map.yaml',
        '--format',
        'json',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      totals.push(JSON.parse(result.stdout).totals);
    }
    expect(totals[0]).toMatchObject({ dossiers: 3, finished: 2, early: 2, open_overdue: 1 });
    expect(totals[1]).toEqual(totals[0]);
  });

  it('reads a workbook whose header is two rows, cells merged down and group headings across', async () => {
    const file = 'test/fixtures/ontime/two-row-header.xlsx';
    const result = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals).toMatchObject({ dossiers: 1, finished: 1 });
    expect(report.not_settled).toBe(1);
    expect(report.by_agency.map((g: { key: string }) => g.key)).toEqual(['UBND phường Kinh Bắc']);
  });

  it('reads common variants of the date headers', async () => {
    const file = 'test/fixtures/ontime/header-variants.csv';
    const result = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).totals).toMatchObject({ dossiers: 1, finished: 1, early: 1 });
    for (const header of ['Ngày kết thúc xử lý', 'Thời gian có kết quả', 'Ngày có kết quả giải quyết', 'Ngày trả KQ'])
      expect(planColumns(['Mã TTHC', 'Ngày nhận', header]).fields.finished, header).toBe(2);
    expect(planColumns(['Mã TTHC', 'Ngày tiếp nhận (dd/mm/yyyy hh:mm)']).fields.received).toBe(1);
  });

  it('names once a date column it does not read when the file has no result date', async () => {
    const file = 'test/fixtures/ontime/unread-date.csv';
    const args = ['ontime', file, '--catalog', CATALOG, ...AS_OF];
    // No report on the terminal (JSON has no words): the note is said on stderr.
    const en = await runCli([...args, '--lang', 'en', '-f', 'json']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(
      `${file}: no column of the result's date, and the column "Ngày xong" is not read; if it holds that date, map it with --map (finished: Ngày xong)\n`,
    );
    // The report on the terminal carries the note among its notes: said once there, not again on stderr.
    const vi = await runCli([...args, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain(
      `\n${file}: không có cột ngày có kết quả, và cột "Ngày xong" không được đọc; nếu đó là ngày có kết quả, chỉ ra bằng --map (finished: Ngày xong)\n`,
    );
  });

  it('says which columns a file lacks and exits 1', async () => {
    const dir = tmp();
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'Số,Tên\n1,a\n');
    const result = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /export\.csv: no column "Mã thủ tục" and "Ngày tiếp nhận"; name the column so, or map it with --map/,
    );
  });

  it("says where a dossier file is broken, in the run's language, and exits 1", async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'broken.json'), '[{"Mã thủ tục": "1.001193"\n');
    writeFileSync(join(dir, 'broken.csv'), 'Mã thủ tục,Ngày tiếp nhận\n"1.001193,13/02/2026 09:00\n');
    const files = [join(dir, 'broken.json'), join(dir, 'broken.csv')];
    const vi = await runCli(['ontime', ...files, '--catalog', CATALOG, ...AS_OF]);
    expect(vi.code).toBe(1);
    expect(beforeNoReport(vi.stderr)).toBe(
      `${files[0]}:2:1: tệp có vẻ bị cắt cụt: tệp kết thúc khi còn 2 danh sách và đối tượng chưa đóng (thiếu }]); hãy xuất lại tệp\n${files[1]}:2: dấu ngoặc kép mở ở dòng 2 không bao giờ đóng\n`,
    );
    const en = await runCli(['ontime', ...files, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(beforeNoReport(en.stderr)).toBe(
      `${files[0]}:2:1: the file seems cut short: it ends with 2 lists and objects still open (}] missing); export the file again\n${files[1]}:2: a quote opened on line 2 never closes\n`,
    );
  });

  it('refuses a CSV saved in Windows-1258 and says to save it as UTF-8, rather than reading its statuses wrong', async () => {
    // "Rút hồ sơ" and "Đã trả kết quả" in Windows-1258: read as UTF-8 they are no statuses, and both dossiers read open.
    const file = 'test/fixtures/ontime/windows-1258.csv';
    const en = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(beforeNoReport(en.stderr)).toBe(
      `${file}: not UTF-8 text: in Excel, save it as "CSV UTF-8 (Comma delimited)"\n`,
    );
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    const vi = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(beforeNoReport(vi.stderr)).toBe(
      `${file}: không phải văn bản UTF-8: trong Excel, hãy lưu thành "CSV UTF-8 (Comma delimited)"\n`,
    );
    expect(vi.code).toBe(1);
  });

  it('lists a CSV row longer than any dossier among the rows not measured, and measures the others', async () => {
    const file = join(tmp(), 'ho-so.csv');
    writeFileSync(
      file,
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả,Ghi chú\n' +
        `H-1,1.000894,02/03/2026 09:00,03/03/2026 09:00,"${'x'.repeat(1_200_000)}"\n` +
        'H-2,1.000894,02/03/2026 09:00,03/03/2026 09:00,\n',
    );
    const en = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.stderr).toBe(
      `${file}:2: the row is longer than 1,000,000 characters, more than any dossier holds: passed over unread\nRows not measured: 1\n`,
    );
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Finished: 1 (early 1, on time 0, late 0)\n');
    const vi = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.stderr).toBe(
      `${file}:2: dòng dài hơn 1.000.000 ký tự, dài hơn mọi hồ sơ: bỏ qua, không đọc\nDòng không đo được: 1\n`,
    );
    expect(vi.code).toBe(0);
  });

  // The too-long row is a row under the header: "only the header, no dossier" said before it contradicted it.
  it('says of a file whose only row is too long that row, not that the file has no dossier', async () => {
    const file = join(tmp(), 'ho-so.csv');
    writeFileSync(
      file,
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả,Ghi chú\n' +
        `H-1,1.000894,02/03/2026 09:00,03/03/2026 09:00,"${'x'.repeat(1_200_000)}"\n`,
    );
    const vi = await runCli(['ontime', file, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.stderr).toBe(
      `${file}:2: dòng dài hơn 1.000.000 ký tự, dài hơn mọi hồ sơ: bỏ qua, không đọc\nDòng không đo được: 1\n` +
        'procmap: không đo được dòng nào\n',
    );
    expect(vi.code).toBe(1);
  });

  it('refuses bad usage with exit 2 and no stack trace', async () => {
    // In the officers' language unless told otherwise, like every other message.
    const missing = await runCli(['ontime', 'nope.csv', '--catalog', CATALOG]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('procmap: Tệp hồ sơ "nope.csv" không tồn tại\n');
    const english = await runCli(['ontime', 'nope.csv', '--catalog', CATALOG, '--lang', 'en']);
    expect(english.stderr).toBe('procmap: Dossier file "nope.csv" does not exist\n');
    const xlsx = await runCli(['ontime', CSV, '--catalog', CATALOG, '--format', 'xlsx']);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toBe(
      'procmap: --format xlsx ghi ra một sổ tính: hãy đặt tên bằng --output, ví dụ --output ontime.xlsx\n',
    );
    const map = await runCli(['ontime', CSV, '--catalog', CATALOG, '--map', CSV]);
    expect(map.code).toBe(2);
    const asOf = await runCli(['ontime', CSV, '--catalog', CATALOG, '--as-of', 'last week']);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toBe(
      'procmap: --as-of cần một ngày giờ có thật, ví dụ "13/02/2026 09:00", "2026-02-13 09:00", 2026-02-13T09:00 hoặc "9 giờ 00 phút, thứ Sáu, ngày 13/02/2026", hoặc chỉ ngày (13/02/2026), không phải "last week"\n',
    );
    const noSuchDay = await runCli(['ontime', CSV, '--catalog', CATALOG, '--as-of', '30/02/2026 17:00']);
    expect(noSuchDay).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: --as-of: "30/02/2026" không phải là ngày: tháng 2 năm 2026 có 28 ngày\n',
    });
  });

  it('refuses an XLSX export whose shared texts would unpack past 256 MiB before reading it, and points to CSV', async () => {
    // 257 MiB of one repeated text deflate to a few hundred kilobytes; exceljs would hold them all in memory.
    const dir = tmp();
    const input = join(dir, 'ho-so.xlsx');
    const chunk = Buffer.from('<si><t>Nguyễn Văn A</t></si>'.repeat(32_768));
    const texts = { chunk, times: Math.ceil((257 * 1024 * 1024) / chunk.length) };
    writeFileSync(input, zipOf([{ name: 'xl/sharedStrings.xml', data: texts }]));
    const result = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF]);
    expect(beforeNoReport(result.stderr)).toBe(
      `${input}: xl/sharedStrings.xml lớn hơn mức procmap đọc (256 MiB); hãy xuất hồ sơ ra tệp CSV, procmap đọc tệp CSV từng phần, đến 5.000.000 dòng\n`,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  it('says in words that a file named .xlsx is no workbook, without the zip reader’s byte signature', async () => {
    const input = join(tmp(), 'ho-so.xlsx');
    writeFileSync(input, 'not a zip');
    const result = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF]);
    expect(beforeNoReport(result.stderr)).toBe(
      `${input}: không phải sổ tính Excel (.xlsx) procmap đọc được: tệp không phải gói nén như tệp .xlsx (bị hỏng, tải chưa hết, hoặc là loại tệp khác bị đổi đuôi). Tệp .xls cũ: hãy lưu thành .xlsx hoặc CSV UTF-8 trước\n`,
    );
    expect(result.code).toBe(1);
  });

  it('reads a register of merged cells: a two-row header, and a procedure code merged down over its dossiers', async () => {
    const input = join(tmp(), 'so-theo-doi.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sổ');
    sheet.addRow(['SỔ THEO DÕI HỒ SƠ']);
    sheet.addRow(['STT', 'Số hồ sơ', 'Mã thủ tục', 'Thời gian', '', 'Trạng thái']);
    sheet.addRow(['', '', '', 'Ngày tiếp nhận', 'Ngày có kết quả', '']);
    sheet.addRow([1, 'H-1', '1.000894', '02/03/2026 09:00', '03/03/2026 09:00', 'Đã trả kết quả']);
    sheet.addRow([2, 'H-2', '', '02/03/2026 09:00', '12/03/2026 09:00', 'Đã trả kết quả']);
    sheet.addRow([3, 'H-3', '', '02/03/2026 09:00', '03/03/2026 09:00', 'Đã trả kết quả']);
    for (const range of ['A1:F1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'C4:C6']) sheet.mergeCells(range);
    await book.xlsx.writeFile(input);
    const result = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals).toMatchObject({ dossiers: 3, finished: 3, early: 2, late: 1 });
    expect(report.by_procedure.map((g: { key: string }) => g.key)).toEqual(['QT-HT-02']);
  });

  it('says a file is empty, in words, rather than naming columns it lacks or the zip reader’s "FILE_ENDED"', async () => {
    const dir = tmp();
    const files = ['ho-so.xlsx', 'ho-so.csv', 'ho-so.json', 'chi-bom.csv', 'danh-sach.json'].map((name) =>
      join(dir, name),
    );
    for (const file of files.slice(0, 3)) writeFileSync(file, '');
    writeFileSync(files[3]!, '\uFEFF\n\n');
    writeFileSync(files[4]!, '[]\n');
    const en = await runCli(['ontime', ...files, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(beforeNoReport(en.stderr)).toBe(
      files.map((file) => `${file}: the file is empty: it holds no dossiers\n`).join(''),
    );
    expect(en.code).toBe(1);
    const vi = await runCli(['ontime', ...files, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(beforeNoReport(vi.stderr)).toBe(files.map((file) => `${file}: tệp trống, không có hồ sơ nào\n`).join(''));
    expect(vi.code).toBe(1);
  });

  it('says where dossiers were looked for, and which shapes are read, when a JSON file that is not empty holds none', async () => {
    const dir = 'test/fixtures/ontime/no-dossier';
    const files = ['object-in-data.json', 'list-of-lists.json', 'lists.jsonl', 'nested-deep.json'].map((name) =>
      join(dir, name),
    );
    const shapesVi =
      'procmap đọc hồ sơ là các đối tượng trong một danh sách, [{…}, {…}], trong một danh sách nằm trong một đối tượng, {"data": [{…}, {…}]}, hoặc mỗi dòng một đối tượng (JSON Lines, .jsonl)';
    const vi = await runCli(['ontime', ...files, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(beforeNoReport(vi.stderr)).toBe(
      [
        `${files[0]}:1: không thấy hồ sơ nào: không thấy danh sách hồ sơ ở ngoài cùng của tệp hay ngay trong đối tượng ngoài cùng; ${shapesVi}`,
        `${files[1]}:2: không thấy hồ sơ nào: danh sách chứa các giá trị khác, không phải các đối tượng hồ sơ {…}; ${shapesVi}`,
        `${files[2]}:1: không thấy hồ sơ nào: không dòng nào là một đối tượng hồ sơ; ${shapesVi}`,
        `${files[3]}:1:65: danh sách và đối tượng lồng nhau sâu quá 64 mức ở đây mà không có hồ sơ nào: ${shapesVi}`,
        '',
      ].join('\n'),
    );
    expect(vi.code).toBe(1);
    const en = await runCli(['ontime', files[0]!, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(en.stderr).toContain(
      `${files[0]}:1: no dossier found: no list of dossiers was found at the top of the file or directly inside its top object; procmap reads the dossiers as objects in a list, [{…}, {…}], in a list inside an object, {"data": [{…}, {…}]}, or one object per line (JSON Lines, .jsonl)\n`,
    );
    expect(en.stderr).not.toContain('empty');
    expect(en.code).toBe(1);
  });

  it('says a file with its header and no dossier under it holds none, and exits 1, in CSV, XLSX and with a title', async () => {
    const dir = tmp();
    const csv = join(dir, 'ho-so.csv');
    writeFileSync(csv, 'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\n\n');
    const titled = join(dir, 'bao-cao.csv');
    writeFileSync(titled, 'BÁO CÁO HỒ SƠ THÁNG 5\n\nSố hồ sơ,Mã thủ tục,Ngày tiếp nhận\nTổng cộng: 0\n');
    const xlsx = join(dir, 'ho-so.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Hồ sơ').addRow(['Mã thủ tục', 'Ngày tiếp nhận']);
    await book.xlsx.writeFile(xlsx);
    const files = [csv, titled, xlsx];
    const en = await runCli(['ontime', ...files, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(beforeNoReport(en.stderr)).toBe(
      files.map((file) => `${file}: the file has its header but no dossier under it\n`).join(''),
    );
    expect(en.code).toBe(1);
    const vi = await runCli(['ontime', csv, CSV, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(beforeNoReport(vi.stderr)).toMatch(
      new RegExp(`^${csv}: tệp chỉ có dòng tiêu đề, không có hồ sơ nào bên dưới\n`),
    );
    // A report of the other file alone would read as the whole period: none is written.
    expect(vi.stdout).toBe('');
    expect(vi.code).toBe(1);
  });

  it('says a workbook cut off is no complete workbook, not "FILE_ENDED"', async () => {
    const dir = tmp();
    const whole = join(dir, 'whole.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Hồ sơ').addRow(['Mã thủ tục', 'Ngày tiếp nhận']);
    await book.xlsx.writeFile(whole);
    const input = join(dir, 'ho-so.xlsx');
    writeFileSync(input, readFileSync(whole).subarray(0, 900));
    const result = await runCli(['ontime', input, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect(beforeNoReport(result.stderr)).toBe(
      `${input}: not an Excel workbook (.xlsx) procmap can read: the file is not the zip package an .xlsx is (damaged, cut off, or another kind of file renamed). An old .xls file: save it as .xlsx or CSV UTF-8 first\n`,
    );
    expect(result.code).toBe(1);
  });

  it('reads an XLSX export (dates as spreadsheet dates) and writes an XLSX report', async () => {
    const dir = tmp();
    const input = join(dir, 'ho-so.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hồ sơ');
    sheet.addRow(['Số hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']);
    sheet.addRow([
      'HS-A1',
      '2.000815',
      new Date(Date.UTC(2026, 1, 13, 14, 0)),
      new Date(Date.UTC(2026, 1, 23, 14, 0)),
      new Date(Date.UTC(2026, 1, 23, 10, 0)),
    ]);
    sheet.addRow([
      'HS-B',
      { richText: [{ text: '2.000' }, { text: '815' }] },
      '13/02/2026 15:30',
      '23/02/2026',
      '24/02/2026 08:00',
    ]);
    sheet.addRow(['HS-X', '2.000815', 'hôm qua', null, null]);
    sheet.getColumn(3).numFmt = 'dd/mm/yyyy hh:mm';
    sheet.getColumn(4).numFmt = 'dd/mm/yyyy hh:mm';
    sheet.getColumn(5).numFmt = 'dd/mm/yyyy hh:mm';
    await book.xlsx.writeFile(input);
    const output = join(dir, 'out', 'report.xlsx');
    const result = await runCli([
      'ontime',
      input,
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--format',
      'xlsx',
      '--output',
      output,
      '--lang',
      'en',
    ]);
    expect(result.stderr).toContain('ho-so.xlsx:4: received date "hôm qua" is not a date');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(output);
    expect(report.worksheets.map((ws) => ws.name)).toEqual([
      'Summary',
      'Procedures',
      'Fields',
      'Agencies',
      'Levels',
      'Months',
      'Slowest steps',
      'All dossiers',
      'Late and disputed dossiers',
      'Rows not measured',
    ]);
    const summary = report.getWorksheet('Summary')!;
    expect(summary.getCell('B4').value).toBe(3);
    expect(summary.getCell('B5').value).toBe(0.5);
    expect(report.getWorksheet('Rows not measured')!.getCell('B2').value).toBe(4);
    expect(report.getWorksheet('Procedures')!.getRow(2).values).toEqual([
      undefined,
      'QT-CT-01',
      'Chứng thực bản sao từ bản chính',
      2,
      2,
      0,
      1,
      1,
      0,
      0,
      0,
      0.5,
      1,
      7,
      0,
    ]);
    // Each late dossier's own working time, not an average, after its pauses as an export writes them.
    expect(report.getWorksheet('Late and disputed dossiers')!.getCell('K1').value).toBe('Pauses');
    expect(report.getWorksheet('Late and disputed dossiers')!.getCell('M1').value).toBe('Working time used (h)');
  });

  it('writes dates as Excel dates, a vendor date given alone without a time, and heads and filters every table', async () => {
    const output = join(tmp(), 'ontime.xlsx');
    const result = await runCli(['ontime', CSV, '--catalog', CATALOG, ...AS_OF, '--format', 'xlsx', '-o', output]);
    expect(result.code).toBe(0);
    const report = new ExcelJS.Workbook();
    await report.xlsx.readFile(output);
    const at = (text: string) => new Date(`${text}Z`);
    const summary = report.getWorksheet('Tổng hợp')!;
    expect([summary.getCell('B2').value, summary.getCell('B2').numFmt]).toEqual([
      at('2026-05-08T09:00'),
      'dd/mm/yyyy hh:mm',
    ]);
    // The text report's heading, shortened to a sheet name, and a column saying why each dossier is listed.
    const listed = report.getWorksheet('Hồ sơ quá hạn, lệch ngày hẹn')!;
    const headers = (listed.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(4, 10)).toEqual([
      'Trạng thái',
      'Lý do liệt kê',
      'Tiếp nhận',
      'Hạn theo quy định',
      'Hẹn trả (phần mềm)',
      'Có kết quả',
    ]);
    const dossier = (id: string) => {
      const row = [...Array(listed.rowCount).keys()]
        .map((i) => listed.getRow(i + 1))
        .find((r) => r.getCell(3).value === id)!;
      return [6, 7, 8, 9, 10].map((c) => [row.getCell(c).value, row.getCell(c).numFmt ?? null]);
    };
    // HS-B: late, the vendor's appointment "23/02/2026" a date alone, shown as one (not 23/02/2026 00:00).
    expect(dossier('HS-B')).toEqual([
      ['quá hạn', null],
      [at('2026-02-13T15:30'), 'dd/mm/yyyy hh:mm'],
      [at('2026-02-23T17:00'), 'dd/mm/yyyy hh:mm'],
      [at('2026-02-23T00:00'), 'dd/mm/yyyy'],
      [at('2026-02-24T08:00'), 'dd/mm/yyyy hh:mm'],
    ]);
    // HS-D: early, listed for the vendor's appointment that differs from procmap's.
    expect(dossier('HS-D')[0]).toEqual(['lệch ngày hẹn', null]);
    expect(report.getWorksheet('Bước chậm')!.getCell('C1').value).toBe('Tên bước');
    for (const sheet of report.worksheets.slice(1)) {
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
      expect(sheet.getRow(1).alignment, sheet.name).toMatchObject({ wrapText: true });
      // In the body's font: a heading font that names none is a serif in LibreOffice.
      expect(sheet.getRow(1).getCell(1).font, sheet.name).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    }
    // Printed as the catalog workbook is: A4 landscape, one page wide, the header row on every page.
    for (const sheet of report.worksheets)
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
    // "đang giải quyết, còn hạn" does not fit a column 14 wide on one line: the header row is taller than one.
    const procedures = report.getWorksheet('Thủ tục')!;
    expect(procedures.getCell('H1').value).toBe('đang giải quyết, còn hạn');
    expect(procedures.getRow(1).height).toBeGreaterThanOrEqual(30);
  });

  it('writes an HTML report with HTML charts, atomically into the output', async () => {
    const dir = tmp();
    const output = join(dir, 'ontime.html');
    const result = await runCli([
      'ontime',
      CSV,
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--format',
      'html',
      '-o',
      output,
      '--lang',
      'vi',
    ]);
    expect(result.code).toBe(0);
    const page = readFileSync(output, 'utf8');
    expect(page).toContain('<ul class="bars"');
    expect(page).not.toContain('<svg');
    expect(page).toContain('Tỷ lệ đúng hạn theo tháng');
    expect(page).toContain('66,67%');
    expect(existsSync(`${output}.tmp`)).toBe(false);
  });
});

describe('procmap ontime on days off not announced yet', () => {
  const YEAR_END = 'test/fixtures/ontime/year-end';
  const run = (file: string, format: string, lang: 'en' | 'vi' = 'en') =>
    runCli([
      'ontime',
      `${YEAR_END}/${file}`,
      '--catalog',
      `${YEAR_END}/catalog`,
      '--as-of',
      '2026-12-28 10:00',
      '--format',
      format,
      '--lang',
      lang,
    ]);

  it('says that a due moment rests on the Labour Code days off of a year not announced, in every format', async () => {
    // Received Thursday 24/12/2026, 45 calendar days: due Monday 08/02/2027, on the 2027 Tết procmap computes.
    const en = await run('ho-so-2026-12.csv', 'text');
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).toContain(
      '\nNote: no announced days off for 2027 yet; those holidays follow the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3)) and may change when the government announces them (procmap calendar 2027); once the government’s notice is out, copy its days off into the calendar of procmap.config.yaml and name the notice under calendar: announced: 2027: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md).\n',
    );
    const vi = await run('ho-so-2026-12.csv', 'text', 'vi');
    expect(vi.stdout).toContain(
      '\nLưu ý: chưa có lịch nghỉ được công bố cho năm 2027; ngày nghỉ tính theo Bộ luật Lao động 2019 (ngày lễ, tết: khoản 1 Điều 112; nghỉ bù: khoản 3 Điều 111)',
    );
    const json = JSON.parse((await run('ho-so-2026-12.csv', 'json')).stdout) as Record<string, unknown>;
    expect([json.holiday_rule_years, json.holiday_provisional_years]).toEqual([[2027], []]);
    expect((await run('ho-so-2026-12.csv', 'markdown')).stdout).toContain(
      '\n> Note: no announced days off for 2027 yet',
    );
  });

  it('says nothing of the kind when every due moment is in an announced year', async () => {
    const en = await run('ho-so-2026-03.csv', 'text');
    expect([en.code, en.stderr]).toEqual([0, '']);
    expect(en.stdout).not.toContain('Note:');
    const json = JSON.parse((await run('ho-so-2026-03.csv', 'json')).stdout) as Record<string, unknown>;
    expect(json.holiday_rule_years).toEqual([]);
  });

  it('says that a dossier of a procedure whose file has errors is not measured, and which file to fix', async () => {
    const dir = 'test/fixtures/ontime/broken-file';
    const catalog = `${dir}/catalog`;
    const file = `${catalog}/ket-hon.yaml`;
    const csv = `${dir}/ho-so.csv`;
    const en = await runCli(['ontime', csv, '--catalog', catalog, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Dossiers: 1\n');
    // By the code and by the id (in another case) written in the file the schema refused; a code nowhere stays unknown.
    expect(en.stderr).toBe(
      [
        file,
        '  16:5  error  Missing required property "name"; add it, e.g. name: Tiếp nhận hồ sơ  schema',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        `${csv}:3: procedure "1.000894" is not measured: its file ${file} has errors; fix them (procmap lint ${file})`,
        `${csv}:4: procedure "qt-ht-02" is not measured: its file ${file} has errors; fix them (procmap lint ${file})`,
        `${csv}:5: procedure "9.999999" is not in the catalog (by code or id)`,
        'Rows not measured: 3',
        '',
      ].join('\n'),
    );
    const vi = await runCli(['ontime', csv, '--catalog', catalog, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('Hồ sơ: 1\n');
    expect(vi.stderr).toContain(
      `${csv}:3: thủ tục "1.000894" không được đo: tệp ${file} của thủ tục có lỗi; hãy sửa các lỗi đó (procmap lint ${file})\n`,
    );
    expect(vi.stderr).toContain(`${csv}:5: thủ tục "9.999999" không có trong bộ quy trình (theo mã hoặc id)\n`);
  });

  it('says to fix the files of a catalog whose every procedure file has errors, not to name another catalog', async () => {
    const catalog = 'test/fixtures/ontime/all-broken/catalog';
    const file = `${catalog}/ket-hon.yaml`;
    const csv = 'test/fixtures/ontime/broken-file/ho-so.csv';
    const en = await runCli(['ontime', csv, '--catalog', catalog, ...AS_OF, '--lang', 'en']);
    expect(en).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        file,
        '  16:5  error  Missing required property "name"; add it, e.g. name: Tiếp nhận hồ sơ  schema',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        `procmap: No procedure in "${catalog}" can be measured: its procedure files have the errors above; fix them (procmap lint ${catalog}) and run again`,
        '',
      ].join('\n'),
    });
    const vi = await runCli(['ontime', csv, '--catalog', catalog, ...AS_OF]);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(
      `procmap: Không đo được theo quy trình nào trong "${catalog}": các tệp quy trình ở đó có lỗi nêu trên; hãy sửa các lỗi đó (procmap lint ${catalog}) rồi chạy lại\n`,
    );
  });

  it('names the file of a dossier’s procedure whose YAML does not parse, by the code its text writes, and where it broke', async () => {
    const dir = 'test/fixtures/ontime/unread-file';
    const catalog = `${dir}/catalog`;
    const file = `${catalog}/ket-hon.yaml`;
    const csv = `${dir}/ho-so.csv`;
    const en = await runCli(['ontime', csv, '--catalog', catalog, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Dossiers: 1\n');
    // By `code: "1.000894"` and `id: QT-HT-02` (in another case) as the file writes them; a code nowhere stays unknown.
    expect(en.stderr).toBe(
      [
        file,
        '  16:25  error  This quote (") is never closed: close it at the end of the value, or remove it  parse',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        `${csv}:3: procedure "1.000894" is not measured: its file ${file} could not be read (a YAML error at line 16, column 25); fix it (procmap lint ${file})`,
        `${csv}:4: procedure "qt-ht-02" is not measured: its file ${file} could not be read (a YAML error at line 16, column 25); fix it (procmap lint ${file})`,
        `${csv}:5: procedure "9.999999" is not in the catalog (by code or id)`,
        'Rows not measured: 3',
        '',
      ].join('\n'),
    );
    const vi = await runCli(['ontime', csv, '--catalog', catalog, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(
      `${csv}:3: thủ tục "1.000894" không được đo: không đọc được tệp ${file} của thủ tục (lỗi viết YAML ở dòng 16, cột 25); hãy sửa tệp (procmap lint ${file})\n`,
    );
    const json = await runCli(['ontime', csv, '--catalog', catalog, ...AS_OF, '--format', 'json']);
    const [first] = (JSON.parse(json.stdout) as { bad_rows: { listed: unknown[] } }).bad_rows.listed;
    expect(first).toEqual({
      file: csv,
      row: 3,
      reason: 'unread-procedure',
      value: '1.000894',
      procedureFile: file,
      procedureError: { line: 16, column: 25 },
    });
  });
});
