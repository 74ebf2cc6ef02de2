import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { readReasonData, reasonData } from '../../src/ontime/reason-data.js';
import type { BadRow } from '../../src/ontime/evaluate.js';
import { ROWS, where } from '../format/set-aside-rows.js';

/** A row's data written beside its Vietnamese words, and those words. */
function written(row: BadRow): { data: string; words: string } {
  const words = badRowText(row, 'vi');
  return { data: reasonData(row, words)!, words };
}

describe("a row set aside's reason as data in procmap's workbook", () => {
  it('reads back every kind of row with the very fields it was written with', () => {
    for (const row of ROWS) {
      const { file: _file, row: _row, ...fields } = row;
      for (const lang of ['vi', 'en'] as const) {
        const words = badRowText(row, lang);
        expect(readReasonData(reasonData(row, words), row.reason, words)).toEqual(fields);
      }
    }
  });

  it('keeps values the words cannot give back apart: quote marks, commas, line breaks, full-width digits', () => {
    const rows: BadRow[] = [
      // A quote mark in the value, beside the quote marks of the words.
      { ...where, reason: 'bad-received', value: 'x" hoặc "y' },
      // In words, "QT, 01, QT-02" reads back as three procedures.
      { ...where, reason: 'ambiguous-procedure', value: '2.1', candidates: ['QT, 01', 'QT-02'] },
      { ...where, reason: 'unknown-channel', value: 'Trực\ntuyến\r\n\u0007' },
      // In English, 'pause "x": "y" is not a span' reads back by its words as the pause "x" and its part "y".
      { ...where, reason: 'bad-pause', value: 'x": "y', pausePart: 'x": "y' },
      // The reader of the words turns １３ into 13 (cellText); the data is read as it is.
      { ...where, reason: 'bad-received', value: '１３/０２/２０２６ ０９：００' },
    ];
    for (const row of rows) {
      const { data, words } = written(row);
      expect(readReasonData(data, row.reason, words)).toMatchObject({ value: row.value });
      const english = badRowText(row, 'en');
      const { file: _file, row: _row, ...fields } = row;
      expect(readReasonData(reasonData(row, english), row.reason, english)).toEqual(fields);
    }
    expect(readReasonData(written(rows[1]!).data, 'ambiguous-procedure', written(rows[1]!).words)).toMatchObject({
      candidates: ['QT, 01', 'QT-02'],
    });
  });

  it('is read beside the words as a spreadsheet gives them back: trimmed, line ends as CR LF, decomposed marks', () => {
    const row: BadRow = { ...where, reason: 'bad-received', value: 'hôm\nqua' };
    const { data, words } = written(row);
    for (const seen of [`  ${words} `, words.replace('\n', '\r\n'), words.normalize('NFD')])
      expect(readReasonData(data, 'bad-received', seen)).toEqual({ reason: 'bad-received', value: 'hôm\nqua' });
  });

  it('gives nothing when the words were changed, the code differs, or the cell is not data procmap wrote', () => {
    const row: BadRow = { ...where, reason: 'bad-received', value: 'hôm qua' };
    const { data, words } = written(row);
    const withData = (change: (d: Record<string, unknown>) => void) => {
      const parsed = JSON.parse(data) as Record<string, unknown>;
      change(parsed);
      return JSON.stringify(parsed);
    };
    expect(readReasonData(data, 'bad-received', words)).toEqual({ reason: 'bad-received', value: 'hôm qua' });
    const refused: [string, unknown, string][] = [
      ['words changed by an officer', data, words.replace('hôm qua', 'hôm kia')],
      ['another code in the code column', data, words],
      ['no JSON', data.slice(0, -1), words],
      ['a number', 42, words],
      ['a list', '[1]', words],
      ['a later version', withData((d) => (d.v = 2)), words],
      ['no version', withData((d) => delete d.v), words],
      ['no fingerprint', withData((d) => delete d.words), words],
      ['a key procmap does not write', withData((d) => (d.note = 'x')), words],
      ['__proto__', data.replace('{', '{"__proto__":{},'), words],
      ['a value of another kind', withData((d) => (d.value = 7)), words],
      ['a moment that is no whole number', withData((d) => (d.received = 1.5)), words],
      ['a pause with another key', withData((d) => (d.pause = { start: '', end: '', by: 'x' })), words],
      ['a pauseOneMoment not true', withData((d) => (d.pauseOneMoment = false)), words],
      // "hôm qua" with its ô cut between two chunks the reader decoded apart.
      ['a letter lost in reading', data.replace('hôm', 'h\uFFFD\uFFFDm'), words],
    ];
    for (const [why, cell, seen] of refused)
      expect([
        why,
        readReasonData(cell, why.startsWith('another code') ? 'no-received' : 'bad-received', seen),
      ]).toEqual([why, undefined]);
  });

  it('is not written past the 32,767 characters Excel keeps in a cell', () => {
    const long: BadRow = { ...where, reason: 'unknown-channel', value: 'x'.repeat(32_767) };
    expect(reasonData(long, badRowText(long, 'vi'))).toBeUndefined();
    const fits: BadRow = { ...where, reason: 'unknown-channel', value: 'x'.repeat(32_000) };
    expect(reasonData(fits, badRowText(fits, 'vi'))!.length).toBeLessThanOrEqual(32_767);
  });
});
