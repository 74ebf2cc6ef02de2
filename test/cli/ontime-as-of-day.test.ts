import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/as-of-day: B1–B3 "trong ngày" received or settled on Mon 23/02/2026 (B3 received Fri 20/02);
// A1 "4 giờ làm việc" received Fri 13/02 16:00, due Mon 23/02 10:30 after Tết; B4 received the day after.
const DIR = 'test/fixtures/ontime/as-of-day';
const RUN = ['ontime', `${DIR}/dossiers.csv`, '--catalog', `${DIR}/catalog`];

describe('procmap ontime --as-of with a date alone', () => {
  it('is through that day: its dossiers are measured, one due that morning is overdue, the next day refused', async () => {
    const text = await runCli([...RUN, '--as-of', '23/02/2026', '--lang', 'vi']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe(
      `${DIR}/dossiers.csv:6: tiếp nhận 24/02/2026 09:00, sau 23/02/2026 23:59, thời điểm tính của báo cáo: không hồ sơ nào được tiếp nhận muộn hơn (hãy kiểm tra năm, ngày và tháng)\nDòng không đo được: 1\n`,
    );
    expect(text.stdout).toContain('tính đến T2 23/02/2026 23:59\n');
    expect(text.stdout).toContain('Đã giải quyết: 2 (trước hạn 0, đúng hạn 2, quá hạn 0)\n');
    expect(text.stdout).toContain('Đang giải quyết: 2 (còn hạn 1, quá hạn 1, tạm dừng chờ bổ sung 0)\n');
  });

  it('says the moment used in JSON, and a moment with its time stays that moment', async () => {
    const day = await runCli([...RUN, '--as-of', '2026-02-23', '--format', 'json']);
    expect(day.code).toBe(0);
    expect(JSON.parse(day.stdout).as_of).toBe('2026-02-23T23:59');
    const morning = await runCli([...RUN, '--as-of', '23/02/2026 09:30', '--format', 'json']);
    expect(morning.code).toBe(0);
    expect(JSON.parse(morning.stdout)).toMatchObject({ as_of: '2026-02-23T09:30', totals: { open_in_time: 2 } });
  });
});
