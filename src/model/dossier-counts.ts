import { memoByText } from './text-memo.js';
import { foldToAscii } from './fold.js';

/** A dossier item's counts as read from its words: originals (bản chính), copies (bản sao), or both. */
export interface DossierCounts {
  originals?: number;
  copies?: number;
}

// A count as the national record and published tables write it: digits, or the small numbers in words.
const NUMBER = String.raw`(\d{1,3}|mot|hai|ba|bon|nam)`;
const WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, nam: 5 };
// The original: "bản chính", or "bản gốc", as the paper an office issued (a certificate) is called.
const ORIGINAL = String.raw`ban (?:chinh|goc)`;
// "01 bản chính", "01 bản sao"; the two together, "01 bản chính và 01 bản sao", "01 bản chính, 02 bản sao".
const ORIGINALS = new RegExp(String.raw`^${NUMBER} ${ORIGINAL}$`);
const COPIES = new RegExp(String.raw`^${NUMBER} ban sao$`);
const BOTH = new RegExp(String.raw`^${NUMBER} ${ORIGINAL}(?: va | ?[,;+] ?| ?[-–—] ?)${NUMBER} ban sao$`);
// The national portal's own wording: "Bản chính: 1 - Bản sao: 0" (SOBANCHINH, SOBANSAO).
const PORTAL = /^ban chinh ?: ?(\d{1,3}) ?[-–—,;] ?ban sao ?: ?(\d{1,3})$/;
// One kind named before or after its number, as officers label a count column's cell: "Bản sao: 01", "bản sao (01)",
// "01 (bản sao)", "Bản chính: 01". The kind is the word's, whichever column the cell stands in.
const LABELLED = new RegExp(
  String.raw`^(?:(${ORIGINAL}|ban sao) ?(?:: ?${NUMBER}|\( ?${NUMBER} ?\))|${NUMBER} ?\( ?(${ORIGINAL}|ban sao) ?\))$`,
);

const countOf = (text: string) => WORDS[text] ?? Number(text);

// The mark Word's lists end an item with, "Tờ khai: 01 bản chính;", the last "01 bản chính.", as an input method
// types them too ("；", "。"); a count's own brackets and words end otherwise.
const LIST_END = /\s*[;.,；。，]\s*$/u;

/** A dossier item's line or quantity without the ";", "." or "," a pasted list ends it with. */
export function withoutListEnd(text: string): string {
  return text.replace(LIST_END, '');
}

/**
 * The counts a dossier item's quantity states ("01 bản gốc" is an original), or undefined for words that state none
 * ("xuất trình bản chính", "bản sao có chứng thực", "01 bản chính hoặc bản sao": one or the other), which stay text.
 */
export function dossierCounts(text: string): DossierCounts | undefined {
  // A copy each time: a caller may change what it gets.
  const counts = countsRead(text);
  return counts && { ...counts };
}

// A catalog writes a handful of quantities ("01 bản chính", "01 bản sao") many thousand times, each read through NFC,
// the fold to ASCII and four expressions: read once each.
const countsRead = memoByText(countsIn);

/** dossierCounts, read afresh. */
function countsIn(text: string): DossierCounts | undefined {
  const words = foldToAscii(withoutListEnd(text.normalize('NFC')))
    .replace(/\s+/g, ' ')
    .trim();
  const both = BOTH.exec(words) ?? PORTAL.exec(words);
  if (both) return { originals: countOf(both[1]!), copies: countOf(both[2]!) };
  const originals = ORIGINALS.exec(words);
  if (originals) return { originals: countOf(originals[1]!) };
  const copies = COPIES.exec(words);
  if (copies) return { copies: countOf(copies[1]!) };
  const labelled = LABELLED.exec(words);
  if (!labelled) return undefined;
  const kind = labelled[1] ?? labelled[5]!;
  const count = countOf((labelled[2] ?? labelled[3] ?? labelled[4])!);
  return kind === 'ban sao' ? { copies: count } : { originals: count };
}

// The portal's counts at the end of an item's line, after a colon, ";", ",", a dash between spaces or in brackets, as
// its pages and pasted tables write them: "Đơn (Mẫu 01): Bản chính: 1 - Bản sao: 0", "Đơn - Bản chính: 1 - Bản sao:
// 0", "Đơn (Bản chính: 1 - Bản sao: 0)". A bracket closes only what it opened.
const PORTAL_COUNTS = String.raw`(?:bản chính|ban chinh)\s*:\s*\d{1,3}\s*[-–—,;]\s*(?:bản sao|ban sao)\s*:\s*\d{1,3}`;
const PORTAL_TAIL = new RegExp(
  String.raw`(?:\s*[:;,]\s*|\s+[-–—]\s+|\s*)(${PORTAL_COUNTS})\s*$|\s*\(\s*(${PORTAL_COUNTS})\s*\)\s*$`,
  'iu',
);

/**
 * Where the portal's "Bản chính: N - Bản sao: M" ends an item's line (after a separator or in brackets), its words
 * and the counts; undefined when it does not.
 */
export function portalCounts(text: string): { at: number; words: string; counts: DossierCounts } | undefined {
  const match = PORTAL_TAIL.exec(text);
  if (!match || match.index === 0) return undefined;
  const words = (match[1] ?? match[2])!;
  const counts = dossierCounts(words);
  return counts ? { at: match.index, words, counts } : undefined;
}

// A quantity in words that is the original's: it names the original before any copy, or says it is shown.
const ORIGINAL_WORDS = /^(?:(?!ban sao).)*(?:ban chinh|ban goc|xuat trinh)/;

/**
 * Whether a quantity in words belongs in a document's "Bản chính" column: it names the original first ("01 bản chính
 * hoặc bản sao có chứng thực", "bản gốc") or says the original is shown ("xuất trình bản chính", "xuất trình"); else it
 * is the copies'.
 */
export function isOriginalsText(text: string): boolean {
  return ORIGINAL_WORDS.test(foldToAscii(text));
}

/**
 * The number a quantity in words gives of copies alone ("02 bản sao", "hai bản sao"); undefined for any other words,
 * among them those that say what kind of copy ("01 bản sao có chứng thực"), which the document must keep.
 */
export function copiesCount(text: string): number | undefined {
  const counts = dossierCounts(text);
  return counts?.originals === undefined ? counts?.copies : undefined;
}

/**
 * Whether a procedure's dossier counts originals anywhere: then the document gives originals and copies columns of
 * their own, and a count under `copies` is one of copies; until then it is a number of papers ("01 bản").
 */
export function countsOriginals(dossier: readonly { originals?: unknown }[] | undefined): boolean {
  return (dossier ?? []).some((item) => item.originals !== undefined);
}

// A count of papers with no kind: "01 bản", "hai bản" (neither "bản chính" nor "bản sao"); or of sets of a paper, "01
// bộ" (a set of drawings, of a form's pages), which says no kind either.
const PLAIN = new RegExp(String.raw`^${NUMBER} (ban|bo)$`);
// The count and a remark after it, in brackets or after a comma: "01 bản (kèm bản điện tử)", "01 bản, kèm tệp".
const WITH_REMARK = /^(\S+\s+\S+)(\s*\([^()]{1,100}\)|\s*[,;]\s+[^()]{1,100})$/u;
// Words of a remark that say the kind after all ("01 bản (bản sao có chứng thực)"): no remark, a kind of its own.
const KIND_WORDS = /\b(?:ban (?:chinh|goc|sao|chup|photo)|photo|xuat trinh|chung thuc|cong chung|sao y|sao luc)\b/;

const SECOND_WORD_B = /^\S+\s+[bB]/;

/** A count of papers with no kind as written: the count (`01 bản`), and a remark after it that names no kind. */
export interface PlainCount {
  number: number;
  count: string;
  /** As written after the count, its brackets or comma included (` (kèm bản điện tử)`); empty without one. */
  remark: string;
  /** A count of sets (`01 bộ`), not of papers: no number alone says it, only its words. */
  set: boolean;
}

/**
 * A count of papers or sets with no kind ("01 bản", "hai bản", "01 bộ"), with a remark after it that names none ("01
 * bản (kèm bản điện tử)": still one paper of no kind); undefined for any other words.
 */
export function plainCountOf(text: string): PlainCount | undefined {
  // A copy each time, as dossierCounts gives: a caller may change what it gets.
  const plain = plainRead(text);
  return plain && { ...plain };
}

// A catalog writes the same few counts ("01 bản sao", "01 bản") in file after file, each read through NFC, the fold to
// ASCII and three expressions: read once each.
const plainRead = memoByText(plainIn);

/** plainCountOf, read afresh. */
function plainIn(text: string): PlainCount | undefined {
  const written = text.normalize('NFC').trim();
  // Most texts asked about are papers' names ("Đơn đề nghị…"): a count's second word is "bản" or "bộ", so a text whose
  // second word starts with another letter is no count, known without folding it.
  if (!SECOND_WORD_B.test(written)) return undefined;
  const remarked = WITH_REMARK.exec(written);
  const [count, remark] =
    remarked && !KIND_WORDS.test(foldToAscii(remarked[2]!)) ? [remarked[1]!, remarked[2]!] : [written, ''];
  const plain = PLAIN.exec(foldToAscii(count).replace(/\s+/g, ' '));
  return plain ? { number: countOf(plain[1]!), count, remark, set: plain[2] === 'bo' } : undefined;
}

/**
 * A count with no kind given one, its remark kept: "01 bản" → "01 bản chính", a set's "01 bộ" → "01 bộ bản chính"
 * ("bộ chính" is no Vietnamese).
 */
export function withKind(plain: PlainCount, kind: 'chính' | 'sao'): string {
  return `${plain.count}${plain.set ? ' bản' : ''} ${kind}${plain.remark}`;
}

/** The number a count of papers with no kind gives ("01 bản", "01 bản (kèm bản điện tử)"); undefined for other words. */
export function plainCount(text: string): number | undefined {
  return plainCountOf(text)?.number;
}

// What an applicant fills in and signs, so hands in as the original: an application (đơn, văn bản or giấy đề nghị),
// a declaration (tờ khai, bản khai), a form (phiếu). "Đơn vị", "đơn giá" are no application.
const APPLICATION = /^(?:don(?! (?:vi|gia)\b)|to khai|ban khai|phieu|(?:van ban|giay) de nghi)\b/;

/** Whether a dossier item is an application, declaration or form, which the applicant hands in as the original. */
export function isApplication(name: string): boolean {
  return APPLICATION.test(foldToAscii(name.normalize('NFC')).trim());
}
