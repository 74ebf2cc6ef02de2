import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import type { BadRow } from '../../src/ontime/evaluate.js';
import { at } from '../ontime/helpers.js';

// A row set aside of each kind, as measuring an export sets it aside: said in one language in procmap's workbook
// ("Lý do"), read back and said in the other, it must be said as the run in that language says it.
const where = { file: 'ho-so.csv', row: 7 };
const pause = '02/07/2026 08:00 - 03/07/2026 08:00';
const ROWS: BadRow[] = [
  { ...where, reason: 'no-procedure' },
  { ...where, reason: 'unknown-procedure', value: '9.999999' },
  { ...where, reason: 'unmeasured-procedure', value: 'QT-01', procedureFile: 'quy trinh/qt-01.yaml' },
  {
    ...where,
    reason: 'unread-procedure',
    value: 'QT-01',
    procedureFile: 'qt-01.yaml',
    procedureError: { line: 3, column: 7 },
  },
  { ...where, reason: 'no-received' },
  { ...where, reason: 'bad-received', value: 'hôm qua' },
  // Date cells that nearly read, said after their own reading: a day that does not exist, a two-digit year, 25:00.
  { ...where, reason: 'bad-received', value: '31/02/2026 09:00' },
  { ...where, reason: 'bad-finished', value: '13/02/26 09:00' },
  { ...where, reason: 'bad-appointment', value: '13/02/2026 25:00' },
  { ...where, reason: 'bad-finished', value: 'sắp xong' },
  { ...where, reason: 'finished-before-received', received: at('2026-07-02 09:00'), finished: at('2026-07-01 10:00') },
  {
    ...where,
    reason: 'pause-before-received',
    value: pause,
    pauseFrom: at('2026-07-02 08:00'),
    received: at('2026-07-03 09:00'),
  },
  { ...where, reason: 'received-after-as-of', received: at('2027-07-02 09:00'), asOf: at('2026-12-06 23:59') },
  { ...where, reason: 'finished-after-as-of', finished: at('2027-07-02 00:00'), asOf: at('2026-12-06 23:59') },
  { ...where, reason: 'returned-without-date', value: 'Đã trả kết quả' },
  { ...where, reason: 'paused-without-date', value: 'Chờ bổ sung' },
  { ...where, reason: 'bad-pause', value: 'không rõ' },
  { ...where, reason: 'bad-pause', value: `${pause}; không rõ`, pausePart: 'không rõ' },
  { ...where, reason: 'bad-pause', value: '02/07/2026  08:00', pausePart: '02/07/2026 08:00', pauseOneMoment: true },
  { ...where, reason: 'pause-days', value: '2 ngày', pausePart: '2 ngày' },
  { ...where, reason: 'pause-days-column', value: '3', column: 'Số ngày tạm dừng' },
  { ...where, reason: 'pause-reversed', value: pause, pause: { start: '03/07/2026 08:00', end: '02/07/2026 08:00' } },
  {
    ...where,
    reason: 'pause-reversed',
    value: '05/05/2026 11:00 - 09:00',
    pause: { start: '11:00', end: '09:00', day: '05/05/2026' },
  },
  { ...where, reason: 'bad-pause-column', value: 'mai', column: 'Ngày tiếp tục' },
  {
    ...where,
    reason: 'pause-columns-reversed',
    pause: { start: '03/07/2026', end: '02/07/2026', startColumn: 'Ngày tạm dừng', endColumn: 'Ngày tiếp tục' },
  },
  {
    ...where,
    reason: 'pause-end-only',
    value: 'đến 05/03/2026',
    pausePart: 'đến 05/03/2026',
    pause: { start: '', end: '05/03/2026' },
    column: 'Tạm dừng',
  },
  {
    ...where,
    reason: 'pause-end-only',
    value: `${pause}; đến 05/03/2026`,
    pausePart: 'đến 05/03/2026',
    pause: { start: '', end: '05/03/2026' },
  },
  {
    ...where,
    reason: 'pause-column-end-only',
    value: '03/07/2026',
    pause: { start: '', end: '03/07/2026', startColumn: 'Ngày tạm dừng', endColumn: 'Ngày tiếp tục' },
  },
  {
    ...where,
    reason: 'pause-column-end-only',
    value: '03/07/2026',
    pause: { start: '', end: '03/07/2026', startColumn: '', endColumn: 'Ngày tiếp tục' },
  },
  { ...where, reason: 'bad-step', value: 'x' },
  { ...where, reason: 'ambiguous-procedure', value: '2.000815', candidates: ['QT-XA-01', 'QT-XA-02'] },
  {
    ...where,
    reason: 'ambiguous-procedure',
    value: '2.000815',
    candidates: ['QT-XA-01', 'QT-XA-02'],
    unmarkedAgency: 'UBND xa Tan Lap',
  },
  {
    ...where,
    reason: 'ambiguous-id',
    value: 'qt-01',
    candidates: ['QT-01', 'QT01'],
    candidateFiles: ['a/qt-01.yaml', 'b/qt01.yaml'],
  },
  {
    ...where,
    reason: 'ambiguous-id',
    value: 'QT-01',
    candidates: ['QT-01', 'QT-01'],
    candidateFiles: ['a/qt-01.yaml', 'b/qt-01.yaml'],
  },
  { ...where, reason: 'unknown-channel', value: 'Fax' },
  { ...where, reason: 'out-of-calendar', value: '01/01/2150' },
  { ...where, reason: 'too-long' },
  { ...where, reason: 'repeated', value: 'A1', kept: 'ho-so.csv:2' },
  { ...where, reason: 'repeated-conflict', value: 'A1', kept: 'ho-so.csv:2' },
  { ...where, reason: 'superseded', value: 'A1', kept: 'ho-so.csv:9' },
  { ...where, reason: 'superseded', value: 'A1', kept: 'ho-so.csv:9', status: 'Đã rút hồ sơ' },
  { ...where, reason: 'bad-received', cell: 'C3', value: '#VALUE!' },
  { ...where, reason: 'bad-finished', cell: 'D4' },
];

describe('the reason of a row set aside, read back from the workbook', () => {
  it("is said in the language of the report, whichever the workbook was written in, when the words are procmap's", () => {
    const misses: string[] = [];
    for (const row of ROWS)
      for (const [from, to] of [
        ['vi', 'en'],
        ['en', 'vi'],
        ['vi', 'vi'],
        ['en', 'en'],
      ] as const) {
        const said = badRowText(row, from);
        const read = badRowText({ file: row.file, row: row.row, reason: row.reason, reasonText: said }, to);
        if (read !== badRowText(row, to)) misses.push(`${row.reason} ${from}→${to}: ${said} ⇒ ${read}`);
      }
    expect(misses).toEqual([]);
    // Words procmap did not write (a reason typed into the workbook), or another reason's than the code says, are said
    // as written: never taken apart into a reason they are not.
    const reasonText = 'lý do do người dùng tự ghi';
    expect(badRowText({ ...where, reason: 'no-procedure', reasonText }, 'en')).toBe(reasonText);
    const other = badRowText({ ...where, reason: 'no-received' }, 'vi');
    expect(badRowText({ ...where, reason: 'no-procedure', reasonText: other }, 'en')).toBe(other);
  });
});
