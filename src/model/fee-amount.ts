import { groupDigits } from './digit-groups.js';

// An amount of đồng alone, grouped by thousands as officers and spreadsheets write it, with or without its unit:
// "1.000.000", "100 000", "100,000" (Excel in English: đồng have no decimals, so it can only be thousands), "50.000đ".
const BARE_AMOUNT = /^(\d{1,3}(?:([.,\s])\d{3})(?:\2\d{3})*)\s*(?:đ|đồng|vnđ|vnd)?\.?$/iu;
// Digits run together, as fee tables and spreadsheets paste them ("50000 VNĐ", "30000đ"): an amount only with its
// unit, since a quoted "2025" alone may be a year rather than a fee.
const RUN_TOGETHER = /^(\d+)\s*(?:đ|đồng|vnđ|vnd)\.?$/iu;
// Thousands as officers say and type them: "50k", "50K", "50 nghìn", "50 ngàn" (with or without đồng). Only a whole
// number of up to three digits: "2,5k" or "1.500k" is rare enough that guessing would risk a wrong fee on the page.
const THOUSANDS = /^(\d{1,3})\s*(?:k|nghìn|ngàn|nghin|ngan)(?:\s*(?:đ|đồng|dong|vnđ|vnd))?\.?$/iu;

/** The đồng a fee written as an amount alone says ("1.000.000", "100,000", "50.000đ", "50000 VNĐ", "50k"); undefined for other text. */
export function feeAmount(text: string): number | undefined {
  const trimmed = text.normalize('NFC').trim();
  const amount = BARE_AMOUNT.exec(trimmed);
  if (amount) return Number(amount[1]!.replace(/[.,\s]/g, ''));
  const together = RUN_TOGETHER.exec(trimmed);
  if (together) return Number(together[1]);
  const thousands = THOUSANDS.exec(trimmed);
  return thousands ? Number(thousands[1]) * 1000 : undefined;
}

// What an amount is charged for after its slash, as fee tables write it: words, digits among them ("hồ sơ", "01 bộ
// hồ sơ"), with no second slash, semicolon, bracket or line, so a fee of several parts or with a condition is left as
// written. The text is split at its slash first: a pattern that looks for it backtracks on long runs of spaces.
const PER = /^(?:\d+\s+)?\p{L}[\p{L}\p{M}\d ]*$/u;

/**
 * The đồng and what they are charged for, of a fee written as an amount per something ("50.000đ/hồ sơ" → 50000 and
 * "hồ sơ"); undefined for other text.
 */
export function feePerUnit(text: string): { amount: number; per: string } | undefined {
  const trimmed = text.normalize('NFC').trim();
  const slash = trimmed.indexOf('/');
  if (slash <= 0 || trimmed.indexOf('/', slash + 1) !== -1) return undefined;
  const per = trimmed.slice(slash + 1).trim();
  if (!PER.test(per)) return undefined;
  const amount = feeAmount(trimmed.slice(0, slash));
  // What it is charged for starts in lower case, as words after an amount do ("Đồng/Hồ sơ" → "đồng/hồ sơ"); an
  // abbreviation in capitals ("GCN") stays, as the national record's units are read (interchange/record-fee.ts).
  const words = per.replace(/\s+/g, ' ').replace(/^(\p{Lu})(?!\p{Lu})/u, (letter) => letter.toLowerCase());
  return amount === undefined ? undefined : { amount, per: words };
}

// Made once, and only for an amount with a fraction or a sign (groupDigits says why).
let amountFormat: Intl.NumberFormat | undefined;

/** A fee of so many đồng as text: 75000 → "75.000 đồng"; 0 is no charge ("Miễn phí"). */
export function feeText(amount: number): string {
  if (amount === 0) return FREE_FEE;
  // A whole amount grouped by hand is what the format gives (test/model/fee-amount.test.ts compares them).
  if (Number.isSafeInteger(amount) && amount > 0) return `${groupDigits(amount, '.')} đồng`;
  amountFormat ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
  return `${amountFormat.format(amount)} đồng`;
}

/**
 * What a fee of 0 đồng is written and printed as: no charge, as the national portal's "0 Đồng" means (the document
 * prints a channel's 0 so, "Free of charge" in English; render/document/view.ts).
 */
export const FREE_FEE = 'Miễn phí';

// A 0 alone: no year or count is 0, so unlike other digits without a unit it can only be the amount.
const LONE_ZERO = /^0+\.?$/u;

/** Whether a fee written as an amount says 0 đồng ("0", "0 đồng", "0 Đồng", "0đ", "0 VNĐ"). */
export function isZeroFee(text: string): boolean {
  const trimmed = text.normalize('NFC').trim();
  return LONE_ZERO.test(trimmed) || feeAmount(trimmed) === 0;
}

/** An amount alone ("50000đ") or per something ("50.000đ/hồ sơ") as procmap writes it; undefined for other text. */
function canonicalAmount(text: string): string | undefined {
  if (isZeroFee(text)) return FREE_FEE;
  const amount = feeAmount(text);
  if (amount !== undefined) return feeText(amount);
  const per = feePerUnit(text);
  if (per === undefined) return undefined;
  // Nothing is charged for each of anything: "0 đồng/hồ sơ" is no charge at all.
  return per.amount === 0 ? FREE_FEE : `${feeText(per.amount)}/${per.per}`;
}

// The ";" or "." that closes a line of a list in a Word document or a decision ("- Cấp mới: 50.000 đồng;" then
// "- Cấp lại: 20.000 đồng."): punctuation of the list, not of the amount, taken off both alike.
// Taken off by hand, as the text is parted below: each pattern that did it (`\s*[.;]$`, `\s*;\s*`, a case before a
// colon) read a long run of spaces once from each of its starts, and a fee of 60,000 spaces held lint for minutes.

/** A line without the ";" or "." that closes it as an item of a list. */
function withoutClosingMark(text: string): string {
  return text.endsWith('.') || text.endsWith(';') ? text.slice(0, -1).trimEnd() : text;
}

/** The parts of a text between its ";", without the white space around each ";". */
function partsAtSemicolons(text: string): string[] {
  const parts = text.split(';');
  return parts.map((part, i) => {
    const started = i > 0 ? part.trimStart() : part;
    return i < parts.length - 1 ? started.trimEnd() : started;
  });
}

// Any letter: a case is words.
const LETTER = /\p{L}/u;

/**
 * A case before its amount, as a fee by case writes each line ("Cấp lần đầu: 50.000 đồng/hồ sơ"): words with a
 * letter, then a colon, then the amount, on one line. The amount holds no colon, so a line of two is neither.
 */
function caseAndAmount(text: string): [words: string, amount: string] | undefined {
  const colon = text.indexOf(':');
  if (colon < 0 || text.includes(':', colon + 1) || text.includes('\n')) return undefined;
  const words = text.slice(0, colon).trimEnd();
  const amount = text.slice(colon + 1).trimStart();
  return LETTER.test(words) && amount !== '' ? [words, amount] : undefined;
}

/**
 * A line of a fee as procmap writes it: an amount alone or per something with its unit ("20000đ/bản" → "20.000
 * đồng/bản"), after the case it is for when one is written ("Cấp lại: 20000đ/bản" → "Cấp lại: 20.000 đồng/bản");
 * other text as written.
 */
export function canonicalFeeLine(text: string): string {
  const one = canonicalPart(text);
  if (one !== undefined) return one;
  // Charges joined by "; " ("Lệ phí: 100.000đ/lần; Phí: 50.000đ"), each written so when every one is an amount; a
  // part of other words ("miễn cho hộ nghèo") leaves the whole as written.
  const parts = partsAtSemicolons(withoutClosingMark(text));
  if (parts.length < 2) return text;
  const written = parts.map(canonicalPart);
  return written.every((part) => part !== undefined) ? written.join('; ') : text;
}

/** One charge as procmap writes it, alone or after the case it is for; undefined for text that is not one. */
function canonicalPart(text: string): string | undefined {
  const closed = withoutClosingMark(text.normalize('NFC').trim());
  const alone = canonicalAmount(closed);
  if (alone !== undefined) return alone;
  const labelled = caseAndAmount(closed);
  const amount = labelled && canonicalAmount(labelled[1]);
  return labelled && amount !== undefined ? `${labelled[0]}: ${amount}` : undefined;
}

// The marks an officer's cell or pasted text starts each line of a fee by case with: "- ", "+ ", "• ", "* ".
const LIST_MARK = /^\s*[-+•*]\s+/u;

/**
 * A fee of one line or several as procmap reads it: each line as canonicalFeeLine writes it, with its list mark taken
 * off when every line has one ("- Cấp mới: 200.000 đồng\n- Cấp lại: 100.000 đồng"), as a YAML list's items are.
 */
export function canonicalFeeText(text: string): string {
  if (!text.includes('\n')) return canonicalFeeLine(text);
  return (markedFeeLines(text) ?? text.split('\n')).map(canonicalFeeLine).join('\n');
}

/**
 * The lines of a fee pasted as one text with every line marked as a list's item ("- Cấp mới: …\n- Cấp lại: …"),
 * without their marks; undefined when a line is not marked: a mark on some lines only ("Lệ phí:\n- Cá nhân: …") says
 * they belong to the line above. Blank lines keep their place, as the printed fee keeps them.
 */
export function markedFeeLines(text: string): string[] | undefined {
  const lines = text.split('\n');
  if (!lines.every((line) => line.trim() === '' || LIST_MARK.test(line))) return undefined;
  return lines.map((line) => line.replace(LIST_MARK, ''));
}
