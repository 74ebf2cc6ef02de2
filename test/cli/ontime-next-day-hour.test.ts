import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/next-day-hour: received Fri 04/12/2026.
// N-1, N-2: "… trường hợp tiếp nhận sau 15 giờ thì trả kết quả trước 10 giờ ngày làm việc tiếp theo", received 16:00,
//   due Mon 07/12 10:00; N-1 returned 16:00 (the vendor's appointment too), N-2 09:30.
// C-1: "Trong ngày" with cutoff 15:00 and no hour named, received 16:00: due Mon 17:00, returned 17:30, vendor 10:00.
// D-1: "01 ngày làm việc" received 10:00: due Mon 10:00, returned 16:00, vendor 16:00.
const DIR = 'test/fixtures/ontime/next-day-hour';
const RUN = ['ontime', `${DIR}/dossiers.csv`, '--catalog', `${DIR}/catalog`, '--as-of', '2026-12-10'];

describe('procmap ontime, a result after the hour a next-day clause names', () => {
  it('is late in the text report; a limit that runs to 24:00 of its due day is not', async () => {
    const text = await runCli([...RUN, '--lang', 'vi']);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Đã giải quyết: 4 (trước hạn 0, đúng hạn 3, quá hạn 1)\n');
    expect(text.stdout).toContain(
      'N-1 QT-CT-01 · quá hạn · tiếp nhận T6 04/12/2026 16:00 · hạn theo quy định T2 07/12/2026 10:00 · hẹn trả (phần mềm) T2 07/12/2026 16:00 ≠ · có kết quả T2 07/12/2026 16:00 · quá hạn 4 giờ 30 phút làm việc\n',
    );
    expect(text.stdout).not.toContain('C-1 ');
    expect(text.stdout).not.toContain('D-1 ');
  });

  it('is late in JSON, and a vendor appointment later that day differs from the named hour', async () => {
    const json = await runCli([...RUN, '--format', 'json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(json.stdout);
    expect(report.totals).toMatchObject({ on_time: 3, late: 1, vendorDisagreements: 1 });
    expect(report.vendor).toEqual({ compared: 4, disagreements: 1, vendorLater: 1, vendorEarlier: 0 });
    expect(report.dossiers).toEqual([
      expect.objectContaining({ id: 'N-1', status: 'late', lateHours: 4.5, due: '2026-12-07T10:00' }),
    ]);
  });

  it('is marked late on the web page', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'procmap-ontime-')), 'ontime.html');
    const page = await runCli([...RUN, '--format', 'html', '-o', file, '--lang', 'vi']);
    expect(page).toMatchObject({ code: 0, stderr: '' });
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(
      '<td data-label="Số hồ sơ">N-1</td><td data-label="Thủ tục">QT-CT-01</td><td class="over" data-label="Trạng thái">quá hạn</td>',
    );
    expect(html).toContain('<td class="num" data-label="Quá hạn">4 giờ 30 phút làm việc</td>');
  });
});
