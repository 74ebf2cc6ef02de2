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
// A person's name as written under a signature: two to six words, each capitalised ("Nguyễn Văn A").
const NAME = /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){1,5}$/u;

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
    const idKey = id === '' ? '' : headerKey(id);
    if (idKey !== '' && this.signed.size === 0 && !TOTAL.test(idKey) && !SIGNATURE.test(idKey)) return false;
    if (typeof cellMoment(received) === 'number') return false;
    let found = false;
    const filled: number[] = [];
    values.forEach((value, column) => {
      const text = typeof value === 'string' ? cellText(value) : '';
      if (text === '') return;
      filled.push(column);
      const key = headerKey(text);
      if (SIGNATURE.test(key)) {
        this.signed.add(column);
        found = true;
      } else if (TOTAL.test(key)) found = true;
    });
    if (found) return idKey === '' || TOTAL.test(idKey) || SIGNATURE.test(idKey);
    // The signers' names: the only texts of their row, each under a title.
    return (
      filled.length > 0 &&
      filled.every((column) => this.signed.has(column) && NAME.test(cellText(values[column]).replace(/\s+/g, ' ')))
    );
  }
}
