import { describe, expect, it } from 'vitest';
import { placeFile, quotedSheet, rowPlace, sheetPlace } from '../../src/ontime/row-place.js';

describe('the place of a row', () => {
  it('is file:row for a file of one table, and the sheet and row in words for a sheet of a workbook', () => {
    expect(rowPlace('ho-so.csv', 5)).toBe('ho-so.csv:5');
    expect(rowPlace(sheetPlace('ho-so.xlsx', 'Tháng 2', 'vi'), 5)).toBe('ho-so.xlsx, trang "Tháng 2", dòng 5');
    expect(rowPlace(sheetPlace('ho-so.xlsx', 'Tháng 2', 'en'), 5)).toBe('ho-so.xlsx, sheet "Tháng 2", row 5');
    expect(placeFile(sheetPlace('a/ho-so.xlsx', 'Tháng 2', 'vi'))).toBe('a/ho-so.xlsx');
    expect(placeFile('a/ho-so.csv')).toBe('a/ho-so.csv');
  });

  it('quotes a sheet whose name holds a straight quote with curly ones, and still says its row in words', () => {
    // Excel allows `"` in a sheet's name: within straight quotes, `trang "Tháng 2 "bổ sung"":5` read as a broken name.
    const place = sheetPlace('a/ho-so.xlsx', 'Tháng 2 "bổ sung"', 'vi');
    expect(place).toBe('a/ho-so.xlsx, trang “Tháng 2 "bổ sung"”');
    expect(rowPlace(place, 5)).toBe('a/ho-so.xlsx, trang “Tháng 2 "bổ sung"”, dòng 5');
    expect(rowPlace(sheetPlace('ho-so.xlsx', '"Nháp"', 'en'), 5)).toBe('ho-so.xlsx, sheet “"Nháp"”, row 5');
    expect(placeFile(place)).toBe('a/ho-so.xlsx');
    expect(quotedSheet("Tháng 2 'cũ'")).toBe(`"Tháng 2 'cũ'"`);
  });
});
