import { describe, expect, it } from 'vitest';
import { ansiRepaired } from '../../src/model/ansi-text.js';
import { legacyFonts } from '../../src/model/legacy-fonts.js';

describe('ansiRepaired: UTF-8 text read as Windows-1252 and saved again', () => {
  it.each([
    ['CÃ´ng an xÃ£', 'Công an xã'],
    ['Tráº£ káº¿t quáº£', 'Trả kết quả'],
    // 0x90 and 0x9D, which Windows-1252 leaves undefined, come back as the control characters of that number.
    ['Ä\u0090Äƒng kÃ½ thÆ°á»\u009dng trÃº', 'Đăng ký thường trú'],
    ['07 ngÃ\u00a0y lÃ\u00a0m viá»‡c', '07 ngày làm việc'],
  ])('%s → %s', (text, repaired) => {
    expect(ansiRepaired(text)).toBe(repaired);
  });

  it.each([
    // Unicode Vietnamese, and Latin-1 words of other languages, are no such text.
    'Công an xã',
    'XÃ HƯNG ĐẠO',
    'café naïve',
    // TCVN3 and VNI text is its own fault (legacy-fonts.ts).
    'Chøng thùc b¶n sao',
    'Tieáp nhaän hoà sô',
    // A byte lost on the way (the no-break space of "à" read as a space): put back, it would be another letter.
    '07 ngÃ y lÃ m viá»‡c',
  ])('%s is none', (text) => {
    expect(ansiRepaired(text)).toBeUndefined();
  });

  it('is told apart from TCVN3, whose signs ("Ã", "Æ") it shares', () => {
    expect(legacyFonts(['CÃ´ng an xÃ£', 'Tráº£ káº¿t quáº£', 'Chøng thùc b¶n sao tõ b¶n chÝnh'])).toEqual([
      'ansi',
      'ansi',
      'tcvn3',
    ]);
  });
});
