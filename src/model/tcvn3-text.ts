// Vietnamese typed before Unicode, in a TCVN3 (ABC) font such as .VnTime, looks right in Word and Excel but is stored
// as other letters: "Cấp giấy" is "CÊp giÊy", "Công chức" is "C«ng chøc". Read as it is stored, a procedure would
// be imported in those letters, as a legacy CSV file would; procmap refuses it (src/interchange/legacy-text.ts) and says how to
// convert it.

import { lazyPattern } from './lazy-pattern.js';

// A sign of TCVN3: one of its letters that no Unicode text has inside a word. Its signs and letters at 0xA1–0xBF
// (« for ô, ¸ for á, µ for à, ­ for ư…) between letters, and its lowercase letters at 0xC0–0xDE, which Unicode has as
// capitals (Ê for ấ, Ë for ậ, Þ for ị), after a lower-case letter or between a capital and a lower-case one. ® (đ)
// begins a word, where Unicode text has it too ("Word®"); a soft hyphen (ư) may join the parts of any word. Made on
// first use (a property class costs every start that makes it), which most lints never reach: see MAY_SIGN.
const SIGN = lazyPattern(
  () =>
    /(?<=[\p{L}\u00a1-\u00bf])[\u00a1-\u00ac\u00af-\u00bf\u00d7\u00f7](?=[\p{L}\u00a1-\u00bf])|(?<=\p{Ll})[\u00c0-\u00d6\u00d8-\u00de]|(?<=\p{Lu})[\u00c0-\u00d6\u00d8-\u00de](?=\p{Ll})/u,
);
// What SIGN needs, without its property classes: one of its characters after some other. Unicode Vietnamese writes
// its Latin-1 letters in lower case (à, á, â, ê, ô), which SIGN never takes, so nearly no text gets past this.
const MAY_SIGN = /[^][\u00a1-\u00ac\u00af-\u00de\u00f7]/;
// A letter past Latin-1 (ư, ơ, ă, đ, ấ…): a word that has one is Unicode text, whatever else it holds.
const UNICODE_LETTER = lazyPattern(() => /(?![\u0000-\u00ff])\p{L}/u);

/**
 * How many words of the text hold the sign of a legacy font and no letter past Latin-1 (which only Unicode has).
 * `may` is a cheap pattern every word with the sign matches, tried first, also on the whole text; `sign`, when it
 * differs, the exact one.
 */
export function legacyWords(text: string, may: RegExp, sign?: () => RegExp): number {
  if (!may.test(text)) return 0;
  let count = 0;
  for (const word of text.split(/\s+/))
    if (may.test(word) && (sign === undefined || sign().test(word)) && !UNICODE_LETTER().test(word)) count++;
  return count;
}

/** Whether the text may hold a TCVN3 word: false means tcvn3Words is 0, found without its exact pattern or a split. */
export function mayHoldTcvn3(text: string): boolean {
  return MAY_SIGN.test(text);
}

/** How many words of the text look like TCVN3 letters read as Unicode. */
export function tcvn3Words(text: string): number {
  return legacyWords(text, MAY_SIGN, SIGN);
}
