// Vietnamese digits as words, with the spellings used after a tens word: mốt (1), tư (4), lăm / nhăm (5).
const DIGITS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};

/** Every word a number 0–999 is spelled with, for a pattern that finds such a number inside a longer text. */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(DIGITS), 'mười', 'mươi', 'trăm', 'linh', 'lẻ'];

/**
 * The number 0–999 that Vietnamese words spell, as legal texts write it after the digits ("05 (năm) ngày", "45 (bốn
 * mươi lăm) ngày", "105 (một trăm linh năm) ngày"); undefined when the words are not a number.
 */
export function vietnameseNumber(words: string): number | undefined {
  const tokens = words.normalize('NFC').toLowerCase().trim().split(/\s+/);
  let i = 0;
  let total = 0;
  const digit = (): number | undefined => {
    const value = DIGITS[tokens[i] ?? ''];
    if (value !== undefined) i++;
    return value;
  };
  if (tokens[i + 1] === 'trăm') {
    const hundreds = digit();
    if (hundreds === undefined) return undefined;
    i++;
    total += hundreds * 100;
    if (tokens[i] === 'linh' || tokens[i] === 'lẻ') {
      i++;
      const units = digit();
      return units !== undefined && i === tokens.length ? total + units : undefined;
    }
  }
  if (tokens[i] === 'mười') {
    i++;
    total += 10;
  } else if (tokens[i + 1] === 'mươi') {
    const tens = digit();
    if (tens === undefined || tens < 2) return undefined;
    i++;
    total += tens * 10;
  }
  if (i < tokens.length) {
    const units = digit();
    if (units === undefined) return undefined;
    total += units;
  }
  return i === tokens.length && tokens[0] !== '' ? total : undefined;
}
