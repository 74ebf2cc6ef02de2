// Text helpers shared by the importers: Vietnamese folded to ASCII for matching and ids, cell text cleaned up.
import { foldToAscii } from '../model/fold.js';
import { withoutControls } from '../model/control-characters.js';
import { asciiLookalikes } from '../model/lookalikes.js';
import { nothingSaid, saysNone } from '../model/none-words.js';
import { withoutInvisible } from '../model/quote.js';
import { unpunctuated } from '../model/punctuation.js';
import { excelSerialMs } from '../time/excel-serial.js';
import { formatDay, parseDay } from '../time/moment.js';

/** Lower-case ASCII with diacritics removed (đ → d), for matching headers and words officers write either way. */
export const fold = foldToAscii;

/** A column header as a key: folded, every run of other characters one `_` (`Tên thủ tục` → `ten_thu_tuc`). */
export function headerKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

// Latin letters (Vietnamese's among them), ASCII's printable characters, one space between words: a line that
// cleaning leaves as it is (no control, invisible or look-alike character, NFC as it stands: plain-text.test.ts
// checks each character). Most lines are so; a document of 500,000 of them spent a tenth of its import cleaning them.
const PLAIN_CHAR = '[\\x21-\\x7e\\u00c0-\\u024f\\u1e00-\\u1eff]';
/** A single line of text that `clean` gives back unchanged, known without the work of cleaning it. */
export const PLAIN_TEXT = new RegExp(`^${PLAIN_CHAR}+(?: ${PLAIN_CHAR}+)*$`, 'u');

/**
 * Text from a cell or a record value: NFC, full-width forms as ASCII (`０５`, `：`, typed by a Chinese or Japanese input
 * method), no invisible characters (a zero-width space after a code made another id), as the YAML loader reads them;
 * no control characters (Word's line and page breaks read as line breaks), trimmed, spaces inside lines collapsed; '' when empty.
 */
export function clean(text: string): string {
  if (PLAIN_TEXT.test(text)) return text;
  return (
    // Word's line break (Shift+Enter) in a cell is a line, as the loader reads it; other control characters are never
    // part of a name: junk from the source, and unsafe in a terminal.
    withoutControls(asciiLookalikes(withoutInvisible(text).normalize('NFC')), '\n')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim()
  );
}

/** One line of text: every whitespace run, line breaks included, one space. */
export function oneLine(text: string): string {
  return clean(text).replace(/\n/g, ' ');
}

/**
 * Cleaned text with each line that ends in a dash after a space joined to the next: a name an officer wrapped by hand in
 * a narrow column ("Công chức Tư pháp -" / "Hộ tịch"), which no line ends so when it names a thing whole.
 */
export function joinedAfterDash(text: string): string {
  return clean(text).replace(/( [-–—])\n/gu, '$1 ');
}

// A list item's own marker, as officers type them: "-", "+", "•", "a)", "1.", "Bước 1:".
const ITEM_MARKER = /^(?:[-+*•·–—]\s*|[a-zđ]\)\s*|\d+[.)]\s+|bước\s+\d+\s*[:.)-]?\s*)/iu;

/** A line without its list marker (`Bước 1:`, `-`, `a)`). */
export function unmarked(line: string): string {
  return line.replace(ITEM_MARKER, '').trim();
}

/** Splits a cell or record text into its items, one per line, without their list markers. */
export function items(text: string): string[] {
  return clean(text)
    .split('\n')
    .map(unmarked)
    .filter((line) => line.length > 0 && !saysNone(line));
}

/**
 * The list a cell or record text gives (conditions, legal basis, dossier): its items; none (`[]`) when it says there are
 * none ("Không"), which the document prints as such; undefined when it gives nothing or leaves them to be laid down
 * ("Chưa quy định").
 */
export function listOrNone(text: string): string[] | undefined {
  const list = items(text);
  if (list.length > 0) return list;
  return clean(text)
    .split('\n')
    .some((line) => nothingSaid(unmarked(line)) === 'none')
    ? []
    : undefined;
}

// Shared with the loader, which reads a dossier's lines the same way.
export { unpunctuated } from '../model/punctuation.js';

/** A text's lines each without its closing ";" or "." (a catalog's fee cell, a line a case): punctuation, not text. */
export function linesUnpunctuated(text: string): string {
  return text.split('\n').map(unpunctuated).join('\n');
}

/** A list of texts (legal basis, conditions) as listOrNone reads it, each item without its closing ";" or ".". */
export function textListOrNone(text: string): string[] | undefined {
  return listOrNone(text)?.map(unpunctuated);
}

/** A slug of ASCII letters, digits and `-`, at most `max` characters, for ids made from titles. */
export function slug(text: string, max = 48): string {
  const words = fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/**
 * A date as YYYY-MM-DD from `YYYY-MM-DD`, `dd/mm/yyyy`, `dd-mm-yyyy` or `dd.mm.yyyy` (a time after it ignored), or any
 * other form a procedure file may use (`ngày 01 tháng 7 năm 2025`); else undefined.
 */
export function isoDate(text: string): string | undefined {
  const value = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else {
    const day = parseDay(value);
    return day === undefined ? undefined : formatDay(day);
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date cell as YYYY-MM-DD: as written (isoDate), or Excel's count of days (excelSerialMs, from 1904 in a workbook
 * that says so: `date1904`), its time left out; else undefined.
 */
export function sheetDate(text: string, date1904 = false): string | undefined {
  const written = isoDate(text);
  if (written) return written;
  const ms = excelSerialMs(text, date1904);
  // To the second, as spreadsheets carry noise in the fraction (45839.99999999 is midnight, 02/07/2025).
  return ms === undefined
    ? undefined
    : new Date(Math.floor(Math.round(ms / 1000) / 86_400) * 86_400_000).toISOString().slice(0, 10);
}

/** A date for people: `dd/mm/yyyy`, as Vietnamese documents write it. */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

// The total a step table ends with, by the words its label starts with: "Tổng cộng", "Tổng thời gian giải quyết", "Tổng
// số", "Tổng:", "Cộng", "Cộng:", "Cộng thời gian", and procmap's own English documents' "Total processing time". Not
// "Tổng hợp hồ sơ" or "Cộng đồng…", which are steps: a bare "Tổng" or "Cộng" is one only alone, before a colon, a time
// word or a number. Folded, "Cộng" is "Công" too; no step is named "Công" alone.
const TOTAL =
  /^(?:tong (?:cong|so)\b|(?:tong|cong)(?:$|\s*[:：]|\s+(?:thoi gian|thoi han)\b|\s+\d)|(?:grand )?total\b)/;

/** Whether a step table's row is its total, by the first text in it, not a step. */
export function isTotalRow(texts: readonly (string | undefined)[]): boolean {
  const first = texts.find(Boolean);
  return first !== undefined && TOTAL.test(fold(first).trim());
}

/** Whether a text is written in capitals only ("CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH"), as documents print headings. */
export function inCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}
