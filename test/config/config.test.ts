import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { parseCalendarFile } from '../../src/config/calendar-file.js';
import { parseConfig, type ProcmapConfig } from '../../src/config/config.js';
import { baseSettings, overrideGlobs, settingsResolver } from '../../src/config/settings.js';
import { RULES } from '../../src/rules/index.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { oneOf } from '../../src/rules/options.js';
import type { Rule } from '../../src/rules/types.js';
import { ROOT } from '../helpers/cli.js';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { MAPPABLE_FIELDS } from '../../src/interchange/columns.js';

const parse = (text: string, rules?: readonly Rule[]) => parseConfig('procmap.config.yaml', Buffer.from(text), rules);
const problems = (text: string, rules?: readonly Rule[]) => {
  const result = parse(text, rules);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
};

// A rule with options, to check what no built-in rule may have yet.
const withOptions: Rule = {
  id: 'max-steps',
  description: { en: 'At most this many steps', vi: 'Tối đa từng này bước' },
  severity: 'warning',
  recommended: false,
  defaultOptions: { max: 30, unit: 'steps' },
  messages: {},
};

describe('parseConfig', () => {
  it('accepts a configuration with every kind of setting', () => {
    const result = parse(
      'extends: all\nrules:\n  unused-body: off\n  nfc: error\n  canonical-duration: info\noverrides:\n  - files: ["procedures/tinh/**"]\n    rules:\n      unused-body: error\n  - files: procedures/xa/*.yaml\n    rules: { nfc: warn }\n',
    );
    expect(result.ok).toBe(true);
  });

  it('locates an unknown rule id with a "did you mean"', () => {
    expect(problems('rules:\n  unused-bodies: off\n')).toEqual([
      '2:3 Unknown rule "unused-bodies"; did you mean "unused-body"?',
    ]);
  });

  it('locates an unknown rule inside an override too', () => {
    expect(problems('overrides:\n  - files: ["a/**"]\n    rules:\n      within-time-limits: warn\n')).toEqual([
      '4:7 Unknown rule "within-time-limits"; did you mean "within-time-limit"?',
    ]);
  });

  it('locates an unknown key with a "did you mean", and a bad severity, in one run', () => {
    expect(problems('extend: all\nrules:\n  nfc: high\n  unused-bodies: off\n')).toEqual([
      '1:1 Unknown property "extend"; did you mean "extends"?',
      '3:8 "nfc" must be one of off, info, warn, error, not "high"',
      '4:3 Unknown rule "unused-bodies"; did you mean "unused-body"?',
    ]);
    // In Vietnamese, with the Vietnamese words the configuration reads as well.
    const vi = parseConfig('procmap.config.yaml', Buffer.from('rules:\n  nfc: bật\n'), RULES, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      '"nfc" phải là một trong off (tắt), info (thông tin), warn (cảnh báo), error (lỗi), không phải "bật"',
    ]);
  });

  it('reads every unambiguous way a severity is written as its canonical word', () => {
    const result = parse(
      'rules:\n  nfc: warning\n  unused-body: 0\n  within-time-limit: 2\n  draft-steps: Cảnh báo\n' +
        '  canonical-duration: LOI\n  known-body: false\n  four-on-the-spot: [lỗi, { max: 4h }]\noverrides:\n  - files: ["a/**"]\n    rules: { nfc: thông tin }\n',
    );
    expect(result.ok && result.config.rules).toEqual({
      nfc: 'warn',
      'unused-body': 'off',
      'within-time-limit': 'error',
      'draft-steps': 'warn',
      'canonical-duration': 'error',
      'known-body': 'off',
      'four-on-the-spot': ['error', { max: '4h' }],
    });
    expect(result.ok && result.config.overrides?.[0]?.rules).toEqual({ nfc: 'info' });
    // A number that is no severity, and the parse rule, which cannot be anything but an error, are still refused.
    expect(problems('rules:\n  nfc: 3\n  parse: 1\n')).toEqual([
      '2:8 "nfc" must be one of off, info, warn, error, not 3',
      expect.stringMatching(/^3:3 /),
    ]);
  });

  it('reads the language, the preset and the built-in holidays in any letter case', () => {
    const result = parse('lang: vi-VN\nextends: Recommended\ncalendar:\n  public_holidays: Vietnam\n');
    expect(result.ok && result.config).toEqual({
      lang: 'vi',
      extends: 'recommended',
      calendar: { public_holidays: 'vietnam' },
    });
    // A --calendar file holds what calendar: holds, read the same way.
    expect(parseCalendarFile('lich.yaml', Buffer.from('public_holidays: NONE\n')).ok).toBe(true);
    expect(problems('lang: fr\nextends: Strict\n')).toEqual([
      '1:7 "lang" must be one of vi, en, not "fr"',
      '2:10 "extends" must be one of recommended, canonical, all, not "Strict"',
    ]);
  });

  it('rejects a preset that does not exist and an override without files', () => {
    expect(problems('extends: strict\noverrides:\n  - rules: { nfc: off }\n')).toEqual([
      '1:10 "extends" must be one of recommended, canonical, all, not "strict"',
      '3:5 Missing required property "files"',
    ]);
  });

  it('explains the shape of a rule entry that is a list', () => {
    expect(problems('rules:\n  nfc: [warn, {}, 3]\n')).toEqual([
      '2:8 Rule "nfc" takes no options: write just its severity, e.g. nfc: warn',
    ]);
  });

  it('names the rule and what to write for options that are not in braces, in both languages', () => {
    const text = 'rules:\n  full-width-characters: [error, null]\n  four-on-the-spot: [warning, 5]\n';
    expect(problems(text)).toEqual([
      '2:34 Rule "full-width-characters" takes no options: write just its severity, e.g. full-width-characters: error',
      '3:31 Rule "four-on-the-spot" takes a severity, or a severity and its options in braces: write e.g. four-on-the-spot: warn or four-on-the-spot: [warn, { max: 1d }]',
    ]);
    const vi = parseConfig('procmap.config.yaml', Buffer.from(text), undefined, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Quy tắc "full-width-characters" không có tùy chọn: chỉ ghi mức độ, ví dụ full-width-characters: error',
      'Quy tắc "four-on-the-spot" nhận một mức độ, hoặc mức độ và các tùy chọn trong dấu ngoặc nhọn: hãy ghi, ví dụ, four-on-the-spot: warn hoặc four-on-the-spot: [warn, { max: 1d }]',
    ]);
    // In an override too; an unknown rule is named as such, and its shape in general words.
    expect(problems('overrides:\n  - files: a/**\n    rules: { nfc: [error, null], nfx: [warn, 5] }\n')).toEqual([
      '3:27 Rule "nfc" takes no options: write just its severity, e.g. nfc: error',
      '3:34 Unknown rule "nfx"; did you mean "nfc"?',
      '3:46 Rule "nfx" takes a severity, or [severity, { options }]',
    ]);
  });

  it("reads ESLint's own forms: a severity alone in a list, and empty options for any rule", () => {
    const result = parse(
      'rules:\n  unused-body: [error]\n  nfc: [2, {}]\n  four-on-the-spot: [warning, {}]\n  unique-id: [Cảnh báo]\n' +
        'overrides:\n  - files: a/**\n    rules: { nfc: [off], unique-id: [info, {}] }\n',
    );
    expect(result.ok && result.config.rules).toEqual({
      'unused-body': 'error',
      nfc: ['error', {}],
      'four-on-the-spot': ['warn', {}],
      'unique-id': 'warn',
    });
    expect(result.ok && result.config.overrides?.[0]?.rules).toEqual({ nfc: 'off', 'unique-id': ['info', {}] });
    // A list with no severity in it, or with a word that names none, still says what to write.
    expect(problems('rules:\n  nfc: []\n  unused-body: [high]\n')).toEqual([
      '2:8 Rule "nfc" takes no options: write just its severity, e.g. nfc: warn',
      '3:16 "unused-body" must be one of off, info, warn, error, not "high"',
    ]);
  });

  it('names the rule whose severity is wrong in a list with more after it, not "Item 1"', () => {
    expect(
      problems('rules:\n  nfc: [high, null]\noverrides:\n  - files: a/**\n    rules: { unused-body: [high, {}] }\n'),
    ).toEqual([
      '2:9 The severity of rule "nfc" must be one of off, info, warn, error, not "high"',
      '2:15 Rule "nfc" takes no options: write just its severity, e.g. nfc: warn',
      '5:28 The severity of rule "unused-body" must be one of off, info, warn, error, not "high"',
    ]);
    const vi = parseConfig('procmap.config.yaml', Buffer.from('rules:\n  nfc: [high, {}]\n'), RULES, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Mức độ của quy tắc "nfc" phải là một trong off (tắt), info (thông tin), warn (cảnh báo), error (lỗi), không phải "high"',
    ]);
  });

  it('reads options typed with full-width forms in ASCII, in overrides too', () => {
    const result = parse(
      'rules:\n  four-on-the-spot: [warn, { max: ４ｈ }]\n  ambiguous-days: [warn, { fix: ｃａｌｅｎｄａｒ }]\n' +
        'overrides:\n  - files: a/**\n    rules: { four-on-the-spot: [error, { max: １ｄ }] }\n',
    );
    expect(result.ok && result.config.rules).toEqual({
      'four-on-the-spot': ['warn', { max: '4h' }],
      'ambiguous-days': ['warn', { fix: 'calendar' }],
    });
    expect(result.ok && result.config.overrides?.[0]?.rules).toEqual({ 'four-on-the-spot': ['error', { max: '1d' }] });
    // What is still no working time is refused, in ASCII as a procedure's values are.
    expect(problems('rules:\n  four-on-the-spot: [warn, { max: ４ｂ }]\n')).toEqual([
      '2:35 Option "max" of rule "four-on-the-spot" must be a working time such as "1d" or "4h", not "4b"',
    ]);
  });

  it('refuses options for a rule that takes none, and for parse any change at all', () => {
    expect(problems('rules:\n  nfc: [warn, { max: 3 }]\n  parse: warn\n')).toEqual([
      '2:15 Rule "nfc" takes no options; write just its severity',
      '3:3 Rule "parse" cannot be changed: a file that does not parse cannot be checked at all',
    ]);
  });

  it('checks option names and types against the rule', () => {
    const rules = [...RULES, withOptions];
    expect(parse('rules:\n  max-steps: [warn, { max: 12 }]\n', rules).ok).toBe(true);
    expect(problems('rules:\n  max-steps: [warn, { maks: 12, unit: 3 }]\n', rules)).toEqual([
      '2:23 Rule "max-steps" has no option "maks"; did you mean "max"?',
      '2:39 Option "unit" of rule "max-steps" must be text, not a number',
    ]);
  });

  it("checks option values against the rule's options schema, saying what to write instead", () => {
    const text = 'rules:\n  four-on-the-spot: [error, { max: banana }]\n  ambiguous-days: [warn, { fix: 2 }]\n';
    expect(problems(text)).toEqual([
      '2:36 Option "max" of rule "four-on-the-spot" must be a working time such as "1d" or "4h", not "banana"',
      '3:33 Option "fix" of rule "ambiguous-days" must be "working" or "calendar", not 2',
    ]);
    const vi = parseConfig('procmap.config.yaml', Buffer.from(text), RULES, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Tùy chọn "max" của quy tắc "four-on-the-spot" phải là thời gian làm việc, ví dụ "1d" hoặc "4h", không phải "banana"',
      'Tùy chọn "fix" của quy tắc "ambiguous-days" phải là "working" (hoặc "ngày làm việc") hoặc "calendar" (hoặc "ngày lịch"), không phải 2',
    ]);
  });

  it('reads an option word written in Vietnamese, any case, with or without accents, as the word the rule takes', () => {
    const fixOf = (text: string) => {
      const result = parse(text);
      expect(result.ok, result.ok ? '' : result.diagnostics.map((d) => d.message).join('\n')).toBe(true);
      const config = (result as { config: ProcmapConfig }).config;
      return [config.rules?.['ambiguous-days'], config.overrides?.map((override) => override.rules['ambiguous-days'])];
    };
    expect(fixOf('rules:\n  ambiguous-days: [warn, { fix: ngày làm việc }]\n')).toEqual([
      ['warn', { fix: 'working' }],
      undefined,
    ]);
    expect(
      fixOf(
        'rules:\n  ambiguous-days: [cảnh báo, { fix: Ngày  Lịch }]\noverrides:\n  - files: a/**\n    rules: { ambiguous-days: [lỗi, { fix: ngay lam viec }] }\n',
      ),
    ).toEqual([['warn', { fix: 'calendar' }], [['error', { fix: 'working' }]]]);
    expect(fixOf('rules:\n  ambiguous-days: [warn, { fix: Calendar }]\n')).toEqual([
      ['warn', { fix: 'calendar' }],
      undefined,
    ]);
    // A word that names neither is still refused, saying both ways to write each.
    expect(problems('rules:\n  ambiguous-days: [warn, { fix: ngày thường }]\n')).toEqual([
      '2:33 Option "fix" of rule "ambiguous-days" must be "working" or "calendar", not "ngày thường"',
    ]);
  });

  it('refuses calendar days as an on-the-spot bound, and an unknown option of a built-in rule with a hint', () => {
    expect(problems('rules:\n  four-on-the-spot: [error, { max: 2cd, maks: 4h }]\n')).toEqual([
      '2:36 Option "max" of rule "four-on-the-spot" must be a working time such as "1d" or "4h", not "2cd"',
      '2:41 Rule "four-on-the-spot" has no option "maks"; did you mean "max"?',
    ]);
    expect(
      problems('overrides:\n  - files: a/**\n    rules: { ambiguous-days: [warn, { fixes: calendar }] }\n'),
    ).toEqual(['3:39 Rule "ambiguous-days" has no option "fixes"; did you mean "fix"?']);
  });

  it('accepts options the schemas allow', () => {
    expect(
      parse('rules:\n  four-on-the-spot: [error, { max: 4h }]\n  ambiguous-days: [warn, { fix: calendar }]\n').ok,
    ).toBe(true);
    expect(parse('rules:\n  four-on-the-spot: [warn, { max: 0.5d }]\n').ok).toBe(true);
  });

  it('takes the site address, and says how to write one that is not a web address', () => {
    expect(parse('site:\n  url: https://dichvucong.example.gov.vn/quy-trinh/\n').ok).toBe(true);
    expect(problems('site:\n  url: dichvucong.example.gov.vn\n')).toEqual([
      '2:8 "url" must be a web address starting with https:// (or http://), such as https://dichvucong.example.gov.vn/quy-trinh/, not "dichvucong.example.gov.vn"',
    ]);
  });

  it('names the configuration, not a procedure, when the whole file has the wrong shape', () => {
    expect(problems('- a\n')).toEqual([
      '1:1 The configuration must be a map with the properties lang, calendar, site, logo, extends, rules, ontime, overrides, import, ignores, not a list',
    ]);
    const vi = parseConfig('procmap.config.yaml', Buffer.from('"rules"\n'), RULES, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Tệp cấu hình phải là một bảng có các trường lang, calendar, site, logo, extends, rules, ontime, overrides, import, ignores, không phải "rules"',
    ]);
  });

  // The calendar section's schema is another file (calendar.schema.json): its properties were not found for hints.
  it('gives a "did you mean" in every section, the calendar and its entries included', () => {
    expect(
      problems(
        'calendar:\n  satuday: ["07:30-11:30"]\n  holidays:\n    - { date: 2026-03-08, nmae: x }\n  workdays:\n    - { date: 2026-03-07, huors: [] }\nsite: { ulr: x }\nontime:\n  colums: {}\noverrides:\n  - { files: a, rules: {}, rulez: {} }\n',
      ),
    ).toEqual([
      '2:3 Unknown property "satuday"; did you mean "saturday"?',
      '4:27 Unknown property "nmae"; did you mean "name"?',
      '6:27 Unknown property "huors"; did you mean "hours"?',
      '7:9 Unknown property "ulr"; did you mean "url"?',
      '9:3 Unknown property "colums"; did you mean "columns"?',
      '11:28 Unknown property "rulez"; did you mean "rules"?',
    ]);
    const vi = parseConfig('procmap.config.yaml', Buffer.from('calendar:\n  satuday: []\n'), RULES, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Trường không hợp lệ "satuday"; có phải là "saturday"?',
    ]);
  });

  it('lists the properties a section takes when an unknown one is near none of them', () => {
    expect(problems('calendar:\n  zzz: 1\n')).toEqual([
      '2:3 Unknown property "zzz"; the properties here are public_holidays, hours, hours_per_day, monday, tuesday, wednesday, thursday, friday, saturday, sunday, holidays, workdays, as_of, announced',
    ]);
  });

  it('says what the length of a working day takes: a number of hours more than 0, e.g. 8', () => {
    for (const [value, shown] of [
      ['0', '0'],
      ['-2', '-2'],
      ['25', '25'],
      ['8h', '"8h"'],
    ])
      expect(problems(`calendar:\n  hours_per_day: ${value}\n`)).toEqual([
        `2:18 "hours_per_day" is how many office hours make one working day: a number more than 0 and at most 24, e.g. 8, not ${shown}`,
      ]);
    const vi = parseConfig('procmap.config.yaml', Buffer.from('calendar:\n  hours_per_day: 0\n'), RULES, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      '"hours_per_day" là số giờ làm việc tính là một ngày làm việc: một số lớn hơn 0 và không quá 24, ví dụ 8, không phải 0',
    ]);
    expect(parse('calendar:\n  hours_per_day: 7.5\n').ok).toBe(true);
  });

  // Any field passed: only `procmap import` refused it, without a line and column, and `lint` said nothing.
  it('refuses a field of import.columns that import does not know, located, with the nearest one', () => {
    expect(problems('import:\n  columns:\n    titel: Tên gọi thủ tục\n    code: Mã TTHC\n')).toEqual([
      '3:5 Unknown property "titel"; did you mean "title"?',
    ]);
    const none = problems('import:\n  columns:\n    xyzzy: Tên\n');
    expect(none).toHaveLength(1);
    expect(none[0]).toMatch(/^3:5 Unknown property "xyzzy"; the properties here are id, code, title, .*, on_site$/);
    const vi = parseConfig('procmap.config.yaml', Buffer.from('import:\n  columns:\n    titel: x\n'), RULES, 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Trường không hợp lệ "titel"; có phải là "title"?',
    ]);
  });

  it('takes every field import maps, and no other: the schema and src/interchange/columns.ts agree', () => {
    const columns = configSchema.properties.import.properties.columns;
    expect(columns.additionalProperties).toBe(false);
    expect(Object.keys(columns.properties)).toEqual(MAPPABLE_FIELDS);
    const all = MAPPABLE_FIELDS.map((field) => `    ${field}: Cột ${field}`).join('\n');
    expect(problems(`import:\n  columns:\n${all}\n`)).toEqual([]);
  });

  it('reports a YAML syntax error in the configuration', () => {
    // Where the bracket opens, not where YAML gives up.
    expect(problems('rules: [\n')[0]).toMatch(/^1:8 This bracket \(\[\) is never closed/);
  });
});

describe('settings', () => {
  const config = (text: string): ProcmapConfig => {
    const result = parse(text, [...RULES, withOptions]);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    return result.config;
  };

  it('starts from recommended: rules outside it are off', () => {
    const settings = baseSettings({});
    expect(settings.get('canonical-duration')?.severity).toBe('off');
    expect(settings.get('unused-body')?.severity).toBe('warning');
    expect(settings.size).toBe(RULES.length);
  });

  it('turns the canonical-* rules on beside the recommended ones with extends: canonical', () => {
    const settings = baseSettings(config('extends: canonical\n'));
    const on = RULES.filter((rule) => settings.get(rule.id)?.severity !== 'off').map((rule) => rule.id);
    expect(on).toEqual(RULES.filter((r) => r.recommended || r.id.startsWith('canonical-')).map((r) => r.id));
    expect(on.filter((id) => id.startsWith('canonical-'))).toHaveLength(16);
    expect(settings.get('canonical-duration')?.severity).toBe('warning');
  });

  it('turns every rule on with extends: all, and maps warn to warning', () => {
    const settings = baseSettings(config('extends: all\nrules:\n  within-time-limit: warn\n'));
    expect(settings.get('canonical-duration')?.severity).toBe('warning');
    expect(settings.get('within-time-limit')?.severity).toBe('warning');
  });

  it('applies overrides by glob relative to the configuration folder, later ones winning', () => {
    const settingsFor = settingsResolver(
      config(
        'rules:\n  unused-body: off\noverrides:\n  - files: ["procedures/tinh/**"]\n    rules: { unused-body: error, nfc: info }\n  - files: ["**/ho-tich-*.yaml"]\n    rules: { unused-body: info }\n',
      ),
      { baseDir: '/catalog', cwd: '/catalog/procedures' },
    );
    expect(settingsFor('xa/a.yaml').get('unused-body')?.severity).toBe('off');
    expect(settingsFor('tinh/a.yaml').get('unused-body')?.severity).toBe('error');
    expect(settingsFor('tinh/a.yaml').get('nfc')?.severity).toBe('info');
    expect(settingsFor('tinh/ho-tich-1.yaml').get('unused-body')?.severity).toBe('info');
    expect(settingsFor('/elsewhere/tinh/a.yaml').get('unused-body')?.severity).toBe('off');
  });

  it('reads an override written as a folder or a Windows path as every file under it', () => {
    for (const files of ['procedures/tinh', 'procedures/tinh/', './procedures/tinh', 'procedures\\tinh\\**'])
      expect(
        settingsResolver(config(`overrides:\n  - files: ${JSON.stringify(files)}\n    rules: { nfc: off }\n`), {
          baseDir: '/catalog',
          cwd: '/catalog/procedures',
        })('tinh/a.yaml').get('nfc')?.severity,
        files,
      ).toBe('off');
    expect(overrideGlobs(['*.yaml', 'a/b.yml', 'procedures\\xa'])).toEqual([
      '*.yaml',
      'a/b.yml',
      'procedures/xa',
      'procedures/xa/**',
    ]);
  });

  it('fills rule options from their defaults and keeps them when only the severity changes', () => {
    const rules = [...RULES, withOptions];
    const settingsFor = settingsResolver(
      config(
        'rules:\n  max-steps: [error, { max: 12 }]\noverrides:\n  - files: a/**\n    rules: { max-steps: warn }\n',
      ),
      { baseDir: '/c', cwd: '/c', rules },
    );
    expect(settingsFor('b/x.yaml').get('max-steps')).toEqual({
      severity: 'error',
      options: { max: 12, unit: 'steps' },
    });
    expect(settingsFor('a/x.yaml').get('max-steps')).toEqual({
      severity: 'warning',
      options: { max: 12, unit: 'steps' },
    });
    // The severity alone in a list, as ESLint writes it, keeps them too.
    const listed = settingsResolver(
      config(
        'rules:\n  max-steps: [error, { max: 12 }]\noverrides:\n  - files: a/**\n    rules: { max-steps: [warn] }\n',
      ),
      { baseDir: '/c', cwd: '/c', rules },
    );
    expect(listed('a/x.yaml').get('max-steps')).toEqual({ severity: 'warning', options: { max: 12, unit: 'steps' } });
  });
});

describe('catalog rule options', () => {
  // A catalog rule with an option: no built-in catalog rule takes one yet, and the linter once passed them none.
  const echo = defineRule({
    id: 'echo-mode',
    description: { en: 'Reports the mode it was given', vi: 'Báo chế độ được giao' },
    severity: 'warning',
    recommended: false,
    messages: { mode: { en: 'Mode {mode} over {count} files', vi: 'Chế độ {mode} trên {count} tệp' } },
    options: { mode: oneOf(['strict', 'loose'], 'strict') },
    collect: (procedure) => procedure.id,
    checkCatalog({ entries, options, report }) {
      report(entries[0]!.file, {
        messageId: 'mode',
        data: { mode: options.mode, count: entries.length },
        path: ['id'],
      });
    },
  });
  const rules = [...RULES, echo];
  const sources = ['valid-first.yaml', 'valid-second.yaml'].map((name) => {
    const file = `test/rules/fixtures/unique-id/${name}`;
    return loadFile(file, readFileSync(join(ROOT, file)));
  });
  const run = (text: string) => {
    const result = parse(text, rules);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const settingsFor = settingsResolver(result.config, { baseDir: ROOT, cwd: ROOT, rules });
    return lint(sources, { rules: [echo], settingsFor }).diagnostics.map((d) => `${d.severity} ${d.message}`);
  };

  it('reaches the catalog check from the configuration, defaults filled in', () => {
    expect(run('rules:\n  echo-mode: [error, { mode: loose }]\n')).toEqual(['error Mode loose over 2 files']);
    expect(run('rules:\n  echo-mode: warn\n')).toEqual(['warning Mode strict over 2 files']);
  });

  it('keeps the options when an override changes only the severity', () => {
    expect(
      run(
        'rules:\n  echo-mode: [warn, { mode: loose }]\noverrides:\n  - files: test/**\n    rules: { echo-mode: info }\n',
      ),
    ).toEqual(['info Mode loose over 2 files']);
  });

  it('takes its options only from the top-level rules, since it runs once over every file', () => {
    expect(problems('overrides:\n  - files: a/**\n    rules: { echo-mode: [warn, { mode: loose }] }\n', rules)).toEqual(
      [
        '3:32 Rule "echo-mode" checks the whole catalog at once, so its options go under the top-level `rules`; here write just its severity',
      ],
    );
  });

  it('refuses an option value the catalog rule does not take', () => {
    expect(problems('rules:\n  echo-mode: [warn, { mode: lax }]\n', rules)).toEqual([
      '2:29 Option "mode" of rule "echo-mode" must be "strict" or "loose", not "lax"',
    ]);
  });
});
