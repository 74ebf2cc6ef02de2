import { describe, expect, it } from 'vitest';
import { cellMoment, parsePauses, reversedPause, unreadPausePart } from '../../src/ontime/cells.js';
import { pausesText } from '../../src/format/ontime-labels.js';
import { countedPauses } from '../../src/ontime/pause-clock.js';
import { at } from './helpers.js';

describe('pause and date cells as officers write them', () => {
  it('reads a pause on one day written with its date once', () => {
    const two = [{ from: at('2026-05-05 09:00'), to: at('2026-05-05 11:00') }];
    expect(parsePauses('05/05/2026 09:00 - 11:00')).toEqual(two);
    expect(parsePauses('05/05/2026 từ 09:00 đến 11:00')).toEqual(two);
    expect(parsePauses('09:00 - 11:00 05/05/2026')).toEqual(two);
    expect(parsePauses('09:00 - 11:00 ngày 05/05/2026')).toEqual(two);
    // The wrong way round: refused, the hours and the day named.
    expect(parsePauses('05/05/2026 11:00 - 09:00')).toBeNull();
    expect(reversedPause('05/05/2026 11:00 - 09:00')).toEqual({
      written: '05/05/2026 11:00 - 09:00',
      start: '11:00',
      end: '09:00',
      day: '05/05/2026',
    });
  });

  it('reads dates alone at both ends as those whole days, and writes them back as dates', () => {
    const one = parsePauses('05/05/2026 - 05/05/2026');
    expect(one).toEqual([{ from: at('2026-05-05 00:00'), to: at('2026-05-06 00:00'), wholeDays: true }]);
    const two = parsePauses('05/05/2026 - 06/05/2026')!;
    expect(two).toEqual([{ from: at('2026-05-05 00:00'), to: at('2026-05-07 00:00'), wholeDays: true }]);
    expect(pausesText(two)).toBe('05/05/2026 - 06/05/2026');
    expect(parsePauses(pausesText(two))).toEqual(two);
    // Midnight written out is midnight: no whole days.
    expect(parsePauses('05/05/2026 00:00 - 06/05/2026 00:00')).toEqual([
      { from: at('2026-05-05 00:00'), to: at('2026-05-06 00:00') },
    ]);
    // A start with its hour and an end a date alone: from that hour through the end's whole day, written back so.
    const mixed = parsePauses('05/05/2026 09:00 - 06/05/2026')!;
    expect(mixed).toEqual([{ from: at('2026-05-05 09:00'), to: at('2026-05-07 00:00'), wholeLastDay: true }]);
    expect(pausesText(mixed)).toBe('05/05/2026 09:00 - 06/05/2026');
    expect(parsePauses(pausesText(mixed))).toEqual(mixed);
    // Ending on the day it started: the rest of that day, not a pause that ends before it starts.
    expect(parsePauses('05/05/2026 14:30 - 05/05/2026')).toEqual([
      { from: at('2026-05-05 14:30'), to: at('2026-05-06 00:00'), wholeLastDay: true },
    ]);
  });

  it('refuses a number of days, said to be one', () => {
    expect(parsePauses('2 ngày')).toBeNull();
    expect(unreadPausePart('2 ngày')).toEqual({ part: '2 ngày', oneMoment: false, days: true });
    expect(unreadPausePart('1,5 ngày làm việc')).toEqual({ part: '1,5 ngày làm việc', oneMoment: false, days: true });
    expect(unreadPausePart('3')).toEqual({ part: '3', oneMoment: false, days: true });
    // A workbook's number cell.
    expect(unreadPausePart(3)).toEqual({ part: '3', oneMoment: false, days: true });
  });

  it('reads a time before its date with a dash, a time in brackets, a time with a dot', () => {
    expect(cellMoment('14:30 - 07/04/2026')).toBe(at('2026-04-07 14:30'));
    expect(cellMoment('10/04/2026 (14:30)')).toBe(at('2026-04-10 14:30'));
    expect(cellMoment('10.4.2026 14.30')).toBe(at('2026-04-10 14:30'));
    // Not a moment still: a dash with no time, brackets round nothing.
    expect(cellMoment('10/04/2026 ()')).toBeNull();
  });
});

describe('whole-day pauses against the result', () => {
  it('counts a whole-day pause whose last day is the result day to the result, not past it', () => {
    const pauses = parsePauses('07/04/2026 - 08/04/2026')!;
    expect(countedPauses(pauses, at('2026-04-08 10:00'))).toEqual({
      spans: [{ from: at('2026-04-07 00:00'), to: at('2026-04-08 10:00') }],
      afterEnd: false,
    });
    // A last day after the result's day is past it, as before.
    expect(countedPauses(parsePauses('07/04/2026 - 09/04/2026')!, at('2026-04-08 10:00')).afterEnd).toBe(true);
  });
});
