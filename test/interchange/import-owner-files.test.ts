import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnerFile, ownerName } from '../../src/interchange/owner-file.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// The owner files Excel (165 bytes) and Word (162 bytes, the name's first two letters cut) keep beside a file open in
// them, as a shared folder shows them and `procmap import *.xlsx *.docx` takes them in: written as Office writes them,
// the name of who has the file open in 8-bit characters, then in UTF-16 (at byte 55 in Excel's, 54 in Word's).
// Before: each was "not an Excel workbook procmap can read … (damaged …)", a file unreadable and exit 1.
const DIR = join(ROOT, 'test/interchange/fixtures/owner-files');
const EXCEL = '~$danh-muc.xlsx';
const WORD = '~$y-trinh.docx';
const fresh = () => join(mkdtempSync(join(tmpdir(), 'procmap-owner-files-')), 'out');

describe('procmap import of the owner files Office keeps beside an open file', () => {
  it('passes them over by name, saying whose they are, and imports the workbook beside them', async () => {
    const out = fresh();
    const files = [join(DIR, EXCEL), join(DIR, WORD), join(ROOT, 'test/interchange/fixtures/iso-steps.xlsx')];
    const run = await runCli(['import', '--lang', 'en', ...files, '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const F = 'test/interchange/fixtures';
    expect(run.stdout.split(out).join('OUT')).toBe(
      `lock file    ${F}/owner-files/${EXCEL}: the file Excel keeps beside a workbook while Nguyễn Văn An has it open, not a workbook: passed over (save your edits in Excel before you import: procmap reads the workbook as last saved)\n` +
        `lock file    ${F}/owner-files/${WORD}: the file Word keeps beside a document while Trần Thị Bình has it open, not a document: passed over (save your edits in Word before you import: procmap reads the document as last saved)\n` +
        `imported     OUT/QT-TP-05.yaml  ← ${F}/iso-steps.xlsx: sheet "Danh mục" row 2\n` +
        '1 imported, 0 skipped\n',
    );
    expect(readdirSync(out)).toEqual(['QT-TP-05.yaml']);
  });

  it('says so in Vietnamese, and writes nothing for an owner file alone', async () => {
    const out = fresh();
    const run = await runCli(['import', join(DIR, EXCEL), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      `tệp khóa     test/interchange/fixtures/owner-files/${EXCEL}: tệp Excel tạo cạnh sổ tính đang được Nguyễn Văn An mở, không phải sổ tính: bỏ qua (hãy lưu các chỗ sửa trong Excel trước khi nhập: procmap đọc sổ tính như lần lưu gần nhất)\n` +
        'đã nhập 0, bỏ qua 0\n',
    );
    expect(() => readdirSync(out)).toThrow();
  });
});

describe('isOwnerFile and ownerName', () => {
  const excel = readFileSync(join(DIR, EXCEL));
  const word = readFileSync(join(DIR, WORD));
  it('reads the UTF-16 name where Excel and Word write it', () => {
    expect([excel.length, word.length]).toEqual([165, 162]);
    expect([ownerName(excel), ownerName(word)]).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });
  it('gives no name for bytes that hold none', () => {
    expect(ownerName(Buffer.alloc(165))).toBeUndefined();
    expect(ownerName(Buffer.from([0x05, 0x41, 0x42]))).toBeUndefined();
  });
  it('is a small file named ~$…, never a workbook so named', () => {
    expect(isOwnerFile(EXCEL, excel)).toBe(true);
    expect(isOwnerFile('danh-muc.xlsx', excel)).toBe(false);
    const workbook = readFileSync(join(ROOT, 'test/interchange/fixtures/lone-steps.xlsx'));
    expect(isOwnerFile('~$lone-steps.xlsx', workbook)).toBe(false);
  });
});
