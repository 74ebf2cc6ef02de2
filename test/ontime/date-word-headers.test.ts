import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planColumns } from '../../src/ontime/columns.js';
import { at, FIXTURES, measureCsv } from './helpers.js';

describe('headers that name a moment "Ngày giờ …" or "Thời điểm …"', () => {
  it('reads them as "Ngày …": the result ready over the one handed over, the appointment and the status', async () => {
    const csv = readFileSync(join(FIXTURES, 'date-word-headers.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // QT-HT-02, 5 working days (8 h each, 07:30–11:30 and 13:00–17:00) from Mon 02/03 09:00: 6.5 h that day, 8 h on
    // each of Tue 03 to Fri 06 (38.5 h), 1.5 h on Mon 09/03: due Mon 09/03 09:00, the vendor's appointment too.
    // D1 ready Tue 10/03 10:00: late by 6.5 h (Mon 09:00–17:00) + 2.5 h (Tue 07:30–10:00) = 9 h. D2 ready Fri 06/03,
    // a working day before its due day: early, though handed over late (Tue 10/03). D3 withdrawn: not counted.
    expect(report.totals).toMatchObject({ dossiers: 2, late: 1, early: 1, vendorDisagreements: 0 });
    expect(report.notSettled).toBe(1);
    const late = report.listed.find((d) => d.id === 'D1')!;
    expect([late.due, late.finished, late.lateHours]).toEqual([at('2026-03-09 09:00'), at('2026-03-10 10:00'), 9]);
  });

  it('places each field by its words after "Ngày giờ", "Thời điểm" or "Thời gian", and the name column beside the code', () => {
    const headers = [
      'Mã số hồ sơ',
      'Mã thủ tục hành chính',
      'Thủ tục hành chính',
      'Thời điểm tiếp nhận',
      'Thời điểm hẹn trả',
      'Thời điểm có kết quả',
      'Tình trạng xử lý',
      'Cơ quan tiếp nhận',
      'Ngày tạm dừng',
      'Ngày tiếp tục xử lý',
    ];
    const plan = planColumns(headers);
    const named = Object.fromEntries(Object.entries(plan.fields).map(([field, column]) => [field, headers[column]]));
    expect(named).toEqual({
      id: 'Mã số hồ sơ',
      procedure: 'Mã thủ tục hành chính',
      received: 'Thời điểm tiếp nhận',
      appointment: 'Thời điểm hẹn trả',
      finished: 'Thời điểm có kết quả',
      status: 'Tình trạng xử lý',
      body: 'Cơ quan tiếp nhận',
      pauseStart: 'Ngày tạm dừng',
      pauseEnd: 'Ngày tiếp tục xử lý',
    });
    expect(plan.procedureName).toBe(2);
    // "Thời gian tạm dừng" stays the pauses' own column (spans), not the day a pause started.
    expect(planColumns(['Mã thủ tục', 'Ngày tiếp nhận', 'Thời gian tạm dừng']).fields.pauses).toBe(2);
  });
});
