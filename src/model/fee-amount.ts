// An amount of đồng alone, grouped by thousands as officers and spreadsheets write it, with or without its unit:
// "1.000.000", "100 000", "100,000" (Excel in English: đồng have no decimals, so it can only be thousands), "50.000đ".
const BARE_AMOUNT = /^(\d{1,3}(?:([.,\s])\d{3})(?:\2\d{3})*)\s*(?:đ|đồng|vnđ|vnd)?\.?$/iu;

/** The đồng a fee written as an amount alone says ("1.000.000", "100,000", "50.000đ"); undefined for other text. */
export function feeAmount(text: string): number | undefined {
  const amount = BARE_AMOUNT.exec(text.trim());
  return amount ? Number(amount[1]!.replace(/[.,\s]/g, '')) : undefined;
}
