import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvParser, MAX_DOSSIER_ROWS } from '../../src/ontime/csv.js';
import { JsonRecordError, JsonRecordParser } from '../../src/ontime/json-records.js';
import { FIXTURES } from './helpers.js';

function csv(text: string, chunk = text.length) {
  const parser = new CsvParser();
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...parser.push(text.slice(i, i + chunk)));
  out.push(...parser.end());
  return out;
}

function catchError(run: () => unknown): JsonRecordError {
  try {
    run();
  } catch (error) {
    if (error instanceof JsonRecordError) return error;
    throw error;
  }
  throw new Error('no JsonRecordError');
}

function json(text: string, chunk = text.length, mode: 'document' | 'lines' = 'document') {
  const parser = new JsonRecordParser(mode);
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...parser.push(text.slice(i, i + chunk)));
  parser.end();
  return out;
}

describe('CSV reader', () => {
  const text = '\uFEFFSố hồ sơ;Ghi chú;Ngày\r\nA;"có ""ngoặc""; chấm phẩy";1\r\n\r\nB;"hai\ndòng";2\nC;;3';
  const expected = [
    { row: 1, values: ['Số hồ sơ', 'Ghi chú', 'Ngày'] },
    { row: 2, values: ['A', 'có "ngoặc"; chấm phẩy', '1'] },
    { row: 4, values: ['B', 'hai\ndòng', '2'] },
    // The spreadsheet's row: a cell with a line break in it is one row, as a spreadsheet opens the file.
    { row: 5, values: ['C', '', '3'] },
  ];

  it('finds the delimiter, unquotes, drops the BOM and blank lines, and numbers rows as a spreadsheet does', () => {
    expect(csv(text)).toEqual(expected);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    for (const chunk of [1, 2, 3, 5, 7, 13]) expect(csv(text, chunk), `chunk ${chunk}`).toEqual(expected);
  });

  it('reads commas and tabs, and a last empty cell', () => {
    expect(csv('a,b\n1,')).toEqual([
      { row: 1, values: ['a', 'b'] },
      { row: 2, values: ['1', ''] },
    ]);
    expect(csv('a\tb\n1\t2\n')).toEqual([
      { row: 1, values: ['a', 'b'] },
      { row: 2, values: ['1', '2'] },
    ]);
  });

  it('numbers the rows after several cells with line breaks as a spreadsheet does', () => {
    const rows = csv('a,b\n1,"x\ny\nz"\n2,"p\nq"\n3,r\n', 5).map((r) => [r.row, r.values[0]]);
    expect(rows).toEqual([
      [1, 'a'],
      [2, '1'],
      [3, '2'],
      [4, '3'],
    ]);
  });

  it('stops at a quote that never closes, naming its line', () => {
    expect(() => csv('a,b\n1,"never\n2,3\n')).toThrow(CsvError);
    expect(() => csv('a,b\n1,"never\n2,3\n')).toThrow(/line 2/);
  });

  it('stops at a first line longer than any header, named as such, in time linear in its size', () => {
    const long = 'x'.repeat(2_000_000);
    // In 64 KiB chunks, as files are read: a first line that never ends was searched again with every chunk.
    expect(() => csv(`a,b,${long}\n1,2\n`, 65536)).toThrow('line 1 is longer than 1,000,000 characters');
    expect(new CsvError(1, 'long').text('vi')).toBe(
      'dòng 1 dài hơn 1.000.000 ký tự: không tệp xuất nào có dòng dài như vậy',
    );
  });

  it('stops past its ceiling of rows, in words, before the rest of the file is read', () => {
    // Before: no ceiling, so a file of millions of short lines grew the run's ledger until the process died. The
    // ceiling is MAX_DOSSIER_ROWS; three here, so that the test need not write five million rows.
    expect(MAX_DOSSIER_ROWS).toBe(5_000_000);
    const parser = new CsvParser(undefined, 3);
    // Empty rows count as a spreadsheet counts them: two of them and the header make the limit.
    expect(parser.push('a,b\n,\n,\n')).toHaveLength(3);
    const error = (() => {
      try {
        parser.push(',\n,\n');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CsvError);
    expect((error as CsvError).row).toBe(4);
    expect(new CsvError(5_000_001, 'rows').text('en')).toBe(
      'the file has more than 5,000,000 rows; procmap reads a dossier file of up to 5,000,000 rows: export it by period (a file per quarter or month) and measure each in a run of its own',
    );
    expect(new CsvError(5_000_001, 'rows').text('vi')).toMatch(
      /^tệp có hơn 5\.000\.000 dòng; procmap đọc tệp hồ sơ tối đa 5\.000\.000 dòng/,
    );
    // At the end of the input too: a last chunk past the ceiling is not handed back.
    const last = new CsvParser(undefined, 3);
    expect(last.push('a,b\n,\n,\n,')).toHaveLength(3);
    expect(() => last.end()).toThrow(CsvError);
  });

  it('passes over a row longer than any dossier, without holding it, and reads the rows after it', () => {
    const long = 'x'.repeat(1_500_000);
    const rows = [
      { row: 1, values: ['a', 'b'] },
      { row: 2, values: [], tooLong: true },
      { row: 3, values: ['3', '4'] },
    ];
    // Unquoted, quoted with quotes and line breaks inside, ended by CR LF; cut into chunks as files are read, or whole.
    for (const cell of [long, `"${long}\n""${long}"`, `"q" ${long}`])
      for (const chunk of [65536, 1_000_001, Infinity]) {
        const text = `a,b\r\n1,${cell},z\r\n3,4\r\n`;
        expect(csv(text, Math.min(chunk, text.length)), `${cell.slice(0, 3)} in chunks of ${chunk}`).toEqual(rows);
      }
  });

  it('still stops at a quote that never closes after a long cell, naming its line', () => {
    const long = 'x'.repeat(1_500_000);
    // The lines after a long cell count its line breaks: the quote that never closes is on line 5.
    expect(() => csv(`a,b\n"${long}\n${long}",1\n3,4\n5,"never\n6,7\n`, 65536)).toThrow(
      'a quote opened on line 5 never closes',
    );
    expect(() => csv(`a,b\n1,"${long}\n6,7\n`, 65536)).toThrow('a quote opened on line 2 never closes');
  });
});

describe('JSON reader', () => {
  it('stops at the first dossier past its ceiling of rows, in the words CSV is refused in, before the rest is read', () => {
    // Before: JSON had no ceiling, so a 2 GB list of short dossiers grew the run's ledger until the process died.
    // Three here, so that the test need not write five million dossiers (ontime-json-limits.test.ts writes them).
    const text = readFileSync(join(FIXTURES, 'json-limits/four-dossiers.json'), 'utf8');
    const parser = new JsonRecordParser('document', 3);
    const lines = text.split('\n');
    expect(parser.push(lines.slice(0, 4).join('\n'))).toHaveLength(3);
    const error = catchError(() => parser.push(`\n${lines.slice(4).join('\n')}`));
    expect([error.row, error.column]).toEqual([5, 1]);
    expect(error.text('en')).toBe(new CsvError(4, 'rows').text('en'));
    expect(error.text('vi')).toBe(new CsvError(4, 'rows').text('vi'));
    expect(json(text)).toHaveLength(4);
  });

  it('refuses a dossier nested deeper than any export, at the bracket, rather than overflow the stack walking it', () => {
    const text = readFileSync(join(FIXTURES, 'json-limits/deep-dossier.json'), 'utf8');
    const error = catchError(() => json(text));
    expect([error.row, error.column]).toEqual([3, 152]);
    expect(error.text('en')).toMatch(/^a dossier's lists and objects are nested more than 64 levels deep here/);
    // The dossier and 63 lists inside it, 64 levels, are still read: the 64th list is refused, at its column.
    expect(json(`[{"a": ${'['.repeat(63)}${']'.repeat(63)}}]`)).toHaveLength(1);
  });

  it('reads a list, a list inside an object, and JSON Lines, across chunk boundaries', () => {
    const list = '[{"a": "x{[\\"]}", "b": [1, 2]},\n {"a": "y", "b": {"c": 1}}]';
    const wrapped = `{"total": 2, "meta": {"x": 1}, "data": ${list}}`;
    const lines = '{"a": "x"}\n{"a": "y"}\n';
    for (const chunk of [1, 3, 1000]) {
      expect(json(list, chunk).map((r) => [r.row, r.value.a])).toEqual([
        [1, 'x{["]}'],
        [2, 'y'],
      ]);
      expect(json(wrapped, chunk)).toHaveLength(2);
      expect(json(lines, chunk, 'lines').map((r) => r.row)).toEqual([1, 2]);
      expect(json('{"a": 1, "pauses": [{"from": "x"}]}', chunk, 'lines')).toHaveLength(1);
    }
  });

  it('says where a file stops being a list of dossiers', () => {
    expect(() => json('[{"a": 1}')).toThrow(JsonRecordError);
    expect(() => json('hello')).toThrow(/expected a list of dossiers/);
    expect(() => json('[1] x', 1000, 'lines')).toThrow(/one dossier object per line/);
    expect(() => json('[{"a": tru}]')).toThrow(/not valid JSON/);
    // JSON.parse would keep the last of two equal keys: refused at the second, on the line and column of the file.
    for (const chunk of [1, 7, 1000]) {
      const error = catchError(() => json('[{"a": 1, "a": 2}]', chunk));
      expect([error.row, error.column, error.text('en')]).toEqual([
        1,
        11,
        'Duplicate key "a"; a key may appear once in an object: keep the right value and delete the other',
      ]);
      const later = catchError(() => json('{"data": [\n  {"a": 1},\n  {"b": 1,\n   "c": {"d": 1, "d": 2}}]}', chunk));
      expect([later.row, later.column]).toEqual([4, 18]);
      const line = catchError(() => json('{"a": 1}\n  {"b": 1, "b": 2}', chunk, 'lines'));
      expect([line.row, line.column]).toEqual([2, 12]);
      // The wrapper holding the list is never parsed whole: its keys are checked as they stream past.
      const wrapper = catchError(() => json('{"total": 1,\n "data": [{"a": 1}],\n  "tot\\u0061l": 2}', chunk));
      expect([wrapper.row, wrapper.column, wrapper.text('en')]).toEqual([
        3,
        3,
        'Duplicate key "total"; a key may appear once in an object: keep the right value and delete the other',
      ]);
      const list = catchError(() => json('{"data": [],\n "data": [{"a": 1}]}', chunk));
      expect([list.row, list.column]).toEqual([2, 2]);
      const meta = catchError(() => json('{"meta": {"page": 1, "page": 2}, "data": []}', chunk));
      expect([meta.row, meta.column]).toEqual([1, 22]);
      // A key of the wrapper may be a dossier's too, and a key of one object another's.
      expect(json('{"a": {"b": 1}, "b": [{"a": 1, "b": 2}], "c": {"b": [{"b": 1}]}}', chunk)).toHaveLength(1);
    }
    expect(json('[{"a": 1, "b": {"a": 2}}, {"a": "x:y"}]').map((record) => record.value)).toEqual([
      { a: 1, b: { a: 2 } },
      { a: 'x:y' },
    ]);
    // A wrapper key of 2 MB is let go, not held.
    expect(json(`{"${'x'.repeat(2_000_000)}": 1, "data": [{"a": 1}]}`, 65536)).toHaveLength(1);
    // A valid dossier of 2 MB is not said to be unclosed.
    expect(() => json(`[{"a": "${'x'.repeat(2_000_000)}"}]`, 65536)).toThrow(
      'a dossier object is longer than 1,000,000 characters, or never closes',
    );
  });
});
