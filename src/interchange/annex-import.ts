import type { ColumnMap } from './columns.js';
import { annexSheets, withDecisionDate } from './docx-annex.js';
import { withSections } from './document-sections.js';
import type { ImportOutcome } from './draft.js';
import type { Sheet } from './sheets.js';
import { importSheets, isCatalogSheet } from './workbook-import.js';

/** What an annex import takes: the column map, the effective date the officer gave, the calendar's working day. */
interface AnnexOptions {
  map?: ColumnMap;
  /** Where the mapping gives each field (`cot.yaml:4:3`), for the note on a mapped header the file lacks. */
  mapPlaces?: Readonly<Record<string, string>> | undefined;
  effective?: string | undefined;
  /** Hours in a working day, for the hours a limit in working days is glossed with ("(85 giờ)"). */
  hoursPerDay?: number | undefined;
}

/** The procedures of an annex read by annexSheets: each with the sections under its own heading, dated by its decision. */
export function importAnnex(
  annex: NonNullable<ReturnType<typeof annexSheets>>,
  file: string,
  { map = {}, effective, hoursPerDay }: AnnexOptions,
): ImportOutcome[] {
  const outcomes = importSheets(annex.sheets, file, { map, effective, documentTables: true, hoursPerDay });
  const sectioned = outcomes.map(
    (outcome) => withSections([outcome], annex.sections.get(outcome.imported?.procedure.id ?? ''))[0]!,
  );
  return withDecisionDate(sectioned, annex.decision);
}

/**
 * The procedures of a workbook or CSV file: an annex of internal processes laid out on a sheet with no catalog sheet
 * beside it (a header row, then each procedure's heading as a row across it, "1. Thủ tục đăng ký khai sinh (Mã TTHC:
 * 1.001193)", its limit and its steps) gives one per heading, as the Word annex does; any other workbook, its catalog
 * and step sheets.
 */
export function importWorkbook(sheets: Sheet[], file: string, options: AnnexOptions = {}): ImportOutcome[] {
  const map = options.map ?? {};
  // A catalog sheet says more of each procedure than headings do: with one, the steps are read by its rows. Else each
  // sheet is a table standing alone, as a Word document's would be with no paragraph between them.
  const document = { paragraphs: [], tables: sheets, tableStarts: sheets.map(() => 0) };
  const annex = sheets.some((sheet) => isCatalogSheet(sheet, map))
    ? undefined
    : // One procedure under its heading is an annex too: a workbook has no other place to name it (a Word
      // document of one procedure is read as the ISO document it is).
      annexSheets(document, map, options.effective, 1, options.hoursPerDay);
  if (annex) return importAnnex(annex, file, options);
  const { effective, hoursPerDay, mapPlaces } = options;
  return importSheets(sheets, file, { map, effective, hoursPerDay, ...(mapPlaces ? { mapPlaces } : {}) });
}
