import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';
import type { WordDocument } from './docx-read.js';
import type { ColumnMap } from './columns.js';
import type { Sheet } from './sheets.js';
import { importSheets, isCatalogSheet } from './workbook-import.js';
import { documentSections, withSections, type Sections } from './document-sections.js';
import { factsOf, isStepRow, statedTotal, TOTAL_AS_LIMIT } from './docx-facts.js';
import { annexSheets } from './docx-annex.js';
import { importAnnex } from './annex-import.js';
import type { ImportOutcome } from './draft.js';

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
): { sheets: Sheet[]; sections?: Sections } | { problem: Translated } {
  // A decision announcing a list of procedures holds a catalog table, read as a spreadsheet's, headings included.
  if (document.tables.some((table) => isCatalogSheet(table, map))) return { sheets: document.tables };
  const facts = factsOf(document);
  if (!facts.get('Tên thủ tục')) return { problem: said('wordNoTitle') };
  if (!facts.get('Thời hạn giải quyết')) {
    // With no limit stated, the steps' total, said in the file's note: which an approved process may not let exceed the law's limit.
    const total = statedTotal(document.paragraphs, document.tables);
    if (!total) return { problem: said('wordNoLimit') };
    facts.set('Thời hạn giải quyết', total);
    facts.set('Ghi chú', TOTAL_AS_LIMIT);
  }
  const catalog: Sheet = { name: '', rows: [[...facts.keys()], [...facts.values()]] };
  const tables = document.tables.map((table) => ({ ...table, rows: table.rows.filter(isStepRow) }));
  return { sheets: [catalog, ...tables], sections: documentSections(document) };
}

/**
 * The procedures of a Word document, as the spreadsheet import reads them: an annex of internal processes gives one
 * per procedure heading (docx-annex.ts); an ISO document, one with its sections; a decision announcing procedures,
 * one per row of its catalog table. Or what the document lacks, in words.
 */
export function importWordDocument(
  document: WordDocument,
  file: string,
  options: { map?: ColumnMap; effective?: string | undefined } = {},
): ImportOutcome[] | { problem: Translated } {
  const map = options.map ?? {};
  const { effective } = options;
  const annex = annexSheets(document, map, effective);
  if (annex) return importAnnex(annex, file, { map, effective });
  const read = sheetsOfDocument(document, map);
  if ('problem' in read) return read;
  return withSections(importSheets(read.sheets, file, { map, effective, documentTables: true }), read.sections);
}
