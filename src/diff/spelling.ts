import { withoutDiacritics } from '../model/fold.js';

/**
 * A text as the document prints it: runs of spaces (a double space, a tab, a no-break space) as one, each line
 * trimmed; the line breaks of a block (`fee: |`) kept, as the document prints them.
 */
export function collapseSpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .join('\n')
    .trim();
}

/**
 * Whether two texts differ only by their Vietnamese marks ("Ghi So dang ky ket hon" → "Ghi Sổ đăng ký kết hôn"): a
 * spelling fixed, the same words, not a change of what the procedure says.
 */
export function isSpellingFix(before: unknown, after: unknown): boolean {
  if (typeof before !== 'string' || typeof after !== 'string') return false;
  const [b, a] = [collapseSpaces(before).normalize('NFC'), collapseSpaces(after).normalize('NFC')];
  return b !== a && withoutDiacritics(b) === withoutDiacritics(a);
}

// "Nghị định số 23/2015/NĐ-CP" and "Nghị định 23/2015/NĐ-CP" name one decree: "số" (folded "so") before its number,
// with the colon or full stop some write after it, says nothing the number does not.
const NUMBER_WORD = /(^|[^\p{L}\p{N}])so\s*[.:]?\s*(?=\d)/gu;

/**
 * A text as its wording reads, for what is compared only by its wording: its marks, letter case and spaces gone (each
 * line's, and the breaks between them); in a legal reference, "số" before a number too. Digits and punctuation stay.
 */
function wordingKey(text: string, legal: boolean): string {
  const folded = withoutDiacritics(collapseSpaces(text).normalize('NFC')).toLowerCase();
  return (legal ? folded.replace(NUMBER_WORD, '$1') : folded).replace(/\s+/gu, '');
}

/** The numbers a text writes, as written ("5.000" is 5 and 000; "01" stays "01"): a fee's amount, a decree's number. */
const numbersOf = (text: string) => (text.normalize('NFKC').match(/\d+/gu) ?? []).join(' ');

/**
 * Whether two values say the same in other wording only: texts that differ by their marks ("Le phi" → "Lệ phí"), the
 * case of a letter, spaces (also between words run together), and in a legal reference (`legal`) the word "số" before
 * a number; every number as written, and every other value, the same. Item by item for a list or a record (a dossier
 * item's name, case and form), whose numbers (its counts) must be equal.
 */
export function sameWording(before: unknown, after: unknown, legal = false): boolean {
  if (typeof before === 'string' && typeof after === 'string')
    return numbersOf(before) === numbersOf(after) && wordingKey(before, legal) === wordingKey(after, legal);
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null)
    return before === after;
  if (Array.isArray(before) || Array.isArray(after))
    return (
      Array.isArray(before) &&
      Array.isArray(after) &&
      before.length === after.length &&
      before.every((item, i) => sameWording(item, after[i], legal))
    );
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  const keys = Object.keys(b);
  return (
    keys.length === Object.keys(a).length &&
    keys.every((key) => Object.hasOwn(a, key) && sameWording(b[key], a[key], legal))
  );
}
