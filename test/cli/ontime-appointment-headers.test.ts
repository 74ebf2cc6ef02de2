import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/ontime/appointment-headers: the same two dossiers of QT-CT-01 (1 working day) under vendors' headers of
// the appointment column; H1's appointment (05/03) is two days after procmap's due date, H2's (03/03) is its due date.
const DIR = 'test/fixtures/ontime/appointment-headers';
const RUN = ['--catalog', 'test/fixtures/ontime/catalog', '--as-of', '2026-04-01 09:00'];

describe('procmap ontime, the vendor appointment column as vendors head it', () => {
  it('compares the appointments under "Ngày hẹn trả KQ", "Hẹn trả KQ", "Hạn trả kết quả" and the like', async () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const file = `${DIR}/vendor-${n}.csv`;
      const result = await runCli(['ontime', file, ...RUN, '--lang', 'vi']);
      expect(result.stderr, file).toBe('');
      expect(result.code, file).toBe(0);
      expect(result.stdout, file).toContain(
        'Ngày hẹn trả của phần mềm đã so: 2; hẹn trả trên phần mềm khác hạn theo quy định: 1 (phần mềm muộn hơn 1, phần mềm sớm hơn 0)\n',
      );
    }
  });

  it('says once which column looks like the appointment but is not read, and how to map it', async () => {
    const file = `${DIR}/unread.csv`;
    const vi = await runCli(['ontime', file, ...RUN, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    // "Số ngày quá hạn" is a verdict, not an appointment: not named. The report on the terminal carries the note among
    // its notes: said once there, not again on stderr.
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toContain(
      `\n${file}: không có cột ngày hẹn trả, và cột "Hẹn trả hồ sơ (theo phần mềm cũ)" không được đọc; nếu đó là ngày hẹn trả, chỉ ra bằng --map (appointment: Hẹn trả hồ sơ (theo phần mềm cũ))\n`,
    );
    expect(vi.stdout).not.toContain('Số ngày quá hạn" không được đọc');
    expect(vi.stdout).toContain('Ngày hẹn trả của phần mềm đã so: 0;');
    // No report on the terminal (JSON has no words): the note is said on stderr.
    const en = await runCli(['ontime', file, ...RUN, '--lang', 'en', '-f', 'json']);
    expect(en.stderr).toBe(
      `${file}: no column of the appointment date, and the column "Hẹn trả hồ sơ (theo phần mềm cũ)" is not read; if it holds the appointment, map it with --map (appointment: Hẹn trả hồ sơ (theo phần mềm cũ))\n`,
    );
  });
});
