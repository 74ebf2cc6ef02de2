import { INVISIBLE } from './quote.js';

// Facts about a whole file's text that the loader and the rules each need: the last text asked about keeps its
// answer, as lint asks of one file at a time (each fact was a full pass over the text, made two or three times).
let nfcOf: { text: string; nfc: boolean } | undefined;
let invisibleOf: { text: string; invisible: boolean } | undefined;

/** Whether the text is in Unicode NFC, remembered for the last text asked about. */
export function isNfcText(text: string): boolean {
  if (nfcOf?.text !== text) nfcOf = { text, nfc: text.normalize('NFC') === text };
  return nfcOf.nfc;
}

/** Whether the text holds an invisible character (quote.ts's INVISIBLE), remembered for the last text asked about. */
export function hasInvisible(text: string): boolean {
  if (invisibleOf?.text !== text) invisibleOf = { text, invisible: INVISIBLE.test(text) };
  return invisibleOf.invisible;
}
