/**
 * The index's search and filters as plain script for the reader's browser (no modules, from file:// too): the functions the
 * filter script calls, kept apart so that a test can run them without a browser.
 */
import { abbreviationForms } from '../../model/abbreviations.js';
import { AGENCY_CODE } from '../../ontime/procedures.js';

// The pattern as a string literal in the page's script.
const AGENCY_PATTERN = JSON.stringify(AGENCY_CODE);

/**
 * What the index stores to search a procedure by: its title, id, code, field and agency, lower-case, accents kept, one
 * a line, so that a term of words joined by punctuation (an id, a code) is matched within one of them, never across two;
 * after each, the same with the abbreviations of public bodies spelled out or made (UBND, Ủy ban nhân dân), as
 * procedures write an agency either way and a reader types either.
 */
export function searchText(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined && part !== '')
    .flatMap((part) => [part, ...abbreviationForms(part), ...runTogether(part)])
    .map((part) => part.normalize('NFC').toLowerCase())
    .join('\n');
}

/**
 * A code of one word joined by punctuation (1.000894, QT-HT-02) as typed without it (1000894, qtht02): a citizen
 * types the national code from a paper or a phone's number pad without its dot, and it found nothing. Words
 * separated by spaces (a title) are left alone.
 */
function runTogether(part: string): string[] {
  if (/\s/u.test(part)) return [];
  const joined = part.replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
  return joined !== part && joined !== '' ? [joined] : [];
}

// ASCII only (đ written \u0111): the bundle keeps a String.raw template as it is only then.
// Defines searchWords(text) (each line's words), searchQuery(text) (the terms typed, each with its Telex reading if it
// has one), foundIn(lines, query, near) and mayBeNear(query) (whether a lenient search could find more); and
// rowOf(dataset) (an index row's data attributes, read once) and rowShown(row, query, chosen, near) (whether the row passes
// the search and the filters chosen). A row holds a list of agencies: a liên thông procedure is found by each of them.

// A word is read as its letters, each a base letter (no marks, đ as d) with its vowel mark (the breve of ă, the
// circumflex of â ê ô, the horn of ơ ư, the stroke of đ), and its tone apart: the tone is compared apart because a
// word may carry it on either vowel (hoà, hòa). One rule, letter by letter: a letter typed without a vowel mark
// matches its base letter with any mark or none ("d" is "d" or "đ", "a" is "a", "ă" or "â"), one typed with a mark
// matches only that mark ("đ" is not "d", "ư" is not "u"); a word typed without a tone matches any tone, one typed
// with a tone only that tone ("hộ" finds "hộ", "hội", not "hồ"). So "dăng ký", "đang ky" and "dang ky" all find
// "Đăng ký", and a word being typed ("hô", vowel mark before tone) finds the words it starts whatever their tone.
// Each term typed (between spaces) is found on its own, in any order and in any of the lines: an officer types the
// words they remember, "hộ tịch trích lục" for "Trích lục hộ tịch", or a title's word and an agency's. A term of several
// words joined by punctuation (an id QT-HT-02, a code 2.000815) matches them consecutively, within one line. A receipt
// slip's full code (2.000815.000.00.00.H04) is searched as its national code, as ontime reads it. A syllable that is
// consonants and a final i or y alone is written either way (ký or kí, lý or lí, mỹ or mĩ, quý or quí): "dang ki" finds
// "Đăng ký" and "ly lich" "lí lịch"; only there, so "ky" does not find "kinh", nor "qui" "quyết".
// A word typed in Telex with the keyboard's Vietnamese input off ("ddawng kys keets hoon", the keys of "đăng ký kết
// hôn") is also read as the word those keys make: a citizen on a borrowed or public computer found nothing. Only as
// well as the letters typed, never instead (a word like "xoong" is Vietnamese as typed), and only a word of plain
// letters a to z: after a vowel, s f r x j are never letters of a Vietnamese word, nor w or dd anywhere.
// When nothing is found so, the page searches again leniently (foundIn(lines, query, true)): a word typed of 4 letters
// or more may be one slip away from the start of a word, a letter missing, added, wrong or swapped with the next
// ("dnag ky", "kinh doanhh", "trcíh lục"): a citizen on a phone found nothing and did not know why. Only then, and
// said so on the page; a tone typed is still the word's ("tính" never finds "tỉnh"), and a shorter word is never
// guessed at, where one slip makes another common syllable ("hôn" and "hôm", "dân" and "dần").
export const SEARCH_FUNCTIONS = String.raw`
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const MARK = /\p{M}/u;
const WORD = /[^\p{L}\p{M}\p{N}]+/u;
const AGENCY_CODE = new RegExp(${AGENCY_PATTERN}, 'g');
const IY_SYLLABLE = /^(?:qu|[bcdghklmnpqrstvx]{1,3})[iy]$/u;
function sameLetter(typed, letter, word, i) {
  if (typed.base === letter.base) return true;
  // Only as the word's last letter: ky does not find kinh, nor qui quyet.
  return word.iy && i === word.letters.length - 1 && /^[iy]$/u.test(typed.base) && /^[iy]$/u.test(letter.base);
}
function readWord(word) {
  const parts = word.normalize('NFD');
  const tone = (parts.match(TONES) || []).join('');
  const letters = [];
  for (const char of parts.replace(TONES, '')) {
    if (MARK.test(char) && letters.length > 0) letters[letters.length - 1].mark += char;
    else if (char === '\u0111') letters.push({ base: 'd', mark: char });
    else letters.push({ base: char, mark: '' });
  }
  // A syllable of consonants and a final i or y alone is written either way (see above).
  return { letters, tone, iy: IY_SYLLABLE.test(letters.map((letter) => letter.base).join('')) };
}
function wordsOf(line) {
  return line.normalize('NFC').toLowerCase().split(WORD).filter(Boolean).map(readWord);
}
function searchWords(text) {
  return text.split('\n').map(wordsOf);
}
const TELEX_TONES = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
function telexWord(word) {
  if (!/^[a-z]+$/u.test(word)) return word;
  let out = '';
  let tone = '';
  let vowel = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const next = word[i + 1];
    if (vowel && tone === '' && Object.hasOwn(TELEX_TONES, c)) tone = TELEX_TONES[c];
    else if (c === 'd' && next === 'd' && out === '') { out += '\u0111'; i++; }
    else if ((c === 'a' || c === 'e' || c === 'o') && next === c) { out += c + '\u0302'; i++; vowel = true; }
    else if (c === 'a' && next === 'w') { out += 'a\u0306'; i++; vowel = true; }
    else if ((c === 'o' || c === 'u') && next === 'w') { out += c + '\u031b'; i++; vowel = true; }
    else if (c === 'u' && next === 'o' && word[i + 2] === 'w') { out += 'u\u031bo\u031b'; i += 2; vowel = true; }
    else if (c === 'w') { out += 'u\u031b'; vowel = true; }
    else { out += c; vowel = vowel || /[aeiouy]/u.test(c); }
  }
  return out + tone;
}
function telexTerm(term) {
  return term.replace(/\p{L}+/gu, (word) => telexWord(word.toLowerCase()));
}
function searchQuery(text) {
  return text.replace(AGENCY_CODE, '$1').split(/\s+/u).filter((term) => wordsOf(term).length > 0).map((term) => {
    const telex = telexTerm(term);
    return telex === term.toLowerCase() ? [wordsOf(term)] : [wordsOf(term), wordsOf(telex)];
  });
}
function startsWord(word, typed) {
  if (typed.letters.length > word.letters.length) return false;
  if (typed.tone !== '' && typed.tone !== word.tone) return false;
  // Loops, not every(): this runs for each word of each row on every key typed.
  const letters = typed.letters;
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i];
    const their = word.letters[i];
    if (!sameLetter(letter, their, word, i) || (letter.mark !== '' && letter.mark !== their.mark)) return false;
  }
  return true;
}
const NEAR_LETTERS = 4;
function nearLetter(typed, letter) {
  return typed.base === letter.base && (typed.mark === '' || typed.mark === letter.mark);
}
// Whether the typed letters from i start the word's letters from j, letter for letter.
function startsAt(a, i, b, j) {
  if (a.length - i > b.length - j) return false;
  for (; i < a.length; i++, j++) if (!nearLetter(a[i], b[j])) return false;
  return true;
}
// At most one slip between the typed word and the start of the word: past the letters they share, the rest follows
// a letter wrong, added, missing or swapped with the next (Damerau's four). Its tone, if typed, is the word's.
// Straight comparisons, no table: it runs for every word of every row on a key typed.
function nearWord(word, typed) {
  const a = typed.letters;
  const b = word.letters;
  if (a.length < NEAR_LETTERS) return startsWord(word, typed);
  // A tone typed is meant, even here: "tính" is not "tỉnh", nor "hồ" "hộ".
  if (typed.tone !== '' && typed.tone !== word.tone) return false;
  if (b.length < a.length - 1) return false; // so b has 3 letters or more
  // One slip leaves one of the first two letters in place or moved by one: most words fail here.
  if (!nearLetter(a[0], b[0]) && !nearLetter(a[1], b[1]) && !nearLetter(a[0], b[1]) && !nearLetter(a[1], b[0])) return false;
  let i = 0;
  while (i < a.length && i < b.length && nearLetter(a[i], b[i])) i++;
  if (i === a.length) return true;
  return startsAt(a, i + 1, b, i + 1) || startsAt(a, i + 1, b, i) || startsAt(a, i, b, i + 1)
    || (i + 1 < a.length && i + 1 < b.length && nearLetter(a[i], b[i + 1]) && nearLetter(a[i + 1], b[i]) && startsAt(a, i + 2, b, i + 2));
}
function termIn(words, term, near) {
  const match = near ? nearWord : startsWord;
  for (let i = 0; i + term.length <= words.length; i++) {
    let j = 0;
    while (j < term.length && match(words[i + j], term[j])) j++;
    if (j === term.length) return true;
  }
  return false;
}
function foundIn(lines, query, near) {
  for (const readings of query) {
    let found = false;
    for (let l = 0; l < lines.length && !found; l++)
      for (let r = 0; r < readings.length && !found; r++) found = termIn(lines[l], readings[r], near === true);
    if (!found) return false;
  }
  return true;
}
function mayBeNear(query) {
  return query.some((readings) => readings.some((term) => term.some((typed) => typed.letters.length >= NEAR_LETTERS)));
}
function rowOf(data) {
  return { words: searchWords(data.search), level: data.level, field: data.field, agencies: JSON.parse(data.agencies), fots: data.fots === '1', over: data.over === '1' };
}
function rowShown(row, query, chosen, near) {
  return foundIn(row.words, query, near)
    && (!chosen.level || row.level === chosen.level)
    && (!chosen.field || row.field === chosen.field)
    && (!chosen.agency || row.agencies.includes(chosen.agency))
    && (!chosen.fots || row.fots)
    && (!chosen.over || row.over);
}
`;
