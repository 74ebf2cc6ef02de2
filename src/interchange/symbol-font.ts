// Word's Insert > Symbol writes a character of a picture font as <w:sym w:font="Symbol" w:char="F0AE"/>: its code
// in the font's own table (plus F000), not a Unicode character. Officers pick arrows and signs there ("Đạt → B3").

// The Symbol font's characters other than the letters and signs ASCII has at the same codes (Unicode's mapping of the
// Adobe Symbol encoding): Greek letters, arrows, comparison and arithmetic signs, bullets.
const GREEK_UPPER = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';
const GREEK_LOWER = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';
const SIGNS: Record<number, string> = {
  0x22: '∀',
  0x24: '∃',
  0x27: '∋',
  0x2a: '∗',
  0x2d: '−',
  0x40: '≅',
  0x5c: '∴',
  0x5e: '⊥',
  0x7e: '∼',
  0xa3: '≤',
  0xa5: '∞',
  0xa7: '♣',
  0xa8: '♦',
  0xa9: '♥',
  0xaa: '♠',
  0xab: '↔',
  0xac: '←',
  0xad: '↑',
  0xae: '→',
  0xaf: '↓',
  0xb0: '°',
  0xb1: '±',
  0xb3: '≥',
  0xb4: '×',
  0xb7: '•',
  0xb8: '÷',
  0xb9: '≠',
  0xba: '≡',
  0xbb: '≈',
  0xbc: '…',
  0xd2: '®',
  0xd3: '©',
  0xd4: '™',
  0xd7: '⋅',
  0xd8: '¬',
  0xdb: '⇔',
  0xdc: '⇐',
  0xdd: '⇑',
  0xde: '⇒',
  0xdf: '⇓',
};

/** The Symbol font's character at a code of its table, or '' for one procmap does not know. */
function symbolFontText(code: number): string {
  if (code >= 0x41 && code <= 0x5a) return GREEK_UPPER[code - 0x41]!;
  if (code >= 0x61 && code <= 0x7a) return GREEK_LOWER[code - 0x61]!;
  if (SIGNS[code] !== undefined) return SIGNS[code];
  return code >= 0x20 && code < 0x7f && code !== 0x60 ? String.fromCharCode(code) : '';
}

// Fonts of pictures and signs whose codes are no Unicode letters: the text of those not mapped is left out.
const PICTURE_FONTS = /^(?:symbol|wingdings(?: [23])?|webdings|marlett)$/i;

/**
 * The text Word shows for a w:sym (its font and hexadecimal code): the character, a Symbol font sign as its Unicode
 * one, and nothing for a picture (a Wingdings check box) or a code that is no character.
 */
export function symbolText(font: string | undefined, char: string | undefined): string {
  if (!char || !/^[0-9a-f]{1,6}$/i.test(char)) return '';
  const code = Number.parseInt(char, 16);
  // Word adds F000 to a picture font's codes, putting them in Unicode's private use area.
  const own = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (font?.trim().toLowerCase() === 'symbol') return own < 0x100 ? symbolFontText(own) : '';
  if ((font && PICTURE_FONTS.test(font.trim())) || (code >= 0xe000 && code <= 0xf8ff)) return '';
  if (code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  return String.fromCodePoint(code);
}
