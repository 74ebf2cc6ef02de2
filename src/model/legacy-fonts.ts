// Which of a file's texts are Vietnamese typed in a legacy font (TCVN3, VNI): the counting that lint's rule and
// import's refusal share (src/interchange/legacy-text.ts words the refusal), kept here so a lint loads no import code.
import { ansiRepaired, mayHoldAnsi } from './ansi-text.js';
import { mayHoldTcvn3, tcvn3Words } from './tcvn3-text.js';
import { mayHoldVni, vniWords } from './vni-text.js';

/**
 * TCVN3 words a file's different texts hold before it is Vietnamese in that font: one odd word ("Nº", a name) is no
 * encoding, however often the file repeats the text it is in (a body's name written in every step, as officers do,
 * said the same as written once in the bodies map).
 */
export const MIN_TCVN3_WORDS = 3;
/** VNI words one text holds before it is Vietnamese in that font: a pair alone may still be a name ("Buøy"). */
export const MIN_VNI_WORDS = 2;

/** An old Vietnamese encoding a text can be typed in. */
export type LegacyFont = 'tcvn3' | 'vni';
/** How a text's letters can be other than those typed: a legacy font, or UTF-8 read as Windows-1252 ("ansi"). */
export type TextEncoding = LegacyFont | 'ansi';

/**
 * The legacy font each of one file's texts is typed in, or undefined: by the same counts as import's check, so lint
 * and import say the same of the same text (TCVN3 once the file's different texts hold enough TCVN3 words).
 */
export function legacyFonts(texts: readonly string[]): (TextEncoding | undefined)[] {
  // UTF-8 read as Windows-1252 first: its "Ã´", "Æ°" are TCVN3's signs too, but its bytes give the text back exactly.
  const ansi = texts.map((text) => mayHoldAnsi(text) && ansiRepaired(text) !== undefined);
  const tcvn3 = texts.map((text, i) => (ansi[i] ? 0 : tcvn3Words(text)));
  let inFile = 0;
  const counted = new Set<string>();
  texts.forEach((text, i) => {
    if (tcvn3[i]! === 0 || counted.has(text)) return;
    counted.add(text);
    inFile += tcvn3[i]!;
  });
  return texts.map((text, i): TextEncoding | undefined => {
    if (ansi[i]) return 'ansi';
    if (vniWords(text) >= MIN_VNI_WORDS) return 'vni';
    return inFile >= MIN_TCVN3_WORDS && tcvn3[i]! > 0 ? 'tcvn3' : undefined;
  });
}

/** Whether a text may be typed in a legacy font: when no text of a file may, legacyFonts finds none in it. */
export function mayBeLegacyText(text: string): boolean {
  return mayHoldTcvn3(text) || mayHoldVni(text) || mayHoldAnsi(text);
}
