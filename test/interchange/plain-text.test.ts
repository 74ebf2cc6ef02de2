import { describe, expect, it } from 'vitest';
import { withoutControls } from '../../src/model/control-characters.js';
import { asciiLookalikes } from '../../src/model/lookalikes.js';
import { withoutInvisible } from '../../src/model/quote.js';
import { clean, PLAIN_TEXT } from '../../src/interchange/text.js';

// clean() gives a line of PLAIN_TEXT back as it is, without cleaning it (a document of 500,000 lines spent a tenth of
// its import there). That is only right while cleaning would leave such a line unchanged: every character it allows
// kept by each step of cleaning, and no two of them composed by NFC.
const allowed = Array.from({ length: 0x1f00 }, (_, code) => String.fromCodePoint(code)).filter((char) =>
  PLAIN_TEXT.test(char),
);

describe('clean: the plain lines it passes over', () => {
  it('allows printable ASCII and the Latin letters of Vietnamese, not the characters cleaning changes', () => {
    expect(allowed.length).toBe(94 + (0x24f - 0xc0 + 1) + (0x1eff - 0x1e00 + 1));
    for (const text of ['Phí, lệ phí', 'Bước 1: Tiếp nhận hồ sơ', 'ĐẶNG THỊ Ư', 'Ứng dụng', 'Bản sao: 01 bộ'])
      expect(PLAIN_TEXT.test(text)).toBe(true);
    // A space at either end, two spaces, a line break, a no-break space, a soft hyphen, a combining accent (not NFC),
    // a full-width digit, a Windows-1252 quote read as C1: each one cleaning changes, so none passes.
    for (const text of [
      ' Phí',
      'Phí ',
      'Lệ  phí',
      'Lệ\nphí',
      'Lệ\u00a0phí',
      'phí\u00ad',
      'phi\u0301',
      '０5',
      '\u0093a',
    ])
      expect(PLAIN_TEXT.test(text)).toBe(false);
  });

  it('is what cleaning gives back unchanged, each character and every pair of them', () => {
    for (const char of allowed) {
      expect(withoutControls(asciiLookalikes(withoutInvisible(char.normalize('NFC'))), '\n')).toBe(char);
      expect(char.normalize('NFC')).toBe(char);
    }
    // Every ordered pair side by side: NFC composes none of them.
    const pairs = allowed.flatMap((first) => allowed.map((second) => first + second)).join('');
    expect(pairs.normalize('NFC') === pairs).toBe(true);
    expect(clean('Phí,  lệ phí ')).toBe('Phí, lệ phí');
  });
});
