import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/time/next-day';

describe('procmap time and lint, a same-day limit whose next-day clause gives an hour', () => {
  it('gives a dossier received after the cutoff the hour the clause names, not the close of the next day', async () => {
    const ten = await runCli(['time', `${DIR}/truoc-10-gio.yaml`, '--received', '07/12/2026 16:00', '--lang', 'vi']);
    expect(ten.stderr).toBe('');
    expect(ten.code).toBe(0);
    expect(ten.stdout).toContain('HẸN TRẢ KẾT QUẢ: 10 giờ 00 phút, thứ Ba, ngày 08/12/2026\n');
    const morning = await runCli(['time', `${DIR}/buoi-sang.yaml`, '--received', '07/12/2026 16:00', '--lang', 'vi']);
    expect(morning.code).toBe(0);
    expect(morning.stdout).toContain('HẸN TRẢ KẾT QUẢ: 11 giờ 30 phút, thứ Ba, ngày 08/12/2026\n');
  });

  it('gives a dossier received after the cutoff the close of the last of the next working days the clause names', async () => {
    // Mon 03/03/2025 16:00, "trong 02 ngày làm việc tiếp theo": Tue 04/03 and Wed 05/03, by hand.
    const two = await runCli(['time', `${DIR}/hai-ngay.yaml`, '--received', '2025-03-03 16:00', '--lang', 'vi']);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    expect(two.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Tư, ngày 05/03/2025\n');
    const lint = await runCli(['lint', `${DIR}/hai-ngay.yaml`, '--lang', 'vi']);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(0);
  });

  it('checks the steps against that hour', async () => {
    // 1.5 h of steps fit the 2 h left before 17:00 after a receipt at 15:00, not the hour before 08:30 the next day.
    const lint = await runCli(['lint', `${DIR}/truoc-8-gio-30.yaml`, '--lang', 'vi']);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      'tiếp nhận T3 01/07/2025 15:01 thì chỉ còn 1 giờ làm việc đến T4 02/07/2025 08:30, các bước xong T4 02/07/2025 09:00, muộn 30 phút',
    );
  });

  it('refuses a clause whose hour it cannot read, saying what to write', async () => {
    const lint = await runCli(['lint', `${DIR}/buoi-trua.yaml`, '--lang', 'vi']);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '6:13  lỗi  "Trong ngày; nếu tiếp nhận sau 15h thì trả kết quả vào buổi trưa ngày làm việc tiếp theo": "buổi trưa" không cho biết mấy giờ ngày làm việc tiếp theo phải trả kết quả cho hồ sơ tiếp nhận muộn. Tính đến hết ngày đó thì ngày hẹn có thể muộn hơn luật cho phép. Hãy ghi rõ giờ trả, ví dụ "Trong ngày; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trước 10 giờ ngày làm việc tiếp theo", hoặc ghi "… thì trả kết quả vào buổi sáng ngày làm việc tiếp theo"  schema',
    );
    const en = await runCli(['lint', `${DIR}/buoi-trua.yaml`, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '"buổi trưa" does not say at what hour of the next working day a dossier received late is due. Counted to the end of that day',
    );
  });
});
