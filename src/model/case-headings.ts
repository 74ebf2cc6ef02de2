import { symbolBulletOf } from './bulleted-lists.js';
import { foldToAscii } from './fold.js';
import { asciiLookalikes } from './lookalikes.js';

// A list's own label before a heading, which says nothing of the case: "a)", "b.", "(c)", "1)", "2.", "II.".
const LABEL = /^(?:\(?[a-zđ]\)|[a-zđ]\.|\(?\d{1,2}\)|\d{1,2}\.|[ivx]{1,4}[.)])\s+/iu;
// A case's number, sub-numbered as the national portal numbers the cases of a case: "1", "1.2", "2.1.3".
const NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})*`;
// The words the national portal and published procedures head a case with: "Trường hợp …", "Đối với …", "Nếu …",
// and the abbreviation "TH3", in folded ASCII.
const CASE_WORDS = /^(?:(?:truong hop|doi voi|neu)\s|th\s?\d)/;
// A case by its number, which no document's name starts with: "Trường hợp 1:", "Trường hợp 1.2:", "Trường hợp thứ
// nhất:", "TH3:"; its mark is no point between digits ("Trường hợp 1.5 triệu đồng" is no number 1).
const ORDINAL = String.raw`(?:${NUMBER}|thu\s+(?:nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi|\d{1,2}))`;
const NUMBERED = new RegExp(String.raw`^(?:truong hop\s*${ORDINAL}|th\s?${NUMBER})\s*[:.](?!\d)`);

/** A dossier item read as a case heading: the case as written, and whether its words name a case for sure. */
export interface CaseHeading {
  case: string;
  /** False for a line that only ends with a colon (`Giấy tờ khác:`): a heading's form, not a case's words. */
  sure: boolean;
}

/** The words of a heading after the list's label ("a) Trường hợp ủy quyền" → "truong hop uy quyen"), folded. */
function folded(text: string): string {
  return foldToAscii(withoutBullet(text).replace(LABEL, '')).replace(/\s+/g, ' ');
}

/**
 * A heading without the bullet pasted before it (`* Đối với …`, `• Trường hợp 1: …`), which says nothing of the case,
 * as a bulleted list's items are read; a list's label (`a)`, `2.`) stays, as the officer numbered the cases.
 */
function withoutBullet(text: string): string {
  const trimmed = text.trim();
  return trimmed.slice(symbolBulletOf(asciiLookalikes(trimmed)).length);
}

/** Whether a key or line opens with a case's words (`Trường hợp …`, `a) Đối với …`, `TH1`), as a heading of items does. */
export function isCaseWording(text: string): boolean {
  return CASE_WORDS.test(folded(asciiLookalikes(text).trim()));
}

/**
 * A dossier line as a case heading written flat among the items: one that ends with its colon (`Trường hợp 2:`,
 * `a) Trường hợp ủy quyền:`, `Đối với tổ chức nước ngoài:`), or a numbered case with words after its colon
 * (`Trường hợp 1: Cá nhân`, `Trường hợp thứ nhất: Cá nhân`, `TH3: Tổ chức`), full-width marks read as ASCII. Undefined
 * for a document, even one whose name holds "trường hợp" (`Giấy tờ chứng minh trường hợp được miễn lệ phí`) or
 * that starts so with its document after the colon (`Trường hợp ủy quyền: Giấy ủy quyền`).
 */
export function caseHeadingOf(line: string): CaseHeading | undefined {
  const written = withoutBullet(line);
  const ascii = asciiLookalikes(written);
  const label = LABEL.exec(ascii)?.[0].length ?? 0;
  if (NUMBERED.test(foldToAscii(ascii.slice(label)))) {
    // The heading's own mark (the first ":" or "." after the number, not one between its digits: the words before it
    // have none) and the number as ASCII, one space after it: "Trường hợp 1：Cá nhân" → "Trường hợp 1: Cá nhân",
    // "Trường hợp ２：" → "Trường hợp 2", "Trường hợp 1.2: Ủy quyền" as written.
    const end = label + ascii.slice(label).search(/[:.](?!\d)/) + 1;
    const rest = written
      .slice(end)
      .replace(/[:：]$/, '')
      .trim();
    const head = ascii.slice(0, end).trim();
    return { case: rest === '' ? head.slice(0, -1).trim() : `${head} ${rest}`, sure: true };
  }
  if (!ascii.endsWith(':')) return undefined;
  const heading = written.slice(0, -1).trim();
  return heading === '' ? undefined : { case: heading, sure: CASE_WORDS.test(folded(ascii)) };
}
