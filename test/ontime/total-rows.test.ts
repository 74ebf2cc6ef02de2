import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, measureCsv } from './helpers.js';

describe('a report’s total and signature rows below its dossiers', () => {
  it('passes over "Tổng cộng", "Tổng số" and "Người lập biểu" rows unsaid, and nothing that only looks like them', async () => {
    const csv = readFileSync(join(FIXTURES, 'total-rows.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.totals).toMatchObject({ dossiers: 2 });
    // Row 9, "Công nhận" (a word that starts like "Cộng"), is no total: a row without a procedure, listed as such.
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([[9, 'no-procedure']]);
    expect(report.rows).toBe(3);
  });

  it('passes over totals with words after them, the signature hints and the signers’ names under their titles', async () => {
    const csv = readFileSync(join(FIXTURES, 'total-rows-2.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.totals).toMatchObject({ dossiers: 1 });
    // "Công nhận" under a signer's title is no name: a row without a procedure, listed as such.
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([[9, 'no-procedure']]);
  });

  it('passes over a total label with its count, a count by status and the place-and-date line, not a dossier row', async () => {
    // "Cộng:" with its count in the dossier number's column, "Đúng hạn: 2" alone, "Bắc Ninh, ngày 05 tháng 12 năm 2026".
    const csv = readFileSync(join(FIXTURES, 'total-rows-3.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-12-05 17:00');
    expect(report.totals).toMatchObject({ dossiers: 2 });
    // Rows 4 and 5 are dossiers without a receipt: a number and a procedure, a procedure and a status with a count.
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([
      [4, 'no-received'],
      [5, 'no-received'],
    ]);
  });

  it('passes over the place-and-date line when it stands in the received column, as a report lays out its signature', async () => {
    // Row 5's "Kinh Bắc, ngày 05 tháng 12 năm 2026" is under "Ngày tiếp nhận", where the signer's block stands in a
    // report of this layout: it was read as a receipt on 05/12/2026 and the row listed as a dossier without a procedure.
    // Row 8 writes it "Bắc Ninh, ngày 05/12/2026".
    const csv = readFileSync(join(FIXTURES, 'total-rows-4.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-12-05 17:00');
    expect(report.totals).toMatchObject({ dossiers: 2 });
    expect(report.badRows.listed).toEqual([]);
    expect(report.rows).toBe(2);
  });

  it('passes over a numbered row of the template left blank, and not a row with anything else in it', async () => {
    // Rows 4 and 5: "3" and "4." under "STT" alone. Row 6 has a procedure, row 7 a receipt that is no date, row 8 a
    // dossier number: each is a dossier's row with a fault, listed.
    const csv = readFileSync(join(FIXTURES, 'numbered-blank.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    expect(report.totals).toMatchObject({ dossiers: 2 });
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([
      [6, 'no-received'],
      [7, 'no-procedure'],
      [8, 'no-procedure'],
    ]);
  });
});
