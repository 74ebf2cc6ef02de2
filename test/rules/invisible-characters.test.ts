import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/cli.js';
import { FIXTURES, lintFixture, testRule } from '../helpers/rule-tester.js';
import { loadFile } from '../../src/model/load.js';

testRule('invisible-characters', {
  'invalid-bidi-and-zero-width.yaml': [
    {
      line: 2,
      column: 27,
      message:
        'Line 2 has an invisible character, U+202E (right-to-left override); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng 2 có ký tự ẩn U+202E (ký tự ép hướng phải sang trái), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
    {
      line: 11,
      column: 21,
      message:
        'Line 11 has an invisible character, U+200B (zero-width space); it can make the text read differently from what is stored: delete it',
      // Named in the run's language: an officer reading Vietnamese looks it up by its Vietnamese name.
      vi: 'Dòng 11 có ký tự ẩn U+200B (dấu cách độ rộng 0), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
  ],
  // A soft hyphen and a byte order mark inside a name (d46 of the first-draft probe), named in Vietnamese too.
  'invalid-bom-inside.yaml': [
    {
      line: 14,
      column: 15,
      message:
        'Line 14 has an invisible character, U+00AD (soft hyphen); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng 14 có ký tự ẩn U+00AD (dấu gạch nối mềm), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
    {
      line: 22,
      column: 18,
      message:
        'Line 22 has an invisible character, U+FEFF (zero-width no-break space); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng 22 có ký tự ẩn U+FEFF (dấu cách không ngắt độ rộng 0), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
  ],
  // Written as escapes of a double-quoted text ("Chứng\u200bthực"), the value holds them as it would typed as they
  // are: told alike, at the escape. A single-quoted '\u200b' is six characters as written, and no invisible one.
  'invalid-escaped.yaml': [
    {
      line: 2,
      column: 14,
      message:
        'Line 2 has an invisible character, U+200B (zero-width space); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng 2 có ký tự ẩn U+200B (dấu cách độ rộng 0), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
    {
      line: 11,
      column: 22,
      message:
        'Line 11 has an invisible character, U+00AD (soft hyphen); it can make the text read differently from what is stored: delete it',
    },
  ],
  'invalid-soft-hyphen.yaml': [
    {
      line: 2,
      column: 14,
      message:
        'Line 2 has an invisible character, U+00AD (soft hyphen); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng 2 có ký tự ẩn U+00AD (dấu gạch nối mềm), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
    {
      line: 19,
      column: 30,
      message:
        'Line 19 has an invisible character, U+00AD (soft hyphen); it can make the text read differently from what is stored: delete it',
    },
    {
      line: 22,
      column: 22,
      message:
        'Line 22 has an invisible character, U+00AD (soft hyphen); it can make the text read differently from what is stored: delete it',
    },
  ],
});

describe('rule invisible-characters fix', () => {
  it('offers the line without the escapes of invisible characters, each of them, the rest as written', () => {
    const [title, step] = lintFixture('invisible-characters', 'invalid-escaped.yaml');
    expect(title!.fix).toMatchObject({
      range: { line: 2, column: 1, endLine: 2 },
      text: 'title: "Chứngthực bản sao từ bản chính"',
    });
    expect(step!.fix).toMatchObject({ text: '    name: "Tiếp nhận, kiểm tra hồ sơ "' });
  });

  it('offers the line without its invisible characters', () => {
    const [diagnostic] = lintFixture('invisible-characters', 'invalid-bidi-and-zero-width.yaml');
    expect(diagnostic!.fix).toMatchObject({
      range: { line: 2, column: 1, endLine: 2 },
      text: 'title: Chứng thực bản sao từ bản chính',
    });
  });
});

// A limit, a date and a duration copied from a web page, each ending with a zero-width space.
const PASTED = [
  'id: QT-P-01',
  'title: Thủ tục thử',
  'revision: 1',
  'effective: 01/07/2025\u200b',
  'time_limit: 30 ngày làm việc\u200b',
  'bodies: { TN: { name: Bộ phận Tiếp nhận và Trả kết quả, single_window: true } }',
  'steps:',
  '  - id: B1',
  '    name: Tiếp nhận',
  '    body: TN',
  '    duration: 4 giờ\u200b',
  '',
].join('\n');

describe('procmap lint on values that end with an invisible character', () => {
  it('reads each value without it, says where it is in both languages, and --fix deletes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-invisible-'));
    writeFileSync(join(dir, 'p.yaml'), PASTED);
    const warning = (line: number, column: number) =>
      `  ${`${line}:${column}`.padEnd(5)}  warning  Line ${line} has an invisible character, U+200B (zero-width space); it can make the text read differently from what is stored: delete it  invisible-characters\n`;
    const en = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout).toBe(
      'p.yaml\n' +
        warning(4, 22) +
        warning(5, 29) +
        warning(11, 20) +
        '\n✖ 3 problems (0 errors, 3 warnings)\n' +
        '  0 errors and 3 warnings potentially fixable with the `--fix` option.\n',
    );
    const vi = await runCli(['lint', 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    expect(vi.stdout).toContain(
      '5:29   cảnh báo  Dòng 5 có ký tự ẩn U+200B (dấu cách độ rộng 0), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    );
    expect(vi.stdout).not.toContain('\\u200b');
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(PASTED.replaceAll('\u200b', ''));
  });
});

// A title, a duration and a step's body with a soft hyphen (U+00AD) from Word or a web page: shown only where a line
// breaks in the word, so "UB\u00adND" reads "UBND" and "vi\u00adệc" "việc".
const SOFT_HYPHEN = join(ROOT, FIXTURES, 'invisible-characters', 'invalid-soft-hyphen.yaml');

describe('procmap lint on a soft hyphen', () => {
  it('reads each value without it: a duration, a body named and a title to search, with a warning --fix acts on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-soft-hyphen-'));
    copyFileSync(SOFT_HYPHEN, join(dir, 'p.yaml'));
    const warning = (line: number, column: number) =>
      `  ${`${line}:${column}`.padEnd(5)}  warning  Line ${line} has an invisible character, U+00AD (soft hyphen); it can make the text read differently from what is stored: delete it  invisible-characters\n`;
    const en = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout).toBe(
      'p.yaml\n' +
        warning(2, 14) +
        warning(19, 30) +
        warning(22, 22) +
        '\n✖ 3 problems (0 errors, 3 warnings)\n' +
        '  0 errors and 3 warnings potentially fixable with the `--fix` option.\n',
    );
    const loaded = loadFile('p.yaml', readFileSync(join(dir, 'p.yaml')));
    expect((loaded.data as { title: string }).title).toBe('Cấp giấy xác nhận thử nghiệm');
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(readFileSync(SOFT_HYPHEN, 'utf8').replaceAll('\u00ad', ''));
  });
});
