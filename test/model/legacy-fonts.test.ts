import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legacyFonts, mayBeLegacyText } from '../../src/model/legacy-fonts.js';
import { tcvn3Words } from '../../src/model/tcvn3-text.js';
import { vniWords } from '../../src/model/vni-text.js';

// The detector tries cheap patterns first, so that a lint of Unicode text never makes the Unicode ones; it must count
// what the Unicode patterns alone count. These are those patterns, as the detector had them before its short cuts.
const SIGN =
  /(?<=[\p{L}\u00a1-\u00bf])[\u00a1-\u00ac\u00af-\u00bf\u00d7\u00f7](?=[\p{L}\u00a1-\u00bf])|(?<=\p{Ll})[\u00c0-\u00d6\u00d8-\u00de]|(?<=\p{Lu})[\u00c0-\u00d6\u00d8-\u00de](?=\p{Ll})/u;
const PAIR =
  /[aeuy]ù|[aeouy][øõ]|[auy]û|[AEUY]Ù|[AEOUY][ØÕ]|[AUY]Û|[öô][ùøûõï]|[ÖÔ][ÙØÛÕÏ]|[ae][âáàåãä]|o[âåä]|[AE][ÂÁÀÅÃÄ]|O[ÂÅÄ]|a[êè]|A[ÊÈ]/u;
const UNICODE_LETTER = /(?![\u0000-\u00ff])\p{L}/u;
const counted = (text: string, sign: RegExp) =>
  text.split(/\s+/).filter((word) => sign.test(word) && !UNICODE_LETTER.test(word)).length;

// Letters and signs of every kind the patterns tell apart: ASCII, Latin-1's upper half (TCVN3's and VNI's letters),
// Vietnamese past Latin-1, combining marks, a letter outside the BMP, a lone surrogate, and spaces.
const PIECES = [
  ...'aeouyAEOUYcnhtCNT'.split(''),
  ...Array.from({ length: 0x5f }, (_, i) => String.fromCharCode(0xa1 + i)),
  ...'ăâđêôơưĂĐƠƯấầậếịọủứừựỹ'.split(''),
  '\u0301',
  '\u0323',
  '𝐀',
  '\ud835',
  ' ',
  '\n',
  '\u00a0',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('legacy font detection', () => {
  it('counts TCVN3 and VNI words as the Unicode patterns alone do', () => {
    fc.assert(
      fc.property(text, (written) => {
        expect(tcvn3Words(written)).toBe(counted(written, SIGN));
        expect(vniWords(written)).toBe(counted(written, PAIR));
      }),
      { numRuns: 3000 },
    );
  });

  // The lint rule asks mayBeLegacyText of each text first and counts nothing when none may be: that must never pass
  // over a file legacyFonts finds a font in.
  it('finds a font only in files where some text may be in one', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        if (!texts.some(mayBeLegacyText)) expect(legacyFonts(texts).every((font) => font === undefined)).toBe(true);
        for (const one of texts) if (!mayBeLegacyText(one)) expect([tcvn3Words(one), vniWords(one)]).toEqual([0, 0]);
      }),
      { numRuns: 3000 },
    );
    expect(['b¶n sao', 'Chöùng thöïc', 'Chứng thực'].map(mayBeLegacyText)).toEqual([true, true, false]);
  });

  it('finds both fonts and passes Unicode Vietnamese, in capitals too', () => {
    expect(
      legacyFonts(['Chøng thùc b¶n sao tõ b¶n chÝnh', 'Chöùng thöïc baûn sao', 'CHỨNG THỰC BẢN SAO CÁC GIẤY TỜ']),
    ).toEqual(['tcvn3', 'vni', undefined]);
  });
});
