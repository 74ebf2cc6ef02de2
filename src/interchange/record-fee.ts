import { feeAmount } from '../model/fee-amount.js';
import { nothingSaid } from '../model/none-words.js';
import { clean } from './text.js';

// The fees of a national record (THOIGIAN[].PHILEPHI[]) as the text a procedure file and its documents print:
// "Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người". The record gives the amount (SOTIEN), what it is
// (MOTA) and its unit (DONVI, "Đồng/lần/người") apart; each must reach the text, or the note.

type JsonObject = Record<string, unknown>;

/** The keys of a fee entry the text is made of, under each name records use; the others go to the note. */
const AMOUNT_KEYS = ['SOTIEN', 'MUCPHI', 'PHI'] as const;
const WHAT_KEYS = ['MOTA', 'TENPHILEPHI', 'LOAIPHI'] as const;

// A unit in đồng, and what it is counted by: "Đồng/lần/người" → "/lần/người"; "Đồng" alone says no more than "đồng".
const DONG_UNIT = /^(?:đồng|vnđ|vnd|đ)\s*(\/.*)?$/iu;

// What a unit counts by starts in lower case in the text, as the words after an amount do ("đồng/Trường hợp" →
// "đồng/trường hợp"); an abbreviation in capitals ("/GCN") stays.
const COUNTED_BY = /\/(\p{Lu})(?!\p{Lu})/gu;

/** What an amount in đồng is counted by, as the text prints it: "/Lần/Người" → "/lần/người". */
function countedBy(unit: string | undefined): string {
  return (unit ?? '').replace(COUNTED_BY, (_, letter: string) => `/${letter.toLowerCase()}`);
}

// An amount in đồng a description states itself: "Lệ phí: 50.000 đồng", "8.000đ/bản".
const STATED_AMOUNT = /(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:đồng|vnđ|vnd|đ)(?!\p{L})/giu;

/** The amounts in đồng a description states, as numbers: "Lệ phí: 50.000 đồng" → [50000]. */
function statedAmounts(what: string): number[] {
  return [...what.matchAll(STATED_AMOUNT)].map((found) => Number(found[1]!.replace(/[.,\s]/g, '')));
}

// A description that already says the fee is not charged: "Miễn lệ phí…", "Không thu phí".
const FREE_WORDS = /miễn|không (?:thu|phải nộp|mất)/iu;

/** What the document prints for a fee of 0 đồng (render/document/view.ts prints a channel's 0 so too). */
const FREE = 'Miễn phí';

/** What the text says for a fee of 0 that names no charge: there is none, as a channel's "Không" says. */
const NO_FEE = 'Không';

function textOf(value: unknown): string {
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number') return String(value);
  return '';
}

function first(entry: JsonObject, keys: readonly string[]): string {
  for (const key of keys) if (entry[key] !== undefined && entry[key] !== null) return textOf(entry[key]);
  return '';
}

/** A fee whose description states amounts other than its amount field: what it says, and the amount beside it. */
export interface DifferingFee {
  /** The description as written, kept as the fee's text: "Lệ phí: 50.000 đồng/hồ sơ". */
  written: string;
  /** The amount field (SOTIEN), in đồng, kept in the note: 30000. */
  amount: number;
}

/** One fee entry as text, the keys it read (the others are the note's), and the amounts it gives two of. */
function entryFee(entry: JsonObject): { text: string; read: string[]; differs?: DifferingFee; free?: true } {
  const amountText = first(entry, AMOUNT_KEYS);
  const what = first(entry, WHAT_KEYS);
  const unit = textOf(entry.DONVI);
  const read: string[] = [...AMOUNT_KEYS, ...WHAT_KEYS];
  const amount = /^\d+$/.test(amountText) ? Number(amountText) : feeAmount(amountText);
  const dong = DONG_UNIT.exec(unit);
  // A description that says there is none ("Không") names no fee: with no amount, or 0, or "Không" again, the entry
  // says once that there is no fee, as a 0 without a description does, never "Không: Miễn phí".
  if (nothingSaid(what) === 'none' && (amount === 0 || !amountText || nothingSaid(amountText) === 'none')) {
    if (!unit || dong) read.push('DONVI');
    return { text: NO_FEE, read };
  }
  let money: string;
  // An amount of 0 and nothing more is how procmap's export writes a fee of 0 (free): the caller gives back 0.
  if (amount === 0 && !what) {
    if (!unit || dong) read.push('DONVI');
    return { text: NO_FEE, read, free: true };
  }
  if (amount === 0) {
    // 0 with a description that says so ("Miễn lệ phí…"), or that states the amounts itself ("2.000 đồng/trang"),
    // says it all; otherwise the 0 is the news: "Lệ phí đăng ký kết hôn: Miễn phí", never the bare name of a fee.
    money = what && (FREE_WORDS.test(what) || /\d/.test(what)) ? '' : what ? FREE : NO_FEE;
    if (!unit || dong) read.push('DONVI');
  } else if (amount !== undefined && statedAmounts(what).length > 0) {
    // A description that states the amounts itself ("Lệ phí: 50.000 đồng") says it all: the amount again would read
    // "Lệ phí: 50.000 đồng: 50.000 đồng". One it does not state, or a unit's count it leaves out ("/hồ sơ"), is
    // kept in the note rather than published beside amounts that may say otherwise.
    money = '';
    // Which amount is right is the officer's to decide: the written text is kept, and the report says both.
    const differs = !statedAmounts(what).includes(amount);
    if (differs) read.splice(0, AMOUNT_KEYS.length);
    if (!unit || (dong && (!dong[1] || what.toLowerCase().includes(countedBy(dong[1]).toLowerCase()))))
      read.push('DONVI');
    if (differs) return { text: what, read, differs: { written: what, amount } };
  } else if (amount !== undefined) {
    money = `${amount.toLocaleString('vi-VN')} ${dong || !unit ? `đồng${countedBy(dong?.[1])}` : unit}`;
    read.push('DONVI');
  } else {
    // An amount in words ("50.000 đồng/hồ sơ", "Không") is written as the record gives it; its unit, if any, is kept.
    money = amountText;
  }
  return { text: [what, money].filter(Boolean).join(': '), read };
}

/**
 * The fee text of a time entry's PHILEPHI list (0 for a lone amount of 0 with no description), entries joined by "; ", or undefined when it gives none. `keep` is
 * given each entry with the keys the text holds, for the caller to keep the rest (MAPHILEPHI, a unit not used);
 * `differs`, each entry whose description states another amount than its amount field, for the caller to warn.
 */
export function recordFee(
  entries: readonly unknown[],
  keep: (entry: JsonObject, read: readonly string[], index: number) => void,
  differs: (fee: DifferingFee) => void = () => undefined,
): string | number | undefined {
  let free = false;
  const parts = entries.map((entry, i) => {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return textOf(entry);
    const fee = entryFee(entry as JsonObject);
    keep(entry as JsonObject, fee.read, i);
    if (fee.differs) differs(fee.differs);
    free = entries.length === 1 && fee.free === true;
    return fee.text;
  });
  // A lone amount of 0 is a fee of 0, as the file wrote it (export → import gives back `fee: 0`, never "Không").
  if (free) return 0;
  const texts = parts.filter(Boolean);
  // Joined, an entry's closing "." or ";" would stand before the "; " that joins it (".; "); alone it stays as written.
  return (texts.length > 1 ? texts.map((text) => text.replace(/\s*[.;]$/u, '')) : texts).join('; ') || undefined;
}
