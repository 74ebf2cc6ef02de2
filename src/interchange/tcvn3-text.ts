// Vietnamese typed before Unicode, in a TCVN3 (ABC) font such as .VnTime, looks right in Word and Excel but is stored
// as other letters: "Cấp giấy" is "CÊp giÊy", "Công chức" is "C«ng chøc". Read as it is stored, a procedure would
// be imported in those letters, as a legacy CSV file would; procmap refuses it and says how to convert it.
import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';
import { SheetError } from './read-error.js';
import type { Sheet } from './sheets.js';

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

// A file is refused from this many words on: one odd word ("Nº", a name) is no encoding, and TCVN3 text has a sign
// in nearly every other word.
const MIN_WORDS = 3;
// How much of the text the message quotes.
const QUOTED = 60;

/** How many words of the text look like TCVN3 letters read as Unicode. */
export function tcvn3Words(text: string): number {
  if (!UPPER_HALF.test(text)) return 0;
  let count = 0;
  for (const word of text.split(/\s+/)) if (SIGN.test(word) && !UNICODE_LETTER.test(word)) count++;
  return count;
}

/** One text of a file and where it is, in words; the place is worded only for a text refused. */
export interface PlacedText {
  text: string;
  where: () => Translated;
}

/**
 * Refuses (SheetError) a file whose texts look typed in a TCVN3 font, naming the first such text and where it is, and
 * saying to convert the file to Unicode; passes any other.
 */
export function refuseTcvn3(texts: Iterable<PlacedText>): void {
  let words = 0;
  let first: PlacedText | undefined;
  for (const placed of texts) {
    const count = tcvn3Words(placed.text);
    if (count === 0) continue;
    first ??= placed;
    words += count;
    if (words >= MIN_WORDS) {
      const line = first.text.split('\n')[0]!;
      const quoted = line.length > QUOTED ? `${line.slice(0, QUOTED)}…` : line;
      throw new SheetError(said('tcvn3', { where: first.where(), text: quoted }));
    }
  }
}

/** A cell's name as a spreadsheet shows it: column letters and row number (B3, AA12), both counted from 0. */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** Every cell text of the sheets, placed by sheet name (none for a CSV file) and cell. */
export function* sheetTexts(sheets: readonly Sheet[]): Generator<PlacedText> {
  for (const sheet of sheets)
    for (const [r, row] of sheet.rows.entries())
      for (const [c, text] of row.entries())
        yield {
          text,
          where: () =>
            sheet.name
              ? said('sheetCell', { sheet: sheet.name, cell: cellName(r, c) })
              : said('cell', { cell: cellName(r, c) }),
        };
}
