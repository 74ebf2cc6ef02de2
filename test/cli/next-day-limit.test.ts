import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/time/next-day';

describe('procmap lint and time, the next-day limit ("Ngày làm việc tiếp theo")', () => {
  it('reads the limit as the national portal writes it, with no error', async () => {
    for (const file of ['ngay-tiep-theo.yaml', 'sang-tiep-theo.yaml']) {
      const lint = await runCli(['lint', `${DIR}/${file}`, '--lang', 'vi']);
      expect(lint).toMatchObject({ code: 0, stderr: '' });
      expect(lint.stdout).toContain('không có vấn đề');
    }
  });

  it('is due at the close of the working day after receipt, over Tết, whatever the cutoff', async () => {
    // Fri 13/02/2026 16:00, after the file's cutoff of 15:00: Tết is 14/2 – 22/2, so Monday 23/02 at 17:00.
    const time = await runCli(['time', `${DIR}/ngay-tiep-theo.yaml`, '--received', '13/02/2026 16:00', '--lang', 'vi']);
    expect(time).toMatchObject({ code: 0, stderr: '' });
    expect(time.stdout).toContain(
      'Thời hạn giải quyết: trong ngày làm việc tiếp theo, trước giờ kết thúc ngày làm việc sau ngày tiếp nhận hồ sơ\n',
    );
    expect(time.stdout).toContain(
      'Giờ tiếp nhận cuối ngày 15:00: không áp dụng, thời hạn là ngày làm việc sau ngày tiếp nhận dù nhận lúc mấy giờ\n',
    );
    expect(time.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Hai, ngày 23/02/2026\n');
  });

  it('is due at the end of that day\'s morning for "Buổi sáng ngày làm việc tiếp theo"', async () => {
    const time = await runCli(['time', `${DIR}/sang-tiep-theo.yaml`, '--received', '13/02/2026 09:00', '--lang', 'en']);
    expect(time).toMatchObject({ code: 0, stderr: '' });
    expect(time.stdout).toContain(
      'Time limit: by the end of the morning office hours of the working day after the day of receipt\n',
    );
    expect(time.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 11:30 on Monday 23/02/2026\n');
  });

  it("names a channel's next-day limit in its words, and counts a next-day step as no single working day", async () => {
    const time = await runCli(['time', `${DIR}/kenh-tiep-theo.yaml`, '--lang', 'vi']);
    expect(time.stderr).toBe('');
    expect(time.stdout).toContain('Hồ sơ nộp trực tuyến (thời hạn trong ngày làm việc tiếp theo): các bước xong SAU');
    expect(time.stdout).toContain('Tổng: phụ thuộc ngày tiếp nhận');
    expect(time.stdout).not.toContain('được tính là 1 ngày làm việc');
  });

  it("counts a channel's working days from the next working day after the cutoff the general limit ignores", async () => {
    // Received Fri 04/12/2026 16:00, after the 15:00 cutoff. The general next-day limit runs to the close of Mon 07/12
    // (17:00) whatever the hour; the online limit of 1 working day (8 h) counts from Mon 07:30, so it too is due Mon
    // 17:00. Counted from the receipt, as the general limit is, it said Mon 16:00 (Fri 16:00–17:00 + Mon 07:30–16:00).
    const args = ['time', `${DIR}/kenh-ngay-lam-viec.yaml`, '--received', '04/12/2026 16:00'];
    const text = await runCli([...args, '--lang', 'vi']);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain(
      'Hồ sơ nộp trực tuyến (thời hạn 1 ngày làm việc): hẹn trả 17 giờ 00 phút, thứ Hai, ngày 07/12/2026\n',
    );
    const json = await runCli([...args, '--format', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout).procedures[0].channels).toEqual([
      expect.objectContaining({ kind: 'online', due: '2026-12-07T17:00' }),
    ]);
  });
});
