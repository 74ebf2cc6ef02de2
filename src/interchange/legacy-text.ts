// Text typed in a legacy Vietnamese font (TCVN3's .VnTime, VNI-Times) is stored as other letters in a Unicode file:
// no byte is out of place, only its words. Import and `ontime` refuse it at its place, with how to convert it.
import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';
import { EncodingError } from './read-error.js';
import type { Sheet } from './sheets.js';
import { type LegacyFont, MIN_TCVN3_WORDS, MIN_VNI_WORDS } from '../model/legacy-fonts.js';
import { tcvn3Words } from '../model/tcvn3-text.js';
import { vniWords } from '../model/vni-text.js';
import { columnLetters } from './cell-names.js';
import { ownString } from '../model/own-string.js';
import { ansiRepaired, mayHoldAnsi } from '../model/ansi-text.js';
import { isVietnameseText, legacyRepaired } from '../model/legacy-repair.js';
import { mayHoldTcvn3 } from '../model/tcvn3-text.js';
import { mayHoldVni } from '../model/vni-text.js';

/** One text of a file and where it is, in words; the place is worded only for a text refused. */
export interface PlacedText {
  text: string;
  where: () => Translated;
}

const NON_ASCII = /[^\x00-\x7f]/;
// Clean texts remembered at most: the repeated texts of an export are a few hundred.
const CLEAN_TEXTS = 1000;

// How much of the text the message quotes.
const QUOTED = 60;

/** What the officer does once the file is converted: import it, or run the report again. */
export type AfterConverting = 'import' | 'report';

const AGAIN: Record<AfterConverting, Translated> = {
  import: { en: 'import it again', vi: 'nhập lại' },
  report: { en: 'run the command again', vi: 'chạy lại lệnh' },
};

/**
 * Looks at a file's texts one by one, as a reader hands them out, and refuses (EncodingError) the file once they show
 * Vietnamese typed in a TCVN3 or VNI font, naming the first such text and where it is, and how to convert it.
 */
export class LegacyTextCheck {
  private tcvn3 = 0;
  private firstTcvn3: PlacedText | undefined;
  /** The texts counted: a text repeated row after row is one odd word, not many (MIN_TCVN3_WORDS). */
  private readonly counted = new Set<string>();
  /** Texts with no word of either font, each its own copy (a cell may be a slice of a large read buffer). */
  private readonly clean = new Set<string>();

  constructor(private readonly after: AfterConverting = 'import') {}

  /** Takes the next text of the file; throws EncodingError once the file is shown to be in a legacy font. */
  push(placed: PlacedText): void {
    // Both fonts' signs are letters past ASCII; and a text found clean is clean again in the next row (a status, an
    // agency): a million rows' cells need no word-by-word look.
    if (!NON_ASCII.test(placed.text) || this.clean.has(placed.text)) return;
    const tcvn3 = tcvn3Words(placed.text);
    if (tcvn3 > 0 && !this.counted.has(placed.text)) {
      this.counted.add(placed.text);
      this.firstTcvn3 ??= placed;
      this.tcvn3 += tcvn3;
      if (this.tcvn3 >= MIN_TCVN3_WORDS) this.refuse('tcvn3', this.firstTcvn3);
    }
    const vni = vniWords(placed.text);
    if (vni >= MIN_VNI_WORDS) this.refuse('vni', placed);
    if (tcvn3 === 0 && vni === 0) {
      if (this.clean.size >= CLEAN_TEXTS) this.clean.clear();
      this.clean.add(ownString(placed.text));
    }
  }

  private refuse(font: LegacyFont, placed: PlacedText): never {
    const line = placed.text.split('\n')[0]!;
    const text = line.length > QUOTED ? `${line.slice(0, QUOTED)}…` : line;
    const again = AGAIN[this.after];
    // A text half converted, or pasted into a Unicode line, is no one encoding's: a converter would garble the rest.
    if (/(?![\u0000-\u00ff])\p{L}/u.test(placed.text)) {
      const { encoding, font: name } = FONTS[font];
      throw new EncodingError(said('legacyMixed', { where: placed.where(), text, again, encoding, font: name }));
    }
    throw new EncodingError(said(font, { where: placed.where(), text, again }));
  }
}

/**
 * Refuses (EncodingError) a file whose texts look typed in a TCVN3 or VNI font, naming the first such text and where
 * it is, and saying to convert the file to Unicode; passes any other.
 */
export function refuseLegacyText(texts: Iterable<PlacedText>): void {
  const check = new LegacyTextCheck();
  for (const placed of texts) check.push(placed);
}

/** A cell's name as a spreadsheet shows it: column letters and row number (B3, AA12), both counted from 0. */
export function cellName(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

/** A cell placed in words: by sheet name and cell, or by cell alone in a CSV file, whose sheet has no name. */
export function cellPlace(sheet: string | undefined, row: number, column: number): Translated {
  return sheet
    ? said('sheetCell', { sheet, cell: cellName(row, column) })
    : said('cell', { cell: cellName(row, column) });
}

/** Every cell text of the sheets, placed by sheet name (none for a CSV file) and cell. */
export function* sheetTexts(sheets: readonly Sheet[]): Generator<PlacedText> {
  for (const sheet of sheets)
    for (const [r, row] of sheet.rows.entries())
      for (const [c, text] of row.entries()) yield { text, where: () => cellPlace(sheet.name, r, c) };
}

/** A cell whose text was UTF-8 read as ANSI (Windows-1252) and saved again, and the text it was written as. */
export interface RepairedCell {
  /** The cell's name (C2). */
  cell: string;
  text: string;
  fixed: string;
}

/**
 * The text a cell was written as when it is UTF-8 read as ANSI ("CÃ´ng an xÃ£" → "Công an xã"), noted in `found`;
 * line by line, else the text as it is. Before any cleaning: the bytes U+0090 and U+00AD a cleaning drops are part of its letters.
 * Exact or nothing (ansi-text.ts), so the text read is the one typed, as lint's legacy-font-text rule shows it.
 */
export function withoutAnsi(text: string, cell: () => string, found: RepairedCell[]): string {
  if (!mayHoldAnsi(text)) return text;
  // Line by line: a Word cell joins its paragraphs, one of them typed here ("QUY TRÌNH"), the next pasted garbled.
  const lines = text.split('\n');
  const fixed = lines.map((line) => ansiRepaired(line) ?? line);
  if (fixed.every((line, i) => line === lines[i])) return text;
  const whole = fixed.join('\n');
  found.push({ cell: cell(), text, fixed: whole });
  return whole;
}

/**
 * The first line of a text put back that was changed, as written and as read, for the report to quote; without the
 * controls an ISO-8859-1 reading leaves (U+0090 of "Đ"), which Excel and Word show as nothing.
 */
export function firstRepairedLine(text: string, fixed: string): { text: string; fixed: string } {
  const written = text.split('\n');
  const read = fixed.split('\n');
  const i = Math.max(
    0,
    read.findIndex((line, n) => line !== written[n]),
  );
  const shown = (line: string) => line.replace(/[\u0080-\u009f]/gu, '').trim();
  return { text: shown(written[i] ?? ''), fixed: shown(read[i] ?? '') };
}

/** The texts of one file put back from a legacy font: how many in each, and the first, for the report. */
export interface LegacyRepairs {
  tcvn3: number;
  vni: number;
  /** The places of the texts put back (cells), in the file's order; empty for a Word document's paragraphs. */
  places: string[];
  first?: { font: LegacyFont; text: string; fixed: string };
}

/** No text put back yet. */
export function noLegacyRepairs(): LegacyRepairs {
  return { tcvn3: 0, vni: 0, places: [] };
}

/**
 * The Unicode text a text typed in TCVN3 (.VnTime) or VNI (VNI-Times) was, as `lint --fix` writes it (legacy-repair.ts):
 * only when the whole text has the font's words and reads as Vietnamese in that encoding alone, noted in `found`;
 * else the text as it is, for LegacyTextCheck to refuse if it still looks legacy. Before any cleaning: TCVN3's "ư" is
 * a soft hyphen, which cleaning drops.
 */
export function withoutLegacyFont(text: string, place: () => string, found: LegacyRepairs): string {
  if (!mayHoldTcvn3(text) && !mayHoldVni(text)) return text;
  // The words' signs gate the reading: a Unicode text of Latin-1 letters alone ("25 µm") may read as syllables too.
  // One VNI word alone ("Trong ngaøy") is read so once the file has shown VNI: a name's pair is no longer a guess.
  const vniNeeded = found.vni > 0 ? 1 : MIN_VNI_WORDS;
  const font: LegacyFont | undefined = tcvn3Words(text) > 0 ? 'tcvn3' : vniWords(text) >= vniNeeded ? 'vni' : undefined;
  if (!font) return text;
  // Line by line, as a cell may hold a line typed in Unicode beside an old one; every other line must read so.
  const lines = text.split('\n');
  const fixed = lines.map((line) => (isVietnameseText(line) ? line : legacyRepaired(line, font)));
  if (fixed.some((line) => line === undefined)) return text;
  const whole = fixed.join('\n');
  if (whole === text) return text;
  found[font]++;
  found.places.push(place());
  found.first ??= { font, text, fixed: whole };
  return whole;
}

const FONTS: Record<LegacyFont, { encoding: string; font: string }> = {
  tcvn3: { encoding: 'TCVN3 (ABC)', font: '.VnTime' },
  vni: { encoding: 'VNI', font: 'VNI-Times' },
};
// The cells a note names before it says there are more.
const NAMED_PLACES = 10;

/** What import says once for a file's texts put back from a legacy font: the encoding, how many, where, the first. */
export function legacyRepairedNote(found: LegacyRepairs, what: 'cells' | 'paragraphs'): Translated | undefined {
  if (!found.first) return undefined;
  const count = found.tcvn3 + found.vni;
  const named = found.places.slice(0, NAMED_PLACES).join(', ');
  const places = found.places.length > NAMED_PLACES ? `${named}…` : named;
  const things: Translated =
    what === 'cells'
      ? { en: `cell${count === 1 ? '' : 's'} (${places})`, vi: `ô (${places})` }
      : { en: `paragraph${count === 1 ? '' : 's'} or table cell${count === 1 ? '' : 's'}`, vi: 'đoạn văn, ô bảng' };
  // A file of both fonts names each: an officer pasted from two old files.
  const both = found.tcvn3 > 0 && found.vni > 0;
  const encoding: Translated = both
    ? { en: 'TCVN3 (ABC) and VNI encodings', vi: 'TCVN3 (ABC) và VNI' }
    : { en: `${FONTS[found.first.font].encoding} encoding`, vi: FONTS[found.first.font].encoding };
  const font = both ? '.VnTime, VNI-Times' : FONTS[found.first.font].font;
  const { text, fixed } = firstRepairedLine(found.first.text, found.first.fixed);
  return said('legacyRepaired', { count, things, encoding, font, text, fixed });
}
