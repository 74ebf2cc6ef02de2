import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFee } from '../../src/interchange/record-fee.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// National records as the probe imported them (/tmp/probeS/nat): a fee whose description states its amount, a form's
// download address, a procedure no longer in force, a channel whose limit is the procedure's in other words.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/national-record');

/** `procmap import FIXTURE -o out` from a fresh folder (or `dir`), the fixture named as `F/`; the folder too. */
async function importRecord(name: string, lang: 'en' | 'vi', dir = mkdtempSync(join(tmpdir(), 'procmap-national-'))) {
  const run = await runCli(['import', '--lang', lang, join(FIXTURES, name), '-o', 'out'], { cwd: dir });
  return { ...run, stdout: run.stdout.split(`${FIXTURES}/`).join('F/'), dir };
}

describe('a national record fee whose description states its amount', () => {
  const fee = (entries: unknown[], kept: string[] = []) =>
    recordFee(entries, (entry, read) => kept.push(...Object.keys(entry).filter((key) => !read.includes(key))));

  it('is written once, never "Lệ phí: 50.000 đồng: 50.000 đồng"', () => {
    const kept: string[] = [];
    expect(fee([{ SOTIEN: '50.000', DONVI: 'Đồng', MOTA: 'Lệ phí: 50.000 đồng' }], kept)).toBe('Lệ phí: 50.000 đồng');
    expect(kept).toEqual([]);
    expect(fee([{ SOTIEN: '8000', DONVI: 'Đồng/bản', MOTA: 'Lệ phí cấp bản sao: 8.000 đồng/bản' }])).toBe(
      'Lệ phí cấp bản sao: 8.000 đồng/bản',
    );
  });

  it('keeps an amount or a unit the description does not say in the note, not beside amounts that may differ', () => {
    const kept: string[] = [];
    expect(fee([{ SOTIEN: '100000', DONVI: 'Đồng/hồ sơ', MOTA: 'Lệ phí: 50.000 đồng' }], kept)).toBe(
      'Lệ phí: 50.000 đồng',
    );
    expect(kept).toEqual(['SOTIEN', 'DONVI']);
    // A description with figures that are no amount (a circular's number) still gets the amount after it.
    expect(fee([{ SOTIEN: '50000', DONVI: 'Đồng', MOTA: 'Lệ phí theo Thông tư 85/2019/TT-BTC' }])).toBe(
      'Lệ phí theo Thông tư 85/2019/TT-BTC: 50.000 đồng',
    );
  });

  it('imports as the description says it', async () => {
    const run = await importRecord('fee-stated.json', 'en');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^imported +out\/1\.000011\.yaml {2}← F\/fee-stated\.json: record 1 \(1\.000011\)\n/u);
    const text = readFileSync(join(run.dir, 'out/1.000011.yaml'), 'utf8');
    expect(text).toContain('\n  - kind: in_person\n    fee: "Lệ phí: 50.000 đồng"\n');
    expect(text).toContain('\nfee: "Lệ phí: 50.000 đồng"\n');
    expect(text).not.toContain('đồng: 50.000');
    // The description states the amount field: nothing to check.
    expect(run.stdout).not.toContain('SOTIEN');
  });
});

describe('a national record fee whose description states another amount than its amount field', () => {
  // MOTA "Lệ phí: 50.000 đồng/hồ sơ" with SOTIEN 30000: the import kept the description and put the amount in the
  // note without a word, so the officer never learnt that the record gives two amounts.
  const said = {
    vi: 'KENH 1 (trực tiếp): phần mô tả phí, lệ phí (MOTA) ghi "Lệ phí: 50.000 đồng/hồ sơ" nhưng số tiền (SOTIEN) là 30.000 đồng: đã giữ phần mô tả làm phí, lệ phí, số tiền kia giữ trong ghi chú; hãy kiểm tra số nào đúng và sửa lại tệp',
    en: 'KENH 1 (trực tiếp): the fee\'s description (MOTA) says "Lệ phí: 50.000 đồng/hồ sơ" but its amount (SOTIEN) is 30.000 đồng: the description is kept as the fee, the amount in the note; check which is right and correct the file',
  };

  it.each(['vi', 'en'] as const)('keeps the written text and says both values under the record (%s)', async (lang) => {
    const run = await importRecord('fee-differs.json', lang);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const record = lang === 'vi' ? 'bản ghi' : 'record';
    expect(run.stdout).toContain(
      `out/1.000012.yaml  ← F/fee-differs.json: ${record} 1 (1.000012)\n               ${said[lang]}\n`,
    );
    const text = readFileSync(join(run.dir, 'out/1.000012.yaml'), 'utf8');
    expect(text).toContain('\n  - kind: in_person\n    fee: "Lệ phí: 50.000 đồng/hồ sơ"\n');
    expect(text).toContain('\n#   CACHTHUCTHUCHIEN[0].THOIGIAN[0].PHILEPHI[0].SOTIEN: 30000\n');
  });
});

describe('a national record paper with a form address (URL)', () => {
  it('gives the paper its form: the address, after the form’s name when the record names it', async () => {
    const run = await importRecord('form-address.json', 'en');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(join(run.dir, 'out/1.000021.yaml'), 'utf8');
    expect(text).toContain(
      '\n    copies: 0\n    form: https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=abc\n',
    );
    expect(text).toContain(
      '\n    form: Mẫu 05.docx (https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=def)\n',
    );
    // Not in the note as well.
    expect(text).not.toMatch(/^# .*URL/mu);
  });
});

describe('a national record channel whose limit is the procedure’s in other words', () => {
  it('writes no limit of its own: "5" "Ngày làm việc" is "Không quá 05 ngày làm việc"', async () => {
    const run = await importRecord('form-address.json', 'en');
    expect(run.code).toBe(0);
    const text = readFileSync(join(run.dir, 'out/1.000021.yaml'), 'utf8');
    expect(text).toContain('\ntime_limit: Không quá 05 ngày làm việc\n');
    expect(text).toContain('\n  - kind: online\n    fee: "Lệ phí: 50.000 đồng"\n    note: Nộp trực tuyến');
    expect(text.match(/time_limit/gu)).toHaveLength(1);
  });
});

describe('a national record no longer in force (TRANGTHAI)', () => {
  const said = {
    en: '               TRANGTHAI "Hết hiệu lực": the national record says this procedure is not in force; the file is written, with the status in its note: check it before you publish it, and remove the file if the procedure is abolished\n',
    vi: '               TRANGTHAI "Hết hiệu lực": bản ghi quốc gia cho biết thủ tục này không còn hiệu lực; tệp vẫn được ghi, tình trạng giữ trong ghi chú: hãy kiểm tra trước khi công bố, và xóa tệp nếu thủ tục đã bị bãi bỏ\n',
  };

  it.each(['en', 'vi'] as const)('is written and said under it, in the report’s language (%s)', async (lang) => {
    const run = await importRecord('not-in-force.json', lang);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const head = lang === 'en' ? 'imported   ' : 'đã nhập    ';
    const record = lang === 'en' ? 'record' : 'bản ghi';
    expect(
      run.stdout.startsWith(`${head}  out/1.000001.yaml  ← F/not-in-force.json: ${record} 1 (1.000001)\n${said[lang]}`),
    ).toBe(true);
    expect(readFileSync(join(run.dir, 'out/1.000001.yaml'), 'utf8')).toContain('\n#   TRANGTHAI: Hết hiệu lực\n');
    // One in force ("Còn hiệu lực") is not said.
    expect((await importRecord('form-address.json', lang)).stdout).not.toContain('TRANGTHAI');
  });
});

describe('the import report of a way of filing with a fee that names itself', () => {
  it('prints the fee as written, never "lệ phí Lệ phí: …"', async () => {
    const first = await importRecord('form-address.json', 'vi');
    expect(first.code).toBe(0);
    // The officer's file lacks the online way the record gives.
    const file = join(first.dir, 'out/1.000021.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\n {2}- kind: online\n(?: {4}.*\n)*/u, '\n'));
    const again = await importRecord('form-address.json', 'vi', first.dir);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe(
      'bỏ qua       F/form-address.json: bản ghi 1 (1.000021): out/1.000021.yaml đã có và khác nội dung; dùng --force để ghi đè\n' +
        '               sẽ thêm: Cách thực hiện (Trực tuyến): Lệ phí: 50.000 đồng; Nộp trực tuyến qua Cổng Dịch vụ công quốc gia\n' +
        'đã nhập 0, bỏ qua 1\n',
    );
  });
});

describe('a national record whose same-day limit says its cutoff without brackets', () => {
  it('is imported with the limit as written, and a step name without the colon that opens its lines', async () => {
    const run = await importRecord('same-day-cutoff.json', 'en');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('imported     out/1.000009.yaml  ← F/same-day-cutoff.json: record 1 (1.000009)\n');
    const text = readFileSync(join(run.dir, 'out/1.000009.yaml'), 'utf8');
    expect(text).toContain('\ntime_limit: Trả kết quả ngay trong ngày nếu nhận hồ sơ trước 15 giờ\n');
    expect(text).toContain(
      '\n  - id: s2\n    name: Bộ phận Một cửa kiểm tra hồ sơ\n    body: CQ\n    duration: 0h\n    draft: true\n    description: |-\n      a) Trường hợp hồ sơ đầy đủ thì tiếp nhận;\n',
    );
    const time = await runCli(['time', 'out/1.000009.yaml', '--lang', 'vi'], { cwd: run.dir });
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain('\nHồ sơ nhận sau 15:00 được tính từ ngày làm việc tiếp theo\n');
  });

  it('when its words are not read, is skipped with the same-day form first in what to write', async () => {
    const run = await importRecord('same-day-unread.json', 'vi');
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toBe(
      'bỏ qua       F/same-day-unread.json: bản ghi 1 (1.000011): KENH 1 (trực tiếp): thời hạn "Trả kết quả ngay trong ngày nếu hồ sơ hợp lệ" không phải thời hạn procmap đọc được, và không thể lấy thời hạn của cách khác thay vào: hãy ghi vào THOIGIANGIAIQUYET và để trống DONVITINH, như "Trong ngày", hoặc "Trong ngày (nếu tiếp nhận trước 15 giờ)" nếu hồ sơ nhận sau giờ đó trả vào ngày làm việc tiếp theo; hoặc số và đơn vị ở DONVITINH, như "15" "Ngày làm việc"\n' +
        'đã nhập 0, bỏ qua 1\n',
    );
  });
});
