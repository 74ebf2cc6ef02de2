import type { Procedure } from '../model/types.js';
import { linesUnder, type Sections } from './document-sections.js';
import { clean } from './text.js';
import { HEADING_NUMBER } from './heading-number.js';

type Definition = NonNullable<Procedure['definitions']>[number];

// Many ISO documents list their abbreviations as lines under the heading rather than in a table:
// "4. Định nghĩa, viết tắt", then "- TTPVHCC: Trung tâm Phục vụ hành chính công tỉnh", "BPMC - Bộ phận Một cửa".

/** The heading definitions are written as lines under ("4. Định nghĩa, viết tắt", "Các từ viết tắt:"). */
export const DEFINITIONS_HEADING = new RegExp(
  `^${HEADING_NUMBER}(?:các\\s+)?(?:định nghĩa|thuật ngữ|từ ngữ|(?:chữ |từ )?viết tắt)(?:,?\\s*(?:và\\s+)?(?:các\\s+)?(?:chữ |từ )?viết tắt)?\\s*[:：]?$`,
  'iu',
);
// A list mark before the term: "- ", "+ ", "• ", "a) ", "1. ".
const MARK = /^(?:[-+•*–]\s*|[a-zđ]\)\s*|\d+[.)]\s+)/iu;
// The term, short and without a full stop, then ":" or a dash between spaces (a term may hold one: "LĐ-TB&XH"), or "=".
const LINE = /^([^:：=]{1,30}?)\s*(?:[:：=]|\s[-–—]\s)\s*(\S.*)$/u;

/** A line "TERM: meaning" (or "TERM - meaning") as a definition, or undefined for a line that is none. */
function definitionOf(line: string): Definition | undefined {
  const match = LINE.exec(line.replace(MARK, '').trim());
  if (!match) return undefined;
  const term = match[1]!.trim();
  const meaning = clean(match[2]!).replace(/[;.]$/u, '').trim();
  return term === '' || meaning === '' ? undefined : { term, meaning };
}

/** Whether a term reads as an abbreviation: short, few words, more capitals than small letters (TTHC, Sở TN&MT). */
function isAbbreviation(term: string): boolean {
  const capitals = term.match(/\p{Lu}/gu)?.length ?? 0;
  const small = term.match(/\p{Ll}/gu)?.length ?? 0;
  return term.length <= 20 && term.split(/\s+/u).length <= 3 && capitals >= 2 && capitals > small;
}

/**
 * The definitions of a line: several when it lists them after semicolons ("UBND: Ủy ban nhân dân; TTHC: Thủ tục hành
 * chính"), each part after the first an abbreviation and its meaning in words; else the line's one definition, a
 * semicolon in its meaning kept ("BPMC: Bộ phận Một cửa; nơi tiếp nhận hồ sơ"), or none.
 */
function definitionsOf(line: string): Definition[] {
  const [first, ...rest] = line.split(/\s*;\s*/u);
  const parts = rest.filter((part) => part.trim() !== '').map(definitionOf);
  const listed =
    parts.length > 0 &&
    parts.every((part) => part !== undefined && isAbbreviation(part.term) && /\p{L}/u.test(part.meaning));
  const head = listed ? definitionOf(first!) : undefined;
  if (head) return [head, ...(parts as Definition[])];
  const whole = definitionOf(line);
  return whole ? [whole] : [];
}

// A section's heading: its number in parts ("5.7. Các bước"), or in one part before words that define nothing ("5. Nội
// dung quy trình"; "1. UBND: Ủy ban nhân dân" is a numbered definition). Under a heading without a number of its own,
// nothing else says where the definitions end.
const SECTION_NUMBER = /^\d+(\.\d+)*\.?\s+\S/u;

/** Whether a line under the definitions' heading is the next section's heading. */
function isSectionHeading(line: string): boolean {
  const numbered = SECTION_NUMBER.exec(line.trim());
  return numbered !== null && (numbered[1] !== undefined || definitionOf(line) === undefined);
}

/**
 * The definitions a document writes as lines under its heading ("Định nghĩa, viết tắt", "Các từ viết tắt"), and the
 * lines there that define nothing, to keep in the note. Nothing when the heading has no such lines.
 */
export function definitionLines(paragraphs: readonly string[]): { definitions: Definition[]; unread: string[] } {
  const definitions: Definition[] = [];
  const unread: string[] = [];
  paragraphs.forEach((line, i) => {
    if (!DEFINITIONS_HEADING.test(line.trim())) return;
    for (const under of linesUnder(paragraphs, i)) {
      if (isSectionHeading(under)) break;
      const found = definitionsOf(under);
      if (found.length > 0) definitions.push(...found);
      else unread.push(`Định nghĩa, viết tắt: ${under.trim()}`);
    }
  });
  return { definitions, unread };
}

/**
 * A document's sections with the definitions its lines give, unless a table gave some; lines under the heading that
 * define nothing are kept in the note, as a table's unread rows are.
 */
export function withDefinitionLines(sections: Sections, paragraphs: readonly string[]): Sections {
  if ((sections.fields.definitions?.length ?? 0) > 0) return sections;
  const { definitions, unread } = definitionLines(paragraphs);
  return {
    ...sections,
    fields: definitions.length > 0 ? { ...sections.fields, definitions } : sections.fields,
    unreadLines: [...(sections.unreadLines ?? []), ...unread],
  };
}
