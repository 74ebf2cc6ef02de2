import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Bundled chung-thuc-ban-sao with "… nếu tiếp nhận sau 15 giờ thì trả kết quả trước 9 giờ ngày làm việc tiếp theo":
// received Fri 04/12/2026 16:00, due Mon 07/12 09:00; its 1.75 h of steps from Monday's opening end 09:15.
const NINE = 'test/fixtures/time/next-day-late/truoc-9-gio.yaml';
// Online's own limit names the same hour; the steps end 09:30 that Monday.
const ONLINE = 'test/fixtures/time/next-day-late/truc-tuyen-truoc-9-gio.yaml';
const RECEIVED = '04/12/2026 16:00';

describe('procmap time, steps that end after the hour a next-day clause names, on its day', () => {
  it('says they are late, as lint does, not on time by a 24:00 the law does not give', async () => {
    const vi = await runCli(['time', NINE, '--received', RECEIVED, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      'Các bước xong lúc:      T2 07/12/2026 09:15, SAU hẹn trả 15 phút làm việc: hồ sơ này không thể đúng hạn theo quy trình\n',
    );
    expect(vi.stdout).not.toContain('24 giờ');
    const en = await runCli(['time', NINE, '--received', RECEIVED, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(
      '15 working minutes AFTER the appointment: this dossier cannot be done on time as planned\n',
    );
    const lint = await runCli(['lint', NINE, '--lang', 'vi']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('các bước xong T5 16/10/2025 09:15, muộn 15 phút làm việc');
  });

  it("words a channel's own appointment at such an hour as late", async () => {
    const vi = await runCli(['time', ONLINE, '--received', RECEIVED, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      'Hồ sơ nộp trực tuyến (thời hạn trong ngày): hẹn trả 09 giờ 00 phút, thứ Hai, ngày 07/12/2026; các bước xong SAU hẹn trả này\n',
    );
  });
});

describe('procmap time --format json, steps that end after the hour a next-day clause names', () => {
  async function json(file: string) {
    const result = await runCli(['time', file, '--received', RECEIVED, '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return (JSON.parse(result.stdout) as { procedures: Record<string, unknown>[] }).procedures[0]!;
  }

  it('gives on_due_day false beside on_time false, for the procedure and for a channel of its own', async () => {
    expect(await json(NINE)).toMatchObject({
      due: '2026-12-07T09:00',
      finish: '2026-12-07T09:15',
      on_time: false,
      on_due_day: false,
    });
    expect(await json(ONLINE)).toMatchObject({
      channels: [expect.objectContaining({ due: '2026-12-07T09:00', on_time: false, on_due_day: false })],
    });
  });
});
