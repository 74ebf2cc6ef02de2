import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNotSettled, saysReturned, saysWaiting } from '../../src/ontime/cells.js';
import { FIXTURES, measureCsv } from './helpers.js';

// The national portal's dossier states (dichvucong.gov.vn: "Đã xử lý xong", "Đã trả kết quả", "Không được tiếp nhận",
// "Dừng xử lý") and provincial one-stop software's shorter words ("Đã xử lý", "Trả về", "Không đủ điều kiện giải quyết").
describe('finished and returned statuses of the portal and provincial software', () => {
  it('reads "Đã xử lý" as finished with a result, "Trả về" as handed back, "Không đủ điều kiện …" as refused', () => {
    for (const status of ['Đã xử lý', 'Đã xử lý xong', 'Đã kết thúc', 'Đã hoàn tất'])
      expect(saysReturned(status), status).toBe(true);
    for (const status of ['Trả về', 'Đã trả về', 'Trả về công dân', 'Bị trả về'])
      expect(isNotSettled(status), status).toBe(true);
    for (const status of [
      'Không đủ điều kiện giải quyết',
      'Không đủ điều kiện',
      'Không được tiếp nhận',
      'Không tiếp nhận',
    ])
      expect(isNotSettled(status), status).toBe(true);
    // Sent back to be completed: Form 02's request, a wait; sent back because it was not completed: a refusal.
    for (const status of ['Trả về để bổ sung', 'Trả lại hồ sơ yêu cầu bổ sung', 'Trả về công dân bổ sung'])
      expect([isNotSettled(status), saysWaiting(status)], status).toEqual([false, true]);
    expect(isNotSettled('Trả lại do không bổ sung')).toBe(true);
    // "Tạm ngừng", "Tạm ngưng": "Tạm dừng" said another way, a pause; "Ngừng giải quyết" without "tạm", a stop.
    for (const status of ['Tạm ngừng xử lý', 'Tạm ngưng giải quyết', 'Tạm ngừng'])
      expect([isNotSettled(status), saysWaiting(status)], status).toEqual([false, true]);
    expect(isNotSettled('Ngừng giải quyết')).toBe(true);
    // Not handed back: a result passed back to the desk, or a result handed over.
    for (const status of [
      'Chuyển trả về Bộ phận Một cửa',
      'Đã trả về Bộ phận Một cửa',
      'Trả về phòng chuyên môn',
      'Trả về kết quả',
      'Đã xử lý, chờ trả kết quả',
      'Đang xử lý',
    ])
      expect(isNotSettled(status), status).toBe(false);
    // Processed but not yet handed over, or still being processed: open.
    for (const status of ['Đã xử lý, chờ trả kết quả', 'Đang xử lý', 'Chưa xử lý'])
      expect(saysReturned(status), status).toBe(false);
  });

  it('measures them as the statuses of the same meaning are measured', async () => {
    const csv = readFileSync(join(FIXTURES, 'portal-statuses.csv'), 'utf8');
    const { report } = await measureCsv(csv, '2026-03-31 17:00');
    // "Đã xử lý" with no date, like "Đã trả kết quả" with none, is listed: counted open it would read overdue for ever.
    expect(report.badRows.listed.map((b) => [b.row, b.reason])).toEqual([
      [3, 'returned-without-date'],
      [7, 'returned-without-date'],
      [8, 'returned-without-date'],
    ]);
    // P3 handed back, P4 refused (its date aside), P5 not received: counted apart, out of the rate.
    expect(report.notSettled).toBe(3);
    // P1: received Tue 10/03 09:00, 5 working days → due Tue 17/03 09:00 (Wed 11, Thu 12, Fri 13, Mon 16, Tue 17);
    // finished Thu 12/03, an earlier day: early. P8: processed, not yet handed over: open, overdue at 31/03.
    expect(report.totals).toMatchObject({ dossiers: 2, finished: 1, early: 1, open_overdue: 1 });
  });
});
