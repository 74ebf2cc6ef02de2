// Roman numerals as Vietnamese documents write a revision, a step or a month ("Lần thứ II", "Bước III", "tháng VII"):
// capitals in their one standard spelling (IV, never IIII), so that a word or a letter in lower case is never read
// as a number. Whether a capital I, V or X alone is a number is for the caller: only after a word that asks for one.
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The number a Roman numeral in capitals stands for (`VII` → 7), or undefined when the text is not one. */
export function romanNumber(text: string): number | undefined {
  if (text === '' || !ROMAN.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = VALUES[text[i]!]!;
    const next = VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
