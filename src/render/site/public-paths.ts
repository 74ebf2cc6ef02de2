import { basename, isAbsolute, relative, resolve } from 'node:path';
import { readBackRow } from '../../format/ontime-labels.js';
import { placeFile } from '../../ontime/row-place.js';
import type { OntimeReport } from '../../ontime/aggregate.js';

/**
 * The on-time report as the public page names procedure files: each through `name` (the build gives the path from the
 * catalog's folder), never as typed on the command line, where an absolute catalog path gave the public site the
 * officer's user name and folders. The rows' words are the same as `ontime` says them, the path alone differs.
 */
export function withPublicProcedureFiles(report: OntimeReport, name: (file: string) => string): OntimeReport {
  // The channel notes (on the summary too) name an export's cells: by the export's name, as the rows are.
  const shown = shownFiles(report.files);
  const channelGuesses = report.channelGuesses.map((guess) => ({
    ...guess,
    emptyCells: guess.emptyCells.map((cell) => ({ ...cell, file: shown(cell.file) })),
  }));
  const listed = report.badRows.listed.map((row) => {
    // A row read back from procmap's workbook holds its file in its words: taken apart first, so it is renamed too.
    const read = readBackRow(row);
    if (read.procedureFile === undefined && read.candidateFiles === undefined && read.kept === undefined) return row;
    return {
      ...read,
      // `file:row` of the row counted instead of this one: its export named as the rows are.
      ...(read.kept === undefined ? {} : { kept: keptAt(read.kept, shown) }),
      ...(read.procedureFile === undefined ? {} : { procedureFile: name(read.procedureFile) }),
      ...(read.candidateFiles === undefined ? {} : { candidateFiles: read.candidateFiles.map(name) }),
    };
  });
  return { ...report, channelGuesses, badRows: { ...report.badRows, listed } };
}

/**
 * A procedure file's path from the catalog's folder, `/` between folders (`tinh/ket-hon.yaml`); its file name alone
 * when it lies outside that folder. `cwd`: the folder the paths were typed in.
 */
export function fromCatalog(cwd: string, catalog: string): (file: string) => string {
  const top = resolve(cwd, catalog);
  return (file) => {
    const path = relative(top, resolve(cwd, file));
    if (path === '' || isAbsolute(path) || /^\.\.(?:[\\/]|$)/u.test(path)) return basename(file);
    return path.split(/[\\/]/u).join('/');
  };
}

/**
 * How the public page names an export: by its file name, never the folders it sat in on the officer's computer
 * (`/home/lan/Tải về/ho-so.csv` gave the site a user's name and folders); by the path as given only when two exports
 * share a file name, so that a row's `file:row` still says which.
 */
export function shownFiles(files: readonly string[]): (file: string) => string {
  const name = (file: string) => file.split(/[\\/]/u).at(-1) ?? file;
  const names = files.map(name);
  // A sheet's place (`ho-so.xlsx, trang "Tháng 2"`) is told apart by its workbook's name, as the workbook would be.
  return (file) => (names.filter((n) => n === name(placeFile(file))).length > 1 ? file : name(file));
}

/** A row's place, `file:row`, its file shown as `shown` names it. */
function keptAt(place: string, shown: (file: string) => string): string {
  // A sheet's row, said in words (row-place.ts): a sheet's name holds no colon.
  const sheetRow = /, (?:dòng|row) \d+$/u.exec(place);
  if (sheetRow) return `${shown(place.slice(0, sheetRow.index))}${sheetRow[0]}`;
  const colon = place.lastIndexOf(':');
  return colon < 0 ? place : `${shown(place.slice(0, colon))}${place.slice(colon)}`;
}
