import { describe, expect, it } from 'vitest';
import { calendarFromSection, parseCalendarFile } from '../../src/config/calendar-file.js';
import { parseConfig } from '../../src/config/config.js';
import { loadFile } from '../../src/model/load.js';
import { parseDay } from '../../src/time/moment.js';

const problems = (text: string) => {
  const result = parseCalendarFile('lich.yaml', Buffer.from(text));
  return result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
};

describe('calendar files and sections', () => {
  it('reads a --calendar file whose root is the section', () => {
    const result = parseCalendarFile(
      'lich.yaml',
      Buffer.from(
        'hours: ["07:30-10:30", "13:30-16:30"]\nsaturday: ["07:30-11:30"]\nholidays:\n  - { date: 2026-03-08, name: Ngày Quốc tế Phụ nữ }\n',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.calendar.hoursPerDay).toBe(6);
    expect(result.calendar.day(parseDay('2026-03-08')!).name).toBe('Ngày Quốc tế Phụ nữ');
  });

  it('locates schema problems in the file', () => {
    expect(problems('hours: ["7h5-11h30"]\nholiday: []\npublic_holidays: vn\n')).toEqual([
      '2:1 Unknown property "holiday"; did you mean "holidays"?',
      '3:18 "public_holidays" must be one of vietnam, none, not "vn"',
      '1:9 Item 1 must be a span of office hours written like 07:30-11:30, not "7h5-11h30"',
    ]);
    expect(problems('holidays: ["8 tháng 3"]\n')).toEqual([
      '1:12 Item 1 must be a date written 2026-07-01 or 01/07/2026 (day first), not "8 tháng 3"',
    ]);
    expect(problems('holidays: ["8/3/2026", { date: 30/4/2026, to: 1/5/2026 }]\n')).toEqual([]);
  });

  it('names the calendar file, not "calendar", when the whole file has the wrong shape', () => {
    expect(problems('- a\n')).toEqual([
      '1:1 The calendar file must be a map with the properties public_holidays, hours, hours_per_day, monday, tuesday, wednesday, thursday, friday, saturday, sunday, holidays, workdays, as_of, announced, not a list',
    ]);
    const vi = parseCalendarFile('lich.yaml', Buffer.from('- a\n'), 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Tệp lịch làm việc phải là một bảng có các trường public_holidays, hours, hours_per_day, monday, tuesday, wednesday, thursday, friday, saturday, sunday, holidays, workdays, as_of, announced, không phải một danh sách',
    ]);
  });

  it('says a file copied from the configuration with its "calendar:" line holds that section\'s contents only', () => {
    const copied = 'calendar:\n  saturday: ["07:30-11:30"]\n';
    expect(problems(copied)).toEqual([
      '1:1 Unknown property "calendar": a calendar file holds what is written under "calendar:" in procmap.config.yaml, without that line; remove that line and move the lines under it one level to the left',
    ]);
    const vi = parseCalendarFile('lich.yaml', Buffer.from(copied), 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => d.message)).toEqual([
      'Trường không hợp lệ "calendar": tệp lịch làm việc chứa những gì ghi dưới "calendar:" trong procmap.config.yaml, không có chính dòng đó; hãy xóa dòng đó và lùi các dòng bên dưới sang trái một cấp',
    ]);
    expect(parseCalendarFile('lich.yaml', Buffer.from('saturday: ["07:30-11:30"]\n')).ok).toBe(true);
  });

  it('says what the length of a working day takes, and gives a "did you mean" for a day', () => {
    expect(problems('hours_per_day: 0\nsatuday: []\n')).toEqual([
      '2:1 Unknown property "satuday"; did you mean "saturday"?',
      '1:16 "hours_per_day" is how many office hours make one working day: a number more than 0 and at most 24, e.g. 8, not 0',
    ]);
  });

  it('locates problems the schema cannot see', () => {
    expect(problems('hours:\n  - "07:30-11:30"\n  - "13:00-12:00"\n')).toEqual([
      '3:5 "13:00-12:00" ends before it starts',
    ]);
    expect(problems('workdays:\n  - { date: 2026-02-31 }\n')).toEqual([
      '2:13 "2026-02-31" is not a date; write it YYYY-MM-DD',
    ]);
    expect(problems('hours: ["07:30-10:30", "13:30-16:30"]\nhours_per_day: 8\n')).toEqual([
      '2:16 "hours_per_day: 8" is more than the office\'s day (07:30-10:30, 13:30-16:30: 6 hours), so a limit of 5 working days would end on the 7th day the office opens, later than the law allows. Write "hours_per_day: 6" or less, or remove the line (one working day is then 6 hours)',
    ]);
  });

  it('accepts the same section in procmap.config.yaml', () => {
    const text =
      'calendar:\n  public_holidays: none\n  workdays: ["2026-03-07"]\n  hours: ["08:00-12:00", "13:00-17:00"]\n';
    const config = parseConfig('procmap.config.yaml', Buffer.from(text));
    expect(config.ok).toBe(true);
    if (!config.ok) return;
    const result = calendarFromSection(
      config.config.calendar,
      () => loadFile('procmap.config.yaml', Buffer.from(text)),
      ['calendar'],
    );
    expect(result.ok && result.calendar.day(parseDay('2026-03-07')!).working).toBe(true);
  });

  it('points into procmap.config.yaml when its section makes no sense', () => {
    const text = 'calendar:\n  hours: ["17:00-07:30"]\n';
    const result = calendarFromSection(
      { hours: ['17:00-07:30'] },
      () => loadFile('procmap.config.yaml', Buffer.from(text)),
      ['calendar'],
    );
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'procmap.config.yaml:2:11 "17:00-07:30" ends before it starts',
    ]);
  });
});
