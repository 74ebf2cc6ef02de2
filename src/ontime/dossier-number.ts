import { withoutInvisible } from '../model/quote.js';

const ASCII = /^[\x20-\x7e]*$/;

/** A dossier number as dossiers are told apart: portal numbers are codes, the same in any letter case or width. */
export function dossierNumberKey(written: string): string {
  // The apostrophe that tells Excel to keep a cell as text ("'000.00.12.H04-…", which a CSV export may keep) is no
  // part of the number, as it is none of a date (cellMoment).
  const id = written.startsWith("'") ? written.slice(1) : written;
  // Most numbers are ASCII: a million rows need no normalising.
  if (ASCII.test(id)) return id.toUpperCase();
  // NFKC folds full-width digits, letters and hyphens ("０００．００．１２．Ｈ０４") to ASCII, as an input method may type
  // them; a zero-width space pasted from a web page with the number is no part of it.
  return withoutInvisible(id).normalize('NFKC').toUpperCase();
}
