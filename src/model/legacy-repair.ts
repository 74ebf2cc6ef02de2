// Text typed in an old Vietnamese encoding, read back into Unicode where that is sure: what `lint --fix` writes for
// legacy-font-text. TCVN3 (ABC, TCVN 5712:1993's VN3) gives each letter one byte; VNI Windows a base letter and a
// mark after it. The tables are those Unikey's converter applies (its "TCVN3 (ABC)" and "VNI Windows" charsets, as
// xvnkb's vni.h lists VNI's). A text is put back only when it reads as Vietnamese in its encoding and in no other,
// and did not as it was: a guess is never written.
import { ansiRepaired } from './ansi-text.js';
import { isTonelessSyllable, TONE } from './vietnamese-syllable.js';
import type { LegacyFont, TextEncoding } from './legacy-fonts.js';

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

/** What --fix may write for a text in an old encoding, and the words it cannot be sure of (named to the officer). */
export interface LegacyReading {
  /** The text in Unicode, when every word of it is sure; undefined otherwise. */
  readonly fixed?: string;
  /**
   * Words the text cannot be put back by: in neither Unicode nor the encoding a Vietnamese word ("chøc" of a text whose
   * soft hyphens were lost), or Vietnamese both ways (`reads` is then the encoding's reading: "xác" or "xỏc").
   */
  readonly unsure: readonly { readonly word: string; readonly reads?: string }[];
  /** Whether the text holds Unicode letters beside the old ones: converting all of it would garble them. */
  readonly mixed: boolean;
}

// A letter of Unicode's own past one byte (ư, ạ, đ, ể): a text that has one was typed, at least partly, in Unicode.
const PAST_ONE_BYTE = /[^\u0000-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;
// TCVN3's ỏ and õ are Unicode's á and â, letters of the commonest Unicode words ("các", "pháp", "dân"), where the
// TCVN3 words they make ("nhỏ", "bỏ") are few: a word that reads as Vietnamese both ways by them is not guessed.
const UNICODE_LIKELY = /[áâ]/u;

// BETWEEN but for « and », which are TCVN3's ô and ằ inside a word ("C«ng"): a word is read whole before it is split.
const WORD_GAP = /([\s!-/:-@[-`{-~\u00a0\u2010-\u2027“”‘’…–—]+)/u;

/** Each word of a text and what stands between them, in order: joined, the text as it was. */
function wordsAndGaps(text: string): string[] {
  return text.split(WORD_GAP);
}

/** The word in `encoding`, when it reads as Vietnamese in it and in no other legacy encoding; else undefined. */
function wordIn(word: string, encoding: LegacyFont): string | undefined {
  const [own, other] =
    encoding === 'tcvn3' ? [tcvn3Decoded(word), vniDecoded(word)] : [vniDecoded(word), tcvn3Decoded(word)];
  return own !== word && isWord(own) && !(other !== word && isWord(other)) ? own.normalize('NFC') : undefined;
}

/**
 * How a text in an old encoding reads in Unicode. A text of one-byte letters alone is read as a whole in its encoding
 * (TCVN3's "Bé phËn" is "Bộ phận": a word such as "Bé" reads as Vietnamese both ways, and the rest says which), but for
 * a word whose two readings differ by Unicode's á or â (UNICODE_LIKELY). A text that also holds Unicode's own letters
 * (ư, ậ, đ) was typed partly in Unicode: only its words that read as Vietnamese in the encoding alone are put back, and
 * those that read as Vietnamese as written are left; a word that reads as Vietnamese both ways makes the text unsure.
 */
export function legacyReading(text: string, encoding: LegacyFont): LegacyReading {
  const mixed = PAST_ONE_BYTE.test(text);
  if (!mixed) {
    // One encoding's text: it reads as Vietnamese in it as a whole, and not in the other, or not at all.
    const [own, other] =
      encoding === 'tcvn3' ? [tcvn3Decoded(text), vniDecoded(text)] : [vniDecoded(text), tcvn3Decoded(text)];
    const sure = own !== text && isVietnameseText(own) && !(other !== text && isVietnameseText(other));
    const words = wordsAndGaps(text);
    const owns = wordsAndGaps(own);
    const unsure: { word: string; reads?: string }[] = [];
    words.forEach((word, i) => {
      const read = owns[i]!;
      if (i % 2 === 1 || word === read) return;
      // Vietnamese both ways by Unicode's á or â: not guessed. Not Vietnamese as written: named when the text is unsure.
      if (isWord(word)) {
        if (encoding === 'tcvn3' && UNICODE_LIKELY.test(word) && isWord(read))
          unsure.push({ word, reads: read.normalize('NFC') });
      } else if (!sure) unsure.push({ word });
    });
    return sure && unsure.length === 0 ? { fixed: own.normalize('NFC'), unsure, mixed } : { unsure, mixed };
  }
  // Typed partly in Unicode: word by word, each read in the encoding only where it reads as Vietnamese in it alone.
  // A word Vietnamese both as written and in the encoding ("tõ", TCVN3's "từ", left behind by a half conversion): which
  // was typed only the officer knows, so the text is not put back, and every word of the old font is named with its
  // reading, the sure ones too ("chøc", "chức"): the officer retypes them all, not only the doubtful.
  const named: { word: string; reads?: string; sure: boolean }[] = [];
  let fixed = '';
  wordsAndGaps(text).forEach((part, i) => {
    if (i % 2 === 1 || part === '') return void (fixed += part);
    const reads = wordIn(part, encoding);
    if (isWord(part)) {
      if (reads !== undefined && reads !== part.normalize('NFC')) named.push({ word: part, reads, sure: false });
      return void (fixed += part);
    }
    named.push(reads === undefined ? { word: part, sure: false } : { word: part, reads, sure: true });
    fixed += reads ?? part;
  });
  const once = named.filter((word, i) => named.findIndex((other) => other.word === word.word) === i);
  const unsure = once.some((word) => !word.sure)
    ? once.map(({ word, reads }) => (reads ? { word, reads } : { word }))
    : [];
  return unsure.length > 0 || fixed === text ? { unsure, mixed } : { fixed, unsure, mixed };
}

/**
 * The Unicode text a text in an old encoding was typed as, when that is sure: it reads as Vietnamese in `encoding`, not
 * as written nor in another legacy encoding (word by word where Unicode letters stand beside the old ones:
 * legacyReading). Undefined otherwise (the officer converts it, or writes it again).
 */
export function legacyRepaired(text: string, encoding: TextEncoding): string | undefined {
  if (encoding === 'ansi') {
    const repaired = ansiRepaired(text);
    return repaired !== undefined && isVietnameseText(repaired) ? repaired : undefined;
  }
  if (isVietnameseText(text)) return undefined;
  return legacyReading(text, encoding).fixed;
}

// Letters of one byte that TCVN3 and VNI write and Unicode Vietnamese never does (ä, ø, ö, ñ…): a word of a Unicode
// text that holds one may be a word pasted from a legacy font. Unicode's own (à á â ã è é ê ì í ò ó ô õ ù ú ý) are not.
const LEGACY_ONLY = /[äåæçëîïñöøûüþ÷ÄÅÆÇËÎÏÑÖØÛÜÞ]/u;

/**
 * The legacy font of one word pasted into a Unicode text ("Công chøc xác nhận"), too few for legacyFonts' counts: a
 * word of one-byte letters with one Unicode Vietnamese never writes, that reads as Vietnamese in that font alone,
 * in a text every other word of which is Vietnamese. Undefined otherwise ("naïve", "Emmaüs" read in neither).
 */
export function strayLegacyFont(text: string): LegacyFont | undefined {
  if (!LEGACY_ONLY.test(text) || !PAST_ONE_BYTE.test(text)) return undefined;
  let font: LegacyFont | undefined;
  for (const word of text.split(WORD_GAP).filter((_, i) => i % 2 === 0)) {
    if (word === '' || isWord(word)) continue;
    if (!LEGACY_ONLY.test(word) || PAST_ONE_BYTE.test(word)) return undefined;
    const found = wordIn(word, 'tcvn3') !== undefined ? 'tcvn3' : wordIn(word, 'vni') !== undefined ? 'vni' : undefined;
    if (found === undefined || (font !== undefined && found !== font)) return undefined;
    font = found;
  }
  return font;
}
