import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unmarked } from '../helpers/inert.js';
import { runCli } from '../helpers/run-cli.js';
import { ontimeReportFile } from '../helpers/ontime-report-file.js';

// test/fixtures/ontime/status-codes.csv: Chứng thực (1 working day) received Mon 02/03/2026 09:00, its statuses written
// as the numeric codes of one-stop software ("1", "4", "10"), whose meanings differ from vendor to vendor and which no
// source procmap is built from explains. C-1, C-3 and C-4 have no result's date: read open (overdue by 31/03), as a
// row with no status is. Before, the codes were passed over without a word, and a code meaning "withdrawn" or "paused"
// read overdue with nothing to tell the officer.
const CATALOG = 'test/fixtures/ontime/catalog';
const FILE = 'test/fixtures/ontime/status-codes.csv';
const AS_OF = ['--as-of', '31/03/2026 17:00'];
const VI_NOTE = `${FILE}: cột "Trạng thái" ghi trạng thái bằng mã số (1: 2 hồ sơ; 4: 1 hồ sơ; 10: 1 hồ sơ), procmap không đọc được: mỗi phần mềm một cửa đánh mã một khác, và procmap không có nguồn nào cho biết nghĩa của các mã này. Các hồ sơ đó được đo theo ngày tháng như khi không có trạng thái: không có ngày có kết quả thì tính là đang giải quyết, kể cả khi mã đó có nghĩa là đã rút, bị từ chối hay đang tạm dừng chờ bổ sung. Hãy xuất trạng thái bằng chữ ("Đã trả kết quả", "Chờ bổ sung hồ sơ", "Đã rút hồ sơ"), hoặc, nếu tài liệu của phần mềm cho biết nghĩa của mã, ghép mã với chữ bằng --map hay \`ontime:\` trong procmap.config.yaml (statuses: { "1": "…" }, với chữ mà tài liệu ghi cho mã 1)`;
const EN_NOTE = `${FILE}: the column "Trạng thái" writes statuses as numeric codes (1: 2 dossiers; 4: 1 dossier; 10: 1 dossier), which procmap does not read: each one-stop software numbers them its own way, and no source procmap has says what they mean. Those dossiers are measured by their dates as if they had no status: without a result's date they count as open, even if the code means withdrawn, refused or paused for additions. Export the statuses in words ("Đã trả kết quả", "Chờ bổ sung hồ sơ", "Đã rút hồ sơ"), or, where the software's manual says what a code means, map the code to words with --map or \`ontime:\` in procmap.config.yaml (statuses: { "1": "…" }, with the words the manual gives for code 1)`;

describe('procmap ontime, statuses written as numeric codes', () => {
  it('names the codes it does not read, once for the file, with their counts and what to export instead', async () => {
    const vi = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    // The report on the terminal carries the note among its notes: said once there, not again on stderr.
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain(`\n\n${VI_NOTE}\n`);
    expect(vi.stdout.split('mã số')).toHaveLength(2);
    // Measured by their dates: the codes change nothing in the counts (C-2 due Tue 03/03 09:00, settled 08:00 that day).
    expect(vi.stdout).toContain('Đang giải quyết: 3 (còn hạn 0, quá hạn 3, tạm dừng chờ bổ sung 0)\n');
    const en = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--lang', 'en', '--format', 'json']);
    expect(en.code).toBe(0);
    // JSON on stdout has no words: the note is said on stderr.
    expect(en.stderr).toBe(`${EN_NOTE}\n`);
    expect(JSON.parse(en.stdout).totals).toMatchObject({ dossiers: 5, early: 1, on_time: 1, open_overdue: 3 });
  });

  it("puts the note in every report file, in the report's language, as well as on stderr", async () => {
    // Before, the note went to stderr alone: a report read later (Markdown, HTML, a workbook, JSON) counted C-3's
    // code 10, "withdrawn" in some vendors' lists, as an open overdue dossier with nothing to say why.
    const dir = mkdtempSync(join(tmpdir(), 'status-notes-'));
    const write = async (format: string, lang: string) => {
      const { run, output } = await ontimeReportFile(dir, [FILE, '--catalog', CATALOG, ...AS_OF], format, lang);
      expect([run.code, run.stdout, run.stderr]).toEqual([0, '', `${lang === 'vi' ? VI_NOTE : EN_NOTE}\n`]);
      return output;
    };
    const markdown = readFileSync(await write('markdown', 'vi'), 'utf8');
    // Markdown escapes its markup: the backquotes around ontime: are written \`.
    expect(markdown).toContain(`\n> ${VI_NOTE.replaceAll('`', '\\`')}\n`);
    const en = readFileSync(await write('markdown', 'en'), 'utf8');
    expect(en).toContain('writes statuses as numeric codes (1: 2 dossiers; 4: 1 dossier; 10: 1 dossier)');
    const page = unmarked(readFileSync(await write('html', 'vi'), 'utf8'));
    // The page names an export by its file name, as its rows do, never the folders it was read from.
    const named = VI_NOTE.replace(FILE, 'status-codes.csv');
    expect(page).toContain(`<p class="note">${named.replaceAll('"', '&quot;')}</p>`);
    const text = readFileSync(await write('text', 'en'), 'utf8');
    expect(text).toContain(`\n\n${EN_NOTE}\n`);
    const json = JSON.parse(readFileSync(await write('json', 'en'), 'utf8'));
    expect(json.status_codes).toEqual([
      {
        file: FILE,
        column: 'Trạng thái',
        codes: [
          { code: '1', rows: 2 },
          { code: '4', rows: 1 },
          { code: '10', rows: 1 },
        ],
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await write('xlsx', 'vi'));
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => cells.push(row.getCell(1).value));
    expect(cells).toContain(VI_NOTE);
  });

  it('says the note on stderr when no report is printed, another file being refused', async () => {
    // The terminal's report carries the note; with no report (an empty second file refuses the run), it was said nowhere.
    const dir = mkdtempSync(join(tmpdir(), 'status-notes-'));
    const empty = join(dir, 'trong.csv');
    writeFileSync(empty, '');
    const run = await runCli(['ontime', FILE, empty, '--catalog', CATALOG, ...AS_OF, '--lang', 'en']);
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toContain(`${EN_NOTE}\n`);
  });

  it('reads the codes an officer maps to words (--map statuses), and names only the others', async () => {
    // status-codes-map.yaml: "4" is "Đã trả kết quả", 10 "Đã rút hồ sơ". C-3 (10) is withdrawn: counted apart, out of
    // the rate and of the overdue; C-1 and C-4 (1, not mapped) stay open and overdue, and are named.
    const map = 'test/fixtures/ontime/status-codes-map.yaml';
    const run = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--map', map, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${FILE}: cột "Trạng thái" ghi trạng thái bằng mã số (1: 2 hồ sơ), procmap không đọc được:`,
    );
    const report = JSON.parse(run.stdout);
    expect(report.totals).toMatchObject({ dossiers: 4, early: 1, on_time: 1, open_overdue: 2 });
    expect(report.not_settled).toBe(1);
  });

  it('refuses a mapping of statuses that is not code: words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'status-map-'));
    const map = join(dir, 'map.yaml');
    writeFileSync(map, 'statuses:\n  "4": [Đã trả kết quả]\n');
    const run = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--map', map, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('status "4" takes the words the status stands for, e.g. "4: Đã trả kết quả"');
  });

  it('reads a code written with a leading zero as the code, and refuses a status in words as a key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'status-map-'));
    const zeros = join(dir, 'zeros.yaml');
    // "04" and "010" are the codes 4 and 10, as a spreadsheet keeps the number 4.
    writeFileSync(zeros, 'statuses:\n  "04": Đã trả kết quả\n  "010": Đã rút hồ sơ\n');
    const run = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--map', zeros, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).not_settled).toBe(1);
    const words = join(dir, 'words.yaml');
    writeFileSync(words, 'statuses:\n  Hoàn tất: Đã trả kết quả\n');
    const refused = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--map', words]);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain(
      '"statuses" ghép các mã trạng thái bằng số ("4", "10"), mà "Hoàn tất" không phải mã số; trạng thái ghi bằng chữ thì được đọc như đã ghi',
    );
  });

  it('refuses one code written twice ("4" and "04"), naming both lines: the later words won without a word', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'status-map-'));
    const map = join(dir, 'map.yaml');
    writeFileSync(map, 'statuses:\n  "4": Đã trả kết quả\n  "04": Đã rút hồ sơ\n');
    const run = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--map', map, '--lang', 'en']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `procmap: ${map}:3:3: "04" is the status code 4, as "4" on line 2 is; write each code once, with the words it stands for\n`,
    );
    const vi = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--map', map]);
    expect(vi.stderr).toBe(
      `procmap: ${map}:3:3: "04" là mã trạng thái 4, như "4" ở dòng 2; hãy ghi mỗi mã một lần, với chữ mà mã đó thay cho\n`,
    );
  });

  it('names the line and column of each refused entry of a --map file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'status-map-'));
    const cases: [string, string][] = [
      ['statuses:\n  "4": Đã trả kết quả\n  __proto__: Đã rút hồ sơ\n', ':3:3: "statuses" maps numeric status codes'],
      ['columns:\n  received: Ngày tiếp nhận\n  finishd: Ngày có kết quả\n', ':3:3: "finishd" is not a dossier field'],
      ['received: Ngày tiếp nhận\nstatuses:\n  "4": [x]\n', ':3:3: status "4" takes the words'],
      ['steps:\n  verify: 3\n', ':2:3: step "verify" takes the header'],
    ];
    for (const [index, [text, said]] of cases.entries()) {
      const map = join(dir, `map-${index}.yaml`);
      writeFileSync(map, text);
      const run = await runCli(['ontime', FILE, '--catalog', CATALOG, ...AS_OF, '--map', map, '--lang', 'en']);
      expect([run.code, run.stdout], text).toEqual([2, '']);
      expect(run.stderr, text).toContain(`procmap: ${map}${said}`);
    }
  });

  it('says nothing of statuses written in words', async () => {
    const run = await runCli(['ontime', 'test/fixtures/ontime/statuses.csv', '--catalog', CATALOG, ...AS_OF]);
    expect(run.stderr).not.toContain('mã số');
  });
});

describe('procmap ontime, a flat column mapping with a statuses section', () => {
  it('reads the fields written beside "statuses" as columns, not dropping them', async () => {
    // mapping-beside-statuses.yaml: "finished: Xong" and "status: TT" written flat, then "statuses:". Before, the
    // statuses section made the file read as the nested form, the flat fields were dropped, and A1 read open.
    const dir = 'test/fixtures/ontime';
    const run = await runCli([
      'ontime',
      `${dir}/status-codes-own-headers.csv`,
      '--catalog',
      CATALOG,
      ...AS_OF,
      '--map',
      `${dir}/mapping-beside-statuses.yaml`,
      '--format',
      'json',
    ]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout).totals).toMatchObject({ dossiers: 1, early: 1, open_overdue: 0 });
  });
});
