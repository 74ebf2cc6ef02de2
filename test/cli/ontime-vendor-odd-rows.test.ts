import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/vendor-odd-rows.csv: QT-CT-01 (1 working day). V1–V3 write their moments with "lúc", "giờ", a
// twelve-hour clock and Excel serials; V4 is in progress, its result date "—"; V5's pause starts before its receipt
// (its month typed wrong), which counted from the receipt put the late V5 on time; V6's pause is dated by its days
// alone, from the day of receipt to the day of its result: whole days, counted to the result, which puts it early; V7
// says returned and gives no date.
const CSV = 'test/fixtures/ontime/vendor-odd-rows.csv';
const RUN = ['ontime', CSV, '--catalog', 'test/fixtures/ontime/catalog', '--as-of', '2026-04-20 12:00'];

describe('procmap ontime, odd but real vendor rows', () => {
  it('reads a result written "—" as none yet, and refuses a pause from before the receipt, naming both moments', async () => {
    const vi = await runCli([...RUN, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Đã giải quyết: 4 (trước hạn 2, đúng hạn 2, quá hạn 0)\n');
    expect(vi.stdout).toContain('Đang giải quyết: 1 (còn hạn 0, quá hạn 1, tạm dừng chờ bổ sung 0)\n');
    expect(vi.stderr).toBe(
      [
        `${CSV}:6: thời gian tạm dừng "01/04/2026 08:00 - 09/04/2026 08:00" bắt đầu 01/04/2026 08:00, trước khi tiếp nhận hồ sơ 07/04/2026 09:00: không thể yêu cầu bổ sung trước khi tiếp nhận; hãy sửa lại ngày (kiểm tra năm, ngày và tháng)`,
        `${CSV}:8: trạng thái ghi "Đã trả kết quả" nhưng cột "Ngày có kết quả" của dòng này để trống: hãy ghi vào đó ngày có kết quả, ví dụ 13/02/2026 16:00`,
        'Dòng không đo được: 2',
        '',
      ].join('\n'),
    );
    const en = await runCli([...RUN, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(
      [
        `${CSV}:6: pause "01/04/2026 08:00 - 09/04/2026 08:00" starts 01/04/2026 08:00, before the dossier was received, 07/04/2026 09:00: no supplement is asked for before receipt; correct the date (check the year, the day and the month)`,
        `${CSV}:8: the status says "Đã trả kết quả" but column "Ngày có kết quả" is empty: write in it the day the result was ready, e.g. 13/02/2026 16:00`,
        'Rows not measured: 2',
        '',
      ].join('\n'),
    );
    expect(en.stdout).toContain(`${CSV}:5 V4 QT-CT-01 · open, overdue · received Tue 07/04/2026 09:00`);
    const json = await runCli([...RUN, '--format', 'json']);
    expect(JSON.parse(json.stdout).bad_rows.listed[0]).toEqual({
      file: CSV,
      row: 6,
      reason: 'pause-before-received',
      value: '01/04/2026 08:00 - 09/04/2026 08:00',
      received: '2026-04-07T09:00',
      pauseFrom: '2026-04-01T08:00',
    });
  });
});
