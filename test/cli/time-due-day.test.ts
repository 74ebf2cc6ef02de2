import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const OVER = 'test/fixtures/time/over-hours/qua-hai-gio.yaml';
const ONLINE = 'test/fixtures/time/over-hours/vuot-truc-tuyen.yaml';

async function time(file: string, received: string, lang: 'vi' | 'en'): Promise<string> {
  const result = await runCli(['time', file, '--received', received, '--lang', lang]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('procmap time, steps that end after the appointment hour on its day', () => {
  it('says the dossier is on time by the law but later than the slip, as ontime rates it; not that it cannot be', async () => {
    // 3 working days from Fri 13/02/2026 09:00 (Tết off 14–22/02): appointment Wed 25/02 09:00; 26 h of steps end at
    // 11:00 that day, within the limit in whole days, which runs to 24:00.
    const vi = await time(OVER, '13/02/2026 09:00', 'vi');
    expect(vi).toContain(
      'Các bước xong lúc:      T4 25/02/2026 11:00, SAU giờ hẹn trả 0,25 ngày làm việc (2 giờ), trong ngày hẹn trả: vẫn đúng hạn theo luật vì thời hạn tính bằng ngày kết thúc lúc 24 giờ ngày đó, nhưng muộn hơn giờ ghi trên phiếu hẹn\n',
    );
    expect(vi).not.toContain('không thể đúng hạn');
    const en = await time(OVER, '13/02/2026 09:00', 'en');
    expect(en).toContain(
      'Steps done by:       Wed 25/02/2026 11:00, 0.25 working days (2 h) AFTER the appointment hour, on its day: on time by the law, as the limit in whole days ends at 24:00 of that day, but later than the hour the receipt slip gives\n',
    );
  });

  it('still says a dossier cannot be on time when the steps end on a later day', async () => {
    // Received 16:00: appointment Wed 25/02 16:00, the steps end Thu 26/02 08:30.
    const vi = await time(OVER, '13/02/2026 16:00', 'vi');
    expect(vi).toContain(
      'T5 26/02/2026 08:30, SAU hẹn trả 0,25 ngày làm việc (2 giờ): hồ sơ này không thể đúng hạn theo quy trình\n',
    );
    const en = await time(OVER, '13/02/2026 16:00', 'en');
    expect(en).toContain(
      '0.25 working days (2 h) AFTER the appointment: this dossier cannot be done on time as planned\n',
    );
  });

  it("words a channel's own appointment the same way", async () => {
    const vi = await time(ONLINE, '13/02/2026 09:00', 'vi');
    expect(vi).toContain(
      'Hồ sơ nộp trực tuyến (thời hạn 3 ngày làm việc): hẹn trả 09 giờ 00 phút, thứ Tư, ngày 25/02/2026; các bước xong sau giờ hẹn trả này, trong ngày hẹn trả: vẫn đúng hạn theo luật, muộn hơn giờ ghi trên phiếu hẹn\n',
    );
    const en = await time(ONLINE, '13/02/2026 09:00', 'en');
    expect(en).toContain(
      'Filed online (limit 3 working days): appointment 09:00 on Wednesday 25/02/2026; the steps end after this appointment hour, on its day: on time by the law, later than the slip says\n',
    );
  });
});

describe('procmap time --format json, steps that end after the appointment hour on its day', () => {
  async function json(file: string, received: string) {
    const result = await runCli(['time', file, '--received', received, '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return (JSON.parse(result.stdout) as { procedures: Record<string, unknown>[] }).procedures[0]!;
  }

  it('says so in on_due_day beside on_time, for the procedure and for a channel of its own', async () => {
    expect(await json(OVER, '13/02/2026 09:00')).toMatchObject({ on_time: false, on_due_day: true });
    expect(await json(ONLINE, '13/02/2026 09:00')).toMatchObject({
      channels: [expect.objectContaining({ on_time: false, on_due_day: true })],
    });
  });

  it('is false when the steps end on a later day, and when they end in time', async () => {
    expect(await json(OVER, '13/02/2026 16:00')).toMatchObject({ on_time: false, on_due_day: false });
    expect(await json(OVER, '02/03/2026 07:30')).toMatchObject({ on_due_day: false });
  });
});
