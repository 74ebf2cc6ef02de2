import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/channel-grades';
const AS_OF = ['--as-of', '31/03/2027 17:00'];

describe('online filing at two grades, each with its limit (CLI)', () => {
  it('time names each online line by its grade, in text and in JSON', async () => {
    const args = ['time', `${DIR}/catalog/pgr.yaml`, '--received', '24/12/2026 14:00'];
    const text = await runCli(args);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    // Both lines said "Hồ sơ nộp trực tuyến", the grade lost.
    expect(text.stdout).toContain(
      'Hồ sơ nộp trực tuyến một phần (thời hạn 4 ngày làm việc): hẹn trả 14 giờ 00 phút, thứ Tư, ngày 30/12/2026\n' +
        'Hồ sơ nộp trực tuyến toàn trình (thời hạn 3 ngày làm việc): hẹn trả 14 giờ 00 phút, thứ Ba, ngày 29/12/2026\n',
    );
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.stdout).toContain('Filed online – Trực tuyến một phần (limit 4 working days): appointment 14:00');
    const json = await runCli([...args, '-f', 'json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const [procedure] = JSON.parse(json.stdout).procedures;
    expect(procedure.channels.map((c: { note?: string; due: string }) => [c.note, c.due])).toEqual([
      ['Trực tuyến một phần', '2026-12-30T14:00'],
      ['Trực tuyến toàn trình', '2026-12-29T14:00'],
    ]);
    expect(procedure.channel_limits.map((c: { note?: string }) => c.note)).toEqual([
      'Trực tuyến một phần',
      'Trực tuyến toàn trình',
    ]);
  });

  it('ontime measures a dossier by the grade its channel cell says, and one that says none by the limit due first', async () => {
    const result = await runCli([
      'ontime',
      `${DIR}/grades.csv`,
      '--catalog',
      `${DIR}/catalog`,
      ...AS_OF,
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Finished: 5 (early 1, on time 1, late 3)\n');
    // G3 ("Trực tuyến một phần", 4 working days) was judged by the 3 days of "toàn trình": due 29/12, late.
    expect(result.stdout).not.toContain(' G3 ');
    for (const id of ['G1', 'G2', 'G4'])
      expect(result.stdout).toContain(
        ` ${id} pgr · late · received Thu 24/12/2026 14:00 · statutory due date Tue 29/12/2026 14:00 · finished Wed 30/12/2026 10:00 · late by 5 working hours 30 minutes\n`,
      );
  });
});

describe("a channel's own same-day limit that names its hour (CLI)", () => {
  it('lint reads the hour as that channel’s cutoff, not as a missing one', async () => {
    const result = await runCli(['lint', '--lang', 'en', `${DIR}/catalog/pch3.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.code).toBe(0);
  });

  it('lint names the channel whose same-day limit the steps overrun', async () => {
    const result = await runCli(['lint', '--lang', 'en', `${DIR}/same-day-over/pch4.yaml`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  11:17  error  The result (online) is due the same day, but the steps need more');
    const vi = await runCli(['lint', '--lang', 'vi', `${DIR}/same-day-over/pch4.yaml`]);
    expect(vi.stdout).toContain('  11:17  lỗi  Kết quả (trực tuyến) phải trả trong ngày, nhưng các bước cần');
  });

  it('time gives a receipt after that hour the next working day, for the online channel only', async () => {
    const result = await runCli(['time', `${DIR}/catalog/pch3.yaml`, '--received', '14/12/2026 16:00']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // It said 17:00 Monday 14/12, as if the limit named no hour.
    expect(result.stdout).toContain(
      'HẸN TRẢ KẾT QUẢ: 16 giờ 00 phút, thứ Tư, ngày 16/12/2026\n' +
        'Hồ sơ nộp trực tuyến (thời hạn trong ngày): hẹn trả 17 giờ 00 phút, thứ Ba, ngày 15/12/2026\n',
    );
    const dateOnly = await runCli(['time', `${DIR}/catalog/pch3.yaml`, '--received', '14/12/2026']);
    expect(dateOnly.stdout).toContain(
      'Hồ sơ nộp trực tuyến (thời hạn trong ngày): hẹn trả 17 giờ 00 phút, thứ Hai, ngày 14/12/2026\n' +
        '  Nếu nhận sau 15:00 ngày đó: hẹn trả 17 giờ 00 phút, thứ Ba, ngày 15/12/2026\n',
    );
  });

  it('ontime counts a dossier received after that hour from the next working day', async () => {
    const result = await runCli([
      'ontime',
      `${DIR}/same-day.csv`,
      '--catalog',
      `${DIR}/catalog`,
      ...AS_OF,
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // Returned Tue 15/12 10:00, due that day 17:00: it was late against Monday 17:00.
    expect(result.stdout).toContain('Finished: 1 (early 0, on time 1, late 0)\n');
    expect(result.stdout).not.toContain(' T1 ');
  });
});
