import { withoutInvisible } from './quote.js';

const ASCII = /^[\x00-\x7f]*$/;

/** The text with its diacritics removed and its case kept (`Đăng ký` → `Dang ky`), for ids and keys made from names. */
export function withoutDiacritics(text: string): string {
  // Most texts a rule folds are ids and keys in ASCII, which NFD leaves as they are: skip the normalisation.
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * The text with its accent marks removed and "Đ", "đ" kept (`QT-ẤP-Đ` → `QT-AP-Đ`), in NFC: the letters a procedure id
 * may hold, since Vietnamese abbreviations drop the marks but keep Đ (`ĐKKD`, đăng ký kinh doanh).
 */
export function withoutMarks(text: string): string {
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Lower-case ASCII with diacritics removed (đ → d), for matching words officers write with or without them. */
export function foldToAscii(text: string): string {
  return withoutDiacritics(text).toLowerCase();
}

/** ASCII words: folded, every run of other characters one space (`Trực tuyến (DVC)` → `truc tuyen dvc`). */
export function asciiWords(text: string): string {
  return foldToAscii(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * False when `asciiWords(text)` cannot start with `start` (lower-case ASCII words, one space between them), decided on
 * the ASCII characters the text starts with; true when it may (the caller then folds the text). Why: folding runs NFD
 * over the whole text, and most texts a rule asks about ("Tiếp nhận hồ sơ") differ from the words it looks for in
 * their first letters. An ASCII character is its own NFD, no mark joins it and only runs of other characters become
 * one space, so the words start as these characters do, up to the first character that is not ASCII.
 */
export function asciiWordsMayStartWith(text: string, start: string): boolean {
  let matched = 0;
  // A run of characters other than letters and digits after a word: one space, if a word follows it.
  let gap = false;
  for (let i = 0; i < text.length && matched < start.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) return true;
    if (code >= 65 && code <= 90) code += 32;
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) {
      gap = matched > 0;
      continue;
    }
    if (gap) {
      if (start.charCodeAt(matched) !== 32) return false;
      matched++;
      gap = false;
      if (matched === start.length) return true;
    }
    if (start.charCodeAt(matched) !== code) return false;
    matched++;
  }
  return true;
}

// Vietnamese has no casing rule of its own (Unicode's SpecialCasing has rules for Lithuanian, Turkish and Azeri
// only), so `toLowerCase()` is `toLocaleLowerCase('vi')` for every character, at a fifth of the cost.

/**
 * Words compared as people read them: NFC, Vietnamese lower case, single spaces, trimmed, without the characters a
 * reader cannot see (`Cấp  Xã ` → `cấp xã`), and one dash between words however it is typed (`Tư pháp-Hộ tịch`,
 * `Tư pháp – Hộ tịch`, as Word turns a hyphen into an en dash → `tư pháp - hộ tịch`).
 */
export function foldCase(text: string): string {
  return withoutInvisible(text.normalize('NFC'))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?[-\u2010-\u2015\u2212] ?/g, ' - ')
    .trim();
}
