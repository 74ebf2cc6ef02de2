import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Texts starting with a mark YAML reads ("&", "*", "!", "!!"), where the officer wrote text.
const FIXTURES = join(ROOT, 'test/cli/fixtures/yaml-marks');

/** A copy of a fixture in a folder of its own, to lint there by its name (and fix). */
function copied(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-marks-'));
  cpSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

/** `lint --lang <lang> <name>`, run where a copy of the fixture is. */
async function lint(name: string, lang = 'en', fix = false) {
  const dir = copied(name);
  const result = await runCli(['lint', '--lang', lang, ...(fix ? ['--fix'] : []), name], { cwd: dir });
  return { ...result, text: readFileSync(join(dir, name), 'utf8') };
}

const STAR_EN =
  'The text starts with "*", which YAML reads as a reference to a value marked with "&", not as text: put the whole text in quotes';

describe('a text starting with "&" that nothing refers to', () => {
  it('is read whole, reported at the "&", and --fix puts it in quotes', async () => {
    const result = await lint('unused-anchor.yaml');
    expect(result.stdout).toBe(
      'unused-anchor.yaml\n' +
        '  21:11  warning  The text starts with "&", which YAML reads as a mark naming the value, not as text: other programs read it without "&Thẩm"; put the whole text in quotes: "&Thẩm định hồ sơ"  parse\n' +
        '\n✖ 1 problem (0 errors, 1 warning)\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n',
    );
    expect([result.code, result.stderr]).toEqual([0, '']);
    const vi = await lint('unused-anchor.yaml', 'vi');
    expect(vi.stdout).toContain(
      '21:11  cảnh báo  Văn bản bắt đầu bằng dấu "&", YAML hiểu là dấu đặt tên cho giá trị, không phải chữ: các chương trình khác đọc văn bản này mất "&Thẩm"; hãy đặt cả văn bản trong dấu nháy: "&Thẩm định hồ sơ"  parse\n',
    );
    const fixed = await lint('unused-anchor.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 1 problem in unused-anchor.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'unused-anchor.yaml'), 'utf8').replace(
        'name: &Thẩm định hồ sơ',
        'name: "&Thẩm định hồ sơ"',
      ),
    );
  });

  it('keeps its first word in the data: `time` lists the step by its whole name', async () => {
    const dir = copied('unused-anchor.yaml');
    const result = await runCli(['time', '--lang', 'en', 'unused-anchor.yaml'], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/ B2 +&Thẩm định hồ sơ +VH /);
  });
});

describe('a text starting with "&" and a space (`name: & Thẩm định hồ sơ`)', () => {
  it('is told at the "&" as a text to quote, not as a reference (*), and --fix quotes it', async () => {
    const result = await lint('anchor-space.yaml');
    expect(result.stdout).toBe(
      'anchor-space.yaml\n' +
        '  21:11  error  The text starts with "&", which YAML reads as a mark naming the value, not as text: put the whole text in quotes: "& Thẩm định hồ sơ"  parse\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('anchor-space.yaml', 'vi');
    expect(vi.stdout).toContain(
      '21:11  lỗi  Văn bản bắt đầu bằng dấu "&", YAML hiểu là dấu đặt tên cho giá trị, không phải chữ: hãy đặt cả văn bản trong dấu nháy: "& Thẩm định hồ sơ"  parse\n',
    );
    const fixed = await lint('anchor-space.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 1 problem in anchor-space.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'anchor-space.yaml'), 'utf8').replace(
        'name: & Thẩm định hồ sơ',
        'name: "& Thẩm định hồ sơ"',
      ),
    );
  });
});

describe('an "&" word with nothing after it (`id: &receive`), which nothing refers to', () => {
  const EN =
    'The "&" makes YAML read "receive" as a name for the value, not as text, so the value is empty: write receive without the "&", which this field cannot hold';

  it('is told at the "&", once, in place of the empty value\'s own problem; a mark in use is read', async () => {
    const result = await lint('empty-anchor.yaml');
    expect(result.stdout).toBe(
      'empty-anchor.yaml\n' +
        `  15:9  error  ${EN}  parse\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('empty-anchor.yaml', 'vi');
    expect(vi.stdout).toContain(
      '15:9  lỗi  Dấu "&" khiến YAML hiểu "receive" là tên đặt cho giá trị, không phải chữ, nên giá trị bị để trống: hãy ghi receive, bỏ dấu "&" vì trường này không nhận dấu "&"  parse\n',
    );
  });

  it('--fix writes the id without the "&", as quotes would make an id no step may have: the file is then clean', async () => {
    const fixed = await lint('empty-anchor.yaml', 'en', true);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'empty-anchor.yaml'), 'utf8').replace('id: &receive', 'id: receive'),
    );
    expect(fixed.stderr).toBe('procmap: fixed 1 problem in empty-anchor.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
  });

  it('drops the "&" before a body, a step in `next` and a branch\'s step, and quotes it in a name', async () => {
    const word = (name: string) =>
      `The "&" makes YAML read "${name}" as a name for the value, not as text, so the value is empty: write ${name} without the "&"`;
    const result = await lint('empty-anchor-fields.yaml');
    expect(result.stdout).toBe(
      'empty-anchor-fields.yaml\n' +
        `  15:49  error  ${word('TN')}, which this field cannot hold  parse\n` +
        `  17:11  error  ${word('Thẩm')}, or, if the "&" is meant, put it in quotes: "&Thẩm"  parse\n` +
        `  18:11  error  ${word('VH')}, which this field cannot hold  parse\n` +
        `  21:12  error  ${word('handover')}, which this field cannot hold  parse\n` +
        `  22:18  error  ${word('refuse')}, which this field cannot hold  parse\n` +
        '\n✖ 5 problems (5 errors, 0 warnings)\n  5 errors and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const fixed = await lint('empty-anchor-fields.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 5 problems in empty-anchor-fields.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'empty-anchor-fields.yaml'), 'utf8')
        .replace('body: &TN,', 'body: TN,')
        .replace('name: &Thẩm', 'name: "&Thẩm"')
        .replace('body: &VH', 'body: VH')
        .replace('Đạt: &handover', 'Đạt: handover')
        .replace('Không đạt: &refuse', 'Không đạt: refuse'),
    );
  });
});

describe('a word after "!" with nothing after it (`id: !B1`), where the field cannot hold the "!"', () => {
  const word = (mark: string) =>
    `The "!" makes YAML read "!${mark}" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write ${mark} without the "!", which this field cannot hold`;

  it('says to drop the "!" before an id, a body and a step in `next`, once, and to quote it in a name', async () => {
    const result = await lint('tag-id.yaml');
    expect(result.stdout).toBe(
      'tag-id.yaml\n' +
        `  1:5    error    ${word('QT-YM-23')}  parse\n` +
        `  15:9   error    ${word('B1')}  parse\n` +
        '  16:11  warning  The text starts with "!", which makes YAML read "!B1" as a mark saying what kind of value follows, not as text: other programs read it without "!B1"; put the whole text in quotes: "!B1"  parse\n' +
        `  17:11  error    ${word('TN')}  parse\n` +
        `  19:11  error    ${word('B2')}  parse\n` +
        `  20:11  error    ${word('B2')}  parse\n` +
        `  20:70  error    ${word('B3')}  parse\n` +
        `  26:12  error    ${word('B4')}  parse\n` +
        `  27:18  error    ${word('B5')}  parse\n` +
        '\n✖ 9 problems (8 errors, 1 warning)\n  8 errors and 1 warning potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('tag-id.yaml', 'vi');
    expect(vi.stdout).toContain(
      '15:9   lỗi       Dấu "!" khiến YAML hiểu "!B1" là dấu chỉ kiểu giá trị, không phải chữ, nên các chương trình khác đọc giá trị này là trống: hãy ghi B1, bỏ dấu "!" vì trường này không nhận dấu "!"  parse\n',
    );
  });

  it('--fix writes the word without the "!" where quotes would make a value the field refuses: the file is then clean', async () => {
    const fixed = await lint('tag-id.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 9 problems in tag-id.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-id.yaml'), 'utf8')
        .replace('id: !QT-YM-23', 'id: QT-YM-23')
        .replace('id: !B1', 'id: B1')
        .replace('name: !B1', 'name: "!B1"')
        .replace('body: !TN', 'body: TN')
        .replace('next: !B2', 'next: B2')
        .replace('id: !B2', 'id: B2')
        .replace('[!B3]', '[B3]')
        .replace('Đạt: !B4', 'Đạt: B4')
        .replace('Không đạt: !B5', 'Không đạt: B5'),
    );
  });
  it("keeps the quotes and the field's own problem where the word is no better (`duration: !custom`)", async () => {
    const result = await lint('tag-word-alone.yaml');
    expect(result.stdout).toBe(
      'tag-word-alone.yaml\n' +
        '  19:58  warning  The text starts with "!", which makes YAML read "!custom" as a mark saying what kind of value follows, not as text: other programs read it without "!custom"; put the whole text in quotes: "!custom"  parse\n' +
        '  19:66  error    "!custom" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"  schema\n' +
        '\n✖ 2 problems (1 error, 1 warning)\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const fixed = await lint('tag-word-alone.yaml', 'en', true);
    expect(fixed.text).toContain('\n  - { id: B2, name: Thẩm định hồ sơ, body: VH, duration: "!custom" }\n');
  });
});

describe('a mark before an id (`id: !Bước 1`), which no id holds, quoted or not', () => {
  const id = (word: string, written: string) =>
    `The text starts with "!", which makes YAML read "${word}" as a mark saying what kind of value follows, not as text, and an id cannot hold a "!": write id: ${written}`;

  it('says to write B and the step\'s number where YAML stops at "!Bước", and --fix writes it: the file is then clean', async () => {
    const result = await lint('tag-id-step-number.yaml');
    expect(result.stdout).toBe(
      'tag-id-step-number.yaml\n' +
        `  15:9   error    ${id('!Bước', 'B1')}  parse\n` +
        '  19:11  warning  The "!" makes YAML read "!B2" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write B2 without the "!", which this field cannot hold  parse\n' +
        '  20:11  warning  The "!" makes YAML read "!B2" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write B2 without the "!", which this field cannot hold  parse\n' +
        '\n✖ 3 problems (1 error, 2 warnings)\n  1 error and 2 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('tag-id-step-number.yaml', 'vi');
    expect(vi.stdout).toContain(
      '15:9   lỗi       Văn bản bắt đầu bằng dấu "!", YAML hiểu "!Bước" là dấu chỉ kiểu giá trị, không phải chữ, và mã không được chứa dấu "!": hãy ghi id: B1  parse\n',
    );
    // `next: !B2` is told by its field, a step, as in a file that reads: the word, not its quotes.
    const fixed = await lint('tag-id-step-number.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 3 problems in tag-id-step-number.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-id-step-number.yaml'), 'utf8')
        .replace('id: !Bước 1', 'id: B1')
        .replace('next: !B2', 'next: B2')
        .replace('id: !B2', 'id: B2'),
    );
  });

  it('says it once, in place of the step id\'s own problem, for "!Buoc 1", "!B.2" and "!receive", and --fix writes the ids', async () => {
    const result = await lint('tag-id-words.yaml');
    expect(result.stdout).toBe(
      'tag-id-words.yaml\n' +
        `  15:9   error  ${id('!Buoc', 'B1')}  parse\n` +
        `  20:11  error  ${id('!B.2', 'B2')}  parse\n` +
        '  21:9   error  The "!" makes YAML read "!receive" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write receive without the "!", which this field cannot hold  parse\n' +
        '\n✖ 3 problems (3 errors, 0 warnings)\n  3 errors and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const fixed = await lint('tag-id-words.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 3 problems in tag-id-words.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-id-words.yaml'), 'utf8')
        .replace('id: !Buoc 1', 'id: B1')
        .replace('id: !B.2', 'id: B2')
        .replace('id: !receive', 'id: receive'),
    );
  });
});

describe('a mark ending in ":" (`!MC:`, `&MC:`)', () => {
  it('before a body: one warning each, to remove the mark, which --fix does; the body is then known', async () => {
    const result = await lint('tag-colon-body.yaml');
    expect(result.stdout).toBe(
      'tag-colon-body.yaml\n' +
        '  17:11  warning  YAML reads "!MC:" as a mark saying what kind of value follows, not as text; this field cannot hold "!MC: Bộ phận một cửa", so the value is "Bộ phận một cửa": remove "!MC:"  parse\n' +
        '  23:11  warning  YAML reads "&MC:" as a name for the value, not as text, and nothing refers to it (no "*MC:"); this field cannot hold "&MC: Bộ phận một cửa", so the value is "Bộ phận một cửa": remove "&MC:"  parse\n' +
        '\n✖ 2 problems (0 errors, 2 warnings)\n  0 errors and 2 warnings potentially fixable with the `--fix` option.\n',
    );
    expect([result.code, result.stderr]).toEqual([0, '']);
    const vi = await lint('tag-colon-body.yaml', 'vi');
    expect(vi.stdout).toContain(
      '17:11  cảnh báo  YAML hiểu "!MC:" là dấu chỉ kiểu giá trị, không phải chữ; trường này không nhận "!MC: Bộ phận một cửa", nên giá trị là "Bộ phận một cửa": hãy bỏ "!MC:"  parse\n',
    );
    const fixed = await lint('tag-colon-body.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 2 problems in tag-colon-body.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-colon-body.yaml'), 'utf8')
        .replace('body: !MC: Bộ', 'body: Bộ')
        .replace('body: &MC: Bộ', 'body: Bộ'),
    );
  });

  it("before a key: one error at the mark, in place of yaml's on the lines below, and --fix removes the mark", async () => {
    const result = await lint('tag-colon-key.yaml');
    expect(result.stdout).toBe(
      'tag-colon-key.yaml\n' +
        '  10:3  error  YAML reads "!MC:" as a mark saying what kind of value follows, not as the key "MC": remove the "!" before it  parse\n' +
        '  11:3  error  YAML reads "&VH:" as a name for the value, not as the key "VH": remove the "&" before it  parse\n' +
        '\n✖ 2 problems (2 errors, 0 warnings)\n  2 errors and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('tag-colon-key.yaml', 'vi');
    expect(vi.stdout).toContain(
      '10:3  lỗi  YAML hiểu "!MC:" là dấu chỉ kiểu giá trị, không phải tên trường "MC": hãy bỏ dấu "!" phía trước  parse\n',
    );
    const fixed = await lint('tag-colon-key.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 2 problems in tag-colon-key.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-colon-key.yaml'), 'utf8')
        .replace('  !MC: {', '  MC: {')
        .replace('  &VH:', '  VH:'),
    );
  });
});

describe('a text starting with "*"', () => {
  it('as a list item\'s text ("- * Đối với…"): at the "*", to quote or remove it, and --fix quotes it', async () => {
    const result = await lint('star-item.yaml');
    expect(result.stdout).toBe(
      'star-item.yaml\n' +
        `  13:5  error  ${STAR_EN}, "* Đối với tổ chức nước ngoài:", or remove the "*"  parse\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const fixed = await lint('star-item.yaml', 'en', true);
    // Quoted, the line is a flat case heading, which the same run writes onto its items.
    expect(fixed.stderr).toBe(
      'procmap: fixed 2 problems in star-item.yaml: the 1 lint reports, and 1 more that only showed once those were fixed\n',
    );
    expect(fixed.text).toContain('\n  - name: Tờ khai\n    originals: 1\n    case: Đối với tổ chức nước ngoài\n');
  });

  it("referring to no value (`title: *ref`): at its own line and column, not the file's start", async () => {
    const result = await lint('star-reference.yaml');
    expect(result.stdout).toBe(
      'star-reference.yaml\n' +
        `  2:8  error  ${STAR_EN}, "*ref", or remove the "*"  parse\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('star-reference.yaml', 'vi');
    expect(vi.stdout).toContain(
      '2:8  lỗi  Văn bản bắt đầu bằng dấu "*", YAML hiểu là tham chiếu tới một giá trị được đánh dấu bằng "&", không phải chữ: hãy đặt cả văn bản trong dấu nháy, "*ref", hoặc bỏ dấu "*"  parse\n',
    );
    const fixed = await lint('star-reference.yaml', 'en', true);
    expect(fixed.text).toContain('\ntitle: "*ref"\n');
  });

  it('followed by more words (`*Thẩm định* hồ sơ`): at the "*", not a missing ":"', async () => {
    const result = await lint('star-words.yaml');
    expect(result.stdout).toBe(
      'star-words.yaml\n' +
        `  21:11  error  ${STAR_EN}, "*Thẩm định* hồ sơ", or remove the "*"  parse\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const fixed = await lint('star-words.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 1 problem in star-words.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toContain('\n    name: "*Thẩm định* hồ sơ"\n');
  });
});

describe('a text starting with "!" and a Vietnamese letter (`name: !Lưu ý hồ sơ`)', () => {
  const EN =
    'The text starts with "!", which makes YAML read "!Lưu" as a mark saying what kind of value follows, not as text: put the whole text in quotes: "!Lưu ý hồ sơ"';

  it('names the whole word as the mark, once, with no unclosed bracket, and --fix quotes the text', async () => {
    const result = await lint('tag-letter.yaml');
    expect(result.stdout).toBe(
      'tag-letter.yaml\n' +
        `  21:11  error  ${EN}  parse\n` +
        '\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('tag-letter.yaml', 'vi');
    expect(vi.stdout).toContain(
      '21:11  lỗi  Văn bản bắt đầu bằng dấu "!", YAML hiểu "!Lưu" là dấu chỉ kiểu giá trị, không phải chữ: hãy đặt cả văn bản trong dấu nháy: "!Lưu ý hồ sơ"  parse\n',
    );
    const fixed = await lint('tag-letter.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 1 problem in tag-letter.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-letter.yaml'), 'utf8').replace('name: !Lưu ý hồ sơ', 'name: "!Lưu ý hồ sơ"'),
    );
  });

  it('inside braces, quotes the text up to its comma', async () => {
    const result = await lint('tag-letter-flow.yaml');
    expect(result.stdout).toBe(
      'tag-letter-flow.yaml\n' +
        '  20:21  error  The text starts with "!", which makes YAML read "!Thẩm" as a mark saying what kind of value follows, not as text: put the whole text in quotes: "!Thẩm định hồ sơ"  parse\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const fixed = await lint('tag-letter-flow.yaml', 'en', true);
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toContain('\n  - { id: B2, name: "!Thẩm định hồ sơ", body: VH, duration: 3d }\n');
  });
});

describe('a text starting with "!" and a word YAML takes for a tag of its own (`name: !NEW Thẩm định`)', () => {
  const said = (word: string, text: string) =>
    `The text starts with "!", which makes YAML read "${word}" as a mark saying what kind of value follows, not as text: other programs read it without "${word}"; put the whole text in quotes: "${text}"`;

  it('is read whole, told at the word (not to remove it), and --fix quotes it', async () => {
    const result = await lint('tag-word.yaml');
    expect(result.stdout).toBe(
      'tag-word.yaml\n' +
        `  16:11  warning  ${said('!Important', '!Important Tiếp nhận hồ sơ')}  parse\n` +
        `  19:21  warning  ${said('!NEW', '!NEW Thẩm định hồ sơ')}  parse\n` +
        `  22:18  warning  ${said('!Note', '!Note x')}  parse\n` +
        '\n✖ 3 problems (0 errors, 3 warnings)\n  0 errors and 3 warnings potentially fixable with the `--fix` option.\n',
    );
    expect([result.code, result.stderr]).toEqual([0, '']);
    const vi = await lint('tag-word.yaml', 'vi');
    expect(vi.stdout).toContain(
      '16:11  cảnh báo  Văn bản bắt đầu bằng dấu "!", YAML hiểu "!Important" là dấu chỉ kiểu giá trị, không phải chữ: các chương trình khác đọc văn bản này mất "!Important"; hãy đặt cả văn bản trong dấu nháy: "!Important Tiếp nhận hồ sơ"  parse\n',
    );
    const fixed = await lint('tag-word.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 3 problems in tag-word.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-word.yaml'), 'utf8')
        .replace('name: !Important Tiếp nhận hồ sơ', 'name: "!Important Tiếp nhận hồ sơ"')
        .replace('name: !NEW Thẩm định hồ sơ,', 'name: "!NEW Thẩm định hồ sơ",')
        .replace('description: !Note x', 'description: "!Note x"'),
    );
  });

  it('keeps the word in the data: `time` lists the steps by their whole names', async () => {
    const dir = copied('tag-word.yaml');
    const result = await runCli(['time', '--lang', 'en', 'tag-word.yaml'], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/ B1 +!Important Tiếp nhận hồ sơ +TN /);
    expect(result.stdout).toMatch(/ B2 +!NEW Thẩm định hồ sơ +VH /);
  });
});

describe('a text starting with "!" and a space (`name: ! Thẩm định`), which YAML reads as plain text without the "!"', () => {
  const said = (text: string) =>
    `The text starts with "!", which makes YAML read "!" as a mark saying what kind of value follows, not as text: other programs read it without "!"; put the whole text in quotes: "${text}"`;

  it('is told at the "!" before a plain value (not before a quoted one), and --fix quotes it', async () => {
    const result = await lint('tag-alone.yaml');
    expect(result.stdout).toBe(
      'tag-alone.yaml\n' +
        `  10:5   warning  ${said('! Luật Hộ tịch 2014')}  parse\n` +
        `  19:11  warning  ${said('! Tiếp nhận hồ sơ')}  parse\n` +
        `  22:21  warning  ${said('! Thẩm định hồ sơ')}  parse\n` +
        '\n✖ 3 problems (0 errors, 3 warnings)\n  0 errors and 3 warnings potentially fixable with the `--fix` option.\n',
    );
    expect([result.code, result.stderr]).toEqual([0, '']);
    const vi = await lint('tag-alone.yaml', 'vi');
    expect(vi.stdout).toContain(
      '19:11  cảnh báo  Văn bản bắt đầu bằng dấu "!", YAML hiểu "!" là dấu chỉ kiểu giá trị, không phải chữ: các chương trình khác đọc văn bản này mất "!"; hãy đặt cả văn bản trong dấu nháy: "! Tiếp nhận hồ sơ"  parse\n',
    );
    const fixed = await lint('tag-alone.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 3 problems in tag-alone.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-alone.yaml'), 'utf8')
        .replace('  - ! Luật Hộ tịch 2014', '  - "! Luật Hộ tịch 2014"')
        .replace('name: ! Tiếp nhận hồ sơ', 'name: "! Tiếp nhận hồ sơ"')
        .replace('name: ! Thẩm định hồ sơ,', 'name: "! Thẩm định hồ sơ",'),
    );
  });

  it('keeps the "!" in the data: `time` lists the steps by their whole names', async () => {
    const dir = copied('tag-alone.yaml');
    const result = await runCli(['time', '--lang', 'en', 'tag-alone.yaml'], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/ B1 +! Tiếp nhận hồ sơ +TN /);
    expect(result.stdout).toMatch(/ B2 +! Thẩm định hồ sơ +VH /);
  });
});

describe('a value with a YAML tag', () => {
  it('says what YAML makes of it and to remove the tag, not that it is "not a map"', async () => {
    const result = await lint('tags.yaml');
    expect(result.stdout).toBe(
      'tags.yaml\n' +
        '  2:8    warning  The mark "!!binary" makes YAML read "VGjhu60=" as bytes written in Base64, not as text: remove "!!binary" and write "Thử"  parse\n' +
        '  5:12   warning  The mark "!!timestamp" makes YAML read "2026-07-01" as a moment in time, not as text: remove "!!timestamp" and write 2026-07-01  parse\n' +
        '  8:13   warning  The text starts with "!", which makes YAML read "!custom" as a mark saying what kind of value follows, not as text: other programs read it without "!custom"; put the whole text in quotes: "!custom 05 ngày làm việc"  parse\n' +
        '  8:21   error    "!custom 05 ngày làm việc" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"  schema\n' +
        '  11:10  warning  The mark "!!set" makes YAML read the value as a set, which no procedure holds: remove "!!set" and write a list or a map  parse\n' +
        '\n✖ 5 problems (1 error, 4 warnings)\n  0 errors and 3 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('tags.yaml', 'vi');
    expect(vi.stdout).toContain(
      '5:12   cảnh báo  Dấu "!!timestamp" khiến YAML đọc "2026-07-01" là một thời điểm (ngày giờ), không phải văn bản: hãy bỏ "!!timestamp" và ghi 2026-07-01  parse\n',
    );
    const fixed = await lint('tags.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 3 problems in tags.yaml\n');
    expect(fixed.text).toContain('\ntitle: "Thử"\n');
    // A word after "!" is the officer's: the text is kept whole, for the officer to mend the limit.
    expect(fixed.text).toContain('\ntime_limit: "!custom 05 ngày làm việc"\n');
    expect(fixed.text).toContain('\neffective: 2026-07-01\n');
  });
});

describe('a name (&) before a value in a settings file, which has no warnings to tell', () => {
  it('in a calendar file: refused at the "&" with what to write, not read as the text "&h 8", exit 2', async () => {
    const dir = copied('calendar-anchored.yaml');
    cpSync(join(FIXTURES, 'config-anchored/p.yaml'), join(dir, 'p.yaml'));
    const args = ['time', 'p.yaml', '--calendar', 'calendar-anchored.yaml'];
    const en = await runCli([...args, '--lang', 'en'], { cwd: dir });
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      'procmap: Invalid calendar:\n' +
        'calendar-anchored.yaml:1:16: YAML reads "&h" as a name for the value, not as text, and nothing refers to it (no "*h"): write 8 without "&h" or, if "&h" is part of the text, put the whole text in quotes: "&h 8"\n' +
        'calendar-anchored.yaml:3:31: YAML reads "&n" as a name for the value, not as text, and nothing refers to it (no "*n"): write Nghỉ theo QĐ của UBND tỉnh without "&n" or, if "&n" is part of the text, put the whole text in quotes: "&n Nghỉ theo QĐ của UBND tỉnh"\n',
    );
    const vi = await runCli([...args, '--lang', 'vi'], { cwd: dir });
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toContain(
      'calendar-anchored.yaml:1:16: YAML hiểu "&h" là tên đặt cho giá trị, không phải chữ, và không nơi nào dùng đến tên này (không có "*h"): hãy ghi 8, bỏ "&h", hoặc nếu "&h" là một phần của văn bản thì đặt cả văn bản trong dấu nháy: "&h 8"\n',
    );
  });

  it('in procmap.config.yaml: refused at the "&" by every command, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-marks-'));
    cpSync(join(FIXTURES, 'config-anchored'), dir, { recursive: true });
    const expected =
      'procmap: Invalid configuration:\n' +
      'procmap.config.yaml:2:18: YAML reads "&h" as a name for the value, not as text, and nothing refers to it (no "*h"): write 8 without "&h" or, if "&h" is part of the text, put the whole text in quotes: "&h 8"\n';
    for (const args of [
      ['lint', 'p.yaml'],
      ['calendar', '2026'],
    ]) {
      const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
      expect([result.code, result.stdout, result.stderr]).toEqual([2, '', expected]);
    }
  });
});

describe('a column mapping (--map), read as the other files are: YAML 1.2, with plain messages', () => {
  const mapping = (name: string) => `test/cli/fixtures/yaml-marks/${name}`;
  const ontime = (name: string, lang: string) =>
    runCli([
      'ontime',
      'test/fixtures/ontime/ho-so.json',
      '--catalog',
      'test/fixtures/ontime/catalog',
      '--as-of',
      '2026-03-31 17:00',
      '--map',
      mapping(name),
      '--format',
      'json',
      '--lang',
      lang,
    ]);

  it('keeps a header that YAML 1.1 reads as a date (`finished: 2026-02-27`) as the header written', async () => {
    const result = await ontime('map-date.yaml', 'en');
    expect([result.code, result.stderr]).toEqual([
      0,
      'test/fixtures/ontime/ho-so.json:6: received date "not a date" is not a date; write it 13/02/2026 09:00 or 2026-02-13T09:00\nRows not measured: 1\n',
    ]);
    // No column is headed 2026-02-27: the results are read from "ngayCoKetQua" by its words.
    expect(JSON.parse(result.stdout).totals).toMatchObject({ dossiers: 2, finished: 2, open_overdue: 0 });
  });

  it('tells a mistake in `ontime --map` at its line and column in plain words, exit 2', async () => {
    const en = await ontime('map-colon.yaml', 'en');
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      'procmap: Invalid column mapping:\n' +
        'test/cli/fixtures/yaml-marks/map-colon.yaml:4:13: This value holds a colon followed by a space (": "), which YAML reads as the start of another key: put the whole value in quotes, e.g. received: "ngayTiepNhan: giờ"\n',
    );
    const vi = await ontime('map-colon.yaml', 'vi');
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      'procmap: Bảng ghép cột không hợp lệ:\n' +
        'test/cli/fixtures/yaml-marks/map-colon.yaml:4:13: Giá trị này có dấu hai chấm và dấu cách (": "), YAML hiểu đó là một tên trường mới: hãy đặt cả giá trị trong dấu nháy, ví dụ received: "ngayTiepNhan: giờ"\n',
    );
  });

  it('tells a mistake in `import --map` the same way, exit 2', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-marks-'));
    const args = ['import', 'test/interchange/fixtures/odd-headers.csv', '--map', mapping('map-colon.yaml')];
    const result = await runCli([...args, '-o', out, '--lang', 'en']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'procmap: Invalid column mapping:\n' +
        'test/cli/fixtures/yaml-marks/map-colon.yaml:4:13: This value holds a colon followed by a space (": "), which YAML reads as the start of another key: put the whole value in quotes, e.g. received: "ngayTiepNhan: giờ"\n',
    );
  });
});

describe('warnings on a file that another mistake stops', () => {
  it('are worded as in a file that reads: the "!" before a word, and a directive YAML does not know', async () => {
    const result = await lint('warnings-broken.yaml');
    expect(result.stdout).toBe(
      'warnings-broken.yaml\n' +
        '  1:1    warning  A line starting with "%" is a directive to YAML, which knows none called "%FOO" and skips the line: remove it, or start a note with "#"  parse\n' +
        '  15:11  warning  The text starts with "!", which makes YAML read "!NEW" as a mark saying what kind of value follows, not as text: other programs read it without "!NEW"; put the whole text in quotes: "!NEW Tiếp nhận hồ sơ"  parse\n' +
        '  20:1   error    This line is indented 3 spaces, but the lines of its list item are indented 4, as "id:" on line 18: indent it 4 spaces  parse\n' +
        '\n✖ 3 problems (1 error, 2 warnings)\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('warnings-broken.yaml', 'vi');
    expect(vi.stdout).toContain(
      '  1:1    cảnh báo  Dòng bắt đầu bằng "%" là chỉ thị cho YAML, YAML không có chỉ thị nào tên "%FOO" nên bỏ qua dòng này: hãy xóa dòng, hoặc thay "%" bằng "#" nếu là ghi chú  parse\n',
    );
  });
});

describe('a mark where the officer typed a unit or an id, told by what to write whatever else is wrong', () => {
  it('`body: !MC:` and `body: &MC:` alone: the unit without the mark and the colon, which --fix writes', async () => {
    const word = (mark: string) =>
      mark === '!'
        ? 'The "!" makes YAML read "!MC:" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write MC without the "!" and the ":", which this field cannot hold'
        : 'The "&" makes YAML read "MC:" as a name for the value, not as text, so the value is empty: write MC without the "&" and the ":", which this field cannot hold';
    const result = await lint('tag-colon-alone.yaml');
    expect(result.stdout).toBe(
      'tag-colon-alone.yaml\n' +
        `  17:11  error  ${word('!')}  parse\n` +
        `  23:11  error  ${word('&')}  parse\n` +
        '\n✖ 2 problems (2 errors, 0 warnings)\n  2 errors and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('tag-colon-alone.yaml', 'vi');
    expect(vi.stdout).toContain(
      '17:11  lỗi  Dấu "!" khiến YAML hiểu "!MC:" là dấu chỉ kiểu giá trị, không phải chữ, nên các chương trình khác đọc giá trị này là trống: hãy ghi MC, bỏ dấu "!" và dấu ":" vì trường này không nhận chúng  parse\n',
    );
    const fixed = await lint('tag-colon-alone.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 2 problems in tag-colon-alone.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-colon-alone.yaml'), 'utf8')
        .replace('body: !MC:\n', 'body: MC\n')
        .replace('body: &MC:\n', 'body: MC\n'),
    );
  });

  it('`next: !B2` and `body: !MC: …` in a file a mistake elsewhere stops: told as in a file that reads, and fixed', async () => {
    const result = await lint('tag-word-broken.yaml');
    expect(result.stdout).toBe(
      'tag-word-broken.yaml\n' +
        '  17:11  warning  YAML reads "!MC:" as a mark saying what kind of value follows, not as text; this field cannot hold "!MC: Bộ phận một cửa", so the value is "Bộ phận một cửa": remove "!MC:"  parse\n' +
        '  19:11  warning  The "!" makes YAML read "!B2" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write B2 without the "!", which this field cannot hold  parse\n' +
        '  22:11  error    This value holds a colon followed by a space (": "), which YAML reads as the start of another key: put the whole value in quotes, e.g. name: "Trả kết quả: tại Bộ phận một cửa"  parse\n' +
        '\n✖ 3 problems (1 error, 2 warnings)\n  1 error and 2 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const fixed = await lint('tag-word-broken.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 3 problems in tag-word-broken.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-word-broken.yaml'), 'utf8')
        .replace('body: !MC: Bộ', 'body: Bộ')
        .replace('next: !B2', 'next: B2')
        .replace('name: Trả kết quả: tại Bộ phận một cửa', 'name: "Trả kết quả: tại Bộ phận một cửa"'),
    );
  });

  it('`- !id: B1` and `- &id: B3`: one error at the mark with the item to write, which --fix writes', async () => {
    const result = await lint('tag-item-key.yaml');
    expect(result.stdout).toBe(
      'tag-item-key.yaml\n' +
        '  15:5  error  YAML reads "!id:" as a mark saying what kind of value follows, not as the key "id": remove the "!" before it and write - id: B1  parse\n' +
        '  21:5  error  YAML reads "&id:" as a name for the value, not as the key "id": remove the "&" before it and write - id: B3  parse\n' +
        '\n✖ 2 problems (2 errors, 0 warnings)\n  2 errors and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('tag-item-key.yaml', 'vi');
    expect(vi.stdout).toContain(
      '15:5  lỗi  YAML hiểu "!id:" là dấu chỉ kiểu giá trị, không phải tên trường "id": hãy bỏ dấu "!" phía trước và ghi - id: B1  parse\n',
    );
    const fixed = await lint('tag-item-key.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 2 problems in tag-item-key.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'tag-item-key.yaml'), 'utf8')
        .replace('  - !id: B1', '  - id: B1')
        .replace('  - &id: B3', '  - id: B3'),
    );
  });

  it('`id: &Buoc 3`: the id meant (B3), not the number 3 left without the "&", and --fix writes it', async () => {
    const id = (n: number) =>
      `The text starts with "&", which YAML reads as a mark naming the value, not as text, and an id cannot hold an "&": write id: B${n}`;
    const result = await lint('anchor-id-step-number.yaml');
    expect(result.stdout).toBe(
      'anchor-id-step-number.yaml\n' +
        `  20:9  error  ${id(2)}  parse\n` +
        `  25:9  error  ${id(3)}  parse\n` +
        '\n✖ 2 problems (2 errors, 0 warnings)\n  2 errors and 0 warnings potentially fixable with the `--fix` option.\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
    );
    expect([result.code, result.stderr]).toEqual([1, '']);
    const vi = await lint('anchor-id-step-number.yaml', 'vi');
    expect(vi.stdout).toContain(
      '25:9  lỗi  Văn bản bắt đầu bằng dấu "&", YAML hiểu là dấu đặt tên cho giá trị, không phải chữ, và mã không được chứa dấu "&": hãy ghi id: B3  parse\n',
    );
    const fixed = await lint('anchor-id-step-number.yaml', 'en', true);
    expect(fixed.stderr).toBe('procmap: fixed 2 problems in anchor-id-step-number.yaml\n');
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
    expect(fixed.text).toBe(
      readFileSync(join(FIXTURES, 'anchor-id-step-number.yaml'), 'utf8')
        .replace('id: &Bước 2', 'id: B2')
        .replace('id: &Buoc 3', 'id: B3'),
    );
  });
});
