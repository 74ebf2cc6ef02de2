/**
 * Months written as words ("ngày 5 tháng Hai năm 2027"). procmap reads months as figures only: tháng Giêng and
 * tháng Chạp name lunar months, and tháng Một is January to some and the 11th lunar month to others, so a month in
 * words is refused with the same text in figures to write, where the word has one meaning.
 */

// The solar month each word names; longest first, so that "Mười Hai" is not read as "Mười".
const MONTH_WORDS: readonly [pattern: string, month: number][] = [
  ['m[ưu][ờo]i\\s+hai', 12],
  ['m[ưu][ờo]i\\s+m[ộo]t', 11],
  ['m[ưu][ờo]i', 10],
  ['ch[íi]n', 9],
  ['t[áa]m', 8],
  ['b[ảa]y', 7],
  ['s[áa]u', 6],
  ['n[ăa]m', 5],
  ['t[ưu]|b[ốo]n', 4],
  ['ba', 3],
  ['hai', 2],
];
const AMBIGUOUS = /(?<!\p{L})th[áa]ng\s+(gi[êe]ng|ch[ạa]p|m[ộo]t)(?!\p{L})/iu;
const WORD = new RegExp(
  `(?<!\\p{L})(th[áa]ng)\\s+(${MONTH_WORDS.map(([p]) => `(?:${p})`).join('|')})(?!\\p{L})`,
  'giu',
);

/** What to say of a date with its month in words: the text in figures, or the lunar or unclear word; else undefined. */
export function monthInWords(text: string): { figures: string } | { unclear: string } | undefined {
  // The lunar day a notice gives in brackets ("(tức ngày 09 tháng Giêng …)") is left out, as procmap reads the date.
  const normal = text.normalize('NFC').replace(/\s*\((?:tức|tuc|nhằm|nham)(?!\p{L})[^()]*\)/giu, '');
  const ambiguous = AMBIGUOUS.exec(normal);
  if (ambiguous) return { unclear: `${ambiguous[0]}` };
  if (!new RegExp(WORD.source, 'iu').test(normal)) return undefined;
  const figures = normal.replace(WORD, (_all, thang: string, word: string) => {
    const month = MONTH_WORDS.find(([p]) => new RegExp(`^(?:${p})$`, 'iu').test(word.replace(/\s+/g, ' ')))![1];
    return `${thang} ${month}`;
  });
  return { figures };
}
