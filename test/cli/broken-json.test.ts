import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A hand-edited export, broken in the ways officers break JSON: `import` and `ontime` say the same plain words, in the
// run's language, on the line and column of the mistake, never Node's English parser message.
const DIR = 'test/fixtures/broken-json';
const CATALOG = 'test/fixtures/ontime/catalog';
// The last line of ontime's stderr when a dossier file is refused: no report is written, not even an empty one.
const noReportVi = (file: string): string =>
  `procmap: không ghi báo cáo vì không đọc được 1 tệp hồ sơ: "${file}" (lỗi nêu trên); báo cáo thiếu hồ sơ của tệp đó sẽ cho số liệu sai. Hãy sửa tệp đó, hoặc bỏ nó khỏi lệnh, rồi chạy lại\n`;
const noReportEn = (file: string): string =>
  `procmap: no report written: the dossier file "${file}" could not be read (see above), and a report without its dossiers would give wrong figures. Fix it, or leave it out of the command, and run again\n`;

const CASES: [file: string, place: string, vi: string][] = [
  ['unquoted-key.json', '3:4', 'tên TENTTHC chưa đặt trong ngoặc kép: hãy viết "TENTTHC"'],
  ['trailing-comma.json', '2:56', 'có dấu phẩy thừa trước "}": hãy xóa dấu phẩy'],
  ['single-quotes.json', '2:4', 'chuỗi đặt trong dấu nháy đơn: JSON cần dấu ngoặc kép, như "title"'],
  [
    'tab.json',
    '2:45',
    'có dấu tab hoặc ký tự điều khiển trong chuỗi trong ngoặc kép: hãy viết dấu tab thành \\t, hoặc xóa đi',
  ],
  [
    'backslash.json',
    '2:37',
    '\\H không phải cách viết JSON hiểu: hãy viết dấu gạch chéo ngược thành \\\\ (như "C:\\\\Hồ sơ")',
  ],
];

describe('a broken JSON file', () => {
  it.each(CASES)('import %s: where and what to write, in Vietnamese', async (file, place, vi) => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-broken-json-')), 'out');
    const run = await runCli(['import', `${DIR}/${file}`, '-o', out]);
    expect(run.stderr).toBe(`procmap: ${DIR}/${file}:${place}: không phải JSON hợp lệ: ${vi}\n`);
    expect(run.stdout).toBe('đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n');
    expect(run.code).toBe(1);
  });

  it.each(CASES)('ontime %s: the same words at the same place', async (file, place, vi) => {
    const run = await runCli(['ontime', `${DIR}/${file}`, '--catalog', CATALOG, '--as-of', '2026-03-31 17:00']);
    expect(run.stderr).toBe(
      `${DIR}/${file}:${place}: đối tượng hồ sơ không phải JSON hợp lệ: ${vi}\n${noReportVi(`${DIR}/${file}`)}`,
    );
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });

  it('a file cut short inside a text: import and ontime say it seems cut short and to export it again', async () => {
    // A download stopped part way: adding one quote mark would not mend it, the "}]" after it are missing too.
    const file = `${DIR}/cut-short.json`;
    const said = 'tệp có vẻ bị cắt cụt: tệp kết thúc giữa chừng một chuỗi trong ngoặc kép; hãy xuất lại tệp';
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-broken-json-')), 'out');
    const imported = await runCli(['import', file, '-o', out]);
    expect(imported).toEqual({
      code: 1,
      stdout: 'đã nhập 0, bỏ qua 0, không đọc được 1 tệp\n',
      stderr: `procmap: ${file}:17:23: không phải JSON hợp lệ: ${said}\n`,
    });
    const ontime = await runCli(['ontime', file, '--catalog', CATALOG, '--as-of', '2026-03-31 17:00']);
    expect(ontime).toEqual({ code: 1, stdout: '', stderr: `${file}:17:23: ${said}\n${noReportVi(file)}` });
  });

  it('a comment between dossiers, which ontime does not parse, is refused as one inside them is', async () => {
    const file = `${DIR}/comment.json`;
    const said = 'JSON has no comments: remove the comment that starts here';
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-broken-json-')), 'out');
    const imported = await runCli(['import', file, '-o', out, '--lang', 'en']);
    expect([imported.code, imported.stderr]).toEqual([1, `procmap: ${file}:2:26: not valid JSON: ${said}\n`]);
    expect(imported.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    const ontime = await runCli(['ontime', file, '--catalog', CATALOG, '--as-of', '2026-03-31 17:00', '--lang', 'en']);
    expect([ontime.code, ontime.stderr]).toEqual([1, `${file}:2:26: ${said}\n${noReportEn(file)}`]);
    expect(ontime.stdout).toBe('');
  });

  // ontime cuts each dossier out of the list and parses it alone: the list itself was never checked, and two dossiers
  // with no comma between them were read as if it were there.
  it.each([
    ['missing-comma.json', '3:3', 'a comma is missing before this item: write "," between two items'],
    ['comma-before-bracket.json', '3:91', 'a comma with nothing after it before "]": remove the comma'],
    ['double-comma.json', '2:90', 'a value is missing here: write one, e.g. "" or null'],
  ])('ontime refuses the list of dossiers %s at the place import names', async (file, place, said) => {
    const path = `${DIR}/${file}`;
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-broken-json-')), 'out');
    const imported = await runCli(['import', path, '-o', out, '--lang', 'en']);
    expect([imported.code, imported.stderr]).toEqual([1, `procmap: ${path}:${place}: not valid JSON: ${said}\n`]);
    const ontime = await runCli(['ontime', path, '--catalog', CATALOG, '--as-of', '2026-03-31 17:00', '--lang', 'en']);
    expect([ontime.code, ontime.stderr]).toEqual([1, `${path}:${place}: ${said}\n${noReportEn(path)}`]);
    expect(ontime.stdout).toBe('');
  });

  it('ontime reads one dossier a line from a file named .jsonl, and tells such a file named .json to be renamed', async () => {
    const path = `${DIR}/lines-named-json.json`;
    const args = ['--catalog', CATALOG, '--as-of', '2026-03-31 17:00', '--map', 'test/fixtures/ontime/map.yaml'];
    const named = await runCli(['ontime', path, ...args, '--lang', 'en']);
    expect([named.code, named.stderr]).toEqual([
      1,
      `${path}:2:1: a second object after the first: one object per line is JSON Lines, which procmap reads from a file named .jsonl; rename the file, or put the dossiers in one list [ … , … ]\n${noReportEn(path)}`,
    ]);
    expect(named.stdout).toBe('');
    const lines = join(mkdtempSync(join(tmpdir(), 'procmap-broken-json-')), 'ho-so.jsonl');
    copyFileSync(join(ROOT, path), lines);
    const read = await runCli(['ontime', lines, ...args, '--format', 'json']);
    expect([read.code, read.stderr]).toEqual([0, '']);
    expect(JSON.parse(read.stdout).totals.dossiers).toBe(2);
  });
});
