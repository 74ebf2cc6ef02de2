import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Files named .xlsx or .docx that are no Office package (fixtures/not-packages/make.mjs). Each was "not the zip package
// an .xlsx is (damaged, cut off, or another kind of file renamed)", which tells an officer holding a portal's "Excel"
// list, a web page, neither what it is nor that Excel opens it and saves it as .xlsx.
const DIR = 'test/interchange/fixtures/not-packages';

const cases: [string, string][] = [
  [
    'rong.xlsx',
    'the file is empty (0 bytes): it was not saved or copied whole; open the original in Excel and save it again as .xlsx',
  ],
  [
    'rong.docx',
    'the file is empty (0 bytes): it was not saved or copied whole; open the original in Word and save it again as .docx',
  ],
  [
    'trang-web.xlsx',
    'this is a web page (HTML) named .xlsx, as some portals and software save their lists: open it in Excel and save it as .xlsx (File, Save As, the .xlsx type)',
  ],
  [
    'bang-tinh-2003.xlsx',
    'this is an Excel 2003 XML spreadsheet named .xlsx, as some portals and software save their lists: open it in Excel and save it as .xlsx (File, Save As, the .xlsx type)',
  ],
  [
    'van-ban.docx',
    'this is an RTF document named .docx, as some portals and software save their lists: open it in Word and save it as .docx (File, Save As, the .docx type)',
  ],
  [
    'ban-in.docx',
    'this is a PDF file named .docx: procmap does not read PDF; import the Word file it was printed from, or copy its text into Word and save that as .docx',
  ],
];

describe('procmap import: a file named .xlsx or .docx that is another kind of file', () => {
  it.each(cases)('%s: says what the file is and how to make the package, writes nothing', async (name, words) => {
    const input = join(ROOT, DIR, name);
    const before = readFileSync(input);
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-not-package-')), 'out');
    const run = await runCli(['import', '--lang', 'en', input, '-o', out]);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      1,
      '0 imported, 0 skipped, 1 file unreadable\n',
      `procmap: ${DIR}/${name}: ${words}\n`,
    ]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('says it in Vietnamese by default', async () => {
    const input = join(ROOT, DIR, 'trang-web.xlsx');
    const run = await runCli(['import', input, '-o', mkdtempSync(join(tmpdir(), 'procmap-not-package-'))]);
    expect([run.code, run.stderr]).toEqual([
      1,
      `procmap: ${DIR}/trang-web.xlsx: đây là một trang web (HTML) được đặt đuôi .xlsx, như một số cổng và phần mềm lưu danh sách: hãy mở bằng Excel rồi lưu thành .xlsx (Tệp, Lưu thành, chọn kiểu .xlsx)\n`,
    ]);
  });
});

describe('procmap import: a file of a kind import does not read, under its own name', () => {
  it.each([
    ['quy-trinh.odt', 'open it in LibreOffice Writer and save it as .docx (File, Save As, "Word 2007-365 (.docx)")'],
    ['danh-muc.ods', 'open it in LibreOffice Calc and save it as .xlsx (File, Save As, "Excel 2007-365 (.xlsx)")'],
    ['ban-in.pdf', 'procmap does not read PDF: import the Word or Excel file it was printed from'],
  ])('%s: says how to make a file it reads (exit 2), writes nothing', async (name, instead) => {
    const input = join(ROOT, DIR, name);
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-not-package-')), 'out');
    const run = await runCli(['import', '--lang', 'en', input, '-o', out]);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `procmap: "${input}": procmap imports .json (national records), .xlsx and .csv (catalogs, step tables) and .docx (ISO documents in Word); ${instead}\n`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
