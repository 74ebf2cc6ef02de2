// The number before a section's heading. ISO documents number their sections in Arabic figures ("5.", "5.1.") or, as
// most administrative documents do, their parts in Roman ones ("I. MỤC ĐÍCH", "V. NỘI DUNG QUY TRÌNH") with Arabic
// sub-sections under them ("1. Điều kiện thực hiện"); a lettered item ("a) Thời hạn giải quyết") too. Every heading a
// document import looks for is matched after any of them.

/** A heading's number and the spaces after it, as a pattern's source to put before the heading's words, optional. */
export const HEADING_NUMBER = String.raw`(?:(?:\d+(?:\.\d+)*\.?|[IVXLC]+[.)]|[a-zđ]\))\s*)?`;

// A part numbered in capital Roman figures ("II. Phạm vi áp dụng"): a part of the document, whatever its words.
const ROMAN_PART = /^[IVXLC]+[.)]\s+\S/u;

/** Whether a line is the heading of a part numbered in Roman figures, which ends whatever section is above it. */
export function isRomanPart(line: string): boolean {
  return ROMAN_PART.test(line);
}
