import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Two files with one warning each (unused-body), and, in MIXED, a third with an error.
const WARNINGS = join(ROOT, 'test/cli/fixtures/config-catalog');
const MIXED = mkdtempSync(join(tmpdir(), 'procmap-lint-options-'));
cpSync(join(WARNINGS, 'procedures'), join(MIXED, 'procedures'), { recursive: true });
cpSync(join(ROOT, 'test/fixtures/broken/tabs.yaml'), join(MIXED, 'procedures', 'tabs.yaml'));

const TWO_WARNINGS = [
  'procedures/tinh/ly-lich-tu-phap.yaml',
  '  10:3  warning  Body "VHXH" is declared but no step uses it  unused-body',
  '',
  'procedures/xa/chung-thuc.yaml',
  '  10:3  warning  Body "VHXH" is declared but no step uses it  unused-body',
  '',
  '✖ 2 problems (0 errors, 2 warnings)',
  '',
].join('\n');

describe('procmap lint --max-warnings', () => {
  it('passes at the limit: 2 warnings, --max-warnings 2, exit 0', async () => {
    expect(await runCli(['lint', '--lang', 'en', '--max-warnings', '2', 'procedures'], { cwd: WARNINGS })).toEqual({
      code: 0,
      stdout: TWO_WARNINGS,
      stderr: '',
    });
  });

  it('fails over the limit with exit 1, the full report, and one line saying why', async () => {
    expect(await runCli(['lint', '--lang', 'en', '--max-warnings', '1', 'procedures'], { cwd: WARNINGS })).toEqual({
      code: 1,
      stdout: TWO_WARNINGS,
      stderr: 'procmap: 2 warnings exceed --max-warnings 1\n',
    });
  });

  // As ESLint 9 documents it: with --max-warnings, --quiet still runs the warning rules and counts what they find.
  // The summary says so: it said "no problems" (and the JSON "warnings": 0) beside a run failed by those warnings.
  it('counts the warnings --quiet hides, and says how many it hid', async () => {
    expect(
      await runCli(['lint', '--lang', 'en', '--quiet', '--max-warnings', '0', 'procedures'], { cwd: WARNINGS }),
    ).toEqual({
      code: 1,
      stdout: '✔ 2 files checked, no errors; 2 warnings not shown (--quiet)\n',
      stderr: 'procmap: 2 warnings exceed --max-warnings 0\n',
    });
    expect(
      await runCli(['lint', '--lang', 'vi', '--quiet', '--max-warnings', '0', 'procedures'], { cwd: WARNINGS }),
    ).toEqual({
      code: 1,
      stdout: '✔ 2 tệp đã kiểm tra, không có lỗi; 2 cảnh báo không hiển thị (--quiet)\n',
      stderr: 'procmap: 2 cảnh báo, vượt --max-warnings 0\n',
    });
    const json = await runCli(
      ['lint', '--lang', 'en', '--quiet', '--max-warnings', '0', '--format', 'json', 'procedures'],
      {
        cwd: WARNINGS,
      },
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      diagnostics: [],
      summary: { files: 2, errors: 0, warnings: 2, infos: 0 },
    });
  });

  // A calendar's warnings (lich.yaml: a day off on a Sunday, another on a Saturday) are warnings the user sees: the JSON
  // counted them in its summary and the text put them on standard error, yet --max-warnings 0 passed in every format.
  it.each(['stylish', 'json', 'sarif', 'github', 'junit'])(
    "counts a calendar's warnings in --format %s, --quiet or not",
    async (format) => {
      const cwd = join(ROOT, 'test/fixtures/calendar-help/named-weekend');
      const over = await runCli(['lint', '--lang', 'en', '--format', format, '--max-warnings', '1'], { cwd });
      expect([over.code, over.stderr]).toEqual([1, 'procmap: 2 warnings exceed --max-warnings 1\n']);
      expect(over.stdout).toContain('07/06/2026 is a Sunday, a day off already; did you mean 08/06/2026?');
      const at = await runCli(['lint', '--lang', 'en', '--format', format, '--max-warnings', '2'], { cwd });
      expect([at.code, at.stderr]).toEqual([0, '']);
      const quiet = await runCli(['lint', '--lang', 'en', '--format', format, '--quiet', '--max-warnings', '1'], {
        cwd,
      });
      expect([quiet.code, quiet.stderr]).toEqual([1, 'procmap: 2 warnings exceed --max-warnings 1\n']);
    },
  );

  it("says a calendar's warnings --quiet hides, in the text and the JSON summary", async () => {
    const cwd = join(ROOT, 'test/fixtures/calendar-help/named-weekend');
    const text = await runCli(['lint', '--lang', 'vi', '--quiet'], { cwd });
    expect(text).toEqual({
      code: 0,
      stdout: '✔ 1 tệp đã kiểm tra, không có lỗi; 2 cảnh báo không hiển thị (--quiet)\n',
      stderr: '',
    });
    const json = await runCli(['lint', '--lang', 'en', '--quiet', '--format', 'json'], { cwd });
    expect(JSON.parse(json.stdout)).toEqual({
      diagnostics: [],
      summary: { files: 1, errors: 0, warnings: 2, infos: 0 },
    });
  });

  // A count past what JavaScript counts exactly was refused as "not a whole number": with no upper bound it is none.
  it('takes a --max-warnings past the largest exact whole number as no limit', async () => {
    expect(
      await runCli(['lint', '--lang', 'en', '--max-warnings', '99999999999999999999', 'procedures'], { cwd: WARNINGS }),
    ).toMatchObject({ code: 0, stderr: '' });
  });

  // "" and "1e3" were read by Number() as 0 and 1000; "0x10" as 16.
  it.each(['banana', '-1', '', '1e3', '0x10', '2.5'])('refuses --max-warnings "%s" with exit 2', async (value) => {
    expect(await runCli(['lint', '--lang', 'en', '--max-warnings', value, 'procedures'], { cwd: WARNINGS })).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: --max-warnings takes a whole number from 0, such as 10, not "${value}"\n`,
    });
  });
});

describe('procmap lint --quiet', () => {
  it('reports errors only, and the exit code still follows the errors', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--quiet', 'procedures'], { cwd: MIXED });
    expect(result).toEqual({
      code: 1,
      stdout:
        'procedures/tabs.yaml\n  4:1  error  Line 4 is indented with Tabs, which YAML does not count as indentation: indent with spaces, 2 for each Tab  parse\n\n✖ 1 problem (1 error); 2 warnings not shown (--quiet)\n' +
        '  1 error potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
      stderr: '',
    });
    // Without --quiet the same run shows the warnings too: --quiet is what hides them.
    expect((await runCli(['lint', '--lang', 'en', 'procedures'], { cwd: MIXED })).stdout).toContain(
      '✖ 3 problems (1 error, 2 warnings)',
    );
  });

  it('leaves warnings out of machine formats too, while the JSON summary counts them', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--quiet', '--format', 'json', 'procedures'], { cwd: MIXED });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      diagnostics: { severity: string; rule: string }[];
      summary: Record<string, number>;
    };
    expect(report.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['error parse']);
    expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 2, infos: 0 });
  });

  it('says "no errors" and how many warnings it hid for warnings only, exit 0, in Vietnamese by default', async () => {
    expect(
      await runCli(['lint', '--quiet', 'procedures'], { cwd: WARNINGS, env: { PROCMAP_LANG: undefined } }),
    ).toEqual({
      code: 0,
      stdout: '✔ 2 tệp đã kiểm tra, không có lỗi; 2 cảnh báo không hiển thị (--quiet)\n',
      stderr: '',
    });
  });
});

// A body no step uses and a limit in bare "ngày" (fixable), both configured as info.
const INFOS = join(ROOT, 'test/cli/fixtures/info-summary');

describe('procmap lint with infos only', () => {
  it('counts the infos and the fixable one, without ✖, exit 0 under --max-warnings 0', async () => {
    const en = await runCli(['lint', '--lang', 'en', '--max-warnings', '0', 'procedures'], { cwd: INFOS });
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
    expect(en.stdout.split('\n').slice(-3)).toEqual([
      'ℹ 2 problems (0 errors, 0 warnings, 2 infos)',
      '  0 errors, 0 warnings and 1 info potentially fixable with the `--fix` option.',
      '',
    ]);
    const vi = await runCli(['lint', '--lang', 'vi', '--max-warnings', '0', 'procedures'], { cwd: INFOS });
    expect(vi.code).toBe(0);
    expect(vi.stderr).toBe('');
    expect(vi.stdout.split('\n').slice(-3)).toEqual([
      'ℹ 2 vấn đề (0 lỗi, 0 cảnh báo, 2 thông tin)',
      '  0 lỗi, 0 cảnh báo và 1 thông tin có thể sửa tự động bằng tùy chọn --fix.',
      '',
    ]);
  });
});
