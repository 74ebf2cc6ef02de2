// A body's name printed in capitals ("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "UBND HUYỆN") written as officers write it
// in a sentence, by the rule of Decree 30/2020/NĐ-CP, Appendix II, II.2 (capitals of an agency's name): a capital
// for the first letter of the word of its kind ("Phòng", "Sở", "Ủy ban nhân dân") and of each part of its field
// ("Tài nguyên và Môi trường", "Lao động – Thương binh và Xã hội"), a small letter for the level ("huyện", "xã"),
// and capitals for the place's name after it ("xã Tân Phú"). Abbreviations (UBND, HĐND, TTHCC, VPĐKĐĐ) keep their
// capitals, as does any word no small letters can give back (a Vietnamese syllable is the only word that can).
// The decree's rule and title-case.ts's reading of a syllable are shared; the kinds and levels are listed here.

import { inCapitals } from './text.js';
import { isSyllable } from './title-case.js';

// The words of a body's kind, longest first: the field after them starts with a capital.
const KINDS: readonly (readonly string[])[] = [
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'hội đồng nhân dân',
  'trung tâm',
  'văn phòng',
  'bộ phận',
  'chi cục',
  'tổng cục',
  'chi nhánh',
  'công chức',
  'cán bộ',
  'chuyên viên',
  'lãnh đạo',
  'phó chủ tịch',
  'chủ tịch',
  'phó trưởng phòng',
  'trưởng phòng',
  'phó giám đốc',
  'giám đốc',
  'kho bạc nhà nước',
  'bảo hiểm xã hội',
  'thanh tra',
  'công an',
  'phòng',
  'sở',
  'bộ',
  'ban',
  'cục',
  'đội',
  'tòa án',
  'toà án',
].map((kind) => kind.split(' '));
// Kinds whose name is whole without a field: the level or the place follows ("Ủy ban nhân dân xã", "Công an huyện").
const WHOLE_KINDS = new Set(['ủy ban nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân', 'công an', 'kho bạc nhà nước']);
// The levels of local government, longest first: small letters, and the place's name after them takes capitals.
const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'cấp'].map((level) =>
  level.split(' '),
);
// What joins the parts of a field, each part starting with a capital: "và", a comma, a dash.
const JOINS = new Set(['và', ',', '-', '–', '—']);

/** Whether the words from `at` are those of `phrase` (small letters). */
function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => words[at + i] === word);
}

/** A word with its first letter a capital. */
function capital(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/**
 * A body's name in capitals written as a name (see the module's comment); a name not all in capitals is kept as
 * written, as the officer wrote it.
 */
export function bodyAsName(name: string): string {
  if (!inCapitals(name)) return name;
  // Words, and the commas that join a field's parts ("VĂN HÓA, THỂ THAO"), spaces kept as written.
  const tokens = name.normalize('NFC').split(/(\s+|,)/u);
  const wordAt = tokens.flatMap((token, i) => (token !== '' && !/^\s+$/u.test(token) ? [i] : []));
  const lower = wordAt.map((i) => tokens[i]!.toLocaleLowerCase('vi'));
  const out = [...tokens];
  const set = (w: number, text: string) => void (out[wordAt[w]!] = text);
  let capitalNext = true;
  let inField = false;
  let inPlace = false;
  let first = true;
  for (let w = 0; w < wordAt.length; w++) {
    const word = lower[w]!;
    if (JOINS.has(word)) {
      set(w, word);
      capitalNext = inField;
      continue;
    }
    // An abbreviation, a number, a code: as written.
    if (!isSyllable(tokens[wordAt[w]!]!)) {
      capitalNext = false;
      first = false;
      continue;
    }
    // A level's word opening a part of the field is the field's ("và Xã hội").
    const level = capitalNext && inField ? undefined : LEVELS.find((words) => startsWith(lower, w, words));
    if (level) {
      level.forEach((_, k) => set(w + k, lower[w + k]!));
      w += level.length - 1;
      [inPlace, inField, capitalNext, first] = [true, false, false, false];
      continue;
    }
    const kind = first ? KINDS.find((words) => startsWith(lower, w, words)) : undefined;
    first = false;
    if (kind) {
      // "Phó Chủ tịch", "Phó Giám đốc": the office after "phó" is a name too.
      kind.forEach((_, k) =>
        set(w + k, k === 0 || (k === 1 && kind[0] === 'phó') ? capital(lower[w + k]!) : lower[w + k]!),
      );
      w += kind.length - 1;
      inField = !WHOLE_KINDS.has(kind.join(' '));
      capitalNext = inField;
      continue;
    }
    set(w, inPlace || capitalNext || w === 0 ? capital(word) : word);
    capitalNext = false;
  }
  return out.join('');
}
