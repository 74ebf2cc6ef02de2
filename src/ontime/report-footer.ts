/**
 * A report's closing rows, below its dossiers: its totals ("Tổng cộng: 42 hồ sơ", "Tổng số hồ sơ tiếp nhận: 42") and
 * the signature block (the signer's title, "(Ký, ghi rõ họ tên)", the signer's name under them). They are no
 * dossiers, and are passed over unsaid.
 */
import { cellMoment, cellText, type Cell } from './cells.js';
import { headerKey } from './columns.js';

// Matched on a whole cell (headerKey form), so that a procedure named "Công nhận …" is not one. "Tổng cộng" and "Tổng
// số" may run on ("Tổng số hồ sơ tiếp nhận: 42", "Tổng cộng: 42 hồ sơ (đúng hạn: 40)"); a bare "Tổng" or "Cộng" not.
const TOTAL = /^(?:(?:tong cong|tong so|grand total|total)(?: .*)?|(?:tong|cong)(?: \d+(?: ho so| dossiers?)?)?)$/;
const SIGNATURE =
  /^(?:nguoi lap bieu|nguoi lap|nguoi ky|thu truong don vi|lanh dao don vi|ky ten|prepared by|ky(?: ten)?(?: va)? (?:ghi ro )?(?:ho ten|dong dau)(?: .*)?)$/;
// A report's count by status, alone in its row ("Đúng hạn: 2", "Quá hạn 1 hồ sơ"): no dossier's cell reads so.
const STATUS_COUNT =
  /^(?:truoc han|dung han|som han|qua han|tre han|tre|da giai quyet|dang giai quyet|da tra ket qua|tiep nhan|early|on time|late|open|finished) \d+(?: ho so| dossiers?)?$/;
// The place and date above a signature: "Bắc Ninh, ngày 05 tháng 12 năm 2026", the day left blank to write by hand,
// or "Bắc Ninh, ngày 05/12/2026".
const PLACE_DATE = /^(?:[a-z]+ )+ngay(?:(?: \d{1,2})? thang(?: \d{1,2})? nam(?: \d{4})?| \d{1,2} \d{1,2} \d{4})$/;
// A count beside a total's label ("Cộng:", "2"), the only other text of its row.
const COUNT = /^\d+$/;
// A dossier number whose words cannot be a total, a signature or a count: one that starts with a digit and has a
// letter ("000.00.20.H10-260001-0000001"), or starts with a letter none of their words begins with. Folding it is the
// row's costliest step, and nearly every row has one.
const PLAIN_NUMBER = /^(?:\d[^A-Za-z]*[A-Za-z]|[abd-fh-jmoq-suv-zABD-FH-JMOQ-SUV-Z])/;
// A person's name as written under a signature: two to six words, each capitalised ("Nguyễn Văn A").
const NAME = /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){1,5}$/u;

/** Whether a cell is the place and date above a signature ("Kinh Bắc, ngày 05 tháng 12 năm 2026"). */
function placeAndDate(text: string): boolean {
  // A place's name comes first: a receipt that starts with a digit (nearly every one, on rows without a dossier
  // number) is settled without folding its text.
  const first = text.trimStart().charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  return PLACE_DATE.test(headerKey(text));
}

/** Recognises a report's total and signature rows, remembering where the signature block's titles stand. */
export class ReportFooter {
  // Columns holding a signer's title or hint: a name under one is the signer's.
  private readonly signed = new Set<number>();

  /**
   * Whether a row is a total or signature row: no dossier number (or one that says total) and no received moment,
   * and a cell saying so; or, below signers' titles, their names and nothing else.
   */
  passOver(values: readonly Cell[], id: string, received: Cell): boolean {
    // A dossier number first: it settles nearly every row without reading its date (a million rows).
    if (this.signed.size === 0 && PLAIN_NUMBER.test(id)) return false;
    const idKey = id === '' ? '' : headerKey(id);
    // A bare number in the dossier number's column may be a total's count ("Cộng:", "2"), settled below.
    const countId = COUNT.test(idKey);
    if (idKey !== '' && this.signed.size === 0 && !countId && !TOTAL.test(idKey) && !SIGNATURE.test(idKey))
      return false;
    // The place and date above a signature may stand in the received column: a date, and no receipt, with the place
    // written before it (no receipt slip names one).
    if (typeof cellMoment(received) === 'number' && !(typeof received === 'string' && placeAndDate(received)))
      return false;
    let found = false;
    let counted = false;
    // Whether every text of the row is a label or a count: then a count may stand where the dossier number does.
    let labelsOnly = true;
    const filled: number[] = [];
    values.forEach((value, column) => {
      const text = typeof value === 'string' ? cellText(value) : typeof value === 'number' ? String(value) : '';
      if (text === '') return;
      filled.push(column);
      const key = headerKey(text);
      if (SIGNATURE.test(key)) {
        this.signed.add(column);
        found = true;
      } else if (TOTAL.test(key)) found = true;
      else if (STATUS_COUNT.test(key) || PLACE_DATE.test(key)) counted = true;
      else if (!COUNT.test(key)) labelsOnly = false;
    });
    if (found) return idKey === '' || TOTAL.test(idKey) || SIGNATURE.test(idKey) || (countId && labelsOnly);
    // A count by status or the place and date pass only alone (with counts): beside a procedure code, a dossier's.
    if (counted) return labelsOnly && (idKey === '' || countId);
    // The signers' names: the only texts of their row, each under a title.
    return (
      filled.length > 0 &&
      filled.every((column) => this.signed.has(column) && NAME.test(cellText(values[column]).replace(/\s+/g, ' ')))
    );
  }
}
