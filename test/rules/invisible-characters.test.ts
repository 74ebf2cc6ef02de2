import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('invisible-characters', {
  'invalid-bidi-and-zero-width.yaml': [
    {
      line: 2,
      column: 27,
      message:
        'Line 2 has an invisible character, U+202E (right-to-left override); it can make the text read differently from what is stored: delete it',
      vi: 'Dòng 2 có ký tự ẩn U+202E (right-to-left override), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    },
    {
      line: 11,
      column: 21,
      message:
        'Line 11 has an invisible character, U+200B (zero-width space); it can make the text read differently from what is stored: delete it',
    },
  ],
});

describe('rule invisible-characters fix', () => {
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
      '5:29   cảnh báo  Dòng 5 có ký tự ẩn U+200B (zero-width space), có thể làm văn bản hiển thị khác với nội dung lưu: hãy xoá ký tự này',
    );
    expect(vi.stdout).not.toContain('\\u200b');
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'p.yaml'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(PASTED.replaceAll('\u200b', ''));
  });
});
