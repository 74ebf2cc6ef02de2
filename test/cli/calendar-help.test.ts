import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// test/fixtures/calendar-help: calendars with a day off on a weekend, keys that belong elsewhere, and a configuration
// that names its calendar file.
const DIR = 'test/fixtures/calendar-help';

describe('calendar files: what procmap says of days and keys', () => {
  it('warns of a day off on a Sunday, or a Saturday without office hours, naming the weekday and the day after', async () => {
    const en = await runCli(['calendar', '2026', '--calendar', `${DIR}/weekend.yaml`, '--lang', 'en']);
    expect(en.code).toBe(0);
    // A break from Friday to Sunday spans the weekend on purpose: nothing said of it.
    expect(en.stderr).toBe(
      [
        `procmap: ${DIR}/weekend.yaml:3:5: 07/06/2026 is a Sunday, a day off already; did you mean 08/06/2026?`,
        `procmap: ${DIR}/weekend.yaml:4:13: 06/06/2026 is a Saturday, a day off already; did you mean 08/06/2026?`,
        '',
      ].join('\n'),
    );
    const vi = await runCli(['calendar', '2026', '--calendar', `${DIR}/weekend.yaml`]);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain(
      `procmap: ${DIR}/weekend.yaml:3:5: 07/06/2026 là Chủ nhật, vốn là ngày nghỉ; có phải 08/06/2026?`,
    );
    // A Saturday the office works is a real day off.
    const open = await runCli(['calendar', '2026', '--calendar', `${DIR}/saturday-open.yaml`]);
    expect([open.code, open.stderr]).toEqual([0, '']);
  });

  it("warns of a day off on a notice's make-up Saturday, which the calendar undoes, naming the day and the notice", async () => {
    // make-up.yaml opens on Saturdays, and gives 10/01/2026 (made up for Friday 2/1, 12729/VPCP-KGVX) and a break over
    // 22/08/2026 (made up for Monday 31/8, 9441/TB-BNV) off: the warning said nothing, or called the announced
    // make-up Saturday "a day off already" in a calendar without Saturday hours.
    const en = await runCli(['calendar', '2026', '--calendar', `${DIR}/make-up.yaml`, '--lang', 'en']);
    expect(en.code).toBe(0);
    const undo =
      'listed under holidays, the office is closed that day, as your calendar wins over the built-in days; if the office works that day as announced, remove this line';
    expect(en.stderr).toBe(
      [
        `procmap: ${DIR}/make-up.yaml:3:5: 10/01/2026: Make-up working day for Friday 2/1 (Văn bản 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ); ${undo}`,
        `procmap: ${DIR}/make-up.yaml:4:13: 22/08/2026: Make-up working day for Monday 31/8 (Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ); ${undo}`,
        '',
      ].join('\n'),
    );
    // The calendar's day off wins: the Saturday is listed closed, no longer a make-up day.
    expect(en.stdout).toMatch(/Sat 10\/01\/2026 +Day off/);
    expect(en.stdout).not.toMatch(/Sat 10\/01\/2026 +Make-up/);
    const vi = await runCli(['calendar', '2026', '--calendar', `${DIR}/make-up.yaml`]);
    expect(vi.code).toBe(0);
    expect(vi.stderr).toContain(
      `procmap: ${DIR}/make-up.yaml:3:5: 10/01/2026: Làm bù cho thứ Sáu 2/1 (Văn bản 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ); ghi ở holidays thì cơ quan nghỉ ngày đó`,
    );
  });

  it('gives those warnings in the reports of lint and the JSON of time, at their lines', async () => {
    // A configuration naming weekend.yaml's days (lich.yaml): the warnings went to standard error whatever the format.
    const folder = `${DIR}/named-weekend`;
    const at = (d: { file: string; line: number; column: number; severity: string; message: string }) =>
      `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`;
    const warnings = [
      `${folder}/lich.yaml:3:5 warning 07/06/2026 is a Sunday, a day off already; did you mean 08/06/2026?`,
      `${folder}/lich.yaml:4:13 warning 06/06/2026 is a Saturday, a day off already; did you mean 08/06/2026?`,
    ];
    const lint = await runCli(['lint', folder, '--format', 'json', '--lang', 'en']);
    expect([lint.code, lint.stderr]).toEqual([0, '']);
    const linted = JSON.parse(lint.stdout) as { diagnostics: Parameters<typeof at>[0][] };
    expect(linted.diagnostics.map(at)).toEqual(warnings);
    const time = await runCli(['time', `${folder}/p.yaml`, '-f', 'json', '--lang', 'en']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    const timed = JSON.parse(time.stdout) as { procedures: unknown[]; warnings: Parameters<typeof at>[0][] };
    expect([timed.procedures.length, timed.warnings.map(at)]).toEqual([1, warnings]);
    // Lint's other formats list them too, counted in the summary: on standard error beside "✔ no problems" they were
    // counted by no --max-warnings (test/cli/lint-options.test.ts).
    const text = await runCli(['lint', folder, '--lang', 'en']);
    expect([text.code, text.stderr]).toEqual([0, '']);
    expect(text.stdout).toBe(
      [
        `${folder}/lich.yaml`,
        '  3:5   warning  07/06/2026 is a Sunday, a day off already; did you mean 08/06/2026?  config',
        '  4:13  warning  06/06/2026 is a Saturday, a day off already; did you mean 08/06/2026?  config',
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('says a cutoff belongs in each procedure file, with an example', async () => {
    const result = await runCli(['calendar', '--calendar', `${DIR}/cutoff.yaml`, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Invalid calendar:\n${DIR}/cutoff.yaml:2:1: "cutoff" does not belong in a calendar: the hour after which a dossier counts from the next working day is written in each procedure file, under its time limit (time_limit: trong ngày, then the line cutoff: "16:00"); remove this line from the calendar\n`,
    );
  });

  it('says days off written as a map are a list, with the line to write for the first of them', async () => {
    // Refused alike before, but only as "must be a list, not a map", without a word of how a list is written.
    const vi = await runCli(['calendar', '2026'], { cwd: join(ROOT, DIR, 'holidays-map') });
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      'procmap: Cấu hình không hợp lệ:\nprocmap.config.yaml:4:5: "holidays" là một danh sách, mỗi ngày một dòng bắt đầu bằng "- ", không phải một bảng khóa – giá trị: hãy ghi - { date: 2026-05-12, name: Ngày nghỉ riêng }\n',
    );
    // A name before its date, in a calendar file: the name and the date as one text, which a list reads.
    const en = await runCli(['calendar', '2026', '--calendar', `${DIR}/workdays-map.yaml`, '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe(
      `procmap: Invalid calendar:\n${DIR}/workdays-map.yaml:2:3: "workdays" is a list, a day to a line that starts with "- ", not a map of keys and values: write - "Làm bù Tết: 12/09/2026"\n`,
    );
  });

  it('says procmap has no summer and winter hours, and what to write instead', async () => {
    // Both keys were refused as unknown, with the list of keys and no word of what to do with seasonal hours.
    const result = await runCli(['calendar', '2027', '--calendar', `${DIR}/seasons.yaml`, '--lang', 'en']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    const advice =
      'is not a calendar key: procmap keeps one set of office hours for the whole year, with no separate summer and winter hours. Write the hours in force under hours (e.g. hours: ["07:00-11:30", "13:30-17:00"]) and change them when the season changes, or keep one calendar file per season and choose it with --calendar';
    expect(result.stderr).toBe(
      `procmap: Invalid calendar:\n${DIR}/seasons.yaml:2:1: "mùa hè" ${advice}\n${DIR}/seasons.yaml:4:1: "winter" ${advice}\n`,
    );
  });

  it('says procmap has no reception hours, and how to write them', async () => {
    const result = await runCli(['calendar', '--calendar', `${DIR}/receiving.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `procmap: Lịch làm việc không hợp lệ:\n${DIR}/receiving.yaml:2:1: Trường "receiving" không có trong lịch: procmap không có giờ tiếp nhận riêng. Hãy ghi hours là giờ làm việc đến khi cơ quan đóng cửa, và trong từng tệp quy trình ghi dòng cutoff: "16:00" (giờ nhận hồ sơ cuối cùng còn tính trong ngày)\n`,
    );
  });

  it('reads the calendar file a configuration names, next to it', async () => {
    const config = `${DIR}/named/procmap.config.yaml`;
    const shown = await runCli(['calendar', '2027', '--config', config, '--lang', 'en']);
    expect([shown.code, shown.stderr]).toEqual([0, '']);
    expect(shown.stdout).toContain('Fri 05/02/2027  Nghỉ Tết Nguyên Đán 2027');
    // Counted on it: received Thursday 04/02/2027, Tết from Friday 05/02 to Wednesday 10/02.
    const time = await runCli(['time', `${DIR}/named/p.yaml`, '--received', '04/02/2027 09:00', '--lang', 'en']);
    expect([time.code, time.stderr]).toEqual([0, '']);
    expect(time.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Thursday 11/02/2027');
  });

  it('does not read the calendar file a configuration names as a procedure of the folder beside it', async () => {
    // lint of the folder read lich-2027.yaml as a procedure: "Missing required property id … holidays", exit 1.
    const lint = await runCli(['lint', `${DIR}/named`, '--lang', 'en']);
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '✔ 1 file checked, no problems\n', '']);
    const outside = await runCli(['lint', DIR + '/named/..', '--lang', 'en', '--format', 'json']);
    expect(outside.stdout).not.toContain('lich-2027.yaml');
  });

  it("points at a problem of the named calendar file in that file's own lines", async () => {
    const result = await runCli(['calendar', '--config', `${DIR}/named-bad/procmap.config.yaml`, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^procmap: Invalid calendar:\ntest\/fixtures\/calendar-help\/named-bad\/lich\.yaml:3:5: "2027-02-31"/,
    );
  });
});
