import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FILE = 'test/fixtures/lien-thong/three-calendar-shares.yaml';

// "15 ngày lịch (UBND xã: 05 ngày lịch; Sở Tư pháp: 05 ngày lịch; UBND tỉnh: 05 ngày lịch)", received Mon 24/08/2026
// 10:00, counted by hand on the National Day break (Sat 29/8 – Wed 2/9, 9441/TB-BNV; Civil Code 2015 Art. 147–148):
// the commune's days 25–29/8, the 5th a Saturday in the break: it ends Thu 03/09. The Sở's 5 days count from the
// commune's last day as it fell, Sat 29/8: 30/8 – 3/9, ending Thu 03/09, a working day. The province's from Thu 3/9:
// 4–8/9, ending Tue 08/09, the appointment (15 days from 24/8). The Sở's share ended Tue 08/09, counted from the
// commune's moved end (Thu 3/9 + 5 = Tue 8/9): five days later than the text allows, leaving the province none.
describe('calendar-day shares count from the last day of the share before as it fell', () => {
  it('dates a middle share no later than the whole limit allows', async () => {
    const result = await runCli(['time', '--format', 'json', '--received', '2026-08-24 10:00', FILE]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const [report] = (
      JSON.parse(result.stdout) as {
        procedures: { due: string; shares: { agencies: { agency: string; due: string; counted_due?: string }[] } }[];
      }
    ).procedures;
    expect(report!.due).toBe('2026-09-08T17:00');
    expect(report!.shares.agencies.map(({ agency, due, counted_due }) => [agency, due, counted_due])).toEqual([
      ['UBND xã', '2026-09-03T17:00', undefined],
      ['Sở Tư pháp', '2026-09-03T17:00', undefined],
      // Counted on from each moved end instead: 3/9, 8/9, then 9–13/9, a Sunday: Mon 14/09, after the appointment.
      ['UBND tỉnh', '2026-09-08T17:00', '2026-09-14T17:00'],
    ]);
  });

  it('says the same in text', async () => {
    const result = await runCli(['time', '--lang', 'en', '--received', '2026-08-24 10:00', FILE]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Share of Sở Tư pháp (05 ngày lịch): ends 17:00 on Thursday 03/09/2026;');
  });
});
