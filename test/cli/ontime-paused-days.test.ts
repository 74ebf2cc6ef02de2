import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/date-receipt/paused.csv: dossiers still waiting for the applicant. P1 (10 calendar days from
// Wed 01/07/2026, to Sat 11/07) paused on Mon 06/07 after 4 days; P2 (1 month from Sat 31/01/2026, to Sat 28/02)
// paused on Mon 02/02 after 1 day; P3 (2 working days) paused after 2 h 30 min of its 16 office hours (in office hours, as before).
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
      'tạm dừng từ T2 02/02/2026 08:00, còn 27 ngày (lịch), thời hạn đang tính đến T7 28/02/2026 ·',
    );
    expect(vi.stdout).toContain('tạm dừng từ T4 01/07/2026 14:00, còn 13 giờ 30 phút làm việc ·');
    const en = await runCli([...RUN, '--lang', 'en']);
    expect(en.stdout).toContain('paused since Mon 06/07/2026 08:00, 6 calendar days left ·');
    expect(en.stdout).toContain(
      'paused since Mon 02/02/2026 08:00, 27 calendar days left, the period running to Sat 28/02/2026 ·',
    );
    const json = JSON.parse((await runCli([...RUN, '--format', 'json'])).stdout);
    const p2 = json.dossiers.find((d: { id: string }) => d.id === 'P2');
    expect(p2).toMatchObject({ leftDays: 27, leftTo: '2026-02-28' });
  });
});
