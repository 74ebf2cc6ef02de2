import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const DESK = 'test/fixtures/share-steps/desk-return.yaml';
const UNMATCHED = 'test/fixtures/share-steps/unmatched.yaml';
const RECEIVED = ['--received', '24/04/2026 10:00'];

// The desk of the commune receives (s1, 4 h) and hands back the result (s4, 4 h) after the Sở's 9.5 days: the return
// is in the Sở's share, for `time` and lint alike. Received Fri 24/4/2026 10:00: the commune's 5 days run past Hùng
// Kings (Mon 27/4, in lieu of Sun 26/4) and 30/4 – 1/5 to Wed 6/5 10:00; the Sở's 10 from there to Wed 20/5 10:00.
// Before, `time` put s4 in the commune's share (10 days late) while lint found it 0.5 days over.
describe('liên thông shares: one attribution of steps for time and lint (CLI)', () => {
  it("time puts the desk's return in the Sở's share and finds every share kept", async () => {
    const result = await runCli(['time', '--lang', 'en', ...RECEIVED, DESK]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'APPOINTMENT (ngày hẹn trả kết quả): 10:00 on Wednesday 20/05/2026\n' +
        'Share of UBND xã (05 ngày làm việc): ends 10:00 on Wednesday 06/05/2026; its steps (step 1 "Tiếp nhận hồ sơ", step 2 "UBND xã xử lý") end Wed 06/05/2026 10:00, exactly at its end\n' +
        'Share of Sở Tư pháp (10 ngày làm việc): ends 10:00 on Wednesday 20/05/2026; its steps (step 3 "Sở Tư pháp xử lý", step 4 "Trả kết quả") end Wed 20/05/2026 10:00, exactly at its end\n' +
        "The steps of every agency end within the agency's share\n",
    );
  });

  it('lint agrees: no share is over', async () => {
    const result = await runCli(['lint', '--lang', 'en', DESK]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('a share that names no body doing a step is a warning that says what to write, and does not block', async () => {
    const result = await runCli(['lint', UNMATCHED], { env: { LANG: 'vi_VN.UTF-8' } });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe(
      `${UNMATCHED}\n` +
        '  7:13  cảnh báo  Phần thời gian của «Sở Tư pháp» (10 ngày làm việc) trong thời hạn không khớp với cơ quan nào thực hiện các bước, nên chưa kiểm tra được các bước của cơ quan này: hãy ghi tên cơ quan như trong bodies («Phòng Tư pháp»), ví dụ "Phòng Tư pháp: 10 ngày làm việc"  steps-within-share\n\n' +
        '✖ 1 vấn đề (0 lỗi, 1 cảnh báo)\n',
    );
  });

  it('time says which share names no body, in the same words', async () => {
    const result = await runCli(['time', '--lang', 'en', ...RECEIVED, UNMATCHED]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'The steps are not judged against the shares: the share of "Sở Tư pháp" (10 ngày làm việc) matches no body that does a step; write the agency as its body is named in bodies ("Phòng Tư pháp"), e.g. "Phòng Tư pháp: 10 ngày làm việc"\n',
    );
  });

  it('time lists the bodies to choose from in Vietnamese too, as lint does', async () => {
    const result = await runCli(['time', ...RECEIVED, UNMATCHED], { env: { LANG: 'vi_VN.UTF-8' } });
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'hãy ghi tên cơ quan như trong bodies («Phòng Tư pháp»), ví dụ "Phòng Tư pháp: 10 ngày làm việc"\n',
    );
  });

  it('json gives the unmatched share with its time and the bodies to choose from, as lint does', async () => {
    const result = await runCli(['time', '--format', 'json', ...RECEIVED, UNMATCHED]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(JSON.parse(result.stdout).procedures[0].shares.unmatched).toEqual({
      agency: 'Sở Tư pháp',
      limit: '10 ngày làm việc',
      bodies: ['Phòng Tư pháp'],
    });
  });
});

// Calendar-day shares, hand-counted (Civil Code Art. 147: from the day after; a last day off moves to the next working
// day's close). Received Fri 24/4/2026 10:00: the commune's 7 days are 25/4 – 1/5, 1/5 a holiday and 2–3/5 a weekend,
// so its share ends Mon 4/5 17:00; its 4 working days (Fri 5.5 h; 26–27/4 and 30/4 – 1/5 off; Tue 28, Wed 29, Mon 4/5;
// 2.5 h on Tue 5/5) end Tue 5/5 10:00, 2.5 h late. The Sở's 13 days from 4/5 end Sun 17/5, so Mon 18/5 17:00.
describe('liên thông shares in calendar days are dated by time (CLI)', () => {
  it('dates each share in calendar days over the 30/4 – 1/5 holiday', async () => {
    const result = await runCli(['time', '--lang', 'en', ...RECEIVED, 'test/fixtures/share-steps/calendar-days.yaml']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'Share of UBND xã (07 ngày): ends 17:00 on Monday 04/05/2026; its steps (step 1 "Tiếp nhận và thẩm định") end Tue 05/05/2026 10:00, 2 working hours 30 minutes AFTER it\n' +
        'Share of Sở Tư pháp (13 ngày): ends 17:00 on Thursday 14/05/2026 (the appointment: counted on from the share before, it would end Mon 18/05/2026 17:00, after the appointment, and the whole time limit binds); its steps (step 2 "Sở Tư pháp xử lý") end Fri 15/05/2026 10:00, 2 working hours 30 minutes AFTER it\n',
    );
  });

  // Hand-counted from Fri 24/4/2026: the commune's 7 days are 25/4 – 1/5, carried past 30/4 – 1/5 and the weekend to
  // Mon 4/5; the Sở's 13 from 5/5 end Sun 17/5, carried to Mon 18/5. The whole 20 days from 25/4 end Thu 14/5, the
  // appointment: the Sở's share ends there, and its steps ending Fri 15/5 10:00 are late.
  it('gives the share counted past the appointment in json, its due the appointment', async () => {
    const file = 'test/fixtures/share-steps/calendar-days.yaml';
    const result = await runCli(['time', '--format', 'json', ...RECEIVED, file]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const { agencies, all_on_time } = JSON.parse(result.stdout).procedures[0].shares;
    expect(all_on_time).toBe(false);
    expect(agencies[1]).toEqual({
      agency: 'Sở Tư pháp',
      limit: '13 ngày',
      due: '2026-05-14T17:00',
      counted_due: '2026-05-18T17:00',
      steps: ['s2'],
      finish: '2026-05-15T10:00',
      on_time: false,
    });
    expect(agencies[0].counted_due).toBeUndefined();
  });

  // Effective Mon 20/4/2026, so the first receipt tried past the total is hand-counted: received Thu 23/4, the commune's
  // 7 days 24/4 – 30/4 end on a holiday and run to Mon 4/5 (1/5 off, 2–3/5 the weekend); the Sở's 13 from 5/5 end Sun
  // 17/5, so Mon 18/5; the 20 days from 24/4 end Wed 13/5. Received Wed 22/4 they end Mon 11/5 both (10/5 a Sunday).
  it('lint warns when shares counted one after another can end after the appointment', async () => {
    const file = 'test/fixtures/share-steps/calendar-past-total.yaml';
    const result = await runCli(['lint', '--lang', 'en', file]);
    expect([result.code, result.stderr]).toEqual([1, '']);
    expect(result.stdout).toContain(
      '  7:13  warning  The shares in "20 ngày (UBND xã: 07 ngày; Sở Tư pháp: 13 ngày)", counted one after another, can end after the appointment of the whole limit: received Thu 23/04/2026 07:30, the share of Sở Tư pháp ends Mon 18/05/2026 17:00, the appointment is Wed 13/05/2026 17:00 (a share ending on a day off runs to the next working day). The whole limit binds: Sở Tư pháp must finish by the appointment; or write the shares so that they end within it  steps-within-share\n',
    );
  });

  it("says a calendar share's overrun in days and hours, not in hours alone", async () => {
    const file = 'test/fixtures/share-steps/calendar-days.yaml';
    const result = await runCli(['lint', file], { env: { LANG: 'vi_VN.UTF-8' } });
    expect([result.code, result.stderr]).toEqual([1, '']);
    expect(result.stdout).toContain(
      'nhận T6 24/01/2025 17:00 thì các bước xong T5 06/02/2025 17:00, sau khi hết phần thời gian (T2 03/02/2025 17:00) 3 ngày làm việc (24 giờ): hãy rút ngắn các bước',
    );
    expect(result.stdout).toContain(
      'nhận T3 21/01/2025 17:00 thì các bước xong T6 07/02/2025 17:00, sau khi hết phần thời gian (T2 03/02/2025 17:00) 4 ngày làm việc (32 giờ): hãy rút ngắn các bước',
    );
    expect(result.stdout).not.toContain('sau khi hết phần thời gian (T2 03/02/2025 17:00) 32 giờ');
  });

  it('section 5.4 of the document judges each calendar-day share over the receipts, as lint does', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-shares-'));
    const file = 'test/fixtures/share-steps/calendar-days.yaml';
    const result = await runCli(['doc', file, '-f', 'md', '-o', out], { env: { LANG: 'vi_VN.UTF-8' } });
    expect([result.code, result.stderr]).toEqual([0, '']);
    const md = readFileSync(join(out, 'P-LT5.md'), 'utf8');
    expect(md).toContain(
      'Phần thời gian của Sở Tư pháp: 13 ngày; các bước của cơ quan này (2. Sở Tư pháp xử lý) theo đường găng: 8 ngày làm việc (64 giờ): **Không đạt với mọi ngày nhận hồ sơ: nhận T3 21/01/2025 17:00 thì các bước xong T6 07/02/2025 17:00, sau khi hết phần thời gian của Sở Tư pháp (T2 03/02/2025 17:00) 4 ngày làm việc (32 giờ)**',
    );
    expect(md).toContain('Phần thời gian của UBND xã: 07 ngày; các bước của cơ quan này (1. Tiếp nhận và thẩm định)');
  });
});

// The online limit gives its own shares. Received Fri 24/4/2026 10:00: the commune's 3 working days (24 h) are Fri 5.5 h,
// Tue 28/4 and Wed 29/4 (26–27/4 and 30/4 – 1/5 off) and 2.5 h of Mon 4/5: 10:00; the Sở's 9 (72 h) from there are
// Mon 5.5 h, 5/5 – 14/5 (64 h) and 2.5 h of Fri 15/5: 10:00. The commune's 4 days end Tue 5/5 10:00, a day late.
describe("a way of filing's own shares are dated by time (CLI)", () => {
  const FILE = 'test/fixtures/share-steps/channel-shares.yaml';

  it('dates the online shares under the online appointment', async () => {
    const result = await runCli(['time', '--lang', 'en', ...RECEIVED, FILE]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain(
      'Filed online (limit 12 working days): appointment 10:00 on Friday 15/05/2026\n' +
        'Share of UBND xã (03 ngày làm việc): ends 10:00 on Monday 04/05/2026; its steps (step 1 "UBND xã xử lý") end Tue 05/05/2026 10:00, 1 working day (8 h) AFTER it\n' +
        'Share of Sở Tư pháp (09 ngày làm việc): ends 10:00 on Friday 15/05/2026; its steps (step 2 "Sở Tư pháp xử lý") end Fri 15/05/2026 10:00, exactly at its end\n',
    );
  });

  it('gives them in json under the channel', async () => {
    const result = await runCli(['time', '--format', 'json', ...RECEIVED, FILE]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const online = JSON.parse(result.stdout).procedures[0].channels[0];
    expect(online.shares.agencies.map((a: { due: string; on_time: boolean }) => [a.due, a.on_time])).toEqual([
      ['2026-05-04T10:00', false],
      ['2026-05-15T10:00', true],
    ]);
    expect(online.shares.all_on_time).toBe(false);
  });
});

// The online limit has shares of its own in calendar days ("20 ngày lịch (UBND xã: 07 ngày lịch; Sở Tư pháp: 13 ngày
// lịch)"), written out as calendar days. Hand-counted over Tết 2025 (Sat 25/1 – Sun 2/2): received Fri 24/1 at closing
// time, 17:00, the commune's 7 days 25–31/1 end in Tết, so Mon 3/2 17:00; its 4 working days (3–6/2) end Thu 6/2 17:00,
// 3 working days late. Got Tue 21/1 17:00, the Sở's 13 days 22/1 – 3/2 end Mon 3/2 17:00; its 8 working days (22–24/1,
// 3–7/2) end Fri 7/2 17:00, 4 days late (a minute less for a dossier got at 16:59). Before, section 5.4 had no line
// for them, and the share "07 ngày lịch" was read as "07 ngày lịch lịch", which ended at the receipt.
describe("a way of filing's own calendar-day shares in section 5.4 and lint (CLI)", () => {
  const FILE = 'test/fixtures/share-steps/channel-calendar-shares.yaml';

  it.each([
    [
      'vi',
      'Phần thời gian của UBND xã (trực tuyến): 07 ngày lịch; các bước của cơ quan này (1. UBND xã xử lý) theo đường găng: 4 ngày làm việc (32 giờ): **Không đạt với mọi ngày nhận hồ sơ: nhận T6 24/01/2025 17:00 thì các bước xong T5 06/02/2025 17:00, sau khi hết phần thời gian của UBND xã (trực tuyến) (T2 03/02/2025 17:00) 3 ngày làm việc (24 giờ)**\n\n' +
        'Phần thời gian của Sở Tư pháp (trực tuyến): 13 ngày lịch; các bước của cơ quan này (2. Sở Tư pháp xử lý) theo đường găng: 8 ngày làm việc (64 giờ): **Không đạt với mọi ngày nhận hồ sơ: nhận T3 21/01/2025 17:00 thì các bước xong T6 07/02/2025 17:00, sau khi hết phần thời gian của Sở Tư pháp (trực tuyến) (T2 03/02/2025 17:00) 4 ngày làm việc (32 giờ)**\n',
    ],
    [
      'en',
      'Share of UBND xã (online): 07 ngày lịch; its steps (1. UBND xã xử lý) on the critical path: 4 working days (32 h): **Not within the share of UBND xã (online) for every date it may get the dossier: got Fri 24/01/2025 17:00, its steps end Thu 06/02/2025 17:00, 3 working days (24 h) after the share ends Mon 03/02/2025 17:00**\n',
    ],
  ] as const)(
    'section 5.4 gives a line per share of the online limit after the general ones (%s)',
    async (lang, lines) => {
      const out = mkdtempSync(join(tmpdir(), 'procmap-channel-shares-'));
      const result = await runCli(['doc', '--lang', lang, FILE, '-f', 'md', '-o', out]);
      expect([result.code, result.stderr]).toEqual([0, '']);
      const md = readFileSync(join(out, 'P-LT7.md'), 'utf8');
      const section = md.slice(md.indexOf('### 5.4'), md.indexOf('### 5.5'));
      expect(section).toContain(lines);
      // The general limit's shares in working days keep their lines, before the channel's.
      expect(
        section.indexOf(lang === 'vi' ? 'Phần thời gian của UBND xã: 5 ngày' : 'Share of UBND xã: 5 working'),
      ).toBeLessThan(
        section.indexOf(lang === 'vi' ? 'Phần thời gian của UBND xã (trực tuyến)' : 'Share of UBND xã (online)'),
      );
    },
  );

  it('lint dates a share written "07 ngày lịch" from the day after receipt, as the document does', async () => {
    const result = await runCli(['lint', '--lang', 'en', FILE]);
    expect([result.code, result.stderr]).toEqual([1, '']);
    expect(result.stdout).toContain(
      'for every date it may get the dossier: got Fri 24/01/2025 17:00, they end Thu 06/02/2025 17:00, 3 working days (24 h) after the share ends Mon 03/02/2025 17:00: shorten them, or correct the share  steps-within-share\n',
    );
  });
});
