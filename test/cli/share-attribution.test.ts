import { describe, expect, it } from 'vitest';
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
      'The steps are not judged against the shares: the share of "Sở Tư pháp" (10 ngày làm việc) matches no body that does a step; write the agency as its body is named in bodies\n',
    );
  });
});
