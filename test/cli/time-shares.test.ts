import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const OVER = 'test/fixtures/share-dues/over.yaml';
const WITHIN = 'test/fixtures/share-dues/within.yaml';
const RECEIVED = ['--received', '24/04/2026 10:00'];

// Received Fri 24/4/2026 10:00: UBND xã's 5 days run past Hùng Kings (Mon 27/4) and 30/4 – 1/5 to Wed 6/5 10:00,
// Sở Tư pháp's 10 from there to Wed 20/5 10:00, the general appointment.
describe('time: each share of a liên thông limit dated after the appointment (CLI)', () => {
  it('says the commune steps run 2 days past its share, though the total is exactly the limit', async () => {
    const result = await runCli(['time', '--lang', 'en', ...RECEIVED, OVER]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'APPOINTMENT (ngày hẹn trả kết quả): 10:00 on Wednesday 20/05/2026\n' +
        'Share of UBND xã (05 ngày làm việc): ends 10:00 on Wednesday 06/05/2026; its steps (step 1 "UBND xã xử lý") end Fri 08/05/2026 10:00, 2 working days (16 h) AFTER it\n' +
        'Share of Sở Tư pháp (10 ngày làm việc): ends 10:00 on Wednesday 20/05/2026; its steps (step 2 "Sở Tư pháp xử lý") end Wed 20/05/2026 10:00, exactly at its end\n\n',
    );
  });

  it('says so in Vietnamese by default', async () => {
    const result = await runCli(['time', ...RECEIVED, OVER], { env: { LANG: 'vi_VN.UTF-8' } });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'Phần của UBND xã (05 ngày làm việc): hết hạn 10 giờ 00 phút, thứ Tư, ngày 06/05/2026; các bước của cơ quan này (bước 1 «UBND xã xử lý») xong T6 08/05/2026 10:00, SAU hạn 2 ngày làm việc (16 giờ)\n',
    );
  });

  it('says when every agency keeps to its share', async () => {
    const result = await runCli(['time', '--lang', 'en', ...RECEIVED, WITHIN]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'Share of Sở Tư pháp (10 ngày làm việc): ends 10:00 on Wednesday 20/05/2026; its steps (step 2 "Sở Tư pháp xử lý") end Tue 19/05/2026 10:00, 1 working day (8 h) before it\n' +
        "The steps of every agency end within the agency's share\n",
    );
  });

  it('gives the shares in json', async () => {
    const result = await runCli(['time', '--format', 'json', ...RECEIVED, OVER]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(JSON.parse(result.stdout).procedures[0].shares).toEqual({
      agencies: [
        {
          agency: 'UBND xã',
          limit: '05 ngày làm việc',
          due: '2026-05-06T10:00',
          steps: ['s1'],
          finish: '2026-05-08T10:00',
          on_time: false,
        },
        {
          agency: 'Sở Tư pháp',
          limit: '10 ngày làm việc',
          due: '2026-05-20T10:00',
          steps: ['s2'],
          finish: '2026-05-20T10:00',
          on_time: true,
        },
      ],
      all_on_time: false,
    });
  });
});
