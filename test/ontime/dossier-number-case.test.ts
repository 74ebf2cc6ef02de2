import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRowText } from '../../src/format/ontime-labels.js';
import { FIXTURES, measureCsv } from './helpers.js';

// Portal dossier numbers are codes: "000.00.12.H04-…" and "000.00.12.h04-…", or the same typed in full-width characters
// by an input method, are one dossier, counted once, and the message names both spellings.
describe('dossier numbers told apart by letter case or width alone', () => {
  it('are one dossier, counted once, both spellings said', async () => {
    const csv = readFileSync(join(FIXTURES, 'dossier-number-case.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days from Tue 10/03/2026 09:00: due Tue 17/03 09:00 (Wed 11, Thu 12, Fri 13, Mon 16, Tue 17).
    // …0001: open in row 2, returned Thu 12/03 in row 3: counted once, from row 3, early. …0002: returned Wed 18/03 in
    // rows 4 and 5, after the due day: late, counted once. Before, four dossiers: one open overdue, one early, two late.
    expect(report.totals).toMatchObject({ dossiers: 2, early: 1, late: 1, open_overdue: 0 });
    const bad = report.badRows.listed;
    expect(bad.map(({ row, reason, value, keptAs }) => [row, reason, value, keptAs])).toEqual([
      [2, 'superseded', '000.00.12.H04-260302-0001', '000.00.12.h04-260302-0001'],
      // Full-width characters are read as ASCII (cellText): one spelling, said once.
      [5, 'repeated', '000.00.12.H04-260302-0002', undefined],
    ]);
    expect(badRowText(bad[0]!, 'vi')).toContain('"000.00.12.H04-260302-0001"');
    expect(badRowText(bad[0]!, 'vi')).toContain('("000.00.12.h04-260302-0001")');
  });
});

describe('a dossier number with an invisible character pasted in', () => {
  it('is the number without it', async () => {
    const csv = [
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả',
      '000.00.12.H04-260302-0003\u200b,QT-HT-02,10/03/2026 09:00,',
      '000.00.12.H04-260302-0003,QT-HT-02,10/03/2026 09:00,12/03/2026 10:00',
      '',
    ].join('\n');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // Due Tue 17/03 09:00 as above; returned Thu 12/03 in row 3: one dossier, early, row 2 set aside.
    expect(report.totals).toMatchObject({ dossiers: 1, early: 1, open_overdue: 0 });
    expect(report.badRows.listed.map(({ row, reason }) => [row, reason])).toEqual([[2, 'superseded']]);
  });
});

describe('a dossier number kept as text for Excel (an apostrophe before it)', () => {
  it('is the number without it', async () => {
    const csv = [
      'Số hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả',
      "'000.00.12.H04-260302-0004,QT-HT-02,10/03/2026 09:00,",
      '000.00.12.H04-260302-0004,QT-HT-02,10/03/2026 09:00,12/03/2026 10:00',
      '',
    ].join('\n');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // Due Tue 17/03 09:00 as above; returned Thu 12/03 in row 3: one dossier, early, row 2 set aside. Before, two: one
    // early and one open, overdue on 31/03.
    expect(report.totals).toMatchObject({ dossiers: 1, early: 1, open_overdue: 0 });
    expect(report.badRows.listed.map(({ row, reason }) => [row, reason])).toEqual([[2, 'superseded']]);
  });
});
