import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// pause-unread-columns.csv: Đăng ký kết hôn (5 working days) received Mon 04/05/2026 09:00, returned for additions
// Tue 05/05 09:00 to Tue 12/05 09:00, settled Thu 14/05 10:00: due Mon 18/05 09:00 with its pause (early), Mon 11/05
// 09:00 without it (late). Its pause columns are headed in words procmap does not know ("Ngày gửi yêu cầu bổ sung",
// "Ngày bổ sung xong"): before, they were passed over without a word, and the dossier read late.
const FILE = 'test/fixtures/ontime/pause-unread-columns.csv';
const ONTIME = ['ontime', FILE, '--catalog', 'test/fixtures/ontime/catalog', '--as-of', '29/05/2026 17:00'];

describe('procmap ontime, pause columns under headers it does not read', () => {
  it('names each such column once, with the field to map it to', async () => {
    const en = await runCli([...ONTIME, '--lang', 'en', '-f', 'json']);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe(
      `${FILE}: the column "Ngày gửi yêu cầu bổ sung" looks like a moment of a pause for the applicant's additions but is not read, so the time waiting for the applicant counts against the limit; if it is one, map it with --map: pauseStart for the column of the pause's start (the request for additions), pauseEnd for the column of its end (the additions received), e.g. pauseStart: Ngày gửi yêu cầu bổ sung\n` +
        `${FILE}: the column "Ngày bổ sung xong" looks like a moment of a pause for the applicant's additions but is not read, so the time waiting for the applicant counts against the limit; if it is one, map it with --map: pauseStart for the column of the pause's start (the request for additions), pauseEnd for the column of its end (the additions received), e.g. pauseEnd: Ngày bổ sung xong\n`,
    );
    // Measured as the file reads without its pauses: late, as before; the note says why.
    expect(JSON.parse(en.stdout).totals).toMatchObject({ late: 1 });
    // The report on the terminal carries the note among its notes: said once there, not again on stderr.
    const vi = await runCli(ONTIME);
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain(
      `${FILE}: cột "Ngày bổ sung xong" có vẻ ghi thời điểm tạm dừng chờ bổ sung hồ sơ nhưng không được đọc, nên thời gian chờ công dân bổ sung bị tính vào thời hạn; nếu đúng vậy, chỉ ra bằng --map: pauseStart cho cột ngày bắt đầu tạm dừng (ngày yêu cầu bổ sung), pauseEnd cho cột ngày tiếp tục giải quyết (ngày nhận đủ hồ sơ bổ sung), ví dụ pauseEnd: Ngày bổ sung xong\n`,
    );
  });

  it('measures the pause once the columns are mapped, and says nothing more', async () => {
    const map = join(mkdtempSync(join(tmpdir(), 'pause-map-')), 'map.yaml');
    writeFileSync(map, 'pauseStart: Ngày gửi yêu cầu bổ sung\npauseEnd: Ngày bổ sung xong\n');
    const run = await runCli([...ONTIME, '--map', map, '-f', 'json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout).totals).toMatchObject({ early: 1, late: 0 });
  });
});
