import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// An officer's finished files and the sources they came from, each with one value changed since.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/update');
const fixture = (name: string) => join(FIXTURES, name);

/** An output folder holding `files` (fixture name → name in the folder, folders made), as `out/`. */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-import-update-'));
  for (const [from, to] of Object.entries(files)) {
    mkdirSync(join(dir, 'out', to, '..'), { recursive: true });
    copyFileSync(fixture(from), join(dir, 'out', to));
  }
  mkdirSync(join(dir, 'out'), { recursive: true });
  return dir;
}

/** `procmap import SOURCE -o out` in English from `dir`, the source named from the fixtures as `F/`. */
async function importInto(dir: string, source: string, ...more: string[]) {
  const run = await runCli(['import', '--lang', 'en', fixture(source), '-o', 'out', ...more], { cwd: dir });
  return { ...run, stdout: run.stdout.split(`${FIXTURES}/`).join('F/') };
}

/** The lines of `after` that are not in `before`, and of `before` not in `after`: what the import changed. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line) => !b.includes(line)), added: b.filter((line) => !a.includes(line)) };
}

describe('procmap import over an officer’s file: only what the source changed', () => {
  it('a catalog row with a new fee changes the fee, and keeps the steps, bodies and cutoff it does not carry', async () => {
    const dir = folderWith({ 'chung-thuc.yaml': 'ct.yaml' });
    const before = readFileSync(fixture('chung-thuc.yaml'), 'utf8');
    const asked = await importInto(dir, 'phi-moi.csv');
    expect(asked.stderr).toBe('');
    expect(asked.code).toBe(1);
    expect(asked.stdout).toBe(
      'skipped      F/phi-moi.csv: row 2 (2.000815): out/ct.yaml already exists and differs; use --force to overwrite it\n' +
        '               would change: Fee: 2.000 đồng/trang → 3.000 đồng/trang\n' +
        '0 imported, 1 skipped\n',
    );
    expect(readFileSync(join(dir, 'out/ct.yaml'), 'utf8')).toBe(before);
    const forced = await importInto(dir, 'phi-moi.csv', '--force');
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(
      'overwritten  out/ct.yaml  ← F/phi-moi.csv: row 2 (2.000815)\n' +
        '               steps and bodies kept from out/ct.yaml: the source gives no step with its body and duration\n' +
        '               changed: Fee: 2.000 đồng/trang → 3.000 đồng/trang\n' +
        '0 imported, 1 overwritten, 0 skipped\n',
    );
    expect(readFileSync(join(dir, 'out/ct.yaml'), 'utf8')).toBe(
      before.replace('fee: 2.000 đồng/trang', 'fee: 3.000 đồng/trang'),
    );
  });

  it('a national record with a new fee keeps the written steps, the effective date and its comment', async () => {
    const dir = folderWith({ 'khai-sinh-da-viet.yaml': '1.001193.yaml' });
    const before = readFileSync(fixture('khai-sinh-da-viet.yaml'), 'utf8');
    const run = await importInto(dir, 'khai-sinh-phi-moi.json', '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'overwritten  out/1.001193.yaml  ← F/khai-sinh-phi-moi.json: record 1 (1.001193)\n' +
        '               4 fields procmap has no place for kept in the note\n' +
        '               steps and bodies kept from out/1.001193.yaml: the source gives no step with its body and duration\n' +
        '               changed: Fee: Lệ phí: Miễn phí → Lệ phí: 8.000 đồng\n' +
        '               changed: Fee (In person): Lệ phí: Miễn phí → Lệ phí: 8.000 đồng\n' +
        '0 imported, 1 overwritten, 0 skipped\n',
    );
    const after = readFileSync(join(dir, 'out/1.001193.yaml'), 'utf8');
    expect(after).toContain('effective: 2025-07-01  # ngày áp dụng tại xã\n');
    expect(changedLines(before, after)).toEqual({
      removed: ['# Imported by procmap import from r1.json.', '    fee: "Lệ phí: Miễn phí"', 'fee: "Lệ phí: Miễn phí"'],
      added: [
        '# Imported by procmap import from khai-sinh-phi-moi.json.',
        '    fee: "Lệ phí: 8.000 đồng"',
        'fee: "Lệ phí: 8.000 đồng"',
      ],
    });
  });

  it('a national record goes to the file whose procedure has its code, under that file’s id', async () => {
    const dir = folderWith({ 'khai-sinh-da-viet.yaml': 'xa/khai-sinh.yaml' });
    const file = join(dir, 'out/xa/khai-sinh.yaml');
    const before = readFileSync(file, 'utf8').replace('id: "1.001193"', 'id: QT-HT-01');
    writeFileSync(file, before);
    const run = await importInto(dir, 'khai-sinh-phi-moi.json', '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'overwritten  out/xa/khai-sinh.yaml  ← F/khai-sinh-phi-moi.json: record 1 (1.001193)',
      '               4 fields procmap has no place for kept in the note',
      '               the output folder has code 1.001193 as QT-HT-01: updated in its file, under its id',
    ]);
    expect(readdirSync(join(dir, 'out'))).toEqual(['xa']);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('id: QT-HT-01\n');
    expect(changedLines(before, after).added).toEqual([
      '# Imported by procmap import from khai-sinh-phi-moi.json.',
      '    fee: "Lệ phí: 8.000 đồng"',
      'fee: "Lệ phí: 8.000 đồng"',
    ]);
  });

  it('keeps the id as the file writes it when the row writes it in other letter case, and changes only the fee', async () => {
    const dir = folderWith({ 'chung-thuc.yaml': 'ct.yaml' });
    const before = readFileSync(fixture('chung-thuc.yaml'), 'utf8');
    const run = await importInto(dir, 'phi-moi-ma-chu-thuong.csv', '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'overwritten  out/ct.yaml  ← F/phi-moi-ma-chu-thuong.csv: row 2 (2.000815)\n' +
        '               steps and bodies kept from out/ct.yaml: the source gives no step with its body and duration\n' +
        '               changed: Fee: 2.000 đồng/trang → 3.000 đồng/trang\n' +
        '0 imported, 1 overwritten, 0 skipped\n',
    );
    expect(readFileSync(join(dir, 'out/ct.yaml'), 'utf8')).toBe(
      before.replace('fee: 2.000 đồng/trang', 'fee: 3.000 đồng/trang'),
    );
  });

  it('updates the file whose id an earlier --fix wrote with D from a row with Đ, and says the id changed', async () => {
    // The file is found by the name the id gives it (idFileKey), never refused as "another procedure".
    const dir = folderWith({ 'dang-ky-kinh-doanh.yaml': 'QT-DKKD-01.yaml' });
    const before = readFileSync(fixture('dang-ky-kinh-doanh.yaml'), 'utf8');
    const asked = await importInto(dir, 'dang-ky-kinh-doanh-co-dj.csv');
    expect(asked.stderr).toBe('');
    expect(asked.code).toBe(1);
    expect(asked.stdout).toBe(
      'skipped      F/dang-ky-kinh-doanh-co-dj.csv: row 2 (2.000720): out/QT-DKKD-01.yaml already exists and differs; use --force to overwrite it\n' +
        '               would change: id: QT-DKKD-01 → QT-ĐKKD-01\n' +
        '0 imported, 1 skipped\n',
    );
    expect(readFileSync(join(dir, 'out/QT-DKKD-01.yaml'), 'utf8')).toBe(before);
    const forced = await runCli(['import', fixture('dang-ky-kinh-doanh-co-dj.csv'), '-o', 'out', '--force'], {
      cwd: dir,
    });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout.split(`${FIXTURES}/`).join('F/')).toBe(
      'đã ghi đè    out/QT-DKKD-01.yaml  ← F/dang-ky-kinh-doanh-co-dj.csv: dòng 2 (2.000720)\n' +
        '               giữ các bước và đơn vị trong out/QT-DKKD-01.yaml: nguồn không có bước nào ghi đơn vị và thời gian\n' +
        '               đã thay đổi: Mã hiệu (id): QT-DKKD-01 → QT-ĐKKD-01\n' +
        'đã nhập 0, ghi đè 1, bỏ qua 0\n',
    );
    expect(readdirSync(join(dir, 'out'))).toEqual(['QT-DKKD-01.yaml']);
    expect(readFileSync(join(dir, 'out/QT-DKKD-01.yaml'), 'utf8')).toBe(
      before.replace('id: QT-DKKD-01', 'id: QT-ĐKKD-01'),
    );
  });

  it('keeps the letter case of the file’s id and takes the Đ of a row in lower case', async () => {
    const dir = folderWith({ 'dang-ky-kinh-doanh.yaml': 'QT-DKKD-01.yaml' });
    const before = readFileSync(fixture('dang-ky-kinh-doanh.yaml'), 'utf8');
    const run = await importInto(dir, 'dang-ky-kinh-doanh-chu-thuong.csv', '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('               changed: id: QT-DKKD-01 → QT-ĐKKD-01\n');
    expect(readFileSync(join(dir, 'out/QT-DKKD-01.yaml'), 'utf8')).toBe(
      before.replace('id: QT-DKKD-01', 'id: QT-ĐKKD-01'),
    );
  });

  it('keeps the Đ of the file’s id when a row writes it with D: the same procedure, unchanged', async () => {
    const dir = folderWith({ 'dang-ky-kinh-doanh-co-dj.yaml': 'QT-DKKD-01.yaml' });
    const before = readFileSync(fixture('dang-ky-kinh-doanh-co-dj.yaml'), 'utf8');
    const run = await importInto(dir, 'dang-ky-kinh-doanh-khong-dj.csv', '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'unchanged    out/QT-DKKD-01.yaml  ← F/dang-ky-kinh-doanh-khong-dj.csv: row 2 (2.000720)\n' +
        '               steps and bodies kept from out/QT-DKKD-01.yaml: the source gives no step with its body and duration\n' +
        '0 imported, 1 unchanged, 0 skipped\n',
    );
    expect(readFileSync(join(dir, 'out/QT-DKKD-01.yaml'), 'utf8')).toBe(before);
  });

  it('says what a national record would add and remove as diff does, and adds its legal basis to the file’s', async () => {
    const dir = folderWith({ 'chung-thuc-can-cu.yaml': 'ct.yaml' });
    const before = readFileSync(fixture('chung-thuc-can-cu.yaml'), 'utf8');
    const asked = await importInto(dir, 'chung-thuc-ban-ghi.json');
    expect(asked.stderr).toBe('');
    expect(asked.code).toBe(1);
    expect(asked.stdout).toBe(
      'skipped      F/chung-thuc-ban-ghi.json: record 1 (2.000815): out/ct.yaml already exists and differs; use --force to overwrite it\n' +
        '               would change: Fee: 2.000 đồng/trang → 3.000 đồng/trang\n' +
        '               would remove: Dossier: Bản sao cần chứng thực (1 copy)\n' +
        '               would add: Legal basis: Thông tư số 01/2020/TT-BTP ngày 03/03/2020\n' +
        // The record's in-person way with the procedure's fee is what the file, naming no way, means: no change.
        '0 imported, 1 skipped\n',
    );
    const run = await runCli(['import', fixture('chung-thuc-ban-ghi.json'), '-o', 'out', '--force'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split(`${FIXTURES}/`).join('F/')).toBe(
      'đã ghi đè    out/ct.yaml  ← F/chung-thuc-ban-ghi.json: bản ghi 1 (2.000815)\n' +
        '               thư mục ghi ra đã có mã thủ tục 2.000815 là QT-CT-01: cập nhật vào tệp đó, giữ mã hiệu QT-CT-01\n' +
        '               giữ các bước và đơn vị trong out/ct.yaml: nguồn không có bước nào ghi đơn vị và thời gian\n' +
        '               giữ 2 văn bản trong căn cứ pháp lý của out/ct.yaml mà bản ghi không nêu: hãy bỏ văn bản nào đã hết hiệu lực\n' +
        '               đã thay đổi: Phí, lệ phí: 2.000 đồng/trang → 3.000 đồng/trang\n' +
        '               đã bỏ: Thành phần hồ sơ: Bản sao cần chứng thực (01 bản sao)\n' +
        '               đã thêm: Căn cứ pháp lý: Thông tư số 01/2020/TT-BTP ngày 03/03/2020\n' +
        'đã nhập 0, ghi đè 1, bỏ qua 0\n',
    );
    // The decree the record cites in fewer words is the file's entry; the province's decision and the standard stay.
    const after = readFileSync(join(dir, 'out/ct.yaml'), 'utf8');
    expect(changedLines(before, after)).toEqual({
      removed: ['  - name: Bản sao cần chứng thực', '    copies: 1', 'fee: 2.000 đồng/trang'],
      // No in-person channel with the procedure's fee: the file, naming no way of filing, means that already.
      added: ['  - Thông tư số 01/2020/TT-BTP ngày 03/03/2020', 'fee: 3.000 đồng/trang'],
    });
  });

  it('updates a file from a national record with no legal basis, keeping the file’s effective date', async () => {
    const dir = folderWith({ 'chung-thuc.yaml': 'ct.yaml' });
    const run = await importInto(dir, 'chung-thuc-kenh.json', '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'overwritten  out/ct.yaml  ← F/chung-thuc-kenh.json: record 1 (2.000815)\n' +
        '               the output folder has code 2.000815 as QT-CT-01: updated in its file, under its id\n' +
        '               steps and bodies kept from out/ct.yaml: the source gives no step with its body and duration\n' +
        '               added: Way of filing (In person): no time limit or fee of its own\n' +
        '               added: Way of filing (Online): no time limit or fee of its own\n' +
        '0 imported, 1 overwritten, 0 skipped\n',
    );
    expect(readFileSync(join(dir, 'out/ct.yaml'), 'utf8')).toContain('effective: 2025-07-01\n');
    // A new file has no date to keep: the record is refused, as before.
    const fresh = folderWith({});
    const refused = await importInto(fresh, 'chung-thuc-kenh.json');
    expect(refused.stderr).toBe('');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(
      'skipped      F/chung-thuc-kenh.json: record 1 (2.000815): no effective date: give one with --effective YYYY-MM-DD\n' +
        '0 imported, 1 skipped\n',
    );
    expect(readdirSync(join(fresh, 'out'))).toEqual([]);
  });

  it('updates a file from a catalog row with no effective date, keeping the file’s, and writes no new file from it', async () => {
    const dir = folderWith({ 'chung-thuc.yaml': 'ct.yaml' });
    const before = readFileSync(fixture('chung-thuc.yaml'), 'utf8');
    const run = await importInto(dir, 'phi-moi-khong-ngay.csv', '--force');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'overwritten  out/ct.yaml  ← F/phi-moi-khong-ngay.csv: row 2 (2.000815)\n' +
        '               steps and bodies kept from out/ct.yaml: the source gives no step with its body and duration\n' +
        '               changed: Fee: 2.000 đồng/trang → 3.000 đồng/trang\n' +
        '0 imported, 1 overwritten, 0 skipped\n',
    );
    expect(readFileSync(join(dir, 'out/ct.yaml'), 'utf8')).toBe(
      before.replace('fee: 2.000 đồng/trang', 'fee: 3.000 đồng/trang'),
    );
    const fresh = folderWith({});
    const refused = await importInto(fresh, 'phi-moi-khong-ngay.csv');
    expect(refused.stderr).toBe('');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(
      'skipped      F/phi-moi-khong-ngay.csv: row 2 (2.000815): no effective date: add a column "Ngày hiệu lực" or give --effective YYYY-MM-DD\n' +
        '0 imported, 1 skipped\n',
    );
    expect(readdirSync(join(fresh, 'out'))).toEqual([]);
  });

  it('never replaces another procedure that sits in the file of the imported one’s id, even with --force', async () => {
    const dir = folderWith({ 'chung-thuc.yaml': '1.001193.yaml' });
    const before = readFileSync(fixture('chung-thuc.yaml'), 'utf8');
    for (const more of [[], ['--force']]) {
      const run = await importInto(dir, 'khai-sinh-phi-moi.json', '--effective', '2025-07-01', ...more);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(
        'skipped      F/khai-sinh-phi-moi.json: record 1 (1.001193): out/1.001193.yaml holds QT-CT-01, another procedure; procmap never replaces it, even with --force: rename that file, or import into another folder\n' +
          '0 imported, 1 skipped\n',
      );
      expect(readFileSync(join(dir, 'out/1.001193.yaml'), 'utf8')).toBe(before);
    }
  });

  it('orders a limit in working days against one in calendar days on the calendar, as diff does', async () => {
    const dir = folderWith({ 'chung-thuc-5-ngay-lam-viec.yaml': 'ct.yaml' });
    const raised = await importInto(dir, 'chung-thuc-30-ngay-lich.json');
    expect(raised.stderr).toBe('');
    expect(raised.code).toBe(1);
    expect(raised.stdout).toBe(
      'skipped      F/chung-thuc-30-ngay-lich.json: record 1 (2.000815): out/ct.yaml already exists and differs; use --force to overwrite it\n' +
        '               would change: Time limit: 5 working days → 30 calendar days  limit raised: applicants wait longer; check that the law allows it\n' +
        '0 imported, 1 skipped\n',
    );
    // 5 working days and 5 calendar days: which is longer depends on the day of receipt; the report says what each counts.
    const run = await runCli(['import', fixture('chung-thuc-5-ngay-lich.json'), '-o', 'out'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.split(`${FIXTURES}/`).join('F/')).toBe(
      'bỏ qua       F/chung-thuc-5-ngay-lich.json: bản ghi 1 (2.000815): out/ct.yaml đã có và khác nội dung; dùng --force để ghi đè\n' +
        '               sẽ thay đổi: Thời hạn giải quyết: 5 ngày làm việc → 5 ngày (lịch)  ngày làm việc so với ngày lịch: dài hơn với một số ngày tiếp nhận, ngắn hơn với ngày khác\n' +
        'đã nhập 0, bỏ qua 1\n',
    );
  });
});
