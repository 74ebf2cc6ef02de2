import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DRAFT = join(ROOT, 'test/lenient/fixtures/accepted-draft.yaml');
const ENCODINGS = join(ROOT, 'test/cli/fixtures/encodings');
// The tests must not inherit a language from the machine that runs them.
const NO_LANG = { PROCMAP_LANG: undefined };

/** A catalog with one procedure and, when given, a configuration. */
function catalog(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-lang-'));
  mkdirSync(join(dir, 'procedures'));
  cpSync(DRAFT, join(dir, 'procedures', 'draft.yaml'));
  if (config !== undefined) writeFileSync(join(dir, 'procmap.config.yaml'), config);
  return dir;
}

// `time` prints its limit line in the run's language: the quickest sign of which language won.
const LIMIT = { en: 'Time limit: 3 working days', vi: 'Thời hạn giải quyết: 3 ngày làm việc' };

async function timeLang(
  dir: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<'en' | 'vi' | undefined> {
  const result = await runCli(['time', 'procedures', ...args], { cwd: dir, env: { ...NO_LANG, ...env } });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout.includes(LIMIT.en) ? 'en' : result.stdout.includes(LIMIT.vi) ? 'vi' : undefined;
}

describe('one language setting: --lang, else PROCMAP_LANG, else lang: in the configuration, else Vietnamese', () => {
  it('speaks Vietnamese when nothing says otherwise', async () => {
    expect(await timeLang(catalog())).toBe('vi');
  });

  it('takes lang: from procmap.config.yaml', async () => {
    expect(await timeLang(catalog('lang: en\n'))).toBe('en');
  });

  it('takes lang: from a configuration saved as UTF-16 (Notepad\'s "Unicode"), found or given with -c', async () => {
    for (const name of ['lang-utf16le.yaml', 'lang-utf16be.yaml']) {
      const config = readFileSync(join(ENCODINGS, name));
      const found = catalog();
      writeFileSync(join(found, 'procmap.config.yaml'), config);
      expect(await timeLang(found), name).toBe('en');
      expect(await timeLang(catalog(), ['-c', join(ENCODINGS, name)]), name).toBe('en');
    }
  });

  it('puts PROCMAP_LANG above the configuration', async () => {
    expect(await timeLang(catalog('lang: en\n'), [], { PROCMAP_LANG: 'vi' })).toBe('vi');
    expect(await timeLang(catalog(), [], { PROCMAP_LANG: 'en' })).toBe('en');
  });

  it('puts --lang above PROCMAP_LANG and the configuration', async () => {
    expect(await timeLang(catalog('lang: vi\n'), ['--lang', 'en'], { PROCMAP_LANG: 'vi' })).toBe('en');
    expect(await timeLang(catalog('lang: en\n'), ['--lang', 'vi'], { PROCMAP_LANG: 'en' })).toBe('vi');
  });

  it('reads a language as locales and people name it', async () => {
    expect(await timeLang(catalog('lang: Tiếng Anh\n'))).toBe('en');
    expect(await timeLang(catalog(), [], { PROCMAP_LANG: 'en_US.UTF-8' })).toBe('en');
    expect(await timeLang(catalog('lang: en\n'), ['--lang', 'vi-VN'])).toBe('vi');
  });

  it('refuses a language it does not speak, in both languages, with exit 2', async () => {
    const fromEnv = await runCli(['time', 'procedures'], { cwd: catalog(), env: { PROCMAP_LANG: 'fr' } });
    expect(fromEnv).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: PROCMAP_LANG takes vi or en, not "fr" (PROCMAP_LANG nhận vi hoặc en)\n',
    });
    const fromOption = await runCli(['time', 'procedures', '--lang', 'fr'], { cwd: catalog(), env: NO_LANG });
    expect(fromOption).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: --lang takes vi or en, not "fr" (--lang nhận vi hoặc en)\n',
    });
  });

  it('reports a configuration error in the configured language of the run', async () => {
    const dir = catalog('lang: en\nrules: { known-bodi: error }\n');
    const result = await runCli(['lint', 'procedures'], { cwd: dir, env: NO_LANG });
    expect([result.code, result.stdout]).toEqual([2, '']);
    // Invalid elsewhere, the configuration still says which language its officer reads: its errors are told in it.
    // Before: in Vietnamese, the default, as if it said nothing.
    const english =
      'procmap: Invalid configuration:\nprocmap.config.yaml:2:10: Unknown rule "known-bodi"; did you mean "known-body"?\n';
    expect(result.stderr).toBe(english);
    expect((await runCli(['lint', 'procedures', '--lang', 'en'], { cwd: dir, env: NO_LANG })).stderr).toBe(english);
    // --lang and PROCMAP_LANG still come first.
    const vietnamese =
      'procmap: Cấu hình không hợp lệ:\nprocmap.config.yaml:2:10: Không có quy tắc "known-bodi"; có phải là "known-body"?\n';
    expect((await runCli(['lint', 'procedures', '--lang', 'vi'], { cwd: dir, env: NO_LANG })).stderr).toBe(vietnamese);
    expect((await runCli(['lint', 'procedures'], { cwd: dir, env: { PROCMAP_LANG: 'vi' } })).stderr).toBe(vietnamese);
  });

  it('reports a configuration YAML cannot read in the language of its own lang: line', async () => {
    const dir = catalog('lang: "en" # the secretary reads English\nrules:\n  nfc: [warn\n');
    const result = await runCli(['lint', 'procedures'], { cwd: dir, env: NO_LANG });
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'procmap: Invalid configuration:\nprocmap.config.yaml:3:8: This bracket ([) is never closed: add ] to close it or, if it is part of the text, put the whole value in quotes "…"\n',
    );
    // Two lang: lines (a key written twice) may disagree: neither is taken, and the default language speaks.
    const twice = catalog('lang: en\nlang: vi\n');
    const told = await runCli(['lint', 'procedures'], { cwd: twice, env: NO_LANG });
    expect([told.code, told.stderr.split('\n')[0]]).toEqual([2, 'procmap: Cấu hình không hợp lệ:']);
  });
});

describe('every command speaks Vietnamese by default', () => {
  const dir = catalog();
  writeFileSync(join(dir, 'calendar.yaml'), 'holidays: [2026-13-01]\n');
  const run = (args: string[]) => runCli(args, { cwd: dir, env: NO_LANG });

  it.each([
    ['lint', ['lint', 'procedures'], '✔ 1 tệp đã kiểm tra, không có vấn đề'],
    ['time', ['time', 'procedures'], 'Thời hạn giải quyết'],
    ['stats', ['stats', 'procedures'], 'Theo cấp: xã 1'],
    ['rules', ['rules'], 'Tệp phải là YAML hợp lệ'],
    ['diff', ['diff', 'procedures', 'procedures'], 'Không có thay đổi'],
  ])('%s', async (_name, args, expected) => {
    const result = await run(args);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(expected);
    expect(result.stdout).not.toMatch(/\b(files checked|Time limit|By level|must be)\b/);
  });

  it("usage errors too, commander's and procmap's own", async () => {
    expect((await run(['lint', '--no-such-option'])).stderr).toBe(
      "lỗi: không có tùy chọn '--no-such-option'\n(chạy với --help để xem cách dùng)\n",
    );
    expect(await run(['lint', 'no/such/path'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Đường dẫn "no/such/path" không tồn tại\n',
    });
    expect(await run(['doc', 'procedures', '--format', 'odt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: Không có định dạng tài liệu "odt"; hãy dùng một hoặc nhiều trong: md, html, pdf, docx\n',
    });
  });

  // Each command's own checks of its options, before any work: Vietnamese by default, English with --lang en.
  it.each([
    [
      ['doc', 'procedures', '--paper', 'b5'],
      'Không có khổ giấy "b5"; hãy dùng a4 hoặc a3',
      'Unknown paper "b5"; use a4 or a3',
    ],
    [
      ['export', 'procedures', '--format', 'pdf'],
      'Không có định dạng xuất "pdf"; hãy dùng xlsx, bpmn hoặc json',
      'Unknown export format "pdf"; use xlsx, bpmn or json',
    ],
    [
      ['calendar', '1800'],
      'Không có lịch làm việc năm 1800: procmap chỉ có lịch làm việc các năm từ 2000 đến 2099, vì bảng ngày âm lịch (Tết, Giỗ Tổ) của nó chỉ có các năm đó: ngày nghỉ theo văn bản công bố cho 2025–2026, tính theo Bộ luật Lao động 2019 cho các năm khác; hãy ghi một năm từ 2000 đến 2099, bằng bốn chữ số',
      "No working calendar for 1800: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; write a year from 2000 to 2099, in four digits",
    ],
    [
      ['time', 'procedures', '--as-of', '2026-13-01'],
      '--as-of: "2026-13-01" không phải là ngày: không có tháng 13; nếu ngày và tháng bị đảo chỗ, hãy ghi 2026-01-13',
      '--as-of: "2026-13-01" is not a date: there is no month 13; if the day and the month are the other way round, write 2026-01-13',
    ],
    [
      ['time', 'procedures', '--calendar', 'procedures'],
      'Không đọc được tệp lịch làm việc "procedures": Là một thư mục',
      'Cannot read calendar file "procedures": Is a folder',
    ],
    [
      ['serve', 'no-such-folder'],
      '"no-such-folder" không phải thư mục chứa quy trình',
      '"no-such-folder" is not a folder of procedures',
    ],
    [
      ['serve', 'procedures', '--port', '99999'],
      '--port nhận một số nguyên từ 0 đến 65535, ví dụ 8080, không phải "99999"',
      '--port takes a whole number from 0 to 65535, such as 8080, not "99999"',
    ],
    [
      ['stats', 'procedures', '--top', 'abc'],
      '--top nhận một số nguyên từ 1 trở lên, ví dụ 10, không phải "abc"',
      '--top takes a whole number from 1, such as 10, not "abc"',
    ],
    [
      ['lint', 'procedures', '--max-warnings', ''],
      '--max-warnings nhận một số nguyên từ 0 trở lên, ví dụ 10, không phải ""',
      '--max-warnings takes a whole number from 0, such as 10, not ""',
    ],
    [
      ['time', 'procedures', '--received', '2100-03-02 09:00'],
      '--received: hồ sơ tiếp nhận năm 2100: procmap chỉ có lịch làm việc các năm từ 2000 đến 2099, vì bảng ngày âm lịch (Tết, Giỗ Tổ) của nó chỉ có các năm đó: ngày nghỉ theo văn bản công bố cho 2025–2026, tính theo Bộ luật Lao động 2019 cho các năm khác; hãy ghi một năm từ 2000 đến 2099, bằng bốn chữ số',
      "--received: a dossier received in 2100: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; write a year from 2000 to 2099, in four digits",
    ],
    [
      ['time', 'procedures', '--calendar', 'calendar.yaml'],
      'Lịch làm việc không hợp lệ:\ncalendar.yaml:1:12: "2026-13-01" không phải là ngày: không có tháng 13; nếu ngày và tháng bị đảo chỗ, hãy ghi 2026-01-13',
      'Invalid calendar:\ncalendar.yaml:1:12: "2026-13-01" is not a date: there is no month 13; if the day and the month are the other way round, write 2026-01-13',
    ],
    // A system error of the user's disk, in words instead of the system call's name (stat).
    [
      ['import', join(ROOT, 'test/interchange/fixtures/catalog.csv'), '-o', 'calendar.yaml/out'],
      'không truy cập được "calendar.yaml/out": một phần của đường dẫn là tệp, không phải thư mục',
      'cannot reach "calendar.yaml/out": a part of the path is a file, not a folder',
    ],
  ])('%j', async (args, vi, en) => {
    // A message that starts with procmap's name is not named twice ("procmap: procmap chỉ tính được …").
    const named = (message: string) => (message.startsWith('procmap ') ? message : `procmap: ${message}`);
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr: `${named(vi)}\n` });
    expect(await run([...args, '--lang', 'en'])).toEqual({ code: 2, stdout: '', stderr: `${named(en)}\n` });
  });
});

describe('lint with nothing to lint', () => {
  it('exits 2 naming the path, never "0 files checked"', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'procmap-empty-'));
    writeFileSync(join(empty, 'notes.txt'), 'not a procedure');
    expect(await runCli(['lint', empty, '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: No procedure files (.yaml, .yml) in "${empty}"\n`,
    });
    expect(await runCli(['lint', empty], { env: NO_LANG })).toEqual({
      code: 2,
      stdout: '',
      stderr: `procmap: Không có tệp quy trình (.yaml, .yml) nào trong "${empty}"\n`,
    });
  });
});

describe('a file that cannot be read is told in the run language by every command that reads a catalog', () => {
  it.each([
    ['export', ['-o', 'danh-muc.xlsx']],
    ['time', []],
    ['doc', ['-f', 'md', '-o', 'docs']],
  ])('%s', async (command, args) => {
    const dir = catalog();
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'procedures', 'link.yaml'));
    const result = await runCli([command, 'procedures', ...args], { cwd: dir, env: NO_LANG });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Không đọc được: Không có tệp hay thư mục này');
    expect(result.stderr).not.toContain('Cannot read');
  });
});
