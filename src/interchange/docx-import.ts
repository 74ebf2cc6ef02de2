import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';
import { firstRepairedLine, legacyRepairedNote } from './legacy-text.js';
import type { WordDocument } from './docx-read.js';
import type { ColumnMap } from './columns.js';
import type { Sheet } from './sheets.js';
import { importSheets, isCatalogSheet, stepHeaderRow } from './workbook-import.js';
import { documentSections, withSections, type Sections } from './document-sections.js';
import { EFFECTIVE_FROM_ISSUE, factsOf, isStepRow, statedTotal, TOTAL_AS_LIMIT } from './docx-facts.js';
import { headerCommittee } from './header-block.js';
import { withStepTotal } from './step-total.js';
import { annexSheets } from './docx-annex.js';
import { channelTableLimit } from './channel-table-limit.js';
import { importAnnex } from './annex-import.js';
import { keyedByDefinitions } from './defined-keys.js';
import { joinSplitStepTables } from './split-step-tables.js';
import { withDefinitionLines } from './definition-lines.js';
import type { ImportOutcome } from './draft.js';
import { withoutLabelDash } from './field-labels.js';
import { fold, oneLine } from './text.js';
import { isAnnexHeading, unreadSections } from './unread-sections.js';

// An ISO process document in Word, as departments have kept them for years: a control header (mã hiệu, lần ban
// hành, ngày hiệu lực), the title after "QUY TRÌNH", labelled lines (lĩnh vực, thời hạn giải quyết…) and the step
// table (TT, Nội dung công việc, Trách nhiệm, Thời gian, Biểu mẫu). It becomes a one-row catalog sheet and its tables,
// which the spreadsheet import reads as it reads an approval annex.

/**
 * The sheets of a Word document for the spreadsheet import. An ISO document: one catalog row from its control header
 * and labelled lines, then its tables without their total and heading rows, and the sections a catalog has no column
 * for (documentSections); or what it lacks, in words. A document with a catalog table (a decision announcing
 * procedures): its tables as they are.
 */
export function sheetsOfDocument(
  document: WordDocument,
  map: ColumnMap = {},
  hoursPerDay?: number,
  effective?: string,
): { sheets: Sheet[]; sections?: Sections; warnings?: Translated[] } | { problem: Translated } {
  // A decision announcing a list of procedures holds a catalog table, read as a spreadsheet's, headings included.
  if (document.tables.some((table) => isCatalogSheet(table, map))) return { sheets: document.tables };
  const facts = factsOf(document, hoursPerDay);
  if (!facts.get('Tên thủ tục')) {
    // A document procmap wrote in English (`procmap doc --lang en`) heads its title "PROCESS": its labels are not read.
    const english = document.paragraphs.slice(0, 20).some((line) => /^PROCESS(?:\s|$)/u.test(line.trim()));
    // A body that embeds a web page (w:altChunk) holds its text in that page: Word converts it when it opens the file.
    return { problem: said(english ? 'wordEnglish' : document.embedded ? 'wordEmbedded' : 'wordNoTitle') };
  }
  // A copy of the national portal's page states the limit only in its table of ways of filing.
  const tableLimit = facts.get('Thời hạn giải quyết') ? undefined : channelTableLimit(document.tables);
  if (tableLimit) facts.set('Thời hạn giải quyết', tableLimit);
  if (!facts.get('Thời hạn giải quyết')) {
    // With no limit stated, the steps' total, said in the file's note: which an approved process may not let exceed the law's limit.
    const total = statedTotal(document.paragraphs, document.tables);
    if (!total) return { problem: said('wordNoLimit') };
    facts.set('Thời hạn giải quyết', total);
    facts.set('Ghi chú', TOTAL_AS_LIMIT);
  }
  const issuer = issuerOf(document, facts.get('Cơ quan thực hiện'));
  if (issuer && !facts.has('Cơ quan ban hành')) facts.set('Cơ quan ban hành', issuer);
  // A document made by hand names its committee in the header block, above the title: the issuer, and the agency
  // where no line names one; said, for the officer to check.
  const warnings: Translated[] = [];
  const committee = headerCommittee(document.paragraphs);
  if (committee && !facts.has('Cơ quan ban hành') && !facts.has('Cơ quan thực hiện')) {
    facts.set('Cơ quan thực hiện', committee);
    facts.set('Cơ quan ban hành', committee);
    warnings.push(said('agencyFromHeader', { agency: committee }));
  }
  // The effective date taken from the issue date: --effective gives it instead; else the import says so.
  if (EFFECTIVE_FROM_ISSUE.has(facts)) {
    if (effective) facts.delete('Ngày hiệu lực');
    else warnings.push(said('effectiveFromIssue', { date: facts.get('Ngày hiệu lực')! }));
  }
  const catalog: Sheet = { name: '', rows: [[...facts.keys()], [...facts.values()]] };
  const tables = document.tables.map((table) => {
    // An empty row (the column numbers' "(1) (2) (3)", left empty) is kept, that the rows below keep their numbers.
    const kept = table.rows.map((row) => isStepRow(row) || row.every((cell) => !cell));
    const mergedDown = table.mergedDown?.filter((_, r) => kept[r]);
    return { ...table, rows: table.rows.filter((_, r) => kept[r]), ...(mergedDown ? { mergedDown } : {}) };
  });
  // Definitions written as lines under their heading, when no table lists them.
  const isStepTable = (table: Sheet) => stepHeaderRow(table, map) !== undefined;
  // An annex ("PHỤ LỤC") holds the tables after its heading: those import reads nothing of are named.
  const annexAt = document.paragraphs.findIndex(isAnnexHeading);
  const starts = document.tableStarts;
  const inAnnex = (i: number) => annexAt >= 0 && starts !== undefined && (starts[i] ?? 0) > annexAt;
  const sections = withDefinitionLines(documentSections(document, isStepTable, inAnnex), document.paragraphs);
  const unread = unreadSections(document.paragraphs);
  if (unread.length > 0) sections.unreadSections = unread;
  return { sheets: [catalog, ...tables], sections, warnings };
}

// Names compared as the header prints them: in capitals, on any number of lines.
const capitals = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleUpperCase('vi');

/**
 * The issuing body, as written, of an ISO document whose control header prints it in capitals: the document's author
 * (procmap writes the issuer there) when the header's issuer cell is that name in capitals, and it is not the agency
 * (which the header prints when there is no issuer). Undefined otherwise: a name in capitals cannot be written back
 * in its own case, and an author is most often a person.
 */
function issuerOf(document: WordDocument, agency: string | undefined): string | undefined {
  const { headerIssuer, creator } = document;
  if (!headerIssuer || !creator || capitals(headerIssuer) !== capitals(creator)) return undefined;
  return agency !== undefined && capitals(agency) === capitals(creator) ? undefined : creator;
}

/**
 * The procedures of a Word document, as the spreadsheet import reads them: an annex of internal processes gives one
 * per procedure heading (docx-annex.ts); an ISO document, one with its sections; a decision announcing procedures,
 * one per row of its catalog table. Or what the document lacks, in words.
 */
export function importWordDocument(
  document: WordDocument,
  file: string,
  options: { map?: ColumnMap; effective?: string | undefined; hoursPerDay?: number | undefined } = {},
): ImportOutcome[] | { problem: Translated } {
  const map = options.map ?? {};
  const { effective, hoursPerDay } = options;
  // A step table split over pages, its header not repeated, is one table again; rows that continue none are kept.
  const { document: split, unread } = joinSplitStepTables(document, map);
  // Decisions announcing procedures write each field after a list dash ("- Thời hạn giải quyết: …"): read as the label.
  const joined = { ...split, paragraphs: split.paragraphs.map(withoutLabelDash) };
  const annex = annexSheets(joined, map, effective, 2, hoursPerDay);
  if (annex) {
    const outcomes = importAnnex(annex, file, { map, effective, hoursPerDay });
    return 'problem' in outcomes ? outcomes : withRepaired(withNotes(outcomes, document.notes), document);
  }
  const read = sheetsOfDocument(joined, map, hoursPerDay, effective);
  if ('problem' in read) return read;
  read.sections?.unread.push(...unread);
  // A document names its bodies, and its definitions may give their keys: a workbook's keys are its own.
  // A document procmap wrote prints its times in the words of its short form: read back as that form.
  const printedTimes = printedByProcmap(joined);
  const outcomes = withSections(
    importSheets(read.sheets, file, { map, effective, documentTables: true, hoursPerDay, printedTimes }),
    read.sections,
  ).map((outcome) =>
    outcome.imported
      ? { ...outcome, imported: { ...outcome.imported, procedure: keyedByDefinitions(outcome.imported.procedure) } }
      : outcome,
  );
  // What the header block gave is said with each procedure.
  const header = read.warnings ?? [];
  const withSaid = outcomes.map((outcome) =>
    outcome.imported && header.length > 0
      ? { ...outcome, imported: { ...outcome.imported, warnings: [...header, ...outcome.imported.warnings] } }
      : outcome,
  );
  // The total the step table prints is said where its steps do not add up to it.
  const totals = withStepTotal(withSaid, statedTotal(joined.paragraphs, joined.tables), hoursPerDay);
  return withRepaired(withNotes(totals, document.notes), document);
}

/** Each procedure with the note that the document's text of a UTF-8 file read as ANSI was read as written. */
function withRepaired(outcomes: ImportOutcome[], document: WordDocument): ImportOutcome[] {
  const { repaired } = document;
  const said_ = repaired ? firstRepairedLine(repaired.text, repaired.fixed) : undefined;
  const ansi = repaired && said_ ? said('wordAnsiRepaired', { count: repaired.count, ...said_ }) : undefined;
  const legacy = document.legacy ? legacyRepairedNote(document.legacy, 'paragraphs') : undefined;
  const warnings = [ansi, legacy].filter((warning): warning is Translated => warning !== undefined);
  if (warnings.length === 0) return outcomes;
  return outcomes.map((outcome) =>
    outcome.imported
      ? { ...outcome, imported: { ...outcome.imported, warnings: [...warnings, ...outcome.imported.warnings] } }
      : outcome,
  );
}

// A note's paragraph, as the file's note names it: enough words to find the mark in the document.
const NOTE_AFTER_CHARS = 80;

/**
 * Each procedure with the document's footnotes and endnotes kept in its note, by the mark Word prints and the
 * paragraph it stands in, and said: a note most often qualifies a limit or a fee, which no field of the file holds.
 */
function withNotes(outcomes: ImportOutcome[], notes: WordDocument['notes']): ImportOutcome[] {
  if (!notes || notes.length === 0) return outcomes;
  const lines = notes.map(({ kind, mark, after, text }) => {
    const at = after.length > NOTE_AFTER_CHARS ? `${after.slice(0, NOTE_AFTER_CHARS - 1)}…` : after;
    const label = kind === 'footnote' ? 'Chú thích' : 'Chú thích cuối văn bản';
    return `${label} ${mark}${at ? ` (sau "${at}")` : ''}: ${oneLine(text)}`;
  });
  const count = notes.length;
  return outcomes.map((outcome) =>
    outcome.imported
      ? {
          ...outcome,
          imported: {
            ...outcome.imported,
            notes: [...outcome.imported.notes, ...lines],
            warnings: [...outcome.imported.warnings, said('wordNotesKept', { count, s: count === 1 ? '' : 's' })],
          },
        }
      : outcome,
  );
}

// The row procmap's document prints the steps' computed total on, "Tổng thời gian các bước (đường găng)": no officer
// computes a critical path, so a document that has it is one procmap wrote.
const CRITICAL_PATH_ROW = /^tong thoi gian cac buoc \(duong gang\)$/;

/** Whether a Word document is one procmap wrote (`procmap doc --format docx`): its time table has the critical path. */
function printedByProcmap(document: WordDocument): boolean {
  return document.tables.some((table) => table.rows.some((row) => CRITICAL_PATH_ROW.test(fold(oneLine(row[0] ?? '')))));
}
