import { basisCitation } from './basis-citation.js';
import { sheetDate, vnDate } from './text.js';

// A legal basis written as a table, as ISO documents lay out "3. TÀI LIỆU VIỆN DẪN": TT | Số, ký hiệu | Ngày ban hành
// | Trích yếu. Each row is cited as documents cite it in a list: "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 về …".

// The kind of document its sign names (the part after the year: "NĐ-CP", "TT-BTP", "QĐ-UBND"), longest first.
const KINDS: [RegExp, string][] = [
  [/^TTLT(?!\p{L})/u, 'Thông tư liên tịch'],
  [/^NQLT(?!\p{L})/u, 'Nghị quyết liên tịch'],
  [/^NĐ(?!\p{L})/u, 'Nghị định'],
  [/^TT(?!\p{L})/u, 'Thông tư'],
  [/^QĐ(?!\p{L})/u, 'Quyết định'],
  [/^NQ(?!\p{L})/u, 'Nghị quyết'],
  [/^CT(?!\p{L})/u, 'Chỉ thị'],
  [/^QH\d*$/u, 'Luật'],
];

/** The kind of document a number and sign names ("Nghị định" for 23/2015/NĐ-CP), or undefined. */
function kindOf(number: string): string | undefined {
  const sign = number.normalize('NFC').split('/').pop()?.trim() ?? '';
  return KINDS.find(([pattern]) => pattern.test(sign))?.[1];
}

/**
 * A row of a legal basis table as its citation: its kind (written, or by its sign), number, date and summary;
 * `date1904` for a workbook's table whose dates count from 1904.
 */
export function basisOfRow(
  row: { number?: string; date?: string; summary?: string; kind?: string },
  date1904 = false,
): string {
  const number = row.number ?? '';
  const date = row.date === undefined ? undefined : sheetDate(row.date, date1904);
  // A summary is the rest of the sentence after the kind: "Về cấp bản sao…" reads "Nghị định số … về cấp bản sao…".
  const summary = row.summary?.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
  const written = row.summary !== undefined && number !== '' && row.summary.includes(number);
  // A summary that cites the document itself ("Nghị định số 23/2015/NĐ-CP …") is the citation, its date added.
  if (written) return basisCitation(row.summary!, number, date);
  const kind = row.kind ?? kindOf(number);
  if (kind !== undefined) return basisCitation(summary ? `${kind} ${summary}` : kind, number, date);
  // A sign procmap does not know the kind of: the number, date and summary as the table gives them.
  return [number, date ? `ngày ${vnDate(date)}` : '', row.summary ?? ''].filter(Boolean).join(' ');
}
