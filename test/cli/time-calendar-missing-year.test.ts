import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A calendar without the built-in holidays (public_holidays: none) that lists days off for 2026 only: a date in 2027
// was counted as if 2027 had no Tết and no holiday, said only as "2027 không có ngày nghỉ lễ có sẵn".
const FILE = 'test/fixtures/time/same-day-saturday/chung-thuc-chu-ky.yaml';
const CALENDAR = 'test/fixtures/time/calendar-no-year/lich-chi-2026.yaml';

describe('procmap time: a calendar that lists no day off in the year counted', () => {
  it('says which year has no days off and what to write, in Vietnamese', async () => {
    // Wed 10/02/2027 is a Tết day in lieu under the Labour Code; this calendar has none, so it counts as a working day.
    const run = await runCli(['time', FILE, '--calendar', CALENDAR, '--received', '10/02/2027 09:00', '--lang', 'vi']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Tư, ngày 10/02/2027\n');
    expect(run.stdout).toContain(
      '\nLưu ý: lịch của bạn không dùng ngày nghỉ lễ có sẵn (public_holidays: none) và không ghi ngày nghỉ nào trong năm 2027: procmap tính năm 2027 như một năm không có Tết hay ngày lễ nào. Hãy ghi các ngày nghỉ của năm 2027 (Tết, 30/4 và 1/5, Quốc khánh…) dưới holidays, hoặc xóa dòng public_holidays: none để tính ngày nghỉ theo Bộ luật Lao động.\n',
    );
  });

  it('says it in English, and says nothing for a year the calendar gives days off in', async () => {
    const en = await runCli(['time', FILE, '--calendar', CALENDAR, '--received', '10/02/2027 09:00', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('lists no day off in 2027: procmap counts 2027 as a year without Tết');
    const known = await runCli([
      'time',
      FILE,
      '--calendar',
      CALENDAR,
      '--received',
      '10/03/2026 09:00',
      '--lang',
      'en',
    ]);
    expect(known.code).toBe(0);
    expect(known.stdout).not.toContain('lists no day off');
  });
});

describe('procmap calendar: a calendar that lists no day off in the year shown', () => {
  it('says the year has no data and what to write', async () => {
    const run = await runCli(['calendar', '2027', '--calendar', CALENDAR, '--lang', 'vi']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '\nLưu ý: lịch của bạn không dùng ngày nghỉ lễ có sẵn (public_holidays: none) và không ghi ngày nghỉ nào trong năm 2027: procmap tính năm 2027 như một năm không có Tết hay ngày lễ nào.',
    );
    const known = await runCli(['calendar', '2026', '--calendar', CALENDAR, '--lang', 'vi']);
    expect(known.code).toBe(0);
    expect(known.stdout).not.toContain('không ghi ngày nghỉ nào');
  });
});
