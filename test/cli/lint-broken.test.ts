import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
}

describe('procmap lint on a folder of broken files', () => {
  let result: RunResult;
  let report: { diagnostics: JsonDiagnostic[]; summary: Record<string, number> };
  let brief: string[];
  beforeAll(async () => {
    result = await runCli(['lint', '--lang', 'en', '--format', 'json', 'test/fixtures/broken']);
    report = JSON.parse(result.stdout) as typeof report;
    brief = report.diagnostics.map(
      (d) => `${d.file.replace('test/fixtures/broken/', '')}:${d.line}:${d.column} ${d.rule} ${d.message}`,
    );
  });

  it('exits 1 and prints nothing on stderr', async () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('gives one precise, located diagnostic per problem', async () => {
    expect(brief).toEqual([
      'duplicate-key.yaml:3:1 parse Duplicate key "title"; a key may appear once in a map',
      'empty.yaml:1:1 schema The file is empty; a procedure is a map with id, title, steps and the other fields',
      'list.yaml:1:1 schema The file is a list; a procedure is a map with id, title, steps and the other fields',
      'nul.yaml:2:9 parse File contains a NUL byte; it is binary or damaged',
      'scalar.yaml:1:1 schema The file is a single value; a procedure is a map with id, title, steps and the other fields',
      'syntax.yaml:4:3 parse Inside [ ] or { }, write no list or map over several lines',
      'tabs.yaml:4:1 parse Line 4 is indented with Tabs, which YAML does not count as indentation: indent with spaces, 2 for each Tab',
      'unknown-key.yaml:2:1 schema Unknown property "tittle"; did you mean "title"?',
      'unknown-key.yaml:12:15 schema "4 hrs later" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"',
      'utf16-cut.yaml:1:1 parse File is UTF-16 but damaged (a cut-off character); save it again, preferably as UTF-8',
      'windows-1258.yaml:2:10 parse File is not valid UTF-8 (byte 0xEA); save it as UTF-8 (a Windows-1258 or TCVN3 file must be converted)',
    ]);
  });

  it('prints the JSON shape documented for scripts', async () => {
    expect(Object.keys(report.diagnostics[0]!).sort()).toEqual([
      'column',
      'endColumn',
      'endLine',
      'file',
      'line',
      'message',
      'rule',
      'severity',
    ]);
    expect(report.summary).toEqual({ files: 10, errors: 11, warnings: 0, infos: 0 });
  });

  it('never changes the input files', async () => {
    const again = await runCli(['lint', '--lang', 'en', '--format', 'json', 'test/fixtures/broken']);
    expect(again.stdout).toBe(result.stdout);
  });
});

describe('procmap lint stylish output', () => {
  it('groups by file, names rule and position, and ends with a summary', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'test/fixtures/broken/tabs.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'test/fixtures/broken/tabs.yaml\n  4:1  error  Line 4 is indented with Tabs, which YAML does not count as indentation: indent with spaces, 2 for each Tab  parse\n\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
  });

  it('colours only when asked', async () => {
    const plain = await runCli(['lint', '--lang', 'en', 'test/fixtures/broken/tabs.yaml']);
    const forced = await runCli(['lint', '--lang', 'en', 'test/fixtures/broken/tabs.yaml'], {
      env: { NO_COLOR: '', FORCE_COLOR: '1' },
    });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(forced.stdout).toContain('\u001b[31m');
  });
});

describe('procmap lint on the bundled catalog', () => {
  it('lints clean', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'procedures']);
    expect(result.stderr).toBe('');
    // Effective 02/03/2026, the environmental permit's year of receipts runs into 2027, whose days off are computed
    // from the Labour Code until they are announced: said, as information, and nothing else.
    expect(result.stdout).toBe(
      'procedures/tinh/cap-giay-phep-moi-truong.yaml\n' +
        '  10:13  info  The time limit was checked for receipts from 02/03/2026 to 01/03/2027 (a year from the effective date), but no days off are announced for 2027 yet: procmap counted the holidays of the Labour Code 2019 (holidays: Art. 112(1); days in lieu: Art. 111(3)), and the result may change when the government announces them (procmap calendar 2027); once the government’s notice is out, copy its days off into the calendar of procmap.config.yaml and name the notice under calendar: announced: 2027: "Thông báo … ngày …" (https://github.com/procmap/procmap/blob/main/docs/calendar.md)  unannounced-holidays\n' +
        '\nℹ 1 problem (0 errors, 0 warnings, 1 info)\n',
    );
    expect(result.code).toBe(0);
  });
});

describe('procmap lint --lang vi', () => {
  it('says schema problems in Vietnamese, at the same places', async () => {
    const result = await runCli([
      'lint',
      '--lang',
      'vi',
      'test/fixtures/broken/unknown-key.yaml',
      'test/fixtures/broken/list.yaml',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'test/fixtures/broken/list.yaml',
        '  1:1  lỗi  Tệp là một danh sách; một quy trình là một bảng khóa – giá trị gồm id, title, steps và các trường khác  schema',
        '',
        'test/fixtures/broken/unknown-key.yaml',
        '  2:1    lỗi  Trường không hợp lệ "tittle"; có phải là "title"?  schema',
        '  12:15  lỗi  "4 hrs later" không phải là thời gian: ghi số và đơn vị, ví dụ "4h", "30 phút", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" hoặc "trong ngày"  schema',
        '',
        '✖ 3 vấn đề (3 lỗi, 0 cảnh báo)',
        // Neither file was read as a procedure: the rules have not checked them, and will once these are fixed.
        '  Một số quy tắc chưa kiểm tra 2 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.',
        '',
      ].join('\n'),
    );
  });
});
