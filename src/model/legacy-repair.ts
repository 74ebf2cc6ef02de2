// Text typed in an old Vietnamese encoding, read back into Unicode where that is sure: what `lint --fix` writes for
// legacy-font-text. TCVN3 (ABC, TCVN 5712:1993's VN3) gives each letter one byte; VNI Windows a base letter and a
// mark after it. The tables are those Unikey's converter applies (its "TCVN3 (ABC)" and "VNI Windows" charsets, as
// xvnkb's vni.h lists VNI's). A text is put back only when it reads as Vietnamese in its encoding and in no other,
// and did not as it was: a guess is never written.
import { ansiRepaired } from './ansi-text.js';
import { isTonelessSyllable, TONE } from './vietnamese-syllable.js';
import type { TextEncoding } from './legacy-fonts.js';

// TCVN3: each character of a .VnTime text and the letter it shows. Capitals with a tone have no code in TCVN3 (the
// .VnTimeH fonts show the lower-case codes as capitals), so a text in them is lower case here, as Unikey gives it.
const TCVN3_LETTERS =
  'µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ ×ì Ýí Øỉ Üĩ Þị ' +
  'ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ \u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ ' +
  '¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư';
const TCVN3: ReadonlyMap<string, string> = new Map(
  TCVN3_LETTERS.split(' ')
    .filter((pair) => pair.length === 2)
    .map((pair) => [pair[0]!, pair[1]!] as [string, string]),
);

// VNI Windows: a vowel's letter, then the code of its marks. Tones: sắc ù, huyền ø, hỏi û, ngã õ, nặng ï; â, ê, ô are
// the letter and â (their tones á à å ã ä), ă is a and ê (é è ú ü ë); ơ is ô and ư is ö (tones as a plain vowel); i
// takes í ì æ ó ò alone, ỵ is î and đ is ñ.
const TONES = ['ù', 'ø', 'û', 'õ', 'ï'];
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const HAT_TONES = ['á', 'à', 'å', 'ã', 'ä'];
const BREVE_TONES = ['é', 'è', 'ú', 'ü', 'ë'];

/** The VNI spelling of each Vietnamese letter with a mark, lower case and capital, and the letter. */
function vniTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (vni: string, letter: string) => {
    table.set(vni, letter.normalize('NFC'));
    table.set(vni.toUpperCase(), letter.normalize('NFC').toUpperCase());
  };
  for (const base of ['a', 'e', 'o', 'u', 'y'])
    TONES.forEach((tone, i) => {
      if (!(base === 'y' && tone === 'ï')) add(base + tone, base + TONE_MARKS[i]!);
    });
  for (const base of ['a', 'e', 'o']) {
    add(`${base}â`, `${base}\u0302`);
    HAT_TONES.forEach((tone, i) => add(base + tone, `${base}\u0302${TONE_MARKS[i]!}`));
  }
  add('aê', 'ă');
  BREVE_TONES.forEach((tone, i) => add(`a${tone}`, `ă${TONE_MARKS[i]!}`));
  for (const [code, base] of [
    ['ô', 'ơ'],
    ['ö', 'ư'],
  ] as const) {
    add(code, base);
    TONES.forEach((tone, i) => add(code + tone, base + TONE_MARKS[i]!));
  }
  ['í', 'ì', 'æ', 'ó', 'ò'].forEach((code, i) => add(code, `i${TONE_MARKS[i]!}`));
  add('î', 'ỵ');
  add('ñ', 'đ');
  return table;
}

let vni: Map<string, string> | undefined;

/** A text typed in TCVN3 (ABC), in Unicode: every character TCVN3 gives a letter, changed. */
export function tcvn3Decoded(text: string): string {
  let out = '';
  for (const char of text) out += TCVN3.get(char) ?? char;
  return out;
}

/** A text typed in VNI Windows, in Unicode: each letter and its mark codes, the longest first, changed. */
export function vniDecoded(text: string): string {
  vni ??= vniTable();
  let out = '';
  for (let i = 0; i < text.length;) {
    const two = vni.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i += 2;
      continue;
    }
    out += vni.get(text[i]!) ?? text[i]!;
    i++;
  }
  return out;
}

// What stands between words: spaces, and the punctuation and signs a procedure's text writes.
const BETWEEN = /[\s!-/:-@[-`{-~\u00a0\u2010-\u2027«»“”‘’…–—]+/u;

/** Whether one word is Vietnamese as written: a syllable with at most one tone, in a case a word takes, or ASCII. */
function isWord(word: string): boolean {
  // Codes, numbers and abbreviations ("B1", "UBND", "NĐ", "HĐND"): ASCII, or capitals alone.
  if (/^[\x21-\x7e]*$/u.test(word) || /^[A-ZĐ\d]+$/u.test(word)) return true;
  const lower = word.toLowerCase();
  const cased = word === lower || word === word.toUpperCase() || word.slice(1) === lower.slice(1);
  if (!cased) return false;
  const marks = lower.normalize('NFD').match(TONE)?.length ?? 0;
  return marks <= 1 && isTonelessSyllable(lower.normalize('NFD').replace(TONE, '').normalize('NFC'));
}

/** Whether every word of a text is a Vietnamese syllable, an ASCII word or an abbreviation. */
export function isVietnameseText(text: string): boolean {
  return text.split(BETWEEN).every((word) => word === '' || isWord(word));
}

// Characters a text in an old encoding can hold: each one byte read as Windows-1252. A letter past them (ư, ạ, đ) is
// Unicode typed beside it, and a text of both is no one encoding's: it is left for the officer.
const ONE_BYTE = /^[\u0000-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/u;

/**
 * The Unicode text a text in an old encoding was typed as, when that is sure: it reads as Vietnamese in `encoding`, not
 * as written nor in another legacy encoding. Undefined otherwise (the officer converts it, or writes it again).
 */
export function legacyRepaired(text: string, encoding: TextEncoding): string | undefined {
  if (encoding === 'ansi') {
    const repaired = ansiRepaired(text);
    return repaired !== undefined && isVietnameseText(repaired) ? repaired : undefined;
  }
  if (!ONE_BYTE.test(text) || isVietnameseText(text)) return undefined;
  const [own, other] =
    encoding === 'tcvn3' ? [tcvn3Decoded(text), vniDecoded(text)] : [vniDecoded(text), tcvn3Decoded(text)];
  if (own === text || !isVietnameseText(own) || (other !== text && isVietnameseText(other))) return undefined;
  return own.normalize('NFC');
}
