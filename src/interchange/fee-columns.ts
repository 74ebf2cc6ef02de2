// Catalogs give the fee one column ("Phí, lệ phí") or the two charges a column each ("Phí" | "Lệ phí"), which the
// Law on Fees and Charges (97/2015/QH13, Art. 3) tells apart: a value under each is its charge's line of the fee.

// A line that names its charge itself ("Phí thẩm định: …", "Lệ phí cấp giấy phép …"): no label goes before it.
const NAMES_CHARGE = /^(?:lệ\s+phí|phí)(?![\p{L}\p{N}])/iu;

/** The charges' cells of a row, by field: the fee's own column, "Phí" and "Lệ phí". */
export interface FeeCells {
  fee?: string | undefined;
  fee_charge?: string | undefined;
  fee_levy?: string | undefined;
}

/**
 * A row's fee from its charges' columns: the fee's own cell, then "Phí: …" and "Lệ phí: …", a line each, from the two
 * charges' columns when the table has both (a line that names its charge as it stands); a charge's column alone is the
 * fee as written, as the one fee column is. Undefined when every cell is empty.
 */
export function feeOfColumns(cells: FeeCells, headers: Readonly<Record<string, string>>): string | undefined {
  const both = headers.fee_charge !== undefined && headers.fee_levy !== undefined;
  const labelled = (label: string, text: string | undefined) =>
    text === undefined || text.trim() === ''
      ? []
      : [both && !NAMES_CHARGE.test(text.trim()) ? `${label}: ${text.trim()}` : text.trim()];
  const lines = [
    ...(cells.fee?.trim() ? [cells.fee.trim()] : []),
    ...labelled('Phí', cells.fee_charge),
    ...labelled('Lệ phí', cells.fee_levy),
  ];
  return lines.length === 0 ? undefined : lines.join('\n');
}
