// Vietnamese typed before Unicode, in a TCVN3 (ABC) font such as .VnTime, looks right in Word and Excel but is stored
// as other letters: "Cấp giấy" is "CÊp giÊy", "Công chức" is "C«ng chøc". Read as it is stored, a procedure would
// be imported in those letters, as a legacy CSV file would; procmap refuses it (legacy-text.ts) and says how to
// convert it.

// A sign of TCVN3: one of its letters that no Unicode text has inside a word. Its signs and letters at 0xA1–0xBF
// (« for ô, ¸ for á, µ for à, ­ for ư…) between letters, and its lowercase letters at 0xC0–0xDE, which Unicode has as
// capitals (Ê for ấ, Ë for ậ, Þ for ị), after a lower-case letter or between a capital and a lower-case one. ® (đ)
// begins a word, where Unicode text has it too ("Word®"); a soft hyphen (ư) may join the parts of any word.
const SIGN =
  /(?<=[\p{L}\u00a1-\u00bf])[\u00a1-\u00ac\u00af-\u00bf\u00d7\u00f7](?=[\p{L}\u00a1-\u00bf])|(?<=\p{Ll})[\u00c0-\u00d6\u00d8-\u00de]|(?<=\p{Lu})[\u00c0-\u00d6\u00d8-\u00de](?=\p{Ll})/u;
// A letter past Latin-1 (ư, ơ, ă, đ, ấ…): a word that has one is Unicode text, whatever else it holds.
const UNICODE_LETTER = /(?![\u0000-\u00ff])\p{L}/u;
// Text with none of Latin-1's upper half holds no TCVN3 letter: most cells are passed at once.
const UPPER_HALF = /[\u00a1-\u00ff]/;

/** How many words of the text hold the sign of a legacy font and no letter past Latin-1 (which only Unicode has). */
export function legacyWords(text: string, sign: RegExp): number {
  let count = 0;
  for (const word of text.split(/\s+/)) if (sign.test(word) && !UNICODE_LETTER.test(word)) count++;
  return count;
}

/** How many words of the text look like TCVN3 letters read as Unicode. */
export function tcvn3Words(text: string): number {
  return UPPER_HALF.test(text) ? legacyWords(text, SIGN) : 0;
}
