import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

/** A fresh copy of a two-folder catalog (xa, tinh) whose files each declare an unused body and a long duration. */
function catalog(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-config-'));
  cpSync(join(ROOT, 'test/cli/fixtures/config-catalog'), dir, { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'procmap.config.yaml'), config);
  return dir;
}

function problems(stdout: string): string[] {
  const report = JSON.parse(stdout) as {
    diagnostics: { file: string; line: number; rule: string; severity: string }[];
  };
  return report.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`);
}

const CONFIG = `# Xã: the lane stays for next quarter; tỉnh: stricter
rules:
  unused-body: off
  canonical-duration: error
overrides:
  - files: ["procedures/tinh/**"]
    rules:
      unused-body: error
`;

describe('procmap.config.yaml (CLI)', () => {
  it('without a configuration uses the recommended rules at their default severity', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--format', 'json', 'procedures'], { cwd: catalog() });
    expect(result.code).toBe(0);
    expect(problems(result.stdout)).toEqual([
      'procedures/tinh/ly-lich-tu-phap.yaml:10 warning unused-body',
      'procedures/xa/chung-thuc.yaml:10 warning unused-body',
    ]);
  });

  it('turns a rule off, raises another and overrides a folder', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--format', 'json', 'procedures'], { cwd: catalog(CONFIG) });
    expect(result.code).toBe(1);
    expect(problems(result.stdout)).toEqual([
      'procedures/tinh/ly-lich-tu-phap.yaml:6 error canonical-duration',
      'procedures/tinh/ly-lich-tu-phap.yaml:10 error unused-body',
      'procedures/xa/chung-thuc.yaml:6 error canonical-duration',
    ]);
  });

  it('is found by walking up from the linted folder', async () => {
    const dir = catalog(CONFIG);
    const result = await runCli(['lint', '--lang', 'en', '--format', 'json', 'xa'], { cwd: join(dir, 'procedures') });
    expect(result.code).toBe(1);
    expect(problems(result.stdout)).toEqual(['xa/chung-thuc.yaml:6 error canonical-duration']);
  });

  it('takes --config FILE instead of the one found', async () => {
    const dir = catalog(CONFIG);
    writeFileSync(join(dir, 'quiet.yaml'), 'rules:\n  unused-body: off\n');
    const result = await runCli(['lint', '--lang', 'en', '--config', 'quiet.yaml', '--format', 'json', 'procedures'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(problems(result.stdout)).toEqual([]);
  });

  it('stops with exit 2 and every problem located when the configuration has a typo', async () => {
    const result = await runCli(['lint', '--lang', 'en', 'procedures'], {
      cwd: catalog('extend: all\nrules:\n  unused-bodies: off\n  nfc: high\n'),
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Invalid configuration:\n' +
        'procmap.config.yaml:1:1: Unknown property "extend"; did you mean "extends"?\n' +
        'procmap.config.yaml:3:3: Unknown rule "unused-bodies"; did you mean "unused-body"?\n' +
        'procmap.config.yaml:4:8: "nfc" must be one of off, info, warn, error, not "high"\n',
    );
  });

  it('names the configuration when the file is a list, in both languages', async () => {
    const cwd = catalog('- a\n');
    expect(await runCli(['lint', '--lang', 'en', 'procedures'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Invalid configuration:\n' +
        'procmap.config.yaml:1:1: The configuration must be a map with the properties lang, calendar, site, logo, extends, rules, ontime, overrides, import, ignores, not a list\n',
    });
    expect(await runCli(['lint', '--lang', 'vi', 'procedures'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Cấu hình không hợp lệ:\n' +
        'procmap.config.yaml:1:1: Tệp cấu hình phải là một bảng có các trường lang, calendar, site, logo, extends, rules, ontime, overrides, import, ignores, không phải một danh sách\n',
    });
  });

  it('names a configuration of two YAML documents as one, not as a procedure file, in both languages', async () => {
    // Two documents, as a copy pasted under another with its "---" gives: the message said "A procedure file".
    const cwd = catalog('rules:\n  unused-body: off\n---\nrules:\n  unused-body: error\n');
    expect(await runCli(['lint', '--lang', 'en', 'procedures'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Invalid configuration:\n' +
        'procmap.config.yaml:3:1: A configuration or calendar file holds one YAML document; this one starts a second with "---"\n',
    });
    expect(await runCli(['lint', 'procedures'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Cấu hình không hợp lệ:\n' +
        'procmap.config.yaml:3:1: Mỗi tệp cấu hình hay tệp lịch chỉ chứa một tài liệu YAML; tệp này bắt đầu tài liệu thứ hai bằng "---"\n',
    });
  });

  it('refuses a misspelt import column field before linting, located, with the nearest field', async () => {
    const cwd = catalog('calendar:\n  satuday: []\nimport:\n  columns:\n    titel: Tên gọi thủ tục\n');
    expect(await runCli(['lint', '--lang', 'en', 'procedures'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Invalid configuration:\n' +
        'procmap.config.yaml:2:3: Unknown property "satuday"; did you mean "saturday"?\n' +
        'procmap.config.yaml:5:5: Unknown property "titel"; did you mean "title"?\n',
    });
  });

  it('shows the configured severities in `procmap rules`', async () => {
    const result = await runCli(['rules', '--lang', 'en', '--format', 'json'], { cwd: catalog(CONFIG) });
    expect(result.code).toBe(0);
    const rules = (JSON.parse(result.stdout) as { rules: { id: string; severity: string }[] }).rules;
    const severity = Object.fromEntries(rules.map((r) => [r.id, r.severity]));
    expect([severity['unused-body'], severity['canonical-duration'], severity['nfc']]).toEqual([
      'off',
      'error',
      'warn',
    ]);
  });
});

// Before, a dangling link was passed over (existsSync follows links) and .yaml silently beat .yml: a parent's or the
// default configuration applied, with no word of it.
describe('a configuration procmap cannot tell (CLI)', () => {
  const commands: [string, string[]][] = [
    ['lint', ['lint', 'procedures']],
    ['time', ['time', 'procedures']],
    ['export', ['export', '-o', 'quy-trinh.xlsx', 'procedures']],
    ['stats', ['stats', 'procedures']],
    ['doc', ['doc', '-o', 'tai-lieu', 'procedures']],
    ['build', ['build', '-o', 'site', 'procedures']],
  ];

  it.each(commands)('%s refuses a procmap.config.yaml that is a link to nothing (exit 2)', async (_name, args) => {
    const dir = catalog();
    symlinkSync('khong-co.yaml', join(dir, 'procedures', 'procmap.config.yaml'));
    const result = await runCli(args, { cwd: dir });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Không đọc được tệp cấu hình "procedures/procmap.config.yaml": liên kết tới "khong-co.yaml" không tồn tại\n',
    });
  });

  it.each(commands)(
    '%s refuses procmap.config.yaml and procmap.config.yml in one folder (exit 2)',
    async (_name, args) => {
      const dir = catalog(CONFIG);
      writeFileSync(join(dir, 'procmap.config.yml'), 'rules:\n  unused-body: error\n');
      const result = await runCli(args, { cwd: dir });
      expect(result).toMatchObject({
        code: 2,
        stdout: '',
        stderr:
          'procmap: Một thư mục có hai tệp cấu hình, "procmap.config.yaml" và "procmap.config.yml": không biết dùng tệp nào. Hãy giữ một tệp và xóa tệp kia\n',
      });
    },
  );

  it('says both in English with --lang en', async () => {
    const dir = catalog();
    symlinkSync('khong-co.yaml', join(dir, 'procmap.config.yml'));
    const dangling = await runCli(['lint', '--lang', 'en', 'procedures'], { cwd: dir });
    expect(dangling).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Cannot read the configuration "procmap.config.yml": the link to "khong-co.yaml" leads to nothing\n',
    });
    writeFileSync(join(dir, 'procmap.config.yaml'), CONFIG);
    const two = await runCli(['lint', '--lang', 'en', 'procedures'], { cwd: dir });
    expect(two).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Two configurations in one folder, "procmap.config.yaml" and "procmap.config.yml": procmap cannot tell which applies. Keep one and remove the other\n',
    });
  });
});

// Before, the limits on override patterns were said in English whatever the run's language.
describe('override patterns too costly to match (CLI)', () => {
  it('are refused in Vietnamese, located, with what to write instead', async () => {
    const long = `procedures/${'a'.repeat(300)}.yaml`;
    const dir = catalog(
      `overrides:\n  - files: '**/*a*a*a*a*b'\n    rules: { unused-body: off }\n  - files: '${long}'\n    rules: { unused-body: off }\n`,
    );
    const result = await runCli(['lint', 'procedures'], { cwd: dir });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Cấu hình không hợp lệ:\n' +
        'procmap.config.yaml:2:12: Mẫu đường dẫn "**/*a*a*a*a*b" có 5 dấu "*" trong một tên; hãy dùng tối đa 3 (ví dụ "procedures/tinh/**/*.yaml"), hoặc liệt kê từng tệp\n' +
        'procmap.config.yaml:4:12: Mẫu đường dẫn dài 316 ký tự; một mẫu dài tối đa 256 ký tự\n',
    });
  });
});
