import { withoutInvisible } from './quote.js';

/** The text with its diacritics removed and its case kept (`Đăng ký` → `Dang ky`), for ids and keys made from names. */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
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
 * Words compared as people read them: NFC, Vietnamese lower case, single spaces, trimmed, without the characters a
 * reader cannot see (`Cấp  Xã ` → `cấp xã`), and one dash between words however it is typed (`Tư pháp-Hộ tịch`,
 * `Tư pháp – Hộ tịch`, as Word turns a hyphen into an en dash → `tư pháp - hộ tịch`).
 */
export function foldCase(text: string): string {
  return withoutInvisible(text.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/ ?[-\u2010-\u2015\u2212] ?/g, ' - ')
    .trim();
}
