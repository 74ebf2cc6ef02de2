import type { Lang } from '../i18n.js';

// Cyrillic and Greek letters drawn exactly as a Latin letter: a keyboard switched to Russian, or a code copied from a
// PDF, types "аppraise" with a Cyrillic "а", which looks like "appraise" and is another word to every program. Only
// letters no reader can tell apart are listed (not "в", "и" or "α", which look like no Latin letter).
const PLAIN: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ү: 'Y',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  // The iota is a dotless "i": with a mark in place of the dot it is drawn as the Latin letter with that mark.
  ί: 'í',
  ϊ: 'ï',
};

// Unicode's blocks of Cyrillic and Greek letters, those with marks among them.
const BLOCKS: readonly [number, number][] = [
  [0x0370, 0x052f],
  [0x1f00, 0x1fff],
];

/**
 * Each letter of those scripts that is one of the look-alikes with marks above it (Greek "ό", Cyrillic "ё", "ӑ"), as
 * the Latin letter with the same marks ("ó", "ë", "ă"): found by decomposing every letter, not listed, so that none
 * is left out. A look-alike typed with a combining mark ("ο" and U+0301) is one of these once procmap reads the text
 * in NFC.
 */
function withMarks(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [from, to] of BLOCKS) {
    for (let code = from; code <= to; code++) {
      const letter = String.fromCodePoint(code);
      const [base, ...marks] = letter.normalize('NFD');
      const latin = base === undefined ? undefined : PLAIN[base];
      if (latin !== undefined && marks.length > 0 && marks.every((mark) => /\p{M}/u.test(mark)))
        found[letter] = (latin + marks.join('')).normalize('NFC');
    }
  }
  return found;
}

// Every look-alike stands in these blocks: a text without a letter of them (nearly every procedure) is answered
// without the table below.
const SCRIPTS = /[\u0370-\u052f\u1f00-\u1fff]/;

interface Lookalikes {
  latinOf: Readonly<Record<string, string>>;
  one: RegExp;
  every: RegExp;
  // Made here too, with the table: a pattern with a Unicode property is worked out when it is made (0.1–0.5 ms each),
  // and only a text with a letter of those blocks needs them.
  letter: RegExp;
  latin: RegExp;
  greek: RegExp;
  // A word of a message: letters, marks, digits and the marks of codes and ids.
  word: RegExp;
}
let table: Lookalikes | undefined;

/** The look-alikes and their patterns, made on first need: the search of the blocks costs about 2 ms of a start. */
function lookalikes(): Lookalikes {
  if (table === undefined) {
    const latinOf = { ...withMarks(), ...PLAIN };
    // A letter outside the blocks would never be looked for: a bug in the list, which the tests then meet.
    const outside = Object.keys(latinOf).find((letter) => !SCRIPTS.test(letter));
    if (outside !== undefined) throw new Error(`look-alike "${outside}" outside the blocks SCRIPTS searches`);
    const one = new RegExp(`[${Object.keys(latinOf).join('')}]`, 'u');
    table = {
      latinOf,
      one,
      every: new RegExp(one.source, 'gu'),
      letter: /\p{L}/gu,
      latin: /\p{Script=Latin}/u,
      greek: /\p{Script=Greek}/u,
      word: /[\p{L}\p{M}\p{N}._-]+/gu,
    };
  }
  return table;
}

const SCRIPT_NAMES: Readonly<Record<Lang, { cyrillic: string; greek: string }>> = {
  en: { cyrillic: 'Cyrillic', greek: 'Greek' },
  vi: { cyrillic: 'chữ Kirin', greek: 'chữ Hy Lạp' },
};

/**
 * Whether a text holds a Cyrillic or Greek letter that looks like a Latin one where only Latin letters are meant: every
 * other letter in it is Latin (Vietnamese letters with their marks are), so that it reads as a Latin word. A word of
 * those scripts (a Russian name) is left alone.
 */
export function hasHomoglyphs(text: string): boolean {
  if (!SCRIPTS.test(text)) return false;
  const { latinOf, one, letter: anyLetter, latin } = lookalikes();
  if (!one.test(text)) return false;
  for (const [letter] of text.matchAll(anyLetter))
    if (!latin.test(letter) && latinOf[letter] === undefined) return false;
  return true;
}

/** The text with each look-alike letter as the Latin letter it looks like (`аppraise` → `appraise`). */
export function latinHomoglyphs(text: string): string {
  // NFC: a look-alike followed by a combining mark ("а" and U+0301, which has no letter of its own) is the Latin
  // letter with that mark ("á").
  if (!SCRIPTS.test(text)) return text.normalize('NFC');
  const { latinOf, every } = lookalikes();
  return text.replace(every, (c) => latinOf[c]!).normalize('NFC');
}

/** The text in Latin letters when its look-alikes stand among Latin ones (see hasHomoglyphs); else as it is. */
export function inLatin(text: string): string {
  return hasHomoglyphs(text) ? latinHomoglyphs(text) : text;
}

/** The look-alike letters of a text, each once, in the order they first stand. */
export function homoglyphsIn(text: string): string[] {
  return SCRIPTS.test(text) ? [...new Set(text.match(lookalikes().every) ?? [])] : [];
}

/** A look-alike letter named so that a reader can tell it apart: `"а" (U+0430, Cyrillic)`. */
export function nameHomoglyph(letter: string, lang: Lang): string {
  const code = letter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const script = lookalikes().greek.test(letter) ? SCRIPT_NAMES[lang].greek : SCRIPT_NAMES[lang].cyrillic;
  return `"${letter}" (U+${code}, ${script})`;
}

/** What a look-alike letter is, in words: `"а" (U+0430, Cyrillic) only looks like "a"`. */
export function homoglyphNote(letter: string, lang: Lang): string {
  const looks = lang === 'vi' ? 'chỉ trông giống' : 'only looks like';
  return `${nameHomoglyph(letter, lang)} ${looks} "${lookalikes().latinOf[letter] ?? letter}"`;
}

/**
 * A message with each word that holds look-alike letters explained after it, since "return" and "rеturn" read the
 * same: `… (in "rеturn", "е" (U+0435, Cyrillic) only looks like "e")`. Messages without one come back as they are.
 */
export function withHomoglyphsNamed(message: string, lang: Lang): string {
  if (!SCRIPTS.test(message) || !lookalikes().one.test(message)) return message;
  const words = [...new Set(message.match(lookalikes().word) ?? [])].filter(hasHomoglyphs);
  if (words.length === 0) return message;
  const within = lang === 'vi' ? 'trong' : 'in';
  const notes = words.map((word) => {
    const letters = homoglyphsIn(word).map((c) => homoglyphNote(c, lang));
    return `${within} "${word}", ${letters.join(', ')}`;
  });
  return `${message} (${notes.join('; ')})`;
}
