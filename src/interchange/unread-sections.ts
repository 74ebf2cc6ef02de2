import { DEFINITIONS_HEADING } from './definition-lines.js';
import { endsSection, sectionNumber } from './document-sections.js';
import { isFieldLine } from './field-labels.js';
import { isRomanPart } from './heading-number.js';
import { fold } from './text.js';

// The sections of an ISO document that import reads nothing of (a heading and the paragraphs under it: "7. LƯU Ý",
// an annex of forms), named in the report so that the officer copies them into the file by hand: never dropped unsaid.

/** A section of paragraphs import does not read: its heading as written, where it is, how many paragraphs it holds. */
export interface UnreadSection {
  heading: string;
  /** The heading's paragraph, counting the document's paragraphs outside tables from 1 (page headers first). */
  paragraph: number;
  /** The paragraphs under it, outside tables, that say something (not "Không", not a field import reads). */
  count: number;
}

// A section number, a heading in capitals, or a short heading ending in a colon ("Lưu ý:"), as documents head sections.
const NUMBERED = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+\p{Lu}/u;
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const SHORT_LABEL = /^\p{Lu}[\p{L} ,/]{0,40}[:：]$/u;
// Headings that hold what other readers take (the step table, the flowchart's image, the sign-off, the history's
// table), or only sections below them ("5. NỘI DUNG QUY TRÌNH"): none is a section of text left unread.
const STRUCTURE =
  /^(?:noi dung(?: (?:quy trinh|thuc hien|chi tiet))?|luu do(?: (?:quy trinh|thuc hien|xu ly))?|so do(?: quy trinh)?|quy trinh(?: (?:xu ly|thuc hien|giai quyet))?(?: (?:cong viec|ho so|thu tuc))?|(?:mo ta |cac buoc )?(?:trinh tu|tien trinh|cac buoc)(?: (?:xu ly|giai quyet|thuc hien))?(?: (?:cong viec|ho so))?|(?:bang )?theo doi (?:sua doi|thay doi)(?: tai lieu)?|soan thao|kiem tra|phe duyet|nguoi (?:lap|soan thao|kiem tra|phe duyet))$/;
// An annex at the end ("PHỤ LỤC", "Phụ lục 01: Biểu mẫu"): everything under it, its forms' own headings included.
const ANNEX = /^phu luc\b/;
// What a document prints where a section is empty.
const NOTHING = /^(?:không|không có|chưa quy định|not specified|none|[-–—])\.?$/iu;

/** Whether a line is a short label alone ("Lưu ý:"), as a document heads a section; not a sentence ending in a colon. */
export function isLabelAlone(line: string): boolean {
  return SHORT_LABEL.test(line);
}

/** A heading's words without its number ("5.7. Lưu đồ" → "luu do"), folded, without a closing colon. */
function headingWords(line: string): string {
  return fold(line.replace(/^(?:\d+(?:\.\d+)*\.?|[IVXLC]+[.)]|[a-zđ]\))\s*/u, '').replace(/[:：.]\s*$/u, '')).trim();
}

/** Whether a line heads a section: numbered ("7. Lưu ý"), in Roman figures, in capitals, or a short label alone. */
function isHeading(line: string, section: number[] | undefined): boolean {
  if (line.length > 150 || !endsSection(line, section)) return false;
  return NUMBERED.test(line) || isRomanPart(line) || CAPITALS.test(line) || SHORT_LABEL.test(line);
}

/**
 * The sections of a document's paragraphs that no reader of the import takes: from the first section it reads (the
 * control header and title above it are read otherwise), each heading that is no field import reads (isFieldLine)
 * nor part of the document's frame (STRUCTURE), with the paragraphs under it up to the next heading; an annex to the
 * next annex or the end. Tables are not paragraphs: those import does not read are named on their own.
 */
export function unreadSections(paragraphs: readonly string[]): UnreadSection[] {
  const found: UnreadSection[] = [];
  let started = false;
  let open: (UnreadSection & { number: number[] | undefined; skip: boolean; annex: boolean }) | undefined;
  const close = () => {
    if (open && !open.skip && open.count > 0)
      found.push({ heading: open.heading, paragraph: open.paragraph, count: open.count });
  };
  paragraphs.forEach((text, i) => {
    const line = text.trim();
    const annex = ANNEX.test(headingWords(line)) && line.length <= 150;
    const heading = annex || (!open?.annex && isHeading(line, open?.number));
    if (heading) {
      // Definitions written as lines are read by definition-lines.ts, under headings of their own wording.
      const read = isFieldLine(line) || DEFINITIONS_HEADING.test(line);
      // The first section the import reads, or any numbered one, starts the body: the header block is above it.
      if (!started && !read && !NUMBERED.test(line) && !isRomanPart(line) && !annex) return;
      started = true;
      close();
      const skip = read || STRUCTURE.test(headingWords(line));
      open = { heading: line, paragraph: i + 1, count: 0, number: sectionNumber(line), skip, annex };
      return;
    }
    if (!open || open.skip || NOTHING.test(line)) return;
    if (!open.annex && isFieldLine(line)) return;
    open.count++;
  });
  close();
  return found;
}

/** Whether a heading names an annex ("PHỤ LỤC", "Phụ lục 01: Biểu mẫu"), whose tables import names when it reads none. */
export function isAnnexHeading(line: string): boolean {
  return ANNEX.test(headingWords(line.trim()));
}
