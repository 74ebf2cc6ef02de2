import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { zipOf } from '../helpers/zip.js';

const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-import-'));

/** `procmap import` in English, the language these reports are written in. */
const importEn = (args: string[], options?: Parameters<typeof runCli>[1]) =>
  runCli(['import', '--lang', 'en', ...args], options);

/** The report with the fixture folder (as shown from the repository root) written as `F/`, to keep lines short. */
const report = (stdout: string) => stdout.split('test/interchange/fixtures/').join('F/');

describe('procmap import: a national record', () => {
  it('writes a procedure that lints, with draft steps and every unused field kept in a note', async () => {
    const out = fresh();
    const run = await importEn([fixture('khai-sinh.json'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report(run.stdout)).toBe(
      `imported     ${out}/1.001193.yaml  ← F/khai-sinh.json: record 1 (1.001193)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        '               effective date set to the newest legal basis, 15/11/2015: write the date the procedure takes effect, or use --effective\n' +
        '               6 fields procmap has no place for kept in the note\n' +
        '1 imported, 0 skipped\n',
    );
    const text = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    await expect(text).toMatchFileSnapshot('golden/1.001193.yaml');
    const lint = await runCli(['lint', out]);
    expect(lint.code).toBe(0);
    expect(lint.stdout.match(/draft-steps/g)).toHaveLength(3);
  });

  it("reads a same-day limit written in the count's field, with the cutoff its description names, per channel", async () => {
    // In person "Ngay trong ngày" (no unit), "sau 15 giờ" in the description; online 1 working day.
    const out = fresh();
    const run = await importEn([fixture('trong-ngay.json'), '-o', out, '--effective', '2026-01-01']);
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    // A limit in words alone keeps its capital, as a sentence is written (a number's unit is folded: "15 ngày làm việc").
    expect(text).toContain('time_limit: Ngay trong ngày\n');
    expect(text).toContain('  - kind: online\n    time_limit: 1 ngày làm việc\n');
    expect(text).toContain('cutoff: "15:00"\n');
    expect(text.match(/time_limit/g)).toHaveLength(2);
  });

  it('leaves out a unit that repeats the limit written in the count, and takes one that says which days', async () => {
    // "Ngay trong ngày" "Ngày", "Trong ngày" "Ngày làm việc", "03 ngày làm việc" "Ngày làm việc", "05 ngày làm việc"
    // "Ngày": the unit says again what the count says; "02 ngày" "Ngày làm việc": the unit says the days are working ones.
    const out = fresh();
    const run = await importEn([fixture('record-unit-repeats.json'), '-o', out, '--effective', '2026-01-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('not a duration');
    const sameDay = readFileSync(join(out, '1.000001.yaml'), 'utf8');
    expect(sameDay).toContain('time_limit: Ngay trong ngày\n');
    expect(sameDay).toContain('cutoff: "15:00"\n');
    // The online "Trong ngày" is the procedure's same day in other words: not written again.
    expect(sameDay).toContain('  - kind: online\n  - kind: postal\n    time_limit: 3 ngày làm việc\n');
    const days = readFileSync(join(out, '1.000002.yaml'), 'utf8');
    expect(days).toContain('time_limit: 03 ngày làm việc\n');
    expect(days).toContain('  - kind: online\n    time_limit: 02 ngày làm việc\n');
    expect(days).toContain('  - kind: postal\n    time_limit: 05 ngày làm việc\n');
    expect(days).not.toContain('note:');
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it("refuses a record whose limit it cannot read, never filling it with another way's limit", async () => {
    // In person "Ngay trong ngày" "Giờ" (postal 3 days), in person "Theo quy định" (online 3 days), online "3 ngày
    // lịch" "Ngày làm việc" (two different times).
    const out = fresh();
    const run = await importEn([fixture('record-limit-unread.json'), '-o', out, '--effective', '2026-01-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const advice =
      'and the limit of another way is no substitute: write it in THOIGIANGIAIQUYET and DONVITINH, like "15" "Ngày làm việc", or "Trong ngày"';
    const sameDay =
      'and the limit of another way is no substitute: write it in THOIGIANGIAIQUYET with DONVITINH empty, like "Trong ngày", or "Trong ngày (nếu tiếp nhận trước 15 giờ)" when a dossier received later is due the next working day; or a number and its unit in DONVITINH, like "15" "Ngày làm việc"';
    expect(report(run.stdout)).toBe(
      // A same-day text is told the same-day form first.
      `skipped      F/record-limit-unread.json: record 1 (1.000003): KENH 1 (trực tiếp): time limit "Ngay trong ngày Giờ" is not one procmap reads, ${sameDay}\n` +
        `skipped      F/record-limit-unread.json: record 2 (1.000004): KENH 1 (trực tiếp): time limit "Theo quy định" is not one procmap reads, ${advice}\n` +
        `skipped      F/record-limit-unread.json: record 3 (1.000005): KENH 2 (trực tuyến): time limit "3 ngày lịch Ngày làm việc" is not one procmap reads, ${advice}\n` +
        '0 imported, 3 skipped\n',
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const vi = await runCli(['import', fixture('record-limit-unread.json'), '-o', out, '--effective', '2026-01-01']);
    expect(vi.code).toBe(1);
    expect(report(vi.stdout)).toContain(
      'bỏ qua       F/record-limit-unread.json: bản ghi 1 (1.000003): KENH 1 (trực tiếp): thời hạn "Ngay trong ngày Giờ" không phải thời hạn procmap đọc được, và không thể lấy thời hạn của cách khác thay vào: hãy ghi vào THOIGIANGIAIQUYET và để trống DONVITINH, như "Trong ngày", hoặc "Trong ngày (nếu tiếp nhận trước 15 giờ)" nếu hồ sơ nhận sau giờ đó trả vào ngày làm việc tiếp theo; hoặc số và đơn vị ở DONVITINH, như "15" "Ngày làm việc"\n',
    );
  });

  it('refuses a record whose in-person way gives no limit while another way gives one', async () => {
    const dir = fresh();
    const record = {
      MATTHC: '1.000006',
      TENTTHC: 'Thủ tục thử',
      CACHTHUCTHUCHIEN: [
        { KENH: 1, THOIGIAN: [{ THOIGIANGIAIQUYET: '0', DONVITINH: '', MOTA: 'Không quy định' }] },
        { KENH: 3, THOIGIAN: [{ THOIGIANGIAIQUYET: '3', DONVITINH: 'Ngày làm việc' }] },
      ],
    };
    writeFileSync(join(dir, 'r.json'), JSON.stringify(record));
    const run = await importEn(['r.json', '-o', 'out', '--effective', '2026-01-01'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'skipped      r.json: record 1 (1.000006): the in-person way of filing (KENH 1) gives no time limit procmap can read, and the limit of another way is no substitute: write it in THOIGIANGIAIQUYET and DONVITINH, like "15" "Ngày làm việc", or "Trong ngày"\n' +
        '0 imported, 1 skipped\n',
    );
    const vi = await runCli(['import', 'r.json', '-o', 'out', '--effective', '2026-01-01'], { cwd: dir });
    expect(vi.stdout).toContain('cách nộp trực tiếp (KENH 1) không có thời hạn giải quyết procmap đọc được');
  });

  it('writes each fee with its amount and unit, a fee of 0 as free, and keeps the fee keys it does not print', async () => {
    const out = fresh();
    const run = await importEn([fixture('record-fees.json'), '-o', out, '--effective', '2026-01-01']);
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, '1.000894.yaml'), 'utf8');
    // A 0 is news: the name of the fee alone would read as charged.
    expect(text).toContain('  - kind: in_person\n    fee: "Lệ phí đăng ký kết hôn: Miễn phí"\n');
    expect(text).toContain('\nfee: "Lệ phí đăng ký kết hôn: Miễn phí"\n');
    // A description that says it is free says it all; the unit per time and person reaches the text.
    expect(text).toContain(
      '    fee: "Miễn lệ phí đối với người có công; Phí cấp bản sao trích lục: 200.000 đồng/lần/người"\n',
    );
    // An amount grouped by thousands is read as one, in its unit.
    expect(text).toContain('    fee: "Lệ phí: 50.000 USD"\n');
    expect(text).toContain('#   CACHTHUCTHUCHIEN[0].THOIGIAN[0].PHILEPHI[0].MAPHILEPHI: LP1\n');
    expect(text).toContain('#   CACHTHUCTHUCHIEN[1].THOIGIAN[0].PHILEPHI[1].MAPHILEPHI: P2\n');
    expect(text).not.toContain('DONVI');
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it('writes one channel per way of filing whose limits differ by case, the other case in brackets, and says so', async () => {
    // KENH 1 and 2 each give 10 working days as a rule and 15 when the record must be verified.
    const out = fresh();
    const run = await importEn([fixture('record-cases.json'), '-o', out, '--effective', '2026-01-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "               KENH 1 (trực tiếp): 2 time limits by case, written as one channel: the usual case's limit, the others in brackets after it; check it\n",
    );
    expect(run.stdout).toContain('               KENH 2 (trực tuyến): 2 time limits by case');
    const text = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(text).toContain(
      'time_limit: "10 ngày làm việc (Trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích: 15 ngày làm việc)"\n' +
        'channels:\n' +
        '  - kind: in_person\n' +
        '    fee: "Phí: 200.000 đồng"\n' +
        '    note: Trường hợp thông thường\n' +
        '  - kind: online\n' +
        '    time_limit: "10 ngày làm việc (Trường hợp phải xác minh: 15 ngày làm việc)"\n' +
        '    fee: "Miễn phí đối với trẻ em; Phí: 100.000 đồng"\n' +
        '    note: Trường hợp thông thường\n' +
        'bodies:\n',
    );
    const lint = await runCli(['lint', out]);
    expect(lint.code).toBe(0);
    // Nothing but the draft steps to write: the limit with its case in brackets reads as a limit.
    expect(lint.stdout.match(/draft-steps/g)).toHaveLength(3);
    expect(lint.stdout).toContain('(0 lỗi, 3 cảnh báo)');
  });

  it('gives the same file again on a re-run, and never overwrites a changed one without --force', async () => {
    const out = fresh();
    await importEn([fixture('khai-sinh.json'), '-o', out, '--effective', '01/07/2025']);
    const first = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(first).toContain('effective: 2025-07-01');
    const importAgain = (...more: string[]) =>
      importEn([fixture('khai-sinh.json'), '-o', out, '--effective', '2025-07-01', ...more]);
    const again = await importAgain();
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^unchanged {4}/);
    expect(again.stdout).toMatch(/0 imported, 1 unchanged, 0 skipped\n$/);
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toBe(first);

    // A value the record carries, edited: the import would put the record's back, and says so.
    const edited = first.replace('result: Giấy khai sinh (bản chính)', 'result: Giấy khai sinh');
    writeFileSync(join(out, '1.001193.yaml'), edited);
    const refused = await importAgain();
    expect(refused.code).toBe(1);
    expect(report(refused.stdout)).toContain(
      `skipped      F/khai-sinh.json: record 1 (1.001193): ${out}/1.001193.yaml already exists and differs; use --force to overwrite it\n` +
        '               would change: result: Giấy khai sinh → Giấy khai sinh (bản chính)\n',
    );
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toBe(edited);

    const forced = await importAgain('--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^overwritten  /);
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8')).toBe(first);
  });

  it('reports per record what it imported and what it skipped, and why', async () => {
    const out = fresh();
    const run = await importEn([fixture('records.json'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = report(run.stdout).split('\n');
    expect(lines).toContain(`imported     ${out}/1.000656.yaml  ← F/records.json: record 1 (1.000656)`);
    expect(lines).toContain('skipped      F/records.json: record 2 (1.000001): the record has no title (TENTTHC)');
    expect(lines).toContain(
      'skipped      F/records.json: record 3 (2.000002): the record gives no time limit procmap can read (CACHTHUCTHUCHIEN[].THOIGIAN[])',
    );
    expect(lines).toContain(
      'skipped      F/records.json: record 4 (3.000003): no effective date: give one with --effective YYYY-MM-DD',
    );
    expect(lines.at(-2)).toBe('1 imported, 3 skipped');
    const text = readFileSync(join(out, '1.000656.yaml'), 'utf8');
    // The second case of the sequence and the unknown channel are kept in the note, never dropped.
    expect(text).toContain(
      '#   TRINHTUTHUCHIEN Nộp trực tuyến: Nộp hồ sơ trên Cổng Dịch vụ công / Nhận kết quả qua bưu chính\n',
    );
    expect(text).toContain('#   TRINHTUTHUCHIEN Nộp trực tiếp: written as the steps\n');
    expect(text).toContain('#   CACHTHUCTHUCHIEN[1] KENH 4 THOIGIAN[0]: 2 Ngày làm việc; Qua ứng dụng di động\n');
    expect(text).toContain('field: Hộ tịch\n');
    expect(text).toContain('  - id: s1\n    name: Nộp hồ sơ\n');
    expect(readdirSync(out)).toEqual(['1.000656.yaml']);
  });

  it('says where a JSON file is broken, and writes nothing', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'broken.json'), '{\n  "MATTHC": "1.1",\n  "TENTTHC": \n}\n');
    const run = await importEn(['broken.json', '-o', 'out'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'procmap: broken.json:4:1: not valid JSON: a value is missing here: write one, e.g. "" or null\n',
    );
    expect(run.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // In the officers' language, as every other command speaks by default.
    const vi = await runCli(['import', 'broken.json', '-o', 'out'], { cwd: dir });
    expect(vi.stderr).toBe(
      'procmap: broken.json:4:1: không phải JSON hợp lệ: thiếu giá trị ở đây: hãy ghi một giá trị, ví dụ "" hoặc null\n',
    );
    expect(vi.stdout).toBe('đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n');
  });

  it('imports what it can read beside files it cannot, and counts those in the summary', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'broken.json'), '{');
    writeFileSync(join(dir, 'fake.xlsx'), 'not a zip');
    const run = await importEn(['broken.json', fixture('khai-sinh.json'), 'fake.xlsx', '-o', 'out'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 imported, 0 skipped, 2 files unreadable');
    expect(readdirSync(join(dir, 'out'))).toEqual(['1.001193.yaml']);
  });

  it('reports in Vietnamese unless told otherwise', async () => {
    const out = fresh();
    const run = await runCli(['import', fixture('khai-sinh.json'), '-o', out]);
    expect(run.code).toBe(0);
    expect(report(run.stdout)).toBe(
      `đã nhập      ${out}/1.001193.yaml  ← F/khai-sinh.json: bản ghi 1 (1.001193)\n` +
        '               3 bước nháp từ trình tự thực hiện: hãy ghi đơn vị và thời gian của từng bước\n' +
        '               ngày hiệu lực lấy theo căn cứ pháp lý mới nhất, 15/11/2015: hãy ghi ngày quy trình có hiệu lực, hoặc dùng --effective\n' +
        '               6 trường procmap không có chỗ ghi được giữ trong ghi chú\n' +
        'đã nhập 1, bỏ qua 0\n',
    );
    const twice = await runCli(['import', fixture('khai-sinh.json'), fixture('khai-sinh.json'), '-o', fresh()]);
    expect(twice.stdout).toContain(
      'bỏ qua       F/khai-sinh.json: bản ghi 1 (1.001193): trùng mã hiệu "1.001193" với F/khai-sinh.json: bản ghi 1 (1.001193)\n'.replaceAll(
        'F/',
        'test/interchange/fixtures/',
      ),
    );
  });
});

/**
 * A CSV catalog of one procedure per row, codes 1.000001 on, effective 01/07/2025, with the columns `columns` and
 * each row's cells for them, imported: the run, each file's text, and each file's value of a key as written.
 */
async function importCatalog(columns: string, rows: string[]) {
  const out = fresh();
  const csv = join(out, 'danh-muc.csv');
  const lines = rows.map((cells, i) => `1.00000${i + 1},Thủ tục ${i + 1},01/07/2025,${cells}`);
  writeFileSync(csv, `Mã TTHC,Tên thủ tục,Ngày hiệu lực,${columns}\n${lines.join('\n')}\n`);
  const run = await importEn([csv, '-o', out]);
  const texts = rows.map((_, i) => readFileSync(join(out, `1.00000${i + 1}.yaml`), 'utf8'));
  const values = (key: string) => texts.map((text) => new RegExp(`\\n${key}: (.*)\\n`).exec(text)?.[1]);
  return { run, texts, values };
}

describe('procmap import: catalogs and step tables', () => {
  it('splits a limit per way of filing as lint --fix does: one in time_limit, the others in the channels', async () => {
    const { run, texts } = await importCatalog('Thời hạn giải quyết,Cách thức thực hiện', [
      '"Trực tiếp: 30 ngày lịch; Trực tuyến: 25 ngày lịch",',
      '"05 ngày làm việc; trực tuyến: 04 ngày làm việc","Trực tiếp; Trực tuyến; Bưu chính"',
      '"Trực tiếp: 05 ngày làm việc\nTrực tuyến: 04 ngày làm việc",Trực tiếp: 03 ngày làm việc',
    ]);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('skipped      ');
    expect(texts[0]).toContain(
      'time_limit: 30 ngày lịch\nchannels:\n  - kind: in_person\n  - kind: online\n    time_limit: 25 ngày lịch\n',
    );
    // Merged with the ways the channels cell names, in its order.
    expect(texts[1]).toContain(
      'time_limit: 05 ngày làm việc\nchannels:\n  - kind: in_person\n  - kind: online\n    time_limit: 04 ngày làm việc\n  - kind: postal\n',
    );
    // A channels cell that says another limit for a way is kept in the note: the limit's own line wins.
    expect(texts[2]).toContain(
      'time_limit: 05 ngày làm việc\nchannels:\n  - kind: in_person\n  - kind: online\n    time_limit: 04 ngày làm việc\n',
    );
    expect(texts[2]).toContain('#   Cách thức thực hiện: Trực tiếp: 03 ngày làm việc\n');
  });

  it('reads a date cell that lost its format as the date Excel counts, 45839 as 01/07/2025', async () => {
    const { run, values } = await importCatalog('Thời hạn giải quyết,Ngày ban hành', [
      '05 ngày làm việc,45828',
      '05 ngày làm việc,2025-06-20',
      '05 ngày làm việc,123',
    ]);
    expect(run.code).toBe(0);
    expect(values('issued')).toEqual(['2025-06-20', '2025-06-20', undefined]);
    const out = fresh();
    const csv = join(out, 'danh-muc.csv');
    writeFileSync(
      csv,
      'Mã TTHC,Tên thủ tục,Ngày hiệu lực,Thời hạn giải quyết\n1.000001,Thủ tục 1,45839,05 ngày làm việc\n',
    );
    expect((await importEn([csv, '-o', out])).code).toBe(0);
    expect(readFileSync(join(out, '1.000001.yaml'), 'utf8')).toContain('effective: 2025-07-01\n');
  });

  it('routes "→ bước 3" to the step numbered 3 in a table with sub-steps, not to its third row', async () => {
    const workbook = new ExcelJS.Workbook();
    const rows: Record<string, string[][]> = {
      '1.001193': [
        ['1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ'],
        ['2', 'Thẩm định hồ sơ', 'Phòng chuyên môn', '1 ngày làm việc'],
        ['2.1', 'Xác minh thực tế\nĐạt → bước 3; Không đạt → bước 4', 'Phòng chuyên môn', '1 ngày làm việc'],
        ['3', 'Trả kết quả\nKết thúc quy trình', 'Bộ phận Một cửa', '4 giờ'],
        ['4', 'Thông báo từ chối', 'Bộ phận Một cửa', '4 giờ'],
      ],
      '1.000894': [['B1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ']],
    };
    Object.entries(rows).forEach(([code, steps], i) => {
      const sheet = workbook.addWorksheet(`QT${i + 1}`);
      sheet.addRow([`Quy trình ${i + 1}: Thủ tục ${i + 1} (Mã TTHC: ${code})`]);
      sheet.mergeCells('A1:D1');
      sheet.addRow(['Thời hạn giải quyết: 05 ngày làm việc']);
      sheet.mergeCells('A2:D2');
      sheet.addRow(['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian']);
      for (const step of steps) sheet.addRow(step);
    });
    const dir = fresh();
    await workbook.xlsx.writeFile(join(dir, 'annex.xlsx'));
    const run = await importEn([join(dir, 'annex.xlsx'), '-o', join(dir, 'out'), '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Numbered after their TT cells: the steps numbered 3 and 4 are the fourth and fifth rows (the third was "bước 3"
    // before).
    expect(readFileSync(join(dir, 'out', '1.001193.yaml'), 'utf8')).toMatch(
      /- id: B2\.1\n {4}name: Xác minh thực tế\n(?: {4}.*\n)*? {4}next:\n {6}Đạt: B3\n {6}Không đạt: B4\n/,
    );
  });

  it("reads a workbook of one procedure under its heading, as one of an annex's sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Quy trình');
    // Labelled without a number, as a workbook of one procedure is.
    sheet.addRow(['Quy trình: Đăng ký khai sinh (Mã TTHC: 1.001193)']);
    sheet.mergeCells('A1:D1');
    sheet.addRow(['Thời hạn giải quyết: 01 ngày làm việc']);
    sheet.mergeCells('A2:D2');
    sheet.addRow(['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian']);
    sheet.addRow(['B1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ']);
    sheet.addRow(['B2', 'Trả kết quả', 'Bộ phận Một cửa', '2 giờ']);
    const dir = fresh();
    await workbook.xlsx.writeFile(join(dir, 'quy-trinh.xlsx'));
    const run = await importEn([join(dir, 'quy-trinh.xlsx'), '-o', join(dir, 'out'), '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'out', '1.001193.yaml'), 'utf8');
    expect(text).toContain('time_limit: 01 ngày làm việc\n');
    expect(text.match(/^ {2}- id: /gm)).toHaveLength(2);
  });

  it('reads an annex kept as a sheet per procedure, its heading and limit above the header', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const [n, title, code, limit] of [
      [1, 'Đăng ký khai sinh', '1.001193', '01 ngày làm việc'],
      [2, 'Đăng ký kết hôn', '1.000894', '05 ngày làm việc'],
    ] as const) {
      const sheet = workbook.addWorksheet(`QT${n}`);
      sheet.addRow([`Quy trình ${n}: ${title} (Mã TTHC: ${code})`]);
      sheet.mergeCells('A1:D1');
      sheet.addRow([`Thời hạn giải quyết: ${limit}`]);
      sheet.mergeCells('A2:D2');
      sheet.addRow(['Bước', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian']);
      sheet.addRow(['B1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ']);
      sheet.addRow(['B2', 'Trả kết quả', 'Bộ phận Một cửa', '2 giờ']);
    }
    const dir = fresh();
    await workbook.xlsx.writeFile(join(dir, 'annex.xlsx'));
    const run = await importEn([join(dir, 'annex.xlsx'), '-o', join(dir, 'out'), '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const marriage = readFileSync(join(dir, 'out', '1.000894.yaml'), 'utf8');
    expect(marriage).toContain('title: Đăng ký kết hôn\n');
    expect(marriage).toContain('time_limit: 05 ngày làm việc\n');
    expect(marriage.match(/^ {2}- id: /gm)).toHaveLength(2);
    expect(readFileSync(join(dir, 'out', '1.001193.yaml'), 'utf8')).toContain('time_limit: 01 ngày làm việc\n');
  });

  it('reads the ways of filing named in a catalog cell, with their own limits, and keeps another cell in the note', async () => {
    const dir = fresh();
    writeFileSync(
      join(dir, 'danh-muc.csv'),
      'Mã TTHC,Tên thủ tục hành chính,Thời hạn giải quyết,Hình thức nộp hồ sơ\n' +
        '1.001193,Đăng ký khai sinh,Trong ngày,"Trực tiếp; Trực tuyến; Qua dịch vụ bưu chính công ích"\n' +
        '1.000894,Đăng ký kết hôn,05 ngày làm việc,"Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc"\n' +
        '2.000635,Cấp bản sao trích lục,03 ngày làm việc,Nộp qua Zalo\n',
    );
    const run = await importEn([join(dir, 'danh-muc.csv'), '-o', join(dir, 'out'), '--effective', '2025-07-01']);
    expect(run.code).toBe(0);
    const read = (code: string) => readFileSync(join(dir, 'out', `${code}.yaml`), 'utf8');
    expect(read('1.001193')).toContain('channels:\n  - kind: in_person\n  - kind: online\n  - kind: postal\n');
    expect(read('1.000894')).toContain(
      'channels:\n  - kind: in_person\n    time_limit: 05 ngày làm việc\n  - kind: online\n    time_limit: 04 ngày làm việc\n',
    );
    expect(read('2.000635')).not.toContain('channels:');
    expect(read('2.000635')).toContain('#   Cách thức thực hiện: Nộp qua Zalo\n');
    expect((await runCli(['lint', join(dir, 'out')])).stdout).not.toMatch(/ (?:lỗi|error) /);
  });

  it('splits an annex of internal processes laid out on one sheet into its procedures, as a CSV file too', async () => {
    const out = fresh();
    const run = await importEn([fixture('quy-trinh-noi-bo.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report(run.stdout)).toBe(
      `imported     ${out}/1.001193.yaml  ← F/quy-trinh-noi-bo.xlsx (1.001193)\n` +
        '               1 value procmap has no field for kept in the note\n' +
        '               effective date set to the date of decision 1234/QĐ-UBND, 15/07/2025: write the date the procedure takes effect, or use --effective\n' +
        `imported     ${out}/1.000894.yaml  ← F/quy-trinh-noi-bo.xlsx (1.000894)\n` +
        // The row as Excel numbers it: headings and totals between the steps keep their rows.
        '               F/quy-trinh-noi-bo.xlsx: sheet "Quy trình nội bộ" row 16: time "theo yêu cầu" is not a duration procmap reads; the step is a draft\n' +
        "               1 of 4 steps are drafts: write each one's body and duration\n" +
        '               effective date set to the date of decision 1234/QĐ-UBND, 15/07/2025: write the date the procedure takes effect, or use --effective\n' +
        '2 imported, 0 skipped\n',
    );
    const birth = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    for (const line of [
      'title: Đăng ký khai sinh\n',
      'level: commune\n',
      'field: Hộ tịch\n',
      'time_limit: 01 ngày làm việc\n',
      'effective: 2025-07-15\n',
      '  - id: B4\n    name: Trả kết quả\n    body: BPMC\n    duration: 1 giờ\n    outputs:\n      - Giấy khai sinh\n',
    ])
      expect(birth).toContain(line);
    const marriage = readFileSync(join(out, '1.000894.yaml'), 'utf8');
    expect(marriage).toContain('time_limit: 05 ngày làm việc\n');
    expect(marriage.match(/^ {2}- id: /gm)).toHaveLength(4);
    expect((await runCli(['lint', out, '--format', 'json'])).code).toBe(0);

    // The same sheet saved as CSV: the same procedures, each row named by its line.
    const csvOut = fresh();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fixture('quy-trinh-noi-bo.xlsx'));
    const csv = join(fresh(), 'quy-trinh-noi-bo.csv');
    await workbook.csv.writeFile(csv);
    const fromCsv = await importEn([csv, '-o', csvOut, '--effective', '2025-07-15']);
    expect(fromCsv.code).toBe(0);
    expect(readdirSync(csvOut).sort()).toEqual(['1.000894.yaml', '1.001193.yaml']);
    expect(fromCsv.stdout).toContain('quy-trinh-noi-bo.csv: row 16: time "theo yêu cầu"');
  });

  it('takes the field and the level from one title row above the header, "… LĨNH VỰC TƯ PHÁP CẤP XÃ"', async () => {
    // fixtures/phu-luc-tieu-de-linh-vuc.xlsx: an annex of three procedures under that one title, no "LĨNH VỰC" row.
    const out = fresh();
    const run = await importEn([fixture('phu-luc-tieu-de-linh-vuc.xlsx'), '-o', out, '--effective', '2025-07-15']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readdirSync(out).sort()).toEqual(['1.001193.yaml', '1.004884.yaml', '2.000635.yaml']);
    for (const file of readdirSync(out))
      expect(readFileSync(join(out, file), 'utf8')).toContain('\nlevel: commune\nfield: Tư pháp\n');
  });

  it('reads a CSV typed with full-width digits and colons (a Chinese or Japanese input method) as the same catalog', async () => {
    const utf8 = readFileSync(fixture('catalog.csv'), 'utf8');
    const dir = fresh();
    const wide = utf8.replace(/[0-9:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(wide).not.toMatch(/[0-9]/);
    writeFileSync(join(dir, 'wide.csv'), wide);
    const expected = await importEn([fixture('catalog.csv'), '-o', join(dir, 'from-ascii')]);
    const run = await importEn([join(dir, 'wide.csv'), '-o', join(dir, 'wide')]);
    expect(run.code).toBe(expected.code);
    expect(readdirSync(join(dir, 'wide'))).toEqual(readdirSync(join(dir, 'from-ascii')));
    for (const file of readdirSync(join(dir, 'wide')))
      expect(readFileSync(join(dir, 'wide', file), 'utf8')).toBe(
        readFileSync(join(dir, 'from-ascii', file), 'utf8').replace('catalog.csv', 'wide.csv'),
      );
  });

  it('reads a CSV saved as UTF-16, with or without its byte order mark (Excel\'s "Unicode Text"), as the same catalog', async () => {
    const utf8 = readFileSync(fixture('catalog.csv'), 'utf8').replace(/^\uFEFF/, '');
    const dir = fresh();
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]);
    const be = Buffer.from(le.map((_, i) => le[i ^ 1]!));
    writeFileSync(join(dir, 'le.csv'), le);
    writeFileSync(join(dir, 'be.csv'), be);
    const expected = await importEn([fixture('catalog.csv'), '-o', join(dir, 'from-utf8')]);
    for (const name of ['le', 'be']) {
      const run = await importEn([join(dir, `${name}.csv`), '-o', join(dir, name)]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(expected.code);
      expect(readdirSync(join(dir, name))).toEqual(readdirSync(join(dir, 'from-utf8')));
      for (const file of readdirSync(join(dir, name)))
        expect(readFileSync(join(dir, name, file), 'utf8')).toBe(
          readFileSync(join(dir, 'from-utf8', file), 'utf8').replace('catalog.csv', `${name}.csv`),
        );
    }
    // Without the mark, as some systems write it: found by the zero byte beside each Latin letter, read the same.
    writeFileSync(join(dir, 'bare.csv'), le.subarray(2));
    const bare = await importEn([join(dir, 'bare.csv'), '-o', join(dir, 'bare')]);
    expect(bare.stderr).toBe('');
    expect(bare.code).toBe(expected.code);
    expect(readdirSync(join(dir, 'bare'))).toEqual(readdirSync(join(dir, 'from-utf8')));
    // With the mark but cut in the middle of a character, it says so.
    writeFileSync(join(dir, 'cut.csv'), le.subarray(0, le.length - 1));
    const cut = await importEn([join(dir, 'cut.csv'), '-o', join(dir, 'cut')]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('marked as UTF-16 text but broken');
  });

  it('reads "4 tại chỗ" as a yes from a tick mark or a yes word, as the file reads its own flags', async () => {
    const dir = fresh();
    const head = 'ma_thu_tuc,ten_thu_tuc,cap_thuc_hien,co_quan_thuc_hien,thoi_han,4 tại chỗ\n';
    const marks = ['x', '✓', 'Có', 'Có áp dụng', 'co ap dung', 'Đúng', 'Không', ''];
    const rows = marks.map((mark, i) => `1.00100${i},Thủ tục ${i},Cấp xã,UBND xã,1 ngày làm việc,${mark}\n`);
    writeFileSync(join(dir, 'catalog.csv'), head + rows.join(''));
    const run = await importEn([join(dir, 'catalog.csv'), '-o', join(dir, 'out'), '--effective', '2026-07-01']);
    expect(run.stderr).toBe('');
    const flags = marks.map(
      (_, i) => /four_on_the_spot: (\w+)/.exec(readFileSync(join(dir, 'out', `1.00100${i}.yaml`), 'utf8'))?.[1],
    );
    expect(flags).toEqual(['true', 'true', 'true', 'true', 'true', 'true', 'false', undefined]);
  });

  // "Chưa quy định" is no fee set yet, not "Miễn phí": left out, as a Word document's is, so the document prints
  // "Chưa quy định" and the citizen page no fee section, whichever way the procedure came in.
  it('leaves out a fee that says "Chưa quy định", as a Word import does, and keeps "Không" and "Miễn phí"', async () => {
    const dir = fresh();
    const head = 'ma_thu_tuc,ten_thu_tuc,cap_thuc_hien,co_quan_thuc_hien,thoi_han,phi_le_phi\n';
    const fees = ['Chưa quy định', 'chưa có quy định.', 'Không', 'Miễn phí', '50.000 đồng'];
    const rows = fees.map((fee, i) => `1.00200${i},Thủ tục ${i},Cấp xã,UBND xã,1 ngày làm việc,${fee}\n`);
    writeFileSync(join(dir, 'catalog.csv'), head + rows.join(''));
    const run = await importEn([join(dir, 'catalog.csv'), '-o', join(dir, 'out'), '--effective', '2026-07-01']);
    expect(run.stderr).toBe('');
    const written = fees.map(
      (_, i) => /^fee: (.*)$/m.exec(readFileSync(join(dir, 'out', `1.00200${i}.yaml`), 'utf8'))?.[1],
    );
    expect(written).toEqual([undefined, undefined, 'Không', 'Miễn phí', '50.000 đồng']);
  });

  it('reads a cutoff as lint reads one, and keeps in the note one that is no time of day', async () => {
    const cutoffs = ['15h30', '15.00', '15:00:00', 'sau 15 giờ', 'giờ hành chính'];
    const { run, values, texts } = await importCatalog(
      'Thời hạn giải quyết,Giờ tiếp nhận cuối',
      cutoffs.map((cutoff) => `trong ngày,${cutoff}`),
    );
    expect(run.code).toBe(0);
    expect(values('cutoff')).toEqual(['"15:30"', '"15:00"', '"15:00"', '"15:00"', undefined]);
    expect(texts[4]).toContain('Giờ tiếp nhận cuối: giờ hành chính');
  });

  it('reads a revision as lint reads one: "Lần 2", "Lần thứ hai", "Ban hành lần đầu"', async () => {
    const revisions = ['02', 'Lần 2', 'Lần thứ hai', 'Lần ban hành: 03', 'Ban hành lần đầu'];
    const { run, values } = await importCatalog(
      'Thời hạn giải quyết,Lần ban hành',
      revisions.map((revision) => `5 ngày làm việc,${revision}`),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('revision');
    expect(values('revision')).toEqual(['2', '2', '2', '3', '1']);
  });

  it('gives a bare number in the limit column the unit its header names, and leaves a limit with its own unit', async () => {
    const { run, values } = await importCatalog('Thời hạn giải quyết (ngày làm việc)', ['5', '"0,5"', '15 ngày lịch']);
    expect(run.code).toBe(0);
    expect(values('time_limit')).toEqual(['5 ngày làm việc', '0,5 ngày làm việc', '15 ngày lịch']);
  });

  it('reads a field heading in whichever column it stands, the number column included, and counts none as skipped', async () => {
    const out = fresh();
    const csv = join(out, 'linh-vuc.csv');
    writeFileSync(
      csv,
      [
        'STT,Mã TTHC,Tên thủ tục,Thời hạn giải quyết,Ngày hiệu lực',
        'I. LĨNH VỰC HỘ TỊCH,,,,',
        '1,1.000001,X,5 ngày làm việc,01/07/2025',
        ',II. LĨNH VỰC CHỨNG THỰC,,,',
        '2,1.000002,Y,5 ngày làm việc,01/07/2025',
        ',,III. LĨNH VỰC KHÁC,,',
        '3,1.000003,Z,5 ngày làm việc,01/07/2025',
        '',
      ].join('\n'),
    );
    const run = await importEn([csv, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('3 imported, 0 skipped');
    const fields = [1, 2, 3].map(
      (n) => /\nfield: (.*)\n/.exec(readFileSync(join(out, `1.00000${n}.yaml`), 'utf8'))?.[1],
    );
    expect(fields).toEqual(['Hộ tịch', 'Chứng thực', 'Khác']);
  });

  it('passes over a sheet of instructions beside the catalog, which is no problem, and fails a workbook of none', async () => {
    const out = fresh();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Hướng dẫn').addRow(['Điền mỗi thủ tục một dòng; ngày viết dd/mm/yyyy.']);
    const catalog = book.addWorksheet('Danh mục');
    catalog.addRow(['Mã TTHC', 'Tên thủ tục', 'Thời hạn giải quyết', 'Ngày hiệu lực']);
    catalog.addRow(['1.000001', 'Thủ tục A', '5 ngày làm việc', '01/07/2025']);
    const file = join(out, 'danh-muc.xlsx');
    await book.xlsx.writeFile(file);
    const run = await importEn([file, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `other sheet  ${file}: sheet "Hướng dẫn": no catalog or step table, as the other sheets have: passed over\n`,
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 imported, 0 skipped');
    book.removeWorksheet(catalog.id);
    await book.xlsx.writeFile(file);
    expect((await importEn([file, '-o', out])).code).toBe(1);
  });

  it('reads a CSV catalog by its usual column names, with field headings, and says why rows are skipped', async () => {
    const out = fresh();
    const run = await importEn([fixture('catalog.csv'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report(run.stdout)).toBe(
      'heading      F/catalog.csv: row 2: field "Chứng thực" for the rows below\n' +
        `imported     ${out}/2.000815.yaml  ← F/catalog.csv: row 3 (2.000815)\n` +
        "               3 draft steps from the public sequence: write each one's body and duration\n" +
        '               1 value procmap has no field for kept in the note\n' +
        `imported     ${out}/2.001035.yaml  ← F/catalog.csv: row 4 (2.001035)\n` +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        'skipped      F/catalog.csv: row 5: no title\n' +
        'skipped      F/catalog.csv: row 6 (1.001193): time limit "Theo quy định" is not one procmap reads (write it like "15 ngày làm việc")\n' +
        '2 imported, 2 skipped\n',
    );
    const copy = readFileSync(join(out, '2.000815.yaml'), 'utf8');
    expect(copy).toContain('field: Chứng thực\n');
    expect(copy).toContain('time_limit: 4 giờ làm việc\n');
    expect(copy).toContain('dossier:\n  - name: Bản chính giấy tờ\n  - name: Bản sao cần chứng thực\n');
    expect(copy).toContain('#   ghi_chu_noi_bo: xem lại phí\n');
    // "Không" conditions mean none, kept as such (the document prints "Không", not "Chưa quy định"); a limit with its
    // legal tail is kept as written (parseDuration reads the tail as a note).
    expect(copy).toContain('\nconditions: []\n');
    expect(readFileSync(join(out, '2.001035.yaml'), 'utf8')).toContain(
      'time_limit: 1 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ\n',
    );
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it('reads the ISO document’s own sections when a catalog keeps them in columns', async () => {
    const out = fresh();
    const csv = join(out, 'iso.csv');
    writeFileSync(
      csv,
      'Tên thủ tục,Thời hạn giải quyết,Ngày hiệu lực,Mục đích,Phạm vi áp dụng,Số lượng hồ sơ\n' +
        'Chứng thực chữ ký,Trong ngày,01/07/2025,Quy định trình tự chứng thực chữ ký.,Toàn tỉnh.,01 bộ\n',
    );
    const run = await importEn([csv, '-o', join(out, 'procedures')]);
    expect(run.stdout).not.toContain('kept in the note');
    const [file] = readdirSync(join(out, 'procedures'));
    const yaml = readFileSync(join(out, 'procedures', file!), 'utf8');
    expect(yaml).toContain('purpose: Quy định trình tự chứng thực chữ ký.\nscope: Toàn tỉnh.\n');
    expect(yaml).toContain('dossier_count: 01 bộ\n');
  });

  it('writes an ISO document code that cannot name a file as the nearest id, and says so', async () => {
    const out = fresh();
    const run = await importEn([fixture('iso-codes.csv'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const said = (written: string, id: string) =>
      `               document code "${written}" written as ${id}: a procedure id names its files, so it holds only letters without accents (Đ and đ aside), digits, ".", "-" and "_"\n`;
    const draft = '               no sequence in the source: one draft step to replace with the real steps\n';
    expect(report(run.stdout)).toBe(
      `imported     ${out}/QT-01-UBND.yaml  ← F/iso-codes.csv: row 2 (2.000815)\n` +
        said('QT-01/UBND', 'QT-01-UBND') +
        draft +
        `imported     ${out}/QT-02.yaml  ← F/iso-codes.csv: row 3\n` +
        said('QT-02.', 'QT-02') +
        draft +
        `imported     ${out}/1.001193.yaml  ← F/iso-codes.csv: row 4 (1.001193)\n` +
        '               document code "CON" cannot name a file: the id is made from the code or the title instead\n' +
        draft +
        '3 imported, 0 skipped\n',
    );
    expect(readFileSync(join(out, 'QT-01-UBND.yaml'), 'utf8')).toContain('id: QT-01-UBND\n');
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it('keeps Đ in an ISO document code as written, names its file with D, and drops only the other marks', async () => {
    const out = fresh();
    const run = await importEn([fixture('iso-codes-d.csv'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const draft = '               no sequence in the source: one draft step to replace with the real steps\n';
    expect(report(run.stdout)).toBe(
      `imported     ${out}/QT-DKKD-01.yaml  ← F/iso-codes-d.csv: row 2 (2.000720)\n` +
        draft +
        `imported     ${out}/QT.DD.AP.02.yaml  ← F/iso-codes-d.csv: row 3\n` +
        '               document code "QT.ĐĐ.ẤP.02" written as QT.ĐĐ.AP.02: a procedure id names its files, so it holds only letters without accents (Đ and đ aside), digits, ".", "-" and "_"\n' +
        draft +
        '2 imported, 0 skipped\n',
    );
    expect(readFileSync(join(out, 'QT-DKKD-01.yaml'), 'utf8')).toContain('\nid: QT-ĐKKD-01\n');
    expect(readFileSync(join(out, 'QT.DD.AP.02.yaml'), 'utf8')).toContain('\nid: QT.ĐĐ.AP.02\n');
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it('reads "Địa điểm thực hiện" as the place, as a Word document\'s heading of that name is read', async () => {
    const out = fresh();
    const run = await importEn([fixture('dia-diem.csv'), '-o', out]);
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(text).toContain('\nplace: Bộ phận Một cửa UBND xã\n');
    expect(text).not.toContain('#   Địa điểm');
  });

  it('reads a heading of two rows as the header, the ways ticked under "Cách thức thực hiện" as channels', async () => {
    // fixtures/make-workbook.mjs: headings merged down over two rows, two groups merged across their sub-headings.
    const out = fresh();
    const run = await importEn([fixture('danh-muc-tieu-de-2-dong.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report(run.stdout)).toMatch(/^imported .*row 4 \(1\.001193\)\n(?:.*\n)+imported .*row 5 \(1\.000894\)\n/);
    expect(run.stdout).toMatch(/\n2 imported, 0 skipped\n$/);
    const birth = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(birth).toContain('\n#   Số hồ sơ / Năm 2024: 120\n#   Số hồ sơ / Năm 2025: 135\n');
    expect(birth).toContain('channels:\n  - kind: in_person\n  - kind: online\n');
    expect(birth).not.toContain('Cách thức');
    expect(readFileSync(join(out, '1.000894.yaml'), 'utf8')).toContain('channels:\n  - kind: in_person\nbodies:');
  });

  it('reads an Excel catalog below its title block, with the step table of a sheet named after the code', async () => {
    const out = fresh();
    const run = await importEn([fixture('catalog.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(report(run.stdout)).toContain(
      'heading      F/catalog.xlsx: sheet "Danh mục" row 7: field "Chứng thực" for the rows below\n',
    );
    const hkd = readFileSync(join(out, '2.000575.yaml'), 'utf8');
    expect(hkd).toContain(
      'bodies:\n  BPTNTKQ:\n    name: Bộ phận Tiếp nhận và Trả kết quả\n    single_window: true\n  PKT:\n    name: Phòng Kinh tế\n  LDUP:\n    name: Lãnh đạo UBND phường\n',
    );
    expect(hkd).toContain(
      // "Biểu mẫu/Kết quả" holds both: a form by its code, an output (here the control sheet) by its name.
      '    duration: 4 giờ làm việc\n    forms:\n      - Mẫu 01\n      - Mẫu 06\n  - id: B2\n    name: Thẩm định hồ sơ, trình ký\n    body: PKT\n    duration: 1,5 ngày làm việc\n    outputs:\n      - Phiếu kiểm soát\n',
    );
    expect(hkd).toContain(
      '  - id: B4\n    name: Vào sổ, chuyển kết quả\n    body: PKT\n    duration: 0h\n    draft: true\n    description: "Thời gian ghi trong bảng: theo yêu cầu"\n',
    );
    expect(hkd).toContain('effective: 2025-07-01\n');
    const lint = await runCli(['lint', out, '--lang', 'en']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toContain('Step "B4" is a draft: write who does it (body)');
  });

  it("reads the ISO document's tables from sheets of their own, each row under its procedure's code", async () => {
    const out = fresh();
    const run = await importEn([fixture('iso-sections.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(report(run.stdout)).toContain(
      'skipped      F/iso-sections.xlsx: sheet "Thành phần hồ sơ" row 5: no procedure "QT-TP-99" in the catalog sheet\n',
    );
    expect(report(run.stdout).trimEnd().split('\n').at(-1)).toBe('2 imported, 1 skipped');
    expect(report(run.stdout)).toContain(
      "               1 row of the document's tables procmap could not read kept in the note: write them in the file\n",
    );
    const first = readFileSync(join(out, 'QT-TP-05.yaml'), 'utf8');
    // The history row dated 31 February is kept, in words, not dropped.
    expect(first).toContain('#   Lần sửa đổi: 2; Ngày: 31/02/2025; Tóm tắt nội dung sửa đổi: Sửa đổi thời hạn\n');
    expect(first).toContain('effective: 2025-07-01\nissued: 2025-06-20\nissuer: UBND phường Kinh Bắc\n');
    expect(first).toContain(
      [
        'dossier:',
        '  - name: Phiếu yêu cầu chứng thực',
        '    originals: 1',
        '    form: Mẫu 31',
        '  - name: Dự thảo hợp đồng, giao dịch',
        '    originals: 1',
        'records:',
        '  - name: Sổ chứng thực hợp đồng, giao dịch',
        '    keeper: Bộ phận Tư pháp',
        '    retention: Vĩnh viễn',
        'forms:',
        '  - code: BM.01',
        '    name: Phiếu kiểm soát quá trình giải quyết hồ sơ',
        'history:',
        '  - revision: 1',
        '    date: 2025-06-20',
        '    changes: Ban hành lần đầu',
        '',
      ].join('\n'),
    );
    // Each row to its own procedure: the second has its one dossier item and nothing of the first's.
    const second = readFileSync(join(out, 'QT-TP-06.yaml'), 'utf8');
    expect(second).toContain('dossier:\n  - name: Giấy tờ cần chứng thực chữ ký\n    originals: 1\n');
    // A sheet keyed by the national code ("Mã TTHC") finds its procedure by the code.
    expect(second).toContain('definitions:\n  - term: BPMC\n    meaning: Bộ phận Một cửa\n');
    expect(second).not.toMatch(/^(?:records|forms|history|issued):/m);
    expect(first).not.toMatch(/^definitions:/m);
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it('reads a step table as an ISO document lays it out: the step and its detail, and the total at its foot', async () => {
    const out = fresh();
    const run = await importEn([fixture('iso-steps.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(report(run.stdout)).toBe(
      `imported     ${out}/QT-TP-05.yaml  ← F/iso-steps.xlsx: sheet "Danh mục" row 2\n1 imported, 0 skipped\n`,
    );
    const yaml = readFileSync(join(out, 'QT-TP-05.yaml'), 'utf8');
    // "Nội dung công việc" after "Trình tự thực hiện" is the step's detail, not a column left out.
    expect(yaml).toContain(
      '  - id: B1\n    name: Tiếp nhận hồ sơ\n    body: BPMC\n    duration: 04 giờ làm việc\n    role: Công chức một cửa\n    description: Kiểm tra thành phần hồ sơ, lập phiếu hẹn\n',
    );
    // A step whose name starts with "Tổng" is a step; "Tổng thời gian giải quyết" is the total, no step.
    expect(yaml).toContain('  - id: B2\n    name: Tổng hợp hồ sơ, trình ký\n');
    expect(yaml.match(/^  - id: /gm)).toHaveLength(4);
    expect((await runCli(['lint', out])).code).toBe(0);
  });

  it("passes over the total at a step table's foot, its label in the procedure column or the step number's", async () => {
    // fixtures/make-workbook.mjs: the procedure code merged down over its steps, then "Tổng thời gian giải quyết".
    const out = fresh();
    const run = await importEn([fixture('quy-trinh-gop-o-tong.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(report(run.stdout)).toBe(
      `imported     ${out}/1.001193.yaml  ← F/quy-trinh-gop-o-tong.xlsx: sheet "Danh mục" row 2 (1.001193)\n` +
        `imported     ${out}/2.000815.yaml  ← F/quy-trinh-gop-o-tong.xlsx: sheet "Danh mục" row 3 (2.000815)\n` +
        '2 imported, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '1.001193.yaml'), 'utf8').match(/^ {2}- id: /gm)).toHaveLength(3);
    expect(readFileSync(join(out, '2.000815.yaml'), 'utf8').match(/^ {2}- id: /gm)).toHaveLength(2);
  });

  it('follows the step numbers of a CSV annex, says a number written twice, and reads "Cộng" as the total', async () => {
    // fixtures/phu-luc-so-buoc.csv: TT B.2, B.1, B.4, B.3 closed by "Cộng"; 4, 2, 1, 2 closed by "Cộng:"; sub-steps.
    const out = fresh();
    const run = await importEn([fixture('phu-luc-so-buoc.csv'), '-o', out, '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(report(run.stdout)).toBe(
      `imported     ${out}/1.000001.yaml  ← F/phu-luc-so-buoc.csv (1.000001)\n` +
        `imported     ${out}/1.000002.yaml  ← F/phu-luc-so-buoc.csv (1.000002)\n` +
        '               F/phu-luc-so-buoc.csv: row 15: step number 2 is written on more than one row: the steps are kept in the order of the rows, not sorted by number; check the order and give each step its own number\n' +
        '               the table gives 4 steps no id: procmap numbered B4, B2, B1, B5\n' +
        `imported     ${out}/1.000003.yaml  ← F/phu-luc-so-buoc.csv (1.000003)\n` +
        '               the table gives 5 steps no id: procmap numbered B1, B2, B2.1, B2.2, B3\n' +
        '3 imported, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    const steps = (id: string) =>
      [...readFileSync(join(out, `${id}.yaml`), 'utf8').matchAll(/^ {2}- id: (.+)\n {4}name: (.+)$/gm)].map(
        ([, step, name]) => `${step} ${name}`,
      );
    expect(steps('1.000001')).toEqual(['B.1 Tiếp nhận', 'B.2 Thẩm định', 'B.3 Ký', 'B.4 Trả kết quả']);
    // Numbered after their TT cells; the number written twice, by its place.
    expect(steps('1.000002')).toEqual(['B4 Trả kết quả', 'B2 Thẩm định', 'B1 Tiếp nhận', 'B5 Ký']);
    expect(steps('1.000003')).toEqual([
      'B1 Tiếp nhận',
      'B2 Xử lý hồ sơ',
      'B2.1 Thẩm định',
      'B2.2 Trình ký',
      'B3 Trả kết quả',
    ]);
    const vi = await runCli([
      'import',
      '--lang',
      'vi',
      fixture('phu-luc-so-buoc.csv'),
      '-o',
      fresh(),
      '--effective',
      '2025-07-01',
    ]);
    expect(report(vi.stdout)).toContain(
      '               F/phu-luc-so-buoc.csv: dòng 15: số thứ tự bước 2 được ghi ở nhiều dòng: các bước giữ theo thứ tự các dòng, không sắp theo số thứ tự; hãy kiểm tra thứ tự và đánh số riêng cho từng bước\n',
    );
  });

  it("reads each procedure's limit from a row merged across a CSV annex, which Excel saves in the first cell only", async () => {
    // fixtures/phu-luc-o-dau.csv: "Thời hạn giải quyết: …" under each heading, its other cells empty.
    const out = fresh();
    const run = await importEn([fixture('phu-luc-o-dau.csv'), '-o', out, '--effective', '2025-07-01']);
    expect(run.stderr).toBe('');
    expect(report(run.stdout)).toBe(
      `imported     ${out}/1.001193.yaml  ← F/phu-luc-o-dau.csv (1.001193)\n` +
        '               the table gives 3 steps no id: procmap numbered B1–B3\n' +
        `imported     ${out}/1.000894.yaml  ← F/phu-luc-o-dau.csv (1.000894)\n` +
        '               the table gives 3 steps no id: procmap numbered B1–B3\n' +
        '2 imported, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    const birth = readFileSync(join(out, '1.001193.yaml'), 'utf8');
    expect(birth).toContain('time_limit: 01 ngày làm việc\n');
    expect(birth.match(/^ {2}- id: /gm)).toHaveLength(3);
    const marriage = readFileSync(join(out, '1.000894.yaml'), 'utf8');
    expect(marriage).toContain('time_limit: 03 ngày làm việc\n');
    expect(marriage.match(/^ {2}- id: /gm)).toHaveLength(3);
    const vi = await runCli([
      'import',
      '--lang',
      'vi',
      fixture('phu-luc-o-dau.csv'),
      '-o',
      fresh(),
      '--effective',
      '2025-07-01',
    ]);
    expect(vi.code).toBe(0);
    expect(report(vi.stdout)).toContain('đã nhập 2, bỏ qua 0\n');
  });

  it('says once, for the whole table, that a step table belongs to no procedure', async () => {
    const run = await importEn([fixture('lone-steps.xlsx'), '-o', fresh()]);
    expect(run.code).toBe(1);
    expect(report(run.stdout)).toBe(
      'skipped      F/lone-steps.xlsx: sheet "Quy trình" row 2: a table of 4 rows (this one and those below) that belongs to no procedure: add a sheet listing the procedures, a column "Mã hiệu quy trình", or name the sheet after the procedure\'s code\n0 imported, 1 skipped\n',
    );
  });

  it('reads columns it does not know through --map, or import.columns in the configuration', async () => {
    const without = await importEn([fixture('odd-headers.csv'), '-o', fresh()]);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('row 2: no time limit');

    const out = fresh();
    const run = await importEn([fixture('odd-headers.csv'), '--map', fixture('odd-headers.map.yaml'), '-o', out]);
    expect(run.code).toBe(0);
    const text = readFileSync(join(out, '9.000001.yaml'), 'utf8');
    expect(text).toContain('code: "9.000001"\n');
    expect(text).toContain('time_limit: 5 ngày làm việc\n');
    expect(text).toContain('effective: 2025-09-15\n');

    const catalog = fresh();
    writeFileSync(
      join(catalog, 'procmap.config.yaml'),
      'import:\n  columns:\n    code: Số hồ sơ\n    time_limit: Thời gian xử lý\n',
    );
    expect((await importEn([fixture('odd-headers.csv'), '-o', catalog])).code).toBe(0);
    expect(existsSync(join(catalog, '9.000001.yaml'))).toBe(true);
  });

  it('reads a national record saved as UTF-16 (with its byte order mark) as the same record', async () => {
    const [utf8, utf16] = [fresh(), fresh()];
    expect((await importEn([fixture('khai-sinh.json'), '-o', utf8])).code).toBe(0);
    const run = await importEn([fixture('khai-sinh.utf16.json'), '-o', utf16]);
    expect(run.code, run.stderr).toBe(0);
    const body = (dir: string) => readFileSync(join(dir, '1.001193.yaml'), 'utf8').replace(/^# .*\n/, '');
    expect(body(utf16)).toBe(body(utf8));
    // Read as UTF-8 it would have been imported with its letters lost to "�", without a word.
    const legacy = await importEn([fixture('khai-sinh.windows-1258.json'), '-o', fresh()]);
    expect(legacy.code).toBe(1);
    expect(report(legacy.stderr)).toBe(
      'procmap: F/khai-sinh.windows-1258.json:3:18: File is not valid UTF-8 (byte 0xD2); save it as UTF-8 (a Windows-1258 or TCVN3 file must be converted)\n',
    );
  });

  it('reads a --map file saved as UTF-16 and refuses one in Windows-1258 with what to save instead', async () => {
    const out = fresh();
    const run = await importEn([fixture('odd-headers.csv'), '--map', fixture('odd-headers.map.utf16.yaml'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, '9.000001.yaml'), 'utf8')).toContain('time_limit: 5 ngày làm việc\n');
    const legacy = 'test/interchange/fixtures/odd-headers.map.windows-1258.yaml';
    const refused = await runCli([
      'import',
      fixture('odd-headers.csv'),
      '--map',
      legacy,
      '-o',
      fresh(),
      '--lang',
      'en',
    ]);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Invalid column mapping:\n${legacy}:3:10: File is not valid UTF-8 (byte 0xF4); save it as UTF-8 (a Windows-1258 or TCVN3 file must be converted)\n`,
    });
  });

  it('reads --map as the column mapping it is: within the limit of a configuration, a folder or a loop said as such', async () => {
    const dir = fresh();
    // A mapping is a few lines: a 300 KiB one is no mapping (it was read up to 2 MiB and called "a procedure file").
    writeFileSync(join(dir, 'big.yaml'), `# ${'x'.repeat(300 * 1024)}\ntitle: Tên TTHC\n`);
    mkdirSync(join(dir, 'cot.yaml'));
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    const run = (map: string, lang = 'en') =>
      runCli(['import', fixture('odd-headers.csv'), '--map', map, '-o', join(dir, 'out'), '--lang', lang], {
        cwd: dir,
      });
    expect(await run('big.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: The column mapping "big.yaml" is larger than 256 KiB; a column mapping is a few kilobytes\n',
    });
    expect(await run('big.yaml', 'vi')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Bảng ghép cột "big.yaml" lớn hơn 256 KiB; bảng ghép cột chỉ vài kilobyte\n',
    });
    // It said '"cot.yaml" is a folder; give the files in it to import', of the mapping.
    expect(await run('cot.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Cannot read column mapping "cot.yaml": Is a folder\n',
    });
    expect(await run('loop-a.yaml', 'vi')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Không đọc được bảng ghép cột "loop-a.yaml": Liên kết tượng trưng vòng quanh\n',
    });
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a mapping to a field it does not know, with the nearest one', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'map.yaml'), 'titel: Tên TTHC\n');
    const run = await importEn([fixture('odd-headers.csv'), '--map', join(dir, 'map.yaml'), '-o', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"titel" is not a field procmap imports; did you mean "title"?');
  });

  it('refuses files it does not read, and a bad --effective, before writing anything', async () => {
    const dir = fresh();
    const xls = await importEn(['catalog.xls', '-o', dir]);
    expect(xls.code).toBe(2);
    expect(xls.stderr).toBe(
      'procmap: "catalog.xls": procmap imports .json (national records), .xlsx and .csv (catalogs, step tables) and .docx (ISO documents in Word); save an old .xls or .doc file as .xlsx or .docx first\n',
    );
    const date = await importEn([fixture('khai-sinh.json'), '--effective', '31/02/2025', '-o', dir]);
    expect(date.code).toBe(2);
    // Written as a date, it is said what is wrong with it, as every date option says it; else the forms it takes.
    expect(date.stderr).toBe('procmap: --effective: "31/02/2025" is not a date: month 2 of 2025 has 28 days\n');
    const weekday = await runCli([
      'import',
      fixture('khai-sinh.json'),
      '--effective',
      'thứ Sáu, 01/07/2026',
      '-o',
      dir,
    ]);
    expect(weekday).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: --effective ghi thứ Sáu, nhưng ngày 01/07/2026 là thứ Tư: hãy sửa ngày hoặc thứ\n',
    });
    const words = await importEn([fixture('khai-sinh.json'), '--effective', 'next month', '-o', dir]);
    expect(words.code).toBe(2);
    expect(words.stderr).toBe(
      'procmap: --effective takes a date such as 01/07/2026 (day first), 2026-07-01, "ngày 01 tháng 7 năm 2026" or "thứ Tư, 01/07/2026", not "next month"\n',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says a file is not a workbook instead of failing', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'fake.xlsx'), 'not a zip');
    const run = await importEn([join(dir, 'fake.xlsx'), '-o', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not an Excel workbook (.xlsx) procmap can read');
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).toContain('the file is not the zip package an .xlsx is');
    expect(run.stderr).not.toContain('central directory');
  });

  it('refuses a CSV cell longer than any catalog holds, naming its row, in time and memory linear in the file', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'long.csv'), `Tên thủ tục,Thời hạn giải quyết\nA,${'x'.repeat(1_000_001)}\n`);
    const run = await importEn([join(dir, 'long.csv'), '-o', join(dir, 'out')]);
    expect(run.stderr).toBe(
      `procmap: ${join(dir, 'long.csv')}: row 2 has a cell longer than 1,000,000 characters, more than any catalog or step table holds\n`,
    );
    expect(run.code).toBe(1);
  });

  it('says a file with nothing to import in it so, and exits 1, never "0 imported" and 0', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'empty.csv'), '');
    // An empty JSON file is as empty as an empty CSV: nothing to import, not broken JSON (said otherwise).
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'blank.json'), '\uFEFF \n');
    writeFileSync(join(dir, 'other.xlsx'), zipOf([{ name: 'hello.txt', data: Buffer.from('x') }]));
    for (const name of ['empty.csv', 'empty.json', 'blank.json', 'other.xlsx']) {
      const run = await importEn([join(dir, name), '-o', join(dir, 'out')]);
      expect(run.stderr).toBe(
        `procmap: ${join(dir, name)}: nothing to import in it: no national record, no catalog row and no step table under a header procmap knows (https://github.com/procmap/procmap/blob/main/docs/import.md)\n`,
      );
      expect(run.code).toBe(1);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a workbook that would unpack past what procmap reads, stated or not, before reading it', async () => {
    const dir = fresh();
    const spaces = (mib: number) => ({ chunk: Buffer.alloc(1024 * 1024, ' '), times: mib });
    const cases: [string, Parameters<typeof zipOf>[0], string][] = [
      // A 65 MiB sheet deflates to about 100 KB: refused by the size its directory states, before inflating.
      [
        'big.xlsx',
        [{ name: 'xl/worksheets/sheet1.xml', data: spaces(65) }],
        'xl/worksheets/sheet1.xml is larger than procmap reads (64 MiB), far more than any catalog or step table holds: delete the empty rows and columns beyond the table and save the workbook again, or split it into several workbooks',
      ],
      // The same sheet under a directory that states 1 KB: the inflating stops at the limit.
      [
        'lying.xlsx',
        [{ name: 'xl/worksheets/sheet1.xml', data: spaces(65), statedSize: 1024 }],
        'xl/worksheets/sheet1.xml is larger than procmap reads (64 MiB), far more than any catalog or step table holds: delete the empty rows and columns beyond the table and save the workbook again, or split it into several workbooks',
      ],
      // Three sheets of 50 MiB: each under the limit, together over it.
      [
        'many.xlsx',
        [1, 2, 3].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, data: spaces(50) })),
        'unpacked, it holds more than 128 MiB, more than procmap reads: split it into smaller files',
      ],
      // Entries by the ten thousand, each empty: refused by the count its end record gives, before JSZip holds them.
      [
        'entries.xlsx',
        Array.from({ length: 10_001 }, (_, n) => ({ name: `f${n}`, data: new Uint8Array(0) })),
        'it holds 10001 parts, more than any workbook or Word document has (procmap reads up to 10000)',
      ],
    ];
    for (const [name, parts, message] of cases) {
      writeFileSync(join(dir, name), zipOf(parts));
      const run = await importEn([join(dir, name), '-o', join(dir, 'out')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`procmap: ${join(dir, name)}: ${message}\n`);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a sheet of more rows than any catalog has, naming the sheet and the count, before reading it', async () => {
    // A million one-cell rows took six minutes and 2.7 GB, and the import said a line per row, exit 0.
    const zip = await JSZip.loadAsync(readFileSync(join(ROOT, 'test/interchange/fixtures/catalog.xlsx')));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const rows = Array.from(
      { length: 20_000 },
      (_, k) => `<row r="${k + 100}"><c r="A${k + 100}"><v>${k}</v></c></row>`,
    );
    const at = sheet.indexOf('</sheetData>');
    zip.file('xl/worksheets/sheet1.xml', sheet.slice(0, at) + rows.join('') + sheet.slice(at));
    const dir = fresh();
    const file = join(dir, 'rows.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const name = (await new ExcelJS.Workbook().xlsx.readFile(join(ROOT, 'test/interchange/fixtures/catalog.xlsx')))
      .worksheets[0]!.name;
    const run = await importEn([file, '-o', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    expect(run.stderr).toMatch(
      new RegExp(
        `^procmap: ${file}: sheet "${name}" has 20,0\\d\\d rows; procmap reads a sheet of up to 10,000 rows, more than any catalog \\(a province has some 2,000 procedures\\) or step table holds: delete the empty or unneeded rows below the table \\(select them, right-click, Delete, then save\\), or split the sheet into several workbooks\\n$`,
      ),
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('refuses a sheet that reaches or merges past the rows and columns procmap reads, before exceljs holds them', async () => {
    // Each file is an exported workbook of 17 KB: exceljs made an object for every row up to the last one named, and
    // every cell of a merged range (A5:XFD1048576: past 4 GB, then a heap crash; XFD1048576 alone: 450 MB).
    const reach = (name: string) => join(FIXTURES, 'sheet-reach', name);
    const rows =
      'procmap reads a sheet of up to 10,000 rows, more than any catalog (a province has some 2,000 procedures) or step table holds: delete the rows below the table (select them, right-click, Delete, then save)';
    // The cheap cases first: on code without the bound, one of them fails before the one that takes gigabytes runs.
    const cases: [string, string][] = [
      // exceljs said "Cannot merge already merged cells", and that an old .xls should be saved as .xlsx.
      [
        'merge-overlap.xlsx',
        'the workbook is damaged: sheet "Quy trình" merges A1:B2 and B2:C3, which share cells, which Excel never writes: open it in Excel, unmerge both ranges, merge them again, then save',
      ],
      [
        'far-column.xlsx',
        'sheet "Quy trình" has cell XFD3, in column 16,384; procmap reads a sheet of up to 100 columns (up to column CV), more than any catalog or step table has: delete the columns to the right of the table (select them, right-click, Delete, then save)',
      ],
      // 10,001 merged ranges: exceljs compares each with every one before it; 19,999 took 51 s of CPU.
      [
        'many-merges.xlsx',
        'sheet "Quy trình" has 10,001 merged ranges; procmap reads a sheet of up to 10,000, more than any catalog or step table merges: unmerge the cells beyond the table, then save',
      ],
      // A row with a height and no cell: exceljs holds every row above it all the same.
      ['empty-row.xlsx', `sheet "Quy trình" has an empty row, in row 20,000; ${rows}`],
      ['last-cell.xlsx', `sheet "Quy trình" has cell XFD1048576, in row 1,048,576; ${rows}`],
      // Last: without the bound it took 4 GB.
      [
        'merge-far.xlsx',
        'sheet "Quy trình" merges the cells A5:XFD1048576, past what procmap reads of a sheet (10,000 rows, up to column CV): unmerge them (select them, then Merge & Center again), merge only the cells of the table, then save',
      ],
    ];
    const dir = fresh();
    for (const [name, message] of cases) {
      const run = await importEn([reach(name), '-o', join(dir, 'out')]);
      expect(run.stderr).toBe(`procmap: ${join('test/interchange/fixtures/sheet-reach', name)}: ${message}\n`);
      expect(run.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
      expect(run.code).toBe(1);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const vi = await runCli(['import', reach('merge-far.xlsx'), '-o', join(dir, 'out')]);
    expect(vi.stderr).toContain(
      'trang tính "Quy trình" gộp các ô A5:XFD1048576, vượt quá phần procmap đọc của một trang tính (10.000 dòng, đến cột CV)',
    );
    // The Vietnamese words name the button in Vietnamese first, the English name of it only in a parenthesis.
    expect(vi.stderr).toContain(
      'hãy bỏ gộp các ô đó: chọn các ô, bấm lại nút gộp ô (Merge & Center); chỉ gộp các ô trong bảng, rồi lưu lại\n',
    );
    expect(vi.code).toBe(1);
  });

  it('says a workbook or document is protected with a password, or an old .xls, by the streams of its container', async () => {
    // Each was "not the zip package an .xlsx is (damaged, cut off, or another kind of file renamed)", with an old .xls hint.
    const box = (name: string) => join('test/interchange/fixtures/office-containers', name);
    const password = (thing: string, app: string) =>
      `the ${thing} is protected with a password, and procmap does not read an encrypted file: open it in ${app}, save a copy without the password (File, Info, Protect, Encrypt with Password: clear the password), and use the copy`;
    const cases: [string, string][] = [
      ['encrypted.xlsx', password('workbook', 'Excel')],
      ['encrypted.docx', password('document', 'Word')],
      ['old-97.xlsx', 'this is an old .xls file (Office 97–2003) named .xlsx: open it in Excel and save it as .xlsx'],
      // A container whose directory names no stream procmap knows: either, and what to do for each.
      [
        'signature-only.xlsx',
        'not a .xlsx package but a file of the older Office kind: protected with a password (then open it in Excel and save a copy without the password), or an old .xls file (then save it as .xlsx in Excel)',
      ],
    ];
    const dir = fresh();
    for (const [name, message] of cases) {
      const run = await importEn([box(name), '-o', join(dir, 'out')]);
      expect(run.stderr).toBe(`procmap: ${box(name)}: ${message}\n`);
      expect(run.code).toBe(1);
    }
    const vi = await runCli(['import', box('encrypted.xlsx'), '-o', join(dir, 'out')]);
    expect(vi.stderr).toContain('sổ tính được bảo vệ bằng mật khẩu, procmap không đọc tệp đã mã hóa');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('says in words that a workbook or document declares entities, which Excel and Word never write', async () => {
    // Each was refused in the parser's English: "is not well-formed XML (2:110: undefined entity)".
    const file = (name: string) => join('test/interchange/fixtures/entities', name);
    const cases: [string, string, string][] = [
      ['entities.xlsx', 'xl/sharedStrings.xml', 'Excel'],
      ['entities.docx', 'word/document.xml', 'Word'],
    ];
    const dir = fresh();
    for (const [name, part, app] of cases) {
      const run = await importEn([file(name), '-o', join(dir, 'out')]);
      expect(run.stderr).toBe(
        `procmap: ${file(name)}: ${part} declares entities (a DOCTYPE), which ${app} never writes, and procmap does not read a file that declares them: if the file came from ${app}, open it there and save it again\n`,
      );
      expect(run.code).toBe(1);
    }
    const vi = await runCli(['import', file('entities.xlsx'), '-o', join(dir, 'out')]);
    expect(vi.stderr).toContain('xl/sharedStrings.xml có khai báo thực thể (DOCTYPE), điều Excel không bao giờ ghi');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it("names a formula cell whose computed text starts as a formula does, and never writes it as the procedure's code", async () => {
    // B2 is =HYPERLINK(…) whose saved value is "=cmd|calc": it was written as `code: =cmd|calc` without a word.
    const file = 'test/interchange/fixtures/formula-text/code-formula.xlsx';
    const out = fresh();
    const run = await importEn([file, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `imported     ${out}/QT-HT-09.yaml  ← ${file}: sheet "Quy trình" row 2\n` +
        '               cell B2 ("Mã thủ tục") holds a formula whose value, "=cmd|calc", starts as a formula does, which procmap does not take as a value; type the value in the cell\n' +
        '1 imported, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'QT-HT-09.yaml'), 'utf8')).not.toContain('=cmd');
  });

  it('reads a formula whose value is a list item ("- Bản sao …") as its text, and text cells as text', async () => {
    // T2 is ="- Bản sao trích lục" (it was left empty and named as a formula); S2 is text saved as a formula's string
    // (t="str", no formula); U2 is a formula whose value, "- cmd|' /C calc'!A0", calls another program: still named.
    const file = 'test/interchange/fixtures/formula-text/list-item-formula.xlsx';
    const out = fresh();
    const run = await importEn([file, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `imported     ${out}/QT-HT-09.yaml  ← ${file}: sheet "Quy trình" row 2 (1.000123)\n` +
        `               cell U2 ("Mục đích") holds a formula whose value, "- cmd|' /C calc'!A0", starts as a formula does, which procmap does not take as a value; type the value in the cell\n` +
        '1 imported, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(out, 'QT-HT-09.yaml'), 'utf8');
    expect(yaml).toContain('\nresult: "- Bản sao trích lục"\n');
    expect(yaml).toContain('\nplace: "- Bộ phận Một cửa UBND xã"\n');
    expect(yaml).not.toContain('- cmd|');
  });

  it('refuses a CSV file of more rows than a sheet may have, with its count, in the words a sheet gets', async () => {
    // Before: no ceiling for CSV (a sheet had one), so every row was held and imported.
    const dir = fresh();
    const file = join(dir, 'rows.csv');
    const header = 'Mã thủ tục,Tên thủ tục,Thời hạn giải quyết\n';
    writeFileSync(file, header + '1.001,"Thủ tục\nhai dòng",5 ngày\n'.repeat(20_000) + ',,\n'.repeat(3));
    const run = await importEn([file, '-o', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    // Rows as a spreadsheet counts them: a quoted line break stays in its row, and the empty rows below count.
    expect(run.stderr).toBe(
      `procmap: ${file}: the file has 20,004 rows; procmap reads a table of up to 10,000 rows, more than any catalog (a province has some 2,000 procedures) or step table holds: delete the empty or unneeded rows below the table (in the spreadsheet: select them, right-click, Delete, then save as CSV again), or split the file into several files\n`,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const vi = await runCli(['import', file, '-o', join(dir, 'out')]);
    expect(vi.stderr).toContain('tệp có 20.004 dòng; procmap đọc bảng tối đa 10.000 dòng');
  });

  it('never writes through a symbolic link', async () => {
    const out = fresh();
    const elsewhere = join(fresh(), 'target.yaml');
    writeFileSync(elsewhere, 'kept\n');
    symlinkSync(elsewhere, join(out, '1.001193.yaml'));
    const run = await importEn([fixture('khai-sinh.json'), '-o', out, '--force']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('is a symbolic link or not a file; procmap does not write through it');
    expect(readFileSync(elsewhere, 'utf8')).toBe('kept\n');
  });

  it('replaces with --force, and only then, a file that is no procedure: one saying "link", one of 65 MB', async () => {
    const out = fresh();
    const target = join(out, '1.001193.yaml');
    writeFileSync(target, 'link');
    const kept = await importEn([fixture('khai-sinh.json'), '-o', out]);
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain('already exists and differs; use --force to overwrite it');
    expect(readFileSync(target, 'utf8')).toBe('link');
    const forced = await importEn([fixture('khai-sinh.json'), '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^overwritten /);
    // Larger than any input procmap reads (a sparse file: no disk used): its keys are not read, it is replaced.
    truncateSync(target, 65 * 1024 * 1024);
    const large = await importEn([fixture('khai-sinh.json'), '-o', out, '--force']);
    expect(large.stderr).toBe('');
    expect(large.code).toBe(0);
    expect(statSync(target).size).toBeLessThan(100_000);
  });
});

describe('procmap import: invisible characters in a value', () => {
  // A national record's code and a catalog's, each with a zero-width space pasted after it (U+200B, from a web page):
  // read as the officer sees them, so the file is named by the code and imported again from a clean copy it is the same.
  for (const name of ['ma-co-dau-cach-an.json', 'ma-co-dau-cach-an.csv']) {
    it(`reads ${name}'s code without it, as the YAML loader does, and a clean copy imports onto the same file`, async () => {
      const written = readFileSync(fixture(`invisible/${name}`), 'utf8');
      const code = name.endsWith('.json') ? '1.000777' : '1.000002';
      expect(written).toContain(`${code}\u200b`);
      const dir = fresh();
      const out = join(dir, 'out');
      const run = await importEn([fixture(`invisible/${name}`), '-o', out, '--effective', '2025-07-01']);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(readdirSync(out)).toEqual([`${code}.yaml`]);
      const yaml = readFileSync(join(out, `${code}.yaml`), 'utf8');
      expect(yaml).not.toMatch(/[\u200b\u00ad]/);
      expect(yaml).toContain(`\nid: "${code}"\n`);
      expect(yaml).toContain(`\ncode: "${code}"\n`);
      writeFileSync(join(dir, name), written.replaceAll('\u200b', ''));
      const again = await importEn([join(dir, name), '-o', out, '--effective', '2025-07-01']);
      expect([again.code, again.stderr]).toEqual([0, '']);
      expect(again.stdout).toMatch(/0 imported, 1 unchanged, 0 skipped\n$/);
      expect(readdirSync(out)).toEqual([`${code}.yaml`]);
    });
  }
});
