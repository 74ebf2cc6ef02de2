import { INVISIBLE } from './quote.js';

// Facts about a whole file's text that the loader and the rules each need: the last text asked about keeps its
// answer, as lint asks of one file at a time (each fact was a full pass over the text, made two or three times).
let nfcOf: { text: string; nfc: boolean } | undefined;
let invisibleOf: { text: string; invisible: boolean } | undefined;
let unusualOf: { text: string; unusual: boolean } | undefined;

// Every character the loader's quick looks at a whole text search for, in one class: invisible ones (quote.ts's
// INVISIBLE), the spaces of a pasted indent (pasted-lines.ts's ODD), full-width forms and typographic spaces and
// hyphens (lookalikes.ts's LOOKALIKE), and typographic opening quotes (typographic-quotes.ts's OPENING). A text with
// none of them, as most are, is scanned once instead of once for each (test/model/text-facts.test.ts: a superset).
/** One class holding every character of INVISIBLE, ODD, LOOKALIKE and OPENING. */
export const UNUSUAL =
  /[\u00a0\u00ab\u00ad\u061c\u2000-\u2011\u2018\u201c-\u201e\u202a-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff\uff01-\uff5e]/;

/**
 * Whether the text may hold one of the characters above: when not, it holds none of any of those classes. Remembered
 * for the last text asked about.
 */
export function mayHoldUnusual(text: string): boolean {
  if (unusualOf?.text !== text) unusualOf = { text, unusual: UNUSUAL.test(text) };
  return unusualOf.unusual;
}

/** Whether the text is in Unicode NFC, remembered for the last text asked about. */
export function isNfcText(text: string): boolean {
  if (nfcOf?.text !== text) nfcOf = { text, nfc: text.normalize('NFC') === text };
  return nfcOf.nfc;
}

/** Whether the text holds an invisible character (quote.ts's INVISIBLE), remembered for the last text asked about. */
export function hasInvisible(text: string): boolean {
  if (invisibleOf?.text !== text) invisibleOf = { text, invisible: mayHoldUnusual(text) && INVISIBLE.test(text) };
  return invisibleOf.invisible;
}
