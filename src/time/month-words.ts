/**
 * Months written as words ("ngày 5 tháng Hai năm 2027", "tháng Mười Hai"), read as the solar month they name, with or
 * without accents. tháng Giêng and tháng Chạp are the names of the first and last months of the lunar year (Từ điển
 * tiếng Việt, Hoàng Phê ed.): no solar date is written with them, so they are refused (src/time/unread-dates.ts).
 * "tháng Một" is read as January: in a date with its solar year it is; as the 11th lunar month it is said with
 * "âm lịch" or beside "tháng Chạp", never in a date of a decision. A lower-case "năm" is the month only when the year's
 * own "năm" follows ("15 tháng năm năm 2025"): "15 tháng năm 2025" may be a form whose month was left blank.
 */

// The solar month each word names, each letter in either case and its accent optional, as the schemas write a word;
// longest first, so that "Mười Hai" is not read as "Mười".
const M = '[Mm]';
const MUOI = `${M}[ƯưUu][ỜờOo][Ii]`;
const MONTH_WORDS: readonly [pattern: string, month: number][] = [
  [`${MUOI}\\s+[Hh][Aa][Ii]`, 12],
  [`${MUOI}\\s+${M}[ỘộOo][Tt]`, 11],
  [MUOI, 10],
  ['[Cc][Hh][ÍíIi][Nn]', 9],
  ['[Tt][ÁáAa][Mm]', 8],
  ['[Bb][ẢảẨẩAa][Yy]', 7],
  ['[Ss][ÁáAa][Uu]', 6],
  ['N[ĂăAa][Mm]|n[ăa]m(?=(?:,\\s*|\\s+)[Nn][ăa]m\\s)', 5],
  ['[Tt][ƯưUu]|[Bb][ỐốOo][Nn]', 4],
  ['[Bb][Aa]', 3],
  ['[Hh][Aa][Ii]', 2],
  [`${M}[ỘộOo][Tt]`, 1],
];

/** The month words procmap reads after "tháng", as a pattern of the schemas' kind (no flags); they end at a space. */
export const MONTH_WORD_PATTERN = MONTH_WORDS.map(([p]) => p).join('|');

const EACH = MONTH_WORDS.map(([p, month]) => [new RegExp(`^(?:${p})$`, 'u'), month] as const);

/** The solar month a month word names (`Mười Hai` → 12), or undefined for any other text. */
export function monthOfWord(word: string): number | undefined {
  const one = word.normalize('NFC').replace(/\s+/g, ' ');
  // "năm" in lower case is the month only before the year's "năm", which the pattern alone can see.
  if (/^n[ăa]m$/u.test(one)) return 5;
  return EACH.find(([pattern]) => pattern.test(one))?.[1];
}
