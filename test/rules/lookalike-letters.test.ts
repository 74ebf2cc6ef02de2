import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasHomoglyphs, latinHomoglyphs, withHomoglyphsNamed } from '../../src/model/homoglyphs.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

/** The report on a value holding look-alike letters: `letters` as the message names them. */
const lookalike = (line: number, column: number, text: string, value: string, en: string, vi: string) => ({
  line,
  column,
  message: `"${text}" reads as "${value}" but is another word to procmap and every other program: ${en}; write "${value}"`,
  vi: `"${text}" trông như "${value}" nhưng là một từ khác đối với procmap và mọi chương trình: ${vi}; hãy viết "${value}"`,
});

const twin = (line: number, column: number) => ({
  line,
  column,
  message:
    '"\u0430ppraise" reads as "appraise" but is another word to procmap and every other program: "\u0430" (U+0430, Cyrillic) only looks like "a"; there is also a step "appraise": give one of the two steps another id, in Latin letters',
  vi: '"\u0430ppraise" trông như "appraise" nhưng là một từ khác đối với procmap và mọi chương trình: "\u0430" (U+0430, chữ Kirin) chỉ trông giống "a"; quy trình cũng có bước "appraise": hãy đặt cho một trong hai bước mã khác, bằng chữ Latinh',
});

testRule('lookalike-letters', {
  // The code, a label's step, a body, a step id in Vietnamese and the `next` that names it.
  'invalid-lookalikes.yaml': [
    lookalike(
      3,
      7,
      '\u041dT-2.000815',
      'HT-2.000815',
      '"\u041d" (U+041D, Cyrillic) only looks like "H"',
      '"\u041d" (U+041D, chữ Kirin) chỉ trông giống "H"',
    ),
    lookalike(
      15,
      18,
      '\u0430ppraise',
      'appraise',
      '"\u0430" (U+0430, Cyrillic) only looks like "a"',
      '"\u0430" (U+0430, chữ Kirin) chỉ trông giống "a"',
    ),
    lookalike(
      18,
      11,
      '\u0421M',
      'CM',
      '"\u0421" (U+0421, Cyrillic) only looks like "C"',
      '"\u0421" (U+0421, chữ Kirin) chỉ trông giống "C"',
    ),
    lookalike(
      20,
      12,
      '\u0412ước 3',
      'Bước 3',
      '"\u0412" (U+0412, Cyrillic) only looks like "B"',
      '"\u0412" (U+0412, chữ Kirin) chỉ trông giống "B"',
    ),
    lookalike(
      21,
      9,
      '\u0412ước 3',
      'Bước 3',
      '"\u0412" (U+0412, Cyrillic) only looks like "B"',
      '"\u0412" (U+0412, chữ Kirin) chỉ trông giống "B"',
    ),
  ],
  // Two steps that read "appraise": the look-alike alone tells them apart, so nothing is fixed.
  'invalid-twins.yaml': [twin(9, 74), twin(11, 11)],
  // Look-alikes with marks: a Cyrillic "а" with a combining acute, a Greek "ό" typed decomposed, a Cyrillic "ӑ".
  'invalid-marks.yaml': [
    lookalike(
      19,
      11,
      'B\u0430\u0301o cáo',
      'Báo cáo',
      '"\u0430" (U+0430, Cyrillic) only looks like "a"',
      '"\u0430" (U+0430, chữ Kirin) chỉ trông giống "a"',
    ),
    lookalike(
      23,
      11,
      'Công chức Văn h\u03cca - Xã hội',
      'Công chức Văn hóa - Xã hội',
      '"\u03cc" (U+03CC, Greek) only looks like "ó"',
      '"\u03cc" (U+03CC, chữ Hy Lạp) chỉ trông giống "ó"',
    ),
    lookalike(
      27,
      11,
      'Công chức V\u04d1n hóa - Xã hội',
      'Công chức Văn hóa - Xã hội',
      '"\u04d1" (U+04D1, Cyrillic) only looks like "ă"',
      '"\u04d1" (U+04D1, chữ Kirin) chỉ trông giống "ă"',
    ),
  ],
});

describe('rule lookalike-letters', () => {
  it('--fix writes each look-alike as its Latin letter', () => {
    const fixed = fixedFixture('lookalike-letters', 'invalid-lookalikes.yaml');
    expect(fixed).toBe(fixtureText('lookalike-letters', 'valid-fixed.yaml').replace('QT-LA-02', 'QT-LA-01'));
    expect(fixedFixture('lookalike-letters', 'invalid-twins.yaml')).toBe(
      fixtureText('lookalike-letters', 'invalid-twins.yaml'),
    );
    const marks = fixedFixture('lookalike-letters', 'invalid-marks.yaml');
    expect(marks).toContain('    next: Báo cáo\n');
    expect(marks.match(/ {4}body: Công chức Văn hóa - Xã hội\n/g)).toHaveLength(2);
  });

  it('takes Vietnamese letters for Latin ones, and leaves words of other scripts alone', () => {
    expect(hasHomoglyphs('\u0412ước 3')).toBe(true);
    expect(latinHomoglyphs('\u0412ước 3')).toBe('Bước 3');
    expect(hasHomoglyphs('\u0421\u041c')).toBe(true);
    expect(hasHomoglyphs('Справка')).toBe(false);
    expect(hasHomoglyphs('Βήμα 2')).toBe(false);
    expect(hasHomoglyphs('Bước 3')).toBe(false);
  });

  it('takes a look-alike with marks for the Latin letter with those marks, however it is typed', () => {
    // Greek "ό", "Ό" and "ί" (a dotless iota with an accent), Cyrillic "ё", "ї", "ӑ", "ў" (a "у" with a breve, drawn "y̆") and "Ё".
    const pairs: [string, string][] = [
      ['h\u03cca', 'hóa'],
      ['\u038cc', 'Óc'],
      ['ch\u03af', 'chí'],
      ['T\u0451n', 'Tën'],
      ['\u0457t', 'ït'],
      ['V\u04d1n', 'Văn'],
      ['\u045em', 'y\u0306m'],
      ['\u0401n', 'Ën'],
    ];
    for (const [written, latin] of pairs) {
      expect(hasHomoglyphs(written)).toBe(true);
      expect(latinHomoglyphs(written)).toBe(latin);
    }
    // A look-alike and a combining mark: decomposed, as NFC composes it, or with no letter of its own.
    expect(latinHomoglyphs('h\u03bf\u0301a'.normalize('NFC'))).toBe('hóa');
    expect(latinHomoglyphs('B\u0430\u0301o')).toBe('Báo');
    expect(withHomoglyphsNamed('Đơn vị "Văn h\u03cca"', 'vi')).toBe(
      'Đơn vị "Văn h\u03cca" (trong "h\u03cca", "\u03cc" (U+03CC, chữ Hy Lạp) chỉ trông giống "ó")',
    );
    // Words of those scripts with marks stay theirs.
    expect(hasHomoglyphs('Βήμα ό')).toBe(false);
    expect(hasHomoglyphs('ёлка')).toBe(false);
  });

  it('names the look-alike letters of any message that quotes them, in both languages', () => {
    expect(withHomoglyphsNamed('Next step "return" does not exist; did you mean "r\u0435turn"?', 'en')).toBe(
      'Next step "return" does not exist; did you mean "r\u0435turn"? (in "r\u0435turn", "\u0435" (U+0435, Cyrillic) only looks like "e")',
    );
    expect(withHomoglyphsNamed('Mã "QΤ-01" (Greek)', 'vi')).toBe(
      'Mã "QΤ-01" (Greek) (trong "QΤ-01", "Τ" (U+03A4, chữ Hy Lạp) chỉ trông giống "T")',
    );
    expect(withHomoglyphsNamed('Bước "Справка"', 'en')).toBe('Bước "Справка"');
  });
});

describe('look-alike letters in the messages of other rules and of the schema (CLI)', () => {
  const FIXTURES = join(ROOT, 'test/rules/fixtures/lookalike-letters');
  it('tells "аppraise" from "appraise" in known-step, in both languages', async () => {
    const en = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'invalid-lookalikes.yaml')]);
    expect(en.code).toBe(1);
    expect(en.stderr).toBe('');
    expect(en.stdout).toContain(
      '15:18  error  Next step "\u0430ppraise" does not exist; did you mean "appraise"? (in "\u0430ppraise", "\u0430" (U+0430, Cyrillic) only looks like "a")  known-step',
    );
    // "СM" is read as the body CM, as "LĐ" is read as LD: this rule's error is the one said about it.
    expect(en.stdout).not.toMatch(/known-body|unused-body/);
    const vi = await runCli(['lint', '--lang', 'vi', join(FIXTURES, 'invalid-lookalikes.yaml')]);
    expect(vi.stdout).toContain(
      'Bước tiếp theo "\u0430ppraise" không tồn tại; có phải là "appraise"? (trong "\u0430ppraise", "\u0430" (U+0430, chữ Kirin) chỉ trông giống "a")  known-step',
    );
  });

  it('reads a body named with a look-alike with marks as that body: lookalike-letters alone says it', async () => {
    const result = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'invalid-marks.yaml')]);
    expect([result.code, result.stderr]).toEqual([1, '']);
    expect(result.stdout).not.toMatch(/known-body|unused-body/);
    expect(result.stdout).toContain(
      '(in "B\u0430\u0301o", "\u0430" (U+0430, Cyrillic) only looks like "a")  known-step',
    );
  });

  it('suggests the Latin id for a procedure id or a body key holding look-alikes, and --fix writes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-lookalike-'));
    const text = fixtureText('lookalike-letters', 'valid-fixed.yaml')
      .replace('QT-LA-02', 'Q\u0422-LA-02')
      .replace('  CM: {', '  \u0421M: {');
    writeFileSync(join(dir, 'p.yaml'), text);
    const en = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect([en.code, en.stderr]).toEqual([1, '']);
    expect(en.stdout).toContain(
      'e.g. QT-LA-02 (in "Q\u0422-LA-02", "\u0422" (U+0422, Cyrillic) only looks like "T")  schema',
    );
    expect(en.stdout).toContain('write CM (in "\u0421M", "\u0421" (U+0421, Cyrillic) only looks like "C")  schema');
    const vi = await runCli(['lint', 'p.yaml'], { cwd: dir });
    expect(vi.stdout).toContain(
      'ví dụ QT-LA-02 (trong "Q\u0422-LA-02", "\u0422" (U+0422, chữ Kirin) chỉ trông giống "T")',
    );
    const fixed = await runCli(['lint', '--fix', 'p.yaml'], { cwd: dir });
    expect([fixed.code, fixed.stdout]).toEqual([0, '✔ 1 tệp đã kiểm tra, không có vấn đề\n']);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(fixtureText('lookalike-letters', 'valid-fixed.yaml'));
  });
});
