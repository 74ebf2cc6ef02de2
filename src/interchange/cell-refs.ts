import type JSZip from 'jszip';
import { columnLetters, columnNumber } from './cell-names.js';
import type { SheetPart } from './workbook-parts.js';

// A row's and a cell's reference (`<row r="3">`, `<c r="B3">`) may be left out (ECMA-376 Part 1, 18.3.1.73 and
// 18.3.1.4): the row then follows the one before, the cell the one before it in its row. Excel opens such a file, and
// some programs' exports (one-stop software, lists written by code) are so; exceljs refuses it ("Invalid row number in
// model") or reads it wrong. Each is given the reference it stands at, as workbook-parts.ts counts them.

// A row's or a cell's opening tag, with any namespace prefix; `<col>`, `<cols>`, `<rowBreaks>` are other tags.
const ROW_OR_CELL = /<((?:[A-Za-z_][\w.-]*:)?)(row|c)(?=[\s/>])([^>]*)>/g;
const REFERENCE = /\sr\s*=\s*(["'])([^"']*)\1/;

// A row or cell tag with no reference: looked for first, so that a sheet written as Excel writes it is not copied.
const UNREFERENCED = /<(?:[A-Za-z_][\w.-]*:)?(?:row|c)(?=[\s/>])(?![^>]*\sr\s*=)[^>]*>/;

/** The sheet's XML with every row and cell given its reference, or undefined when each one already has it. */
export function withCellRefs(xml: string): string | undefined {
  if (!UNREFERENCED.test(xml)) return undefined;
  let row = 0;
  let column = 0;
  let changed = false;
  const out = xml.replace(ROW_OR_CELL, (tag, prefix: string, name: string, rest: string) => {
    const written = REFERENCE.exec(rest)?.[2];
    if (name === 'row') {
      column = 0;
      const number = written === undefined ? NaN : Number(written);
      row = Number.isInteger(number) && number > 0 ? number : row + 1;
      if (written !== undefined) return tag;
    } else {
      const at = written === undefined ? undefined : /^([A-Z]{1,3})(\d+)$/i.exec(written.trim());
      if (at) {
        column = columnNumber(at[1]!.toUpperCase());
        return tag;
      }
      column++;
      if (written !== undefined) return tag;
    }
    changed = true;
    const reference = name === 'row' ? String(row) : `${columnLetters(column)}${row}`;
    return `<${prefix}${name} r="${reference}"${rest}>`;
  });
  return changed ? out : undefined;
}

/**
 * The workbook's bytes with the rows and cells of `sheets` (those checkCellLengths saw one without a reference in)
 * all referenced (withCellRefs), or undefined when none lacked a reference: most workbooks, read as they are.
 */
export async function withSheetRefs(zip: JSZip, sheets: readonly SheetPart[]): Promise<Uint8Array | undefined> {
  let changed = false;
  for (const { part } of sheets) {
    const file = zip.file(part);
    if (!file) continue;
    const mended = withCellRefs(await file.async('string'));
    if (mended === undefined) continue;
    zip.file(part, mended);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'uint8array' }) : undefined;
}
