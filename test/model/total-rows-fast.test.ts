import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../helpers/property-seed.js';
import { asciiWords, asciiWordsMayStartWith } from '../../src/model/fold.js';
import { isTotalKey, isTotalRow } from '../../src/model/total-rows.js';

// Differential: isTotalRow and isTotalKey skip folding a text whose first ASCII letters already rule a total out
// (asciiWordsMayStartWith). The slow path is the whole fold, as they did before; both must agree on every text.

const slowTotalRow = (step: { id?: unknown; name?: unknown }): boolean => {
  const said = (value: unknown, words: RegExp) =>
    (typeof value === 'string' || typeof value === 'number') && words.test(asciiWords(String(value)));
  return said(step.name, /^(?:tong thoi gian(?: .*)?|tong cong|tong)$/) || said(step.id, /^(?:tong|tong cong)$/);
};
const slowTotalKey = (key: string): boolean => /^tong (?:thoi gian|cong)\b/.test(asciiWords(key));

// Pieces that fold in every way the fast path must respect: ASCII in both cases, digits and punctuation, letters
// with diacritics (precomposed and decomposed), letters whose NFD is an ASCII letter (Kelvin sign, Ţ, İ), marks
// alone, đ, spaces of other kinds and the words of totals themselves.
const PIECES = [
  't',
  'T',
  'o',
  'O',
  'n',
  'N',
  'g',
  'G',
  'c',
  ' ',
  '  ',
  '-',
  ':',
  '.',
  '1',
  '0',
  '_',
  '\t',
  '\n',
  'Tổng',
  'tổng',
  'TỔNG',
  'To\u0302\u0309ng',
  'Tổng thời gian',
  'Tổng cộng',
  'tong cong',
  'TONG',
  'Tong-cong',
  'Tiếp nhận',
  'Thẩm định',
  'Đăng ký',
  'đ',
  'ổ',
  'ộ',
  '\u0302',
  '\u0309',
  '\u0301',
  '\u212a',
  'Ţ',
  'ţ',
  'İ',
  '\u00a0',
  '\u200b',
  '\u3000',
  'ｔ',
  '(',
  '"',
  'thoi gian',
  'giải quyết',
  '07 ngày',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

describe('total rows without folding every text (differential)', () => {
  it('never rules out words the fold would start with', () => {
    fc.assert(
      // A property that returns false fails with its counterexample: an expect per run was most of the time.
      fc.property(
        text,
        fc.constantFrom('tong', 'tong cong', 'tong thoi gian', 't', 'to'),
        (value, start) => asciiWordsMayStartWith(value, start) || !asciiWords(value).startsWith(start),
      ),
      { numRuns: 20_000 },
    );
  });

  it('finds the same total rows and total keys as folding every text', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: -5, max: 200 }), fc.boolean(), (name, id, number, numeric) => {
        const step = { name, id: numeric ? number : id };
        return isTotalRow(step) === slowTotalRow(step) && isTotalKey(name) === slowTotalKey(name);
      }),
      { numRuns: 20_000 },
    );
  });

  it('rules out a text by its first ASCII letters, and leaves the rest to the fold', () => {
    expect(asciiWordsMayStartWith('Tiếp nhận hồ sơ', 'tong')).toBe(false);
    expect(asciiWordsMayStartWith('  - Tong cong', 'tong cong')).toBe(true);
    expect(asciiWordsMayStartWith('Tongcong', 'tong cong')).toBe(false);
    expect(asciiWordsMayStartWith('To ng', 'tong')).toBe(false);
    // Not ASCII: the fold decides ("Tổng" folds to "tong").
    expect(asciiWordsMayStartWith('Tổng', 'tong')).toBe(true);
    expect(isTotalRow({ name: 'Tổng thời gian giải quyết', id: 'B9' })).toBe(true);
    expect(isTotalRow({ name: 'Tiếp nhận hồ sơ', id: 'Tổng' })).toBe(true);
    expect(isTotalRow({ name: 'Tiếp nhận hồ sơ', id: 'B1' })).toBe(false);
  });
});
