import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../../src/ontime/columns.js';
import { FIXTURES, measureCsv } from './helpers.js';

/** The header of each pause column a plan places, by field. */
function pauseColumns(headers: string[]): Record<string, string | undefined> {
  const { fields } = planColumns(['Mã thủ tục', 'Ngày tiếp nhận', ...headers]);
  const name = (column: number | undefined) => (column === undefined ? undefined : ['', '', ...headers][column]);
  return { pauses: name(fields.pauses), pauseStart: name(fields.pauseStart), pauseEnd: name(fields.pauseEnd) };
}

describe('a pause named by its two moments, as exports that call it "tạm dừng" word them', () => {
  it('reads "Ngày giờ", "Thời điểm" and "Ngày bắt đầu / kết thúc" before the pause as its start and its end', () => {
    const cases: [string, string][] = [
      ['Ngày giờ tạm dừng', 'Ngày giờ tiếp tục'],
      ['Thời điểm tạm dừng', 'Thời điểm tiếp tục'],
      ['Ngày tạm dừng', 'Ngày tiếp tục'],
      ['Ngày bắt đầu tạm dừng', 'Ngày kết thúc tạm dừng'],
      ['Tạm dừng từ ngày', 'Tạm dừng đến ngày'],
      ['Ngày giờ tạm dừng', 'Ngày giờ tiếp tục xử lý'],
      ['Ngày tạm dừng xử lý', 'Ngày tiếp tục xử lý'],
      ['Ngày tạm dừng giải quyết', 'Ngày tiếp tục giải quyết'],
    ];
    for (const [start, end] of cases)
      expect(pauseColumns([start, end]), start).toEqual({ pauses: undefined, pauseStart: start, pauseEnd: end });
    // The pauses' own column (spans) stays so.
    expect(pauseColumns(['Thời gian tạm dừng'])).toEqual({
      pauses: 'Thời gian tạm dừng',
      pauseStart: undefined,
      pauseEnd: undefined,
    });
  });

  it('stops the clock for the pause so named', async () => {
    const csv = readFileSync(join(FIXTURES, 'pause-moment-headers.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days of 8 h from Tue 10/03 09:00. Paused Wed 11/03 09:00 – Fri 13/03 09:00: before it 6.5 h
    // (Tue 09:00–17:00) + 1.5 h (Wed 07:30–09:00) = 8 h; after it 32 h more: Fri 13/03 09:00–17:00 6.5 h, Mon 16 8 h,
    // Tue 17 8 h, Wed 18 8 h (30.5 h), then 1.5 h on Thu 19/03: due Thu 19/03 09:00. Finished Wed 18/03 10:00, an
    // earlier day: early. Unpaused it was due Tue 17/03 09:00, and late.
    expect(report.totals).toMatchObject({ dossiers: 1, finished: 1, early: 1, late: 0 });
    expect(report.badRows.count).toBe(0);
  });
});
