import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/time/channel-cutoff/written: `trong ngày` with `cutoff: "15:00"`; online "trong ngày (nếu tiếp nhận
// trước 11 giờ)"; postal 2 working days whose clause names 16 giờ. The written cutoff wins (docs/calendar.md), so
// `time` and `ontime` count, as `same-day-cutoff` says, both channels with 15:00.
const DIR = 'test/fixtures/time/channel-cutoff/written';

describe('a channel whose limit names another hour than the written cutoff', () => {
  it('time counts the channel with the written cutoff', async () => {
    const args = ['time', `${DIR}/chan.yaml`, '--format', 'json', '--lang', 'en'];
    const at14 = await runCli([...args, '--received', '09/03/2026 14:00']);
    expect([at14.code, at14.stderr]).toEqual([0, '']);
    // 14:00 is before 15:00: online is due the same day (11:00 would have made it Tuesday).
    const online = JSON.parse(at14.stdout).procedures[0].channels[0];
    expect(online).toMatchObject({ kind: 'online', due: '2026-03-09T17:00' });
    // 15:30 is after 15:00 (and before the clause's 16:00): postal counts from Tuesday 07:30, 16 h to Wed 17:00.
    const at1530 = await runCli([...args, '--received', '09/03/2026 15:30']);
    expect([at1530.code, at1530.stderr]).toEqual([0, '']);
    const postal = JSON.parse(at1530.stdout).procedures[0].channels[1];
    expect(postal).toMatchObject({ kind: 'postal', due: '2026-03-11T17:00' });
  });

  it('ontime judges the channel with the same hour', async () => {
    const result = await runCli(['ontime', `${DIR}/chan.csv`, '--catalog', DIR, '--lang', 'en']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('Finished: 4 (early 0, on time 1, late 3)');
    expect(result.stdout).toContain(
      'C3 QT-CHAN · late · received Mon 09/03/2026 14:00 · statutory due date Mon 09/03/2026 17:00',
    );
    expect(result.stdout).not.toContain('C4 QT-CHAN · late');
  });
});
