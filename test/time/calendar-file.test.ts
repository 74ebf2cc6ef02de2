import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n.js';
import { ROOT } from '../helpers/cli.js';
import { calendarFromSection, parseCalendarFile } from '../../src/config/calendar-file.js';
import { parseConfig } from '../../src/config/config.js';
import { loadFile } from '../../src/model/load.js';
import { formatClock, parseDay } from '../../src/time/moment.js';
import { canonicalCutoff } from '../../src/model/lenient.js';
import { readOfficeSpan } from '../../src/model/office-span.js';
import type { CalendarConfig } from '../../src/time/calendar.js';

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
      '1:9 Item 1 must be a span of office hours written like 07:30-11:30, not "7h5-11h30"',
      '2:1 Unknown property "holiday"; did you mean "holidays"?',
      '3:18 "public_holidays" must be one of vietnam, none, not "vn"',
    ]);
    expect(problems('holidays: ["8 tháng 3"]\n')).toEqual([
      // A holidays entry may be a range: the message says how one is written.
      '1:12 Item 1 must be a date, 01/07/2026 (day first) or 2026-07-01, or a range of days written 04/02/2027 - 14/02/2027 or { date: 04/02/2027, to: 14/02/2027, name: Tết }, not "8 tháng 3"',
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
      '1:16 "hours_per_day" is how many office hours make one working day: a number more than 0 and at most 24, e.g. 8, not 0',
      '2:1 Unknown property "satuday"; did you mean "saturday"?',
    ]);
  });

  it('locates problems the schema cannot see', () => {
    expect(problems('hours:\n  - "07:30-11:30"\n  - "13:00-12:00"\n')).toEqual([
      '3:5 "13:00-12:00" ends before it starts',
    ]);
    expect(problems('workdays:\n  - { date: 2026-02-31 }\n')).toEqual([
      '2:13 "2026-02-31" is not a date: month 2 of 2026 has 28 days',
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
      config.config.calendar as CalendarConfig,
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

describe('the dates of a calendar file', () => {
  const DIR = join(ROOT, 'test/fixtures/time/calendar-dates');
  const read = (name: string, lang: Lang = 'en') => parseCalendarFile(name, readFileSync(join(DIR, name)), lang);
  const said = (result: ReturnType<typeof read>) =>
    result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);

  it('says every date that cannot be read, each where it stands and what is wrong with it', () => {
    expect(said(read('bad-dates.yaml'))).toEqual([
      '2:5 "31/04/2027" is not a date: month 4 of 2027 has 30 days',
      '3:13 "2027-02-30" is not a date: month 2 of 2027 has 28 days',
      '4:5 "thứ Sáu, ngày 04/02/2027" names thứ Sáu, but 04/02/2027 is a Thursday: correct the date or the weekday',
      '5:29 The last day (to:) 04/02/2027 is before the first day (date:) 14/02/2027: swap them',
      '7:5 "2027-13-01" is not a date: there is no month 13; if the day and the month are the other way round, write 2027-01-13',
    ]);
    expect(said(read('bad-dates.yaml', 'vi'))).toEqual([
      '2:5 "31/04/2027" không phải là ngày: tháng 4 năm 2027 có 30 ngày',
      '3:13 "2027-02-30" không phải là ngày: tháng 2 năm 2027 có 28 ngày',
      '4:5 "thứ Sáu, ngày 04/02/2027" ghi thứ Sáu, nhưng ngày 04/02/2027 là thứ Năm: hãy sửa ngày hoặc thứ',
      '5:29 Ngày cuối (to:) 04/02/2027 ở trước ngày đầu (date:) 14/02/2027: hãy đổi chỗ hai ngày',
      '7:5 "2027-13-01" không phải là ngày: không có tháng 13; nếu ngày và tháng bị đảo chỗ, hãy ghi 2027-01-13',
    ]);
  });

  it('says every refusal of a calendar file at once: a date, hours before 7:00, a span, a key and two lists', () => {
    // The hours and the date in both lists used to wait until the date and the "cutoff" key were corrected.
    expect(said(read('every-refusal.yaml'))).toEqual([
      '2:9 "1:30-5:00" can be 13:30-17:00 in the afternoon or 01:30-05:00 at night: an hour before 7:00 without its part of the day must say which; write "13:30-17:00" (or "1:30 chiều-5:00 chiều"), or "01:30-05:00" if the office opens at night',
      '2:22 Item 2 must be a span of office hours written like 07:30-11:30, not "25:00-26:00"',
      '3:12 "9:00-8:00" ends before it starts',
      '5:5 "31/04/2027" is not a date: month 4 of 2027 has 30 days',
      // At the second entry of holidays, though the first was left out of the calendar's own checks.
      '8:5 08/03/2027 is listed both under holidays (a day off) and under workdays (a working day): keep it in one list only, under workdays if the office works that day, under holidays if it is closed; for a duty desk open a few hours on a day off, give that workdays entry its hours (hours:)',
      '9:1 "cutoff" does not belong in a calendar: the hour after which a dossier counts from the next working day is written in each procedure file, under its time limit (time_limit: trong ngày, then the line cutoff: "16:00"); remove this line from the calendar',
    ]);
    const config = parseConfig(
      'procmap.config.yaml',
      readFileSync(join(DIR, 'every-refusal.config.yaml')),
      undefined,
      'vi',
    );
    expect(config.ok ? [] : config.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:11 "1:30-5:00" có thể là 13:30-17:00 (buổi chiều) hoặc 01:30-05:00 (ban đêm): giờ trước 7 giờ mà không ghi sáng hay chiều có hai cách hiểu nên phải ghi rõ; hãy ghi "13:30-17:00" (hoặc "1:30 chiều-5:00 chiều"), hay "01:30-05:00" nếu cơ quan làm việc ban đêm',
      '5:7 "31/04/2027" không phải là ngày: tháng 4 năm 2027 có 30 ngày',
      '6:3 Trường "cutoff" không thuộc lịch làm việc: giờ mà hồ sơ nhận sau giờ đó được tính từ ngày làm việc tiếp theo ghi trong từng tệp quy trình, ngay dưới thời hạn (time_limit: trong ngày, rồi dòng cutoff: "16:00"); hãy xóa dòng này khỏi lịch',
      '8:3 Không có quy tắc "no-such-rule"',
    ]);
  });

  it('says every refusal the calendar itself finds at once: each span, hours_per_day, each announced year', () => {
    expect(
      problems(
        'hours: ["07:30-11:30", "13:00-17:00"]\nhours_per_day: 9\nsaturday: ["2:00-4:00", "11:00-10:00"]\nannounced:\n  2026: Thông báo 1\n  "20x": Thông báo 2\n',
      ),
    ).toEqual([
      '2:16 "hours_per_day: 9" is more than the office\'s day (07:30-11:30, 13:00-17:00: 8 hours), so a limit of 5 working days would end on the 6th day the office opens, later than the law allows. Write "hours_per_day: 8" or less, or remove the line (one working day is then 8 hours)',
      '3:12 "2:00-4:00" can be 14:00-16:00 in the afternoon or 02:00-04:00 at night: an hour before 7:00 without its part of the day must say which; write "14:00-16:00" (or "2:00 chiều-4:00 chiều"), or "02:00-04:00" if the office opens at night',
      '3:25 "11:00-10:00" ends before it starts',
      '5:9 procmap already has the days off of 2026 from notice 9441/TB-BNV: remove 2026 from announced (days off and make-up days you list under holidays and workdays still count)',
      '6:10 "20x" is not a year: under announced, write each year as four digits from 2000 to 2099, then the notice, such as 2027: "Thông báo 1234/TB-BNV ngày 20/10/2026"',
    ]);
  });

  it('reads a break written on one line, with a dash or in words, as every day from its first to its last', () => {
    const result = read('breaks.yaml');
    expect(said(result)).toEqual([]);
    if (!result.ok) return;
    const off = (text: string) => !result.calendar.day(parseDay(text)!).working;
    for (const date of ['2027-02-04', '2027-02-08', '2027-02-12', '2027-02-14', '2027-06-01', '2027-06-02'])
      expect(off(date), date).toBe(true);
    expect(off('2027-12-24') && off('2027-12-25')).toBe(true);
    expect(off('2027-02-15')).toBe(false);
    expect(off('2027-06-03')).toBe(false);
    expect(result.calendar.day(parseDay('2027-01-30')!).working).toBe(true);
  });

  it('refuses a break that ends before it starts, on one line too, and a range of make-up days', () => {
    expect(problems('holidays:\n  - 14/02/2027 - 04/02/2027\n')).toEqual([
      '2:5 "14/02/2027 - 04/02/2027" ends before it starts: the last day, 04/02/2027, is before the first, 14/02/2027; swap them',
    ]);
    // Its Friday, a slip for a Saturday, is said with it: every refusal of the file at once.
    expect(said(read('workdays.yaml'))).toEqual([
      '2:5 29/01/2027 is a Friday, already a working day: a make-up working day is a Saturday, a Sunday or a day off worked. Correct the date (the Saturday after is 30/01/2027), or give the day its own office hours (hours:)',
      '3:5 "30/01/2027 - 31/01/2027" is a range of days, but a make-up working day is one day (a Saturday, a Sunday or a day off worked): write each such day on a line of its own',
    ]);
  });

  it('refuses a make-up day on a weekday the office works anyway, unless it has hours of its own', () => {
    expect(problems('workdays:\n  - 2027-01-29\n')).toEqual([
      '2:5 29/01/2027 is a Friday, already a working day: a make-up working day is a Saturday, a Sunday or a day off worked. Correct the date (the Saturday after is 30/01/2027), or give the day its own office hours (hours:)',
    ]);
    const vi = parseCalendarFile('lich.yaml', Buffer.from('workdays:\n  - { date: 2027-01-29, name: Làm bù }\n'), 'vi');
    expect(vi.ok ? [] : vi.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:13 Ngày 29/01/2027 là thứ Sáu, vốn đã là ngày làm việc: ngày làm bù là thứ Bảy, Chủ nhật hoặc ngày nghỉ đi làm. Hãy sửa ngày (thứ Bảy sau đó là 30/01/2027), hoặc ghi giờ làm việc riêng cho ngày này (hours:)',
    ]);
    // Its own hours, a Saturday, a weekday of Tết 2026 worked: each means something.
    expect(problems('workdays:\n  - { date: 2027-01-29, hours: ["07:30-11:30"] }\n')).toEqual([]);
    expect(problems('workdays:\n  - 2027-01-30\n  - 2026-02-16\n')).toEqual([]);
    // A weekday the same file makes a day off says two things of one day: refused as such, not as a slip.
    expect(problems('holidays:\n  - 2027-03-08\nworkdays:\n  - 2027-03-08\n')).toEqual([
      '4:5 08/03/2027 is listed both under holidays (a day off) and under workdays (a working day): keep it in one list only, under workdays if the office works that day, under holidays if it is closed; for a duty desk open a few hours on a day off, give that workdays entry its hours (hours:)',
    ]);
  });

  it('says every date problem of the calendar section of procmap.config.yaml, and reads its breaks', () => {
    const result = parseConfig('procmap.config.yaml', readFileSync(join(DIR, 'procmap.config.yaml')), undefined, 'en');
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:7 "31/04/2027" is not a date: month 4 of 2027 has 30 days',
      '5:31 The last day (to:) 04/02/2027 is before the first day (date:) 14/02/2027: swap them',
      '7:7 "2027-13-01" is not a date: there is no month 13; if the day and the month are the other way round, write 2027-01-13',
    ]);
    const good = parseConfig(
      'procmap.config.yaml',
      Buffer.from('calendar:\n  holidays:\n    - 04/02/2027 - 14/02/2027\n'),
    );
    expect(good.ok && (good.config.calendar as CalendarConfig).holidays).toEqual([
      { date: '2027-02-04', to: '2027-02-14' },
    ]);
  });

  it('reads a label before its date written without quotes in procmap.config.yaml as in a calendar file', () => {
    const text =
      'calendar:\n  holidays:\n    - Nghỉ Tết: 04/02/2027 - 14/02/2027\n  workdays:\n    - Trực Tết: 08/02/2027\n';
    const result = parseConfig('procmap.config.yaml', Buffer.from(text));
    expect(result.ok ? [] : result.diagnostics.map((d) => d.message)).toEqual([]);
    expect(result.ok && result.config.calendar).toMatchObject({
      holidays: [{ date: '2027-02-04', to: '2027-02-14', name: 'Nghỉ Tết' }],
      workdays: [{ date: '2027-02-08', name: 'Trực Tết' }],
    });
    // A map whose one key is a field is no label: { date } alone is an entry as it is, { to } alone lacks its date.
    expect(problems('holidays:\n  - date: 2027-03-08\n')).toEqual([]);
    expect(problems('holidays:\n  - to: 2027-03-08\n')).toEqual(['2:5 Missing required property "date"']);
  });
});

describe('the office hours and hours_per_day of a calendar file written as text', () => {
  const DIR = join(ROOT, 'test/fixtures/time/calendar-values');
  const read = (name: string) => parseCalendarFile(name, readFileSync(join(DIR, name)), 'en');

  it('reads a text of spans as its list and a decimal comma as the number, as the canonical form reads', () => {
    const [text, list] = [read('text.yaml'), read('list.yaml')];
    expect(text.ok ? [] : text.diagnostics.map((d) => d.message)).toEqual([]);
    if (!text.ok || !list.ok) return;
    expect(text.calendar.hoursPerDay).toBe(8.5);
    expect(text.calendar.week).toEqual(list.calendar.week);
    for (const date of ['2026-02-16', '2026-03-14'])
      expect(text.calendar.day(parseDay(date)!)).toEqual(list.calendar.day(parseDay(date)!));
  });

  it('says which span of a text cannot be read, at the text', () => {
    const bad = read('bad.yaml');
    expect(bad.ok ? [] : bad.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      // The schema refuses an hour past 24, as editors do (schemas/calendar.schema.json).
      '2:8 Item 2 must be a span of office hours written like 07:30-11:30, not "13:00-25:00"',
    ]);
  });

  it('reads them so in procmap.config.yaml too', () => {
    const text = 'calendar:\n  saturday: 07:30-11:30\n  hours_per_day: 7,5\n';
    const result = parseConfig('procmap.config.yaml', Buffer.from(text));
    expect(result.ok && result.config.calendar).toEqual({ saturday: ['07:30-11:30'], hours_per_day: 7.5 });
  });
});

describe("office hours read as a cutoff's time of day is", () => {
  const DIR = join(ROOT, 'test/fixtures/time/calendar-values');
  const read = (name: string, lang: Lang = 'en') => parseCalendarFile(name, readFileSync(join(DIR, name)), lang);
  const said = (name: string, lang: Lang = 'en') => {
    const result = read(name, lang);
    return result.ok ? [] : result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
  };

  it('asks which of two readings an hour before 7:00 without sáng or chiều is, as the cutoff does, and takes evening hours as written', () => {
    expect(said('ampm.yaml')).toEqual([
      'ampm.yaml:2:24 "1:30-5:00" can be 13:30-17:00 in the afternoon or 01:30-05:00 at night: an hour before 7:00 without its part of the day must say which; write "13:30-17:00" (or "1:30 chiều-5:00 chiều"), or "01:30-05:00" if the office opens at night',
    ]);
    expect(said('ampm.yaml', 'vi')).toEqual([
      'ampm.yaml:2:24 "1:30-5:00" có thể là 13:30-17:00 (buổi chiều) hoặc 01:30-05:00 (ban đêm): giờ trước 7 giờ mà không ghi sáng hay chiều có hai cách hiểu nên phải ghi rõ; hãy ghi "13:30-17:00" (hoặc "1:30 chiều-5:00 chiều"), hay "01:30-05:00" nếu cơ quan làm việc ban đêm',
    ]);
    // Only the afternoon reading of "7:30-5:00" is a span at all: that one is offered.
    expect(problems('hours: ["7:30-5:00"]\n')).toEqual([
      '1:9 "7:30-5:00" has an hour before 7:00 without its part of the day, and only its afternoon reading is a span (07:30-17:00): write "07:30-17:00", or the hour with its part of the day, "7:30-5:00 chiều"',
    ]);
    // A make-up day's own hours are asked about the same way.
    expect(problems('workdays:\n  - { date: 2026-09-05, hours: ["2:00-4:00"] }\n')).toEqual([
      '2:33 "2:00-4:00" can be 14:00-16:00 in the afternoon or 02:00-04:00 at night: an hour before 7:00 without its part of the day must say which; write "14:00-16:00" (or "2:00 chiều-4:00 chiều"), or "02:00-04:00" if the office opens at night',
    ]);
    // Evening hours on the 24-hour clock, and hours written with two digits, leave no doubt: taken as written.
    const night = read('night.yaml');
    expect(night.ok ? [] : night.diagnostics.map((d) => d.message)).toEqual([]);
    if (!night.ok) return;
    expect(night.calendar.day(parseDay('2026-06-07')!).hours).toEqual([{ start: 19 * 60, end: 23 * 60 + 30 }]);
    expect(problems('hours: ["01:30-05:00"]\n')).toEqual([]);
  });

  it('reads every form of a time of day the cutoff reads, and hours_per_day with its unit', () => {
    const [forms, canonical] = [read('clock-forms.yaml'), read('clock-forms-canonical.yaml')];
    expect(forms.ok ? [] : forms.diagnostics.map((d) => d.message)).toEqual([]);
    if (!forms.ok || !canonical.ok) return;
    expect(forms.calendar.hoursPerDay).toBe(7.5);
    expect(forms.calendar.week).toEqual(canonical.calendar.week);
    expect(forms.calendar.day(parseDay('2026-02-16')!)).toEqual(canonical.calendar.day(parseDay('2026-02-16')!));
  });

  it('reads each end of a span as canonicalCutoff reads that time', () => {
    const forms = [
      '15:00',
      '15h30',
      '15 giờ 30 phút',
      '15.00',
      '15g30',
      '3 giờ chiều',
      '3h chiều',
      '3:00 PM',
      '1:30 CH',
    ];
    for (const form of forms) {
      const span = readOfficeSpan(`07:30-${form}`);
      expect(span && !('ambiguous' in span) ? formatClock(span.end) : span, form).toBe(canonicalCutoff(form));
    }
  });

  it('says the same of a lunch break and of hours before 7:00 in procmap.config.yaml', () => {
    const text = 'calendar:\n  hours: ["07:00-17:00"]\n  lunch: "11:30-13:00"\n';
    const result = parseConfig('procmap.config.yaml', Buffer.from(text));
    expect(result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:10 A calendar has no "lunch": the lunch break is the gap between two spans of office hours. Write hours: ["07:00-11:30", "13:00-17:00"] and remove "lunch"',
    ]);
    const dotted = parseConfig(
      'procmap.config.yaml',
      Buffer.from('calendar:\n  hours: ["7.30-11.30", "13g00-17g00"]\n'),
    );
    expect(dotted.ok && dotted.config.calendar).toEqual({ hours: ['07:30-11:30', '13:00-17:00'] });
  });

  it('says that a lunch break is the gap between two spans, and what to write for no hours', () => {
    expect(said('lunch.yaml')).toEqual([
      'lunch.yaml:2:8 A calendar has no "lunch": the lunch break is the gap between two spans of office hours. Write hours: ["07:30-12:00", "13:00-17:00"] and remove "lunch"',
    ]);
    expect(said('empty.yaml', 'vi')).toEqual([
      'empty.yaml:1:8 Lịch không có giờ làm việc vào ngày nào trong tuần: hãy ghi các khoảng giờ làm việc từ thứ Hai đến thứ Sáu, ví dụ hours: ["07:30-11:30", "13:00-17:00"], hoặc xóa "hours" để dùng giờ mặc định này ([] là nghỉ cả ngày)',
    ]);
  });
});
