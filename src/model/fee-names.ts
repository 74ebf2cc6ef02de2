// A fee's text often says which charge it is ("Lệ phí: 50.000 đồng", "Phí chứng thực …: 2.000 đồng/trang", "Miễn
// lệ phí"): a label before it would say it twice ("lệ phí Lệ phí: …"), and "lệ phí" before a phí names another
// charge in law (Law on Fees and Charges 97/2015/QH13, Art. 3). A fee that does not say which one takes the neutral
// "phí, lệ phí:" as the document's heading words it.

// The words a fee's text starts with when it names its charge or says there is none: phí, lệ phí, miễn, không (thu);
// in English fee, charge, free, exempt, none.
const NAMED = /^(?:lệ\s+phí|phí|miễn|không|fees?|charges?|free|exempt|none|no)(?![\p{L}\p{N}])/iu;

/** Whether a fee's text names its charge itself (or says there is none), so that no label goes before it. */
export function feeNamesItself(fee: string): boolean {
  return NAMED.test(fee.trim());
}
