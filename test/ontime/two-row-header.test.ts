import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

describe('a header over two rows', () => {
  it('names a column by the cell merged down over both rows, and the others by their sub-headings', async () => {
    // "Mã hồ sơ", "Trạng thái" and "Đơn vị xử lý" stand in the upper row; "Mã thủ tục" and the dates under
    // "Thủ tục" and "Thời gian" in the lower one (the register of Circular 03/2025, form 07).
    const csv = readFileSync(join(FIXTURES, 'two-row-header.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-05-31 17:00');
    expect(report.badRows.count).toBe(0);
    expect(report.notSettled).toBe(1);
    expect(report.totals).toMatchObject({ dossiers: 1, finished: 1 });
    expect(report.byAgency.map((g) => g.key)).toEqual(['UBND phường Kinh Bắc']);
    expect(report.rows).toBe(2);
  });

  it('reads the sub-headings under a group heading, not as a row of data', async () => {
    // "Kết quả giải quyết" merged across "Ngày có kết quả | Ngày trả kết quả".
    const csv = readFileSync(join(FIXTURES, 'group-heading.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-05-31 17:00');
    expect(report.badRows.count).toBe(0);
    expect(report.notSettled).toBe(1);
    expect(report.totals).toMatchObject({ dossiers: 1, finished: 1, early: 1 });
    expect(report.rows).toBe(2);
  });

  it('names the columns of two rows that only together name the procedure and the received date', async () => {
    // "Mã thủ tục" with nothing under it (merged down), "Ngày tiếp nhận" under the group "Thời gian": neither row alone
    // is a header, as docs/ontime.md lays the register out.
    const csv = readFileSync(join(FIXTURES, 'two-row-header-apart.csv'), 'utf8');
    const { outcome, report } = await measureCsv(csv, '2026-03-04 17:00');
    expect(outcome.missing).toEqual([]);
    expect(report.badRows.count).toBe(0);
    expect(report.notSettled).toBe(1);
    expect(report.totals).toMatchObject({ dossiers: 1, open_in_time: 1 });
    expect(report.vendor.compared).toBe(1);
    expect(report.rows).toBe(2);
  });

  it('reads a sub-heading with its group ("Thời gian" over "tiếp nhận"), past a title, split at `;`', async () => {
    const csv = readFileSync(join(FIXTURES, 'group-over-sub-heading.csv'), 'utf8');
    const { outcome, report } = await measureCsv(csv, '2026-02-13 17:00');
    expect(outcome.missing).toEqual([]);
    expect(report.badRows.count).toBe(0);
    expect(report.totals).toMatchObject({ dossiers: 1, open_in_time: 1 });
    expect(report.vendor.compared).toBe(1);
    expect(report.rows).toBe(1);
  });

  it('reads "Mã" and "Tên" under "Thủ tục hành chính" head word first, as "Mã thủ tục hành chính"', async () => {
    // A report's register: "Thủ tục hành chính" merged across "Mã | Tên", "Thời gian" across three dates.
    const csv = readFileSync(join(FIXTURES, 'group-head-word.csv'), 'utf8');
    const { outcome, report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(outcome.missing).toEqual([]);
    expect(report.badRows.count).toBe(0);
    // G2: 5 working days from Mon 02/03 09:00 end Mon 09/03 09:00; its result on Tue 10/03 is late.
    expect(report.byProcedure.map((g) => [g.key, g.dossiers, g.late])).toEqual([
      ['QT-CT-01', 1, 0],
      ['QT-HT-02', 1, 1],
    ]);
    expect(report.vendor.compared).toBe(2);
  });
});
