import type { FileDates } from '../file-dates.js';

// Chromium's PDF dates: `D:YYYYMMDDHHmmSS` and the offset from UTC, `+07'00'`, 23 characters in all.
const DATE_FIELD = /\/(CreationDate|ModDate) \(D:\d{14}(?:[+-]\d\d'\d\d'|Z00'00')\)/g;
// The ids Chromium gives the tagged structure's table cells, from the page's node numbers (Blink's DOMNodeIds).
const STRUCTURE_ID = /\(node(\d{8})\)/g;

/** A date as a PDF writes it, in UTC: 23 characters, as long as Chromium's own in any time zone. */
export function pdfDate(date: Date): string {
  const digits = date.toISOString().slice(0, 19).replace(/[-T:]/g, '');
  return `D:${digits}+00'00'`;
}

/**
 * The PDF Chromium printed with the bytes the same document always gives: its creation and modification dates set
 * to `dates` (the procedure's, as in the Word file), and the structure's node ids numbered from 1 in the order they stand in the file.
 * Chromium stamps the time of printing and numbers the tagged structure by every node the browser page ever made,
 * so a reused page or a second run differed, and neither has an option. Every change keeps each field's length, so
 * the cross-reference offsets stay true; a field of another shape is left as it was.
 */
export function withStableStamps(pdf: Buffer, dates: FileDates): Buffer {
  // latin1 maps each byte to one character and back, so the streams' binary bytes survive the round trip.
  const text = pdf.toString('latin1');
  const stable = text.replace(DATE_FIELD, (whole, field: string) => {
    const date = pdfDate(field === 'CreationDate' ? dates.created : dates.modified);
    // A year past 9999 would lengthen the field.
    return date.length === 23 ? `/${field} (${date})` : whole;
  });
  return Buffer.from(withStableIds(stable), 'latin1');
}

// The entries of the structure's id tree (`/Names [(id) n 0 R …]`), sorted by id as the PDF format asks, and the
// first and last id of a leaf (`/Limits [(first) (last)]`).
const ID_NAMES = /\/Names \[((?:\(node\d{8}\) \d+ 0 R ?)+)\]/g;
const ID_ENTRY = /\(node(\d{8})\) (\d+) 0 R/g;
const ID_LIMITS = /\/Limits \[\(node\d{8}\) \(node\d{8}\)\]/g;

/**
 * The text with the structure's node ids numbered from 1 in the order they stand in it, which is the document's:
 * Blink's node numbers do not keep that order from run to run (a later table's cells were numbered below the first's
 * in 3 runs of 8). The id tree is sorted again, in the same bytes. A tree of several leaves, whose split the new
 * numbers would break, is numbered in the order of the old numbers instead.
 */
function withStableIds(text: string): string {
  const found = Array.from(text.matchAll(STRUCTURE_ID), (match) => match[1]!);
  const leaves = [...text.matchAll(ID_NAMES)].length;
  const ids = leaves <= 1 ? [...new Set(found)] : [...new Set(found)].sort();
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  const renumbered = text.replace(STRUCTURE_ID, (_, id: string) => `(node${rank.get(id)!})`);
  if (leaves !== 1) return renumbered;
  let limits = '';
  const sorted = renumbered.replace(ID_NAMES, (_, names: string) => {
    const entries = Array.from(names.matchAll(ID_ENTRY), (entry) => ({ id: entry[1]!, ref: entry[2]! }));
    entries.sort((a, b) => (a.id < b.id ? -1 : 1));
    limits = `/Limits [(node${entries[0]!.id}) (node${entries[entries.length - 1]!.id})]`;
    // One space between entries, and the array's end as written.
    const tail = names.endsWith(' ') ? ' ' : '';
    return `/Names [${entries.map(({ id, ref }) => `(node${id}) ${ref} 0 R`).join(' ')}${tail}]`;
  });
  return sorted.replace(ID_LIMITS, limits);
}

/** The date fields withStableStamps writes, as they appear in the file. */
export function stampFields(dates: FileDates): string[] {
  return [`/CreationDate (${pdfDate(dates.created)})`, `/ModDate (${pdfDate(dates.modified)})`];
}
