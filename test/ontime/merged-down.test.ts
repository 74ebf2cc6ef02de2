import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/ontime/cells.js';
import { MergeScanner } from '../../src/ontime/merged-down.js';

const SHEET =
  '<worksheet><sheetData><row r="2"><c r="A2"><v>1</v></c></row></sheetData>' +
  '<mergeCells count="3"><mergeCell ref="A2:A4"/><x:mergeCell ref="$C$3:$D$5"/><mergeCell ref="B1:F1"/></mergeCells>' +
  '</worksheet>';

describe('cells merged down in a streamed sheet', () => {
  it('finds the ranges over several rows wherever the chunks cut the XML, and not those across one row', () => {
    for (let cut = 1; cut < SHEET.length; cut++) {
      const scanner = new MergeScanner();
      scanner.push(Buffer.from(SHEET.slice(0, cut), 'latin1'));
      scanner.push(Buffer.from(SHEET.slice(cut), 'latin1'));
      const merged = scanner.merges()!;
      const rows: Cell[][] = [['H', 'x'], ['S'], ['', 'y', 'QT-1'], ['', 'z'], ['', 'w', ''], ['', 'v', '']];
      rows.forEach((values, i) => merged.fill(i + 1, values));
      // A2:A4 and C3:D5 fill down their first column; B1:F1 lies across one row and gives B1's value to nothing.
      expect(
        rows.map((values) => [values[0], values[2]]),
        `cut at ${cut}`,
      ).toEqual([
        ['H', undefined],
        ['S', undefined],
        ['S', 'QT-1'],
        ['S', 'QT-1'],
        ['', 'QT-1'],
        ['', ''],
      ]);
    }
  });

  it('gives the first row’s value to each row of the range below it, the range ending at its last row', () => {
    const scanner = new MergeScanner();
    scanner.push(Buffer.from('<mergeCell ref="A2:A3"/>'));
    const merged = scanner.merges()!;
    const rows: Cell[][] = [['Mã thủ tục'], ['2.000815', 'a'], [undefined, 'b'], [undefined, 'c']];
    rows.forEach((values, i) => merged.fill(i + 1, values));
    expect(rows.map((values) => values[0])).toEqual(['Mã thủ tục', '2.000815', '2.000815', undefined]);
  });

  it('holds nothing for a sheet without merged cells', () => {
    const scanner = new MergeScanner();
    scanner.push(Buffer.from('<worksheet><mergeCells count="0"></mergeCells></worksheet>'));
    expect(scanner.merges()).toBeUndefined();
  });
});
