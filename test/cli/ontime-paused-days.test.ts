import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/date-receipt/paused.csv: dossiers still waiting for the applicant. P1 (10 calendar days from
// Wed 01/07/2026, to Sat 11/07) paused on Mon 06/07 after 4 days; P2 (1 month from Sat 31/01/2026, to Sat 28/02,
// due Mon 02/03) paused on Mon 02/02 after 1 day; P3 (2 working days) paused after 2 h 30 min of its 16 office hours (in office hours, as before).
const RUN = [
  'ontime',
  'test/fixtures/ontime/date-receipt/paused.csv',
  '--catalog',
  'test/fixtures/ontime/date-receipt/catalog',
  '--as-of',
  '06/12/2026',
];

describe('procmap ontime, a paused dossier', () => {
  it('says the time left in its limit’s own unit: calendar days, and for months the day the period ran to', async () => {
    const vi = await runCli([...RUN, '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      'P1 CD10 · tạm dừng, chờ bổ sung · tiếp nhận T4 01/07/2026 10:00 · tạm dừng từ T2 06/07/2026 08:00, còn 6 ngày (lịch) ·',
    );
    expect(vi.stdout).toContain(
      'tạm dừng từ T2 02/02/2026 08:00, còn 27 ngày (lịch), thời hạn đang tính đến T2 02/03/2026 ·',
    );
    expect(vi.stdout).toContain('tạm dừng từ T4 01/07/2026 14:00, còn 13 giờ 30 phút làm việc ·');
    const en = await runCli([...RUN, '--lang', 'en']);
    expect(en.stdout).toContain('paused since Mon 06/07/2026 08:00, 6 calendar days left ·');
    expect(en.stdout).toContain(
      'paused since Mon 02/02/2026 08:00, 27 calendar days left, the period running to Mon 02/03/2026 ·',
    );
    const json = JSON.parse((await runCli([...RUN, '--format', 'json'])).stdout);
    const p2 = json.dossiers.find((d: { id: string }) => d.id === 'P2');
    expect(p2).toMatchObject({ leftDays: 27, leftTo: '2026-03-02' });
  });

  it('names, under a month limit, the due day `time` gives for the same receipt: never a Saturday, Sunday or holiday', async () => {
    // paused-months.csv: a month from Sat 31/01/2026 ends Sat 28/02 and from Thu 30/04 Sat 30/05; `time` moves each due
    // date to the Monday after (02/03, 01/06). From Fri 28/08 it ends Mon 28/09, a working day, and stays.
    const file = 'test/fixtures/ontime/date-receipt/paused-months.csv';
    const vi = await runCli(['ontime', file, ...RUN.slice(2), '--lang', 'vi']);
    expect(vi.stderr).toBe('');
    expect(vi.code).toBe(0);
    const named = [...vi.stdout.matchAll(/ (M-\d) M1 .*thời hạn đang tính đến \S+ (\d\d)\/(\d\d)\/(\d{4}) ·/g)].map(
      ([, id, d, m, y]) => [id, `${y}-${m}-${d}`],
    );
    const received = { 'M-1': '31/01/2026 10:00', 'M-2': '30/04/2026 10:00', 'M-3': '28/08/2026 10:00' };
    const dueDays = await Promise.all(
      Object.entries(received).map(async ([id, at]) => {
        const time = JSON.parse(
          (await runCli(['time', `${RUN[3]}/M1.yaml`, '--received', at, '--format', 'json'])).stdout,
        );
        return [id, JSON.stringify(time).match(/"due":"(\d{4}-\d\d-\d\d)T17:00"/)![1]];
      }),
    );
    expect(dueDays).toEqual([
      ['M-1', '2026-03-02'],
      ['M-2', '2026-06-01'],
      ['M-3', '2026-09-28'],
    ]);
    expect(named).toEqual(dueDays);
  });
});
