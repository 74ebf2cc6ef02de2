import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/format/stylish.js';
import type { Diagnostic } from '../../src/model/types.js';
import { runCli } from '../helpers/run-cli.js';

const at = (severity: Diagnostic['severity'], fixable: boolean, line: number): Diagnostic => ({
  file: 'a.yaml',
  line,
  column: 5,
  endLine: line,
  endColumn: 9,
  severity,
  rule: 'schema',
  message: `Problem ${line}`,
  ...(fixable ? { fix: { path: ['steps', 0, 'name'], value: 'x' } } : {}),
});

describe('stylish formatter', () => {
  it('says how many problems --fix can correct, as ESLint does, infos included when there are some', () => {
    const report = {
      files: 1,
      diagnostics: [at('error', true, 1), at('error', false, 2), at('warning', true, 3), at('info', true, 4)],
    };
    expect(stylish(report, { color: false, lang: 'en' }).split('\n').slice(-3)).toEqual([
      '✖ 4 problems (2 errors, 1 warning, 1 info)',
      '  1 error, 1 warning and 1 info potentially fixable with the `--fix` option.',
      '',
    ]);
    expect(stylish(report, { color: false, lang: 'vi' }).split('\n').slice(-3)).toEqual([
      '✖ 4 vấn đề (2 lỗi, 1 cảnh báo, 1 thông tin)',
      '  1 lỗi, 1 cảnh báo và 1 thông tin có thể sửa tự động bằng tùy chọn --fix.',
      '',
    ]);
    // Without infos, the line is ESLint's.
    const noInfo = { files: 1, diagnostics: [at('error', true, 1), at('warning', false, 3)] };
    expect(stylish(noInfo, { color: false, lang: 'en' }).split('\n').slice(-3)).toEqual([
      '✖ 2 problems (1 error, 1 warning)',
      '  1 error and 0 warnings potentially fixable with the `--fix` option.',
      '',
    ]);
    // Nothing fixable: no such line.
    const plain = { files: 1, diagnostics: [at('error', false, 2)] };
    expect(stylish(plain, { color: false, lang: 'en' })).not.toContain('--fix');
  });

  // `time`, `build`, `doc`… have no --fix: their report named an option that does not exist ("unknown option '--fix'").
  it('names `procmap lint --fix` when the report comes from another command', () => {
    const report = { files: 1, diagnostics: [at('error', true, 1)], unchecked: 1, uncheckedFixable: true };
    expect(stylish(report, { color: false, lang: 'vi', fixedBy: 'lint' }).split('\n').slice(-4)).toEqual([
      '✖ 1 vấn đề (1 lỗi, 0 cảnh báo)',
      '  1 lỗi và 0 cảnh báo có thể sửa tự động bằng lệnh procmap lint --fix.',
      '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và lệnh procmap lint --fix có thể sửa thêm.',
      '',
    ]);
    expect(stylish(report, { color: false, lang: 'en', fixedBy: 'lint' })).toContain(
      '  1 error and 0 warnings potentially fixable with `procmap lint --fix`.\n',
    );
  });

  // Infos never fail a run: the summary counted them in its total only ("2 problems (0 errors, 0 warnings)"), under ✖.
  it('counts infos, and marks a report of infos alone with ℹ, not ✖', () => {
    const report = { files: 1, diagnostics: [at('info', true, 1), at('info', false, 2)] };
    expect(stylish(report, { color: false, lang: 'en' }).split('\n').slice(-3)).toEqual([
      'ℹ 2 problems (0 errors, 0 warnings, 2 infos)',
      '  0 errors, 0 warnings and 1 info potentially fixable with the `--fix` option.',
      '',
    ]);
    expect(stylish(report, { color: false, lang: 'vi' }).split('\n').slice(-3)).toEqual([
      'ℹ 2 vấn đề (0 lỗi, 0 cảnh báo, 2 thông tin)',
      '  0 lỗi, 0 cảnh báo và 1 thông tin có thể sửa tự động bằng tùy chọn --fix.',
      '',
    ]);
    // A warning among them keeps ESLint's ✖.
    const withWarning = { files: 1, diagnostics: [at('warning', false, 1), at('info', false, 2)] };
    expect(stylish(withWarning, { color: false, lang: 'en' })).toContain(
      '\n✖ 2 problems (0 errors, 1 warning, 1 info)\n',
    );
  });

  it('says what --quiet left out, in both languages', () => {
    const hidden = { warnings: 2, infos: 1 };
    expect(stylish({ files: 2, diagnostics: [], hidden }, { color: false, lang: 'en' })).toBe(
      '✔ 2 files checked, no errors; 2 warnings and 1 info not shown (--quiet)\n',
    );
    expect(stylish({ files: 1, diagnostics: [], hidden }, { color: false, lang: 'vi' })).toBe(
      '✔ 1 tệp đã kiểm tra, không có lỗi; 2 cảnh báo và 1 thông tin không hiển thị (--quiet)\n',
    );
    expect(
      stylish(
        { files: 1, diagnostics: [at('error', false, 1)], hidden: { warnings: 1, infos: 0 } },
        { color: false, lang: 'en' },
      )
        .split('\n')
        .slice(-2),
    ).toEqual(['✖ 1 problem (1 error); 1 warning not shown (--quiet)', '']);
    // Nothing hidden: the usual words.
    expect(
      stylish({ files: 1, diagnostics: [], hidden: { warnings: 0, infos: 0 } }, { color: false, lang: 'en' }),
    ).toBe('✔ 1 file checked, no problems\n');
  });

  it('counts the keys an officer wrote as headings, which --fix renames', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-stylish-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      [
        'id: QT-02',
        'tên: Cấp giấy phép',
        'revision: 1',
        'effective: 01/07/2026',
        'level: tỉnh',
        'time_limit: 3 ngày làm việc',
        'steps:',
        '  - mã: B1',
        '    tên: Tiếp nhận hồ sơ',
        '    body: Bộ phận Một cửa',
        '    thời gian: 4 giờ',
        '',
      ].join('\n'),
    );
    const result = await runCli(['lint', '--lang', 'en', 'a.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'a.yaml\n' +
        '  2:1   error  Unknown property "tên"; write it as title: Cấp giấy phép  schema\n' +
        '  8:5   error  Unknown property "mã"; write it as id: B1  schema\n' +
        '  9:5   error  Unknown property "tên"; write it as name: Tiếp nhận hồ sơ  schema\n' +
        '  11:5  error  Unknown property "thời gian"; write it as duration: 4 giờ  schema\n' +
        '\n✖ 4 problems (4 errors, 0 warnings)\n' +
        '  4 errors and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'a.yaml'], { cwd: dir });
    expect(fixed.stdout).toBe('✔ 1 file checked, no problems\n');
  });
});
