import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// A catalog with a four-on-the-spot procedure of 6 working hours and two procedures sharing one id, and beside
// it configuration files, each passed with --config.
const CATALOG = join(ROOT, 'test/config/fixtures/rule-options');
const lint = (config: string, lang = 'en') =>
  runCli(['lint', '--lang', lang, 'procedures', '--config', config], { cwd: CATALOG });

describe('rule options in procmap.config.yaml (CLI)', () => {
  it('stops with exit 2 on an option value the rule cannot take, naming file, rule and option', async () => {
    const result = await lint('bad-value.yaml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Invalid configuration:\nbad-value.yaml:3:36: Option "max" of rule "four-on-the-spot" must be a working time such as "1d" or "4h", not "banana"\n',
    );
  });

  it('says rules written as a list are a map, with the line to write for the first rule, in both languages', async () => {
    // Before: only '"rules" must be a map …, not a list', without a word of what to change.
    const vi = await runCli(['lint', 'procedures', '--config', 'rules-list.yaml'], { cwd: CATALOG });
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      [
        'procmap: Cấu hình không hợp lệ:',
        'rules-list.yaml:3:3: "rules" là một bảng khóa – giá trị, không phải một danh sách: hãy bỏ dấu "- " ở đầu dòng, mỗi quy tắc một dòng với mức độ của nó, ví dụ four-on-the-spot: cảnh báo',
        'rules-list.yaml:8:7: "rules" là một bảng khóa – giá trị, không phải một danh sách: hãy bỏ dấu "- " ở đầu dòng, mỗi quy tắc một dòng với mức độ của nó, ví dụ unused-body: error',
        '',
      ].join('\n'),
    );
    const en = await lint('rules-list.yaml');
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toContain(
      'rules-list.yaml:3:3: "rules" is a map of keys and values, not a list: remove the "- " at the start of each line, a rule to a line with its severity, as in four-on-the-spot: cảnh báo\n',
    );
  });

  it('reads a severity written as diff --fail-on writes its highest level, and "không" as off', async () => {
    // Before: '"unused-body" must be one of off, info, warn, error, not "Nghiêm trọng"', and the same of "không".
    const result = await runCli(['rules', '--config', 'severity-words.yaml', '--format', 'json'], { cwd: CATALOG });
    expect([result.code, result.stderr]).toEqual([0, '']);
    const rules = JSON.parse(result.stdout).rules as { id: string; severity: string; defaultSeverity: string }[];
    const of = (id: string) => rules.find((rule) => rule.id === id);
    expect(
      ['unused-body', 'nfc', 'four-on-the-spot'].map((id) => [id, of(id)?.defaultSeverity, of(id)?.severity]),
    ).toEqual([
      ['unused-body', 'warn', 'error'],
      ['nfc', 'warn', 'error'],
      ['four-on-the-spot', 'error', 'off'],
    ]);
  });

  it('says options written as a map without a severity go after one, in square brackets, with the line to write', async () => {
    // Before: '"four-on-the-spot" must be one of off, info, warn, error, not a map', without a word of the options.
    const vi = await runCli(['lint', 'procedures', '--config', 'options-map.yaml'], { cwd: CATALOG });
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      [
        'procmap: Cấu hình không hợp lệ:',
        // No severity written: the rule's own (four-on-the-spot is an error by default).
        'options-map.yaml:3:21: Tùy chọn của quy tắc "four-on-the-spot" được ghi sau mức độ, trong ngoặc vuông: hãy ghi four-on-the-spot: [error, { max: 4h }]',
        // The override's map names its severity (`severity: warn`, `max: 6h`): the YAML map form, read as written.
        '',
      ].join('\n'),
    );
    const en = await lint('options-map.yaml');
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toContain(
      'options-map.yaml:3:21: The options of rule "four-on-the-spot" are written after its severity, in square brackets: write four-on-the-spot: [error, { max: 4h }]\n',
    );
  });

  it('says it in Vietnamese by default', async () => {
    const result = await runCli(['lint', 'procedures', '--config', 'bad-value.yaml'], { cwd: CATALOG });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Cấu hình không hợp lệ:\nbad-value.yaml:3:36: Tùy chọn "max" của quy tắc "four-on-the-spot" phải là thời gian làm việc, ví dụ "1d" hoặc "4h", không phải "banana"\n',
    );
  });

  it('names the rule whose severity, written first in its list, is no severity, in both languages', async () => {
    const result = await lint('bad-severity.yaml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Invalid configuration:\nbad-severity.yaml:3:22: The severity of rule "four-on-the-spot" must be one of off, info, warn, error, not "high"\n',
    );
    const vi = await lint('bad-severity.yaml', 'vi');
    expect(vi.code).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toBe(
      'procmap: Cấu hình không hợp lệ:\nbad-severity.yaml:3:22: Mức độ của quy tắc "four-on-the-spot" phải là một trong off (tắt), info (thông tin), warn (cảnh báo), error (lỗi), không phải "high"\n',
    );
  });

  it('takes `fix: ngày lịch` as `fix: calendar`: --fix writes calendar days', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-option-words-'));
    cpSync(join(ROOT, 'test/rules/fixtures/ambiguous-days/invalid-bare.yaml'), join(dir, 'p.yaml'));
    writeFileSync(join(dir, 'procmap.config.yaml'), 'rules:\n  ambiguous-days: [cảnh báo, { fix: ngày lịch }]\n');
    const result = await runCli(['lint', '--lang', 'en', '--fix-dry-run', 'p.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('-    duration: 2 days\n+    duration: 2 calendar days\n');
    expect(result.stderr).not.toContain('configuration');
  });

  it('stops with exit 2 on an unknown option, with a "did you mean"', async () => {
    const result = await lint('unknown-key.yaml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Invalid configuration:\nunknown-key.yaml:3:31: Rule "four-on-the-spot" has no option "maks"; did you mean "max"?\n',
    );
  });

  it('stops with exit 2 on options for the catalog rule unique-id, which takes none', async () => {
    const result = await lint('catalog-rule-options.yaml');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'procmap: Invalid configuration:\ncatalog-rule-options.yaml:3:21: Rule "unique-id" takes no options; write just its severity\n',
    );
  });

  it('lints with valid options: a tighter on-the-spot bound, and the catalog rule unique-id lowered to a warning', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--format', 'json', 'procedures', '--config', 'valid.yaml'], {
      cwd: CATALOG,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const found = (
      JSON.parse(result.stdout) as {
        diagnostics: { file: string; line: number; severity: string; rule: string; message: string }[];
      }
    ).diagnostics;
    expect(found.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}: ${d.message}`)).toEqual([
      'procedures/chung-thuc-1.yaml:2 warning unique-id: Procedure id "QT-HT-01" is also used in procedures/chung-thuc-2.yaml (line 2): each procedure needs its own id; change it in the file that is the copy',
      'procedures/chung-thuc-2.yaml:2 warning unique-id: Procedure id "QT-HT-01" is also used in procedures/chung-thuc-1.yaml (line 2): each procedure needs its own id; change it in the file that is the copy',
      'procedures/four-on-the-spot.yaml:7 error four-on-the-spot: A four-on-the-spot procedure takes 0.75 working days (6 h) on its critical path, more than the 0.5 working days (4 h) that "on the spot" allows: receive → appraise → return',
    ]);
  });

  it('reads an option typed with full-width digits and letters (４ｈ) as procedure files are read (4h)', async () => {
    const result = await runCli(
      ['lint', '--lang', 'en', '--format', 'json', 'procedures', '--config', 'full-width.yaml'],
      { cwd: CATALOG },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string; message: string }[] })
      .diagnostics;
    expect(found.filter((d) => d.rule === 'four-on-the-spot').map((d) => `${d.file} ${d.message}`)).toEqual([
      'procedures/four-on-the-spot.yaml A four-on-the-spot procedure takes 0.75 working days (6 h) on its critical path, more than the 0.5 working days (4 h) that "on the spot" allows: receive → appraise → return',
    ]);
  });

  it("lints with ESLint's forms [warn] and [2, {}], in both languages", async () => {
    for (const lang of ['en', 'vi']) {
      const result = await runCli(
        ['lint', '--lang', lang, '--format', 'json', 'procedures', '--config', 'eslint-forms.yaml'],
        {
          cwd: CATALOG,
        },
      );
      expect(result.stderr).toBe('');
      // unique-id a warning; four-on-the-spot an error at its default bound of one working day: 6 h pass.
      expect(result.code).toBe(0);
      const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; severity: string; rule: string }[] })
        .diagnostics;
      expect(found.map((d) => `${d.file} ${d.severity} ${d.rule}`)).toEqual([
        'procedures/chung-thuc-1.yaml warning unique-id',
        'procedures/chung-thuc-2.yaml warning unique-id',
      ]);
    }
  });
  it('takes rule options written as a YAML map with a severity, in either language, and applies them', async () => {
    // Before: each rule refused with "The options of rule … are written after its severity, in square brackets".
    const result = await runCli(
      ['lint', '--lang', 'en', '--format', 'json', 'procedures', '--config', 'yaml-map-form.yaml'],
      { cwd: CATALOG },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; severity: string; rule: string }[] })
      .diagnostics;
    // max 4 giờ (4 h) against 6 h on the spot: an error; unique-id lowered to a warning.
    expect(found.map((d) => `${d.file} ${d.severity} ${d.rule}`)).toEqual([
      'procedures/chung-thuc-1.yaml warning unique-id',
      'procedures/chung-thuc-2.yaml warning unique-id',
      'procedures/four-on-the-spot.yaml error four-on-the-spot',
    ]);
  });

  it('checks options in the YAML map form against the rule, at the line and column they are written on', async () => {
    const en = await lint('yaml-map-form-bad.yaml');
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      [
        'procmap: Invalid configuration:',
        'yaml-map-form-bad.yaml:8:16: Option "max" of rule "four-on-the-spot" must be a working time such as "1d" or "4h", not "nhanh"',
        'yaml-map-form-bad.yaml:9:11: Rule "four-on-the-spot" has no option "maxx"; did you mean "max"?',
        '',
      ].join('\n'),
    );
  });
});
