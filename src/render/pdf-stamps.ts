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
 * to `dates` (the procedure's, as in the Word file), and the structure's node ids numbered from 1 in their order.
 * Chromium stamps the time of printing and numbers the tagged structure by every node the browser page ever made,
 * so a reused page or a second run differed, and neither has an option. Every change keeps each field's length, so
 * the cross-reference offsets stay true; a field of another shape is left as it was.
 */
export function withStableStamps(pdf: Buffer, dates: FileDates): Buffer {
  // latin1 maps each byte to one character and back, so the streams' binary bytes survive the round trip.
  const text = pdf.toString('latin1');
  const ids = [...new Set(Array.from(text.matchAll(STRUCTURE_ID), (match) => match[1]!))].sort();
  const rank = new Map(ids.map((id, i) => [id, String(i + 1).padStart(id.length, '0')]));
  const stable = text
    .replace(DATE_FIELD, (whole, field: string) => {
      const date = pdfDate(field === 'CreationDate' ? dates.created : dates.modified);
      // A year past 9999 would lengthen the field.
      return date.length === 23 ? `/${field} (${date})` : whole;
    })
    .replace(STRUCTURE_ID, (_, id: string) => `(node${rank.get(id)!})`);
  return Buffer.from(stable, 'latin1');
}

/** The date fields withStableStamps writes, as they appear in the file. */
export function stampFields(dates: FileDates): string[] {
  return [`/CreationDate (${pdfDate(dates.created)})`, `/ModDate (${pdfDate(dates.modified)})`];
}
