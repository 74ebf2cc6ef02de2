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
