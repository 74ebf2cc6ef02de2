import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/calendar/announced-tet';

describe('a year marked announced whose holidays leave out Tết', () => {
  it('is refused at the year, with the Tết break to copy, rather than counted without Tết', async () => {
    const en = await runCli(['calendar', '2027', '--calendar', `${DIR}/only-national-day.yaml`, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    // Lunar new year 2027: Saturday 06/02 (src/time/data/lunar.ts); the Labour Code's break is Fri 05/02 (the last day
    // of the lunar year) to Tue 09/02, with Sat 06 and Sun 07 in lieu on Wed 10 and Thu 11 (Art. 111(3)).
    expect(en.stderr).toBe(
      'procmap: Invalid calendar:\n' +
        `${DIR}/only-national-day.yaml:3:9: 2027 is marked announced, but holidays lists no day of Tết 2027 (the lunar new year falls on 06/02/2027; the Labour Code gives 5 days off, Article 112(1)(b)), and procmap does not add its own Tết days to an announced year: copy the Tết break the notice announces under holidays, such as - { date: 2027-02-05, to: 2027-02-11, name: Nghỉ Tết Nguyên Đán } (05/02/2027 to 11/02/2027 are the Labour Code's days with their days in lieu; the notice's may differ), or remove 2027 from announced to count the Labour Code's days\n`,
    );
    const vi = await runCli([
      'time',
      'test/fixtures/announced-notice/p5d.yaml',
      '--calendar',
      `${DIR}/only-national-day.yaml`,
      '--received',
      '2027-02-04 09:00',
    ]);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toContain(
      'only-national-day.yaml:3:9: Năm 2027 được ghi là đã công bố, nhưng holidays không có ngày nghỉ Tết Nguyên Đán 2027 nào (mùng 1 Tết là 06/02/2027;',
    );
  });

  it('accepts the weekdays of Tết alone, the lunar new year on a Saturday left out, and counts them', async () => {
    const result = await runCli(['calendar', '2027', '--calendar', `${DIR}/tet-weekdays.yaml`, '--lang', 'en']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    for (const day of ['05/02/2027', '08/02/2027', '11/02/2027', '02/09/2027']) expect(result.stdout).toContain(day);
  });
});

describe('holidays grouped under their year', () => {
  it('are read as one list, in flow or block style (they were refused with a hint to remove the year)', async () => {
    const flow = await runCli(['calendar', '2027', '--calendar', `${DIR}/grouped-by-year.yaml`]);
    expect([flow.code, flow.stderr]).toEqual([0, '']);
    expect(flow.stdout).toContain(
      `T3 01/06/2027  Ngày nghỉ — lịch riêng của bộ quy trình (${DIR}/grouped-by-year.yaml)`,
    );
    const block = await runCli(['calendar', '2027', '--calendar', `${DIR}/grouped-by-year-block.yaml`, '--lang', 'en']);
    expect([block.code, block.stderr]).toEqual([0, '']);
    expect(block.stdout).toMatch(/Thu 02\/09\/2027 +Quốc khánh/);
  });

  it('give a day written without its year the year of its group, and count it', async () => {
    const args = ['time', 'test/fixtures/announced-notice/p5d.yaml', '--received', '31/05/2027 09:00'];
    const plain = await runCli(args);
    const grouped = await runCli([...args, '--calendar', `${DIR}/grouped-no-year.yaml`]);
    expect([plain.code, grouped.code, grouped.stderr]).toEqual([0, 0, '']);
    // 5 working days from Mon 31/05/2027 09:00: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7 June → Mon 07/06 09:00; with
    // "01/06" under 2027 a day off, Tue 1 is skipped → Tue 08/06 09:00.
    expect(plain.stdout).toContain('T2 31/05 14:30  T2 07/06 09:00');
    expect(grouped.stdout).toContain('T2 31/05 14:30  T3 08/06 09:00');
  });

  it('refuse a day of another year under a year, at its line, since either may be the slip', async () => {
    const result = await runCli(['calendar', '2027', '--calendar', `${DIR}/grouped-other-year.yaml`]);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'procmap: Lịch làm việc không hợp lệ:\n' +
        `${DIR}/grouped-other-year.yaml:5:7: Ngày 2026-06-02 được ghi dưới "2027": hãy chuyển ngày này sang dưới 2026, hoặc sửa lại năm của nó\n`,
    );
  });
});
