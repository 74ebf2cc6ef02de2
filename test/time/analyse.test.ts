import { describe, expect, it } from 'vitest';
import { timeJson } from '../../src/format/time-json.js';
import { timeText } from '../../src/format/time-text.js';
import { buildFlow } from '../../src/model/flow.js';
import { analyseTime } from '../../src/time/analyse.js';
import { whyNoTotal } from '../../src/time/no-total.js';
import { createCalendar } from '../../src/time/calendar.js';
import { dayOf, formatDay, parseDay } from '../../src/time/moment.js';
import { procedureTime } from '../../src/time/report.js';
import { closingLeastTime, receiptMinutes, sweepReceipts } from '../../src/time/sweep.js';
import { at, procedure, show } from './helpers.js';

const vietnam = createCalendar();
const jan2026 = parseDay('2026-01-01')!;

describe('analyseTime with a calendar', () => {
  it('counts days in the working day of the calendar', () => {
    const p = procedure('2d', [
      ['a', '6h'],
      ['b', '3h'],
    ]);
    const analysis = analyseTime(p, createCalendar({ hours: ['07:30-10:30', '13:30-16:30'] }));
    expect(analysis.hoursPerDay).toBe(6);
    expect(analysis.total).toEqual({ hours: 9, days: 1.5 });
    expect(analysis.limit).toEqual({ hours: 12, days: 2 });
    expect(analysis.slack).toEqual({ hours: 3, days: 0.5 });
    expect(analysis.cumulative).toEqual([
      { hours: 6, days: 1 },
      { hours: 9, days: 1.5 },
    ]);
  });

  it.each([
    ['5d', '10d', '1h', { hours: -41, days: -5.13 }, { hours: 81, days: 10.13 }],
    ['3d', '3d', '1h', { hours: -1, days: -0.13 }, { hours: 25, days: 3.13 }],
    ['10d', '4d', '7h', { hours: 41, days: 5.12 }, { hours: 39, days: 4.88 }],
  ] as const)('gives a slack against %s whose days are limit − total as printed', (limit, a, b, slack, total) => {
    const channels = [{ kind: 'online' as const, time_limit: limit }];
    const analysis = analyseTime(
      procedure(
        limit,
        [
          ['a', a],
          ['b', b],
        ],
        { channels },
      ),
      8,
    );
    expect(analysis.total).toEqual(total);
    expect(analysis.slack).toEqual(slack);
    expect(analysis.channels[0]!.slack).toEqual(slack);
  });

  it('still takes a number of hours per day', () => {
    expect(analyseTime(procedure('1d', [['a', '1d']]), 8).withinLimit).toBe(true);
  });

  it('has no total when a step is in calendar days', () => {
    const analysis = analyseTime(procedure('30cd', [['a', '10cd']]), vietnam);
    expect(analysis.total).toBeUndefined();
    expect(analysis.limit).toBeUndefined();
    expect(analysis.cumulative).toEqual([]);
  });

  it('says why there is no total: the first step counted by dates, by its number and name, or the loop', () => {
    const dated = analyseTime(
      procedure('20d', [
        ['a', '2h'],
        ['b', '15cd'],
        ['c', '1mo'],
      ]),
      vietnam,
    );
    expect(whyNoTotal(dated, 'vi')).toBe('bước 2 (b) tính bằng 15 ngày (lịch), không theo ngày làm việc');
    expect(whyNoTotal(dated, 'en', true)).toBe('step 2 is counted in 15 calendar days');
    // "Trong ngày" is no amount: "tính bằng trong ngày" is no Vietnamese.
    const sameDay = analyseTime(
      procedure('1d', [
        ['a', '2h'],
        ['b', 'trong ngày'],
      ]),
      vietnam,
    );
    expect(whyNoTotal(sameDay, 'vi')).toBe('bước 2 (b) là bước trả trong ngày, không theo ngày làm việc');
    expect(whyNoTotal(sameDay, 'vi', true)).toBe('bước 2 là bước trả trong ngày');
    expect(whyNoTotal(sameDay, 'en')).toBe('step 2 (b) is a same-day step, not counted in working days');
    expect(whyNoTotal(sameDay, 'en', true)).toBe('step 2 is a same-day step');
    const loop = analyseTime(
      procedure('1d', [
        ['a', '2h'],
        ['b', '2h', ['a']],
      ]),
      vietnam,
    );
    expect(whyNoTotal(loop, 'vi')).toBe('lưu đồ có vòng lặp a → b → a');
    // Steps by the numbers the table shows: B2 is the third in the list, after the side step B1a.
    const numbered = analyseTime(
      procedure('20d', [
        ['B1', '2h'],
        ['B1a', '2h'],
        ['B2', '15cd'],
      ]),
      vietnam,
    );
    expect(whyNoTotal(numbered, 'vi')).toBe('bước 2 (B2) tính bằng 15 ngày (lịch), không theo ngày làm việc');
    // A same-day step counts as one working day at most: with a loop besides, the loop is what leaves no total (it
    // said "bước 3 … là bước trả trong ngày", which the officer cannot change to get one).
    const loopAndSameDay = analyseTime(
      procedure('5d', [
        ['a', '2h'],
        ['b', '2h', ['a']],
        ['c', 'trong ngày'],
      ]),
      vietnam,
    );
    expect(whyNoTotal(loopAndSameDay, 'vi')).toBe('lưu đồ có vòng lặp a → b → a');
    expect(whyNoTotal(analyseTime(procedure('1d', [['a', '2h']]), vietnam), 'vi')).toBeUndefined();
  });
});

describe('sweepReceipts: calendar days over a year of receipts', () => {
  const sweep = (limit: string, steps: [string, string][]) => {
    const p = procedure(limit, steps);
    return sweepReceipts(p, buildFlow(p.steps), vietnam, { from: jan2026, days: 365, basis: 'as-of' })!;
  };

  it('tries the opening and closing time of every open day under a limit in calendar days', () => {
    const result = sweep('30cd', [['a', '10d']]);
    // 2026 has 261 weekdays, 13 of them off (1–2/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1–2/9), and two make-up
    // Saturdays (10/1, 22/8).
    expect(result.tried).toBe(2 * 250);
    expect(result.over).toBe(0);
    expect(result.worst).toBeUndefined();
  });

  // A dossier received at 17:00 has the appointment of one received at 16:59 under a limit counted from the day of
  // receipt, and a minute less to meet it; under working time it counts from the next opening, tried the next day.
  it.each([
    ['15cd', true],
    ['15 ngày', true],
    ['trong 30 ngày', true],
    ['7 ngày lịch', true],
    ['01 tháng', true],
    ['1 năm', true],
    ['Trong ngày làm việc tiếp theo', true],
    ['10 ngày làm việc', false],
    ['4h', false],
    ['trong ngày', false],
  ] as const)('tries closing time, not the last minute, under "%s": %s', (limit, closing) => {
    expect(closingLeastTime(limit)).toBe(closing);
    // Mon 05/01/2026, 07:30–11:30 and 13:00–17:00, cutoff 15:00.
    const minutes = receiptMinutes(vietnam, parseDay('2026-01-05')!, 15 * 60, closingLeastTime(limit));
    expect(minutes).toEqual([7 * 60 + 30, 15 * 60, 15 * 60 + 1, closing ? 17 * 60 : 16 * 60 + 59]);
  });

  it('finds the receipts a holiday pushes over the limit', () => {
    // 7 calendar days hold 5 working days, except when a holiday falls in them.
    const result = sweep('7cd', [['a', '5d']]);
    expect(result.over).toBeGreaterThan(0);
    expect(result.over).toBeLessThan(result.tried);
    // The worst is a receipt at closing time the day before Tết: received Fri 13/2/2026 17:00, day 7 is Fri 20/2, in
    // Tết, so the appointment is the close of Mon 23/2. The 5 days run from the next opening, Mon 23/2 07:30, to Fri
    // 27/2 17:00: four working days after the appointment (received at 16:59, a minute less: a minute on Friday).
    expect(show(result.worst!.received)).toBe('2026-02-13 17:00');
    expect(show(result.worst!.appointment)).toBe('2026-02-23 17:00');
    expect(show(result.worst!.finish)).toBe('2026-02-27 17:00');
    expect(result.worstOver).toBe(4 * 8 * 60);
  });

  it('says when every receipt is over', () => {
    const result = sweep('7 ngày', [['a', '8d']]);
    expect(result.over).toBe(result.tried);
  });

  it('counts the open days with a late receipt: the share of the times tried is not the share of the day', () => {
    // Same day, cutoff 15:00, a working day of steps: every receipt from 07:31 to 15:00 is late, yet of the four times
    // tried each day (07:30, 15:00, 15:01, 16:59) only 15:00 is.
    const p = procedure('trong ngày', [['a', '1d']], { cutoff: '15:00' });
    const result = sweepReceipts(p, buildFlow(p.steps), vietnam, { from: jan2026, days: 365, basis: 'as-of' })!;
    expect(result.tried).toBe(4 * 250);
    expect(result.over).toBe(250);
    expect([result.overDays, result.openDays]).toEqual([250, 250]);
    // Calendar days: late only for receipts on the days before a holiday.
    const holidays = sweep('7cd', [['a', '5d']]);
    expect(holidays.openDays).toBe(250);
    expect(holidays.overDays).toBeGreaterThan(0);
    expect(holidays.overDays).toBeLessThan(holidays.openDays);
  });
});

describe('procedureTime', () => {
  it('explains a due date with the days off on the way, weekends around Tết included', () => {
    const report = procedureTime({ file: 'a.yaml', procedure: procedure('5d', [['a', '5d']]) }, vietnam, {
      received: at('2026-02-13 09:00'),
    });
    expect(report.specialDays.map((run) => [run.first, run.last, run.kind, run.name])).toEqual([
      [parseDay('2026-02-14'), parseDay('2026-02-22'), 'off', 'Tết Nguyên Đán'],
    ]);
    expect(report.margin).toBe(0);
    expect(report.ruleYears).toEqual([]);
  });

  it('names a holiday on a Sunday and its day in lieu apart, a single day by its own date, and no day twice', () => {
    const runs = (received: string) =>
      procedureTime({ file: 'a.yaml', procedure: procedure('5d', [['a', '5d']]) }, vietnam, {
        received: at(received),
      }).specialDays.map((run) => [formatDay(run.first), formatDay(run.last), run.name]);
    expect(runs('2026-04-23 09:00').slice(0, 2)).toEqual([
      ['2026-04-26', '2026-04-26', 'Giỗ Tổ Hùng Vương'],
      ['2026-04-27', '2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'],
    ]);
    // 2027 by the Labour Code rule: Saturday 1/5, then Monday 3/5 in lieu; Sunday 2/5 is a Sunday, no holiday's.
    expect(runs('2027-04-28 09:00')).toEqual([
      ['2027-04-30', '2027-04-30', 'Ngày Chiến thắng'],
      ['2027-05-01', '2027-05-01', 'Ngày Quốc tế Lao động'],
      ['2027-05-03', '2027-05-03', 'Ngày Quốc tế Lao động (nghỉ bù)'],
    ]);
    // Tết, a break of several days, reads as announced, its weekends included: Saturday 14/2 to Sunday 22/2.
    expect(runs('2026-02-13 09:00')[0]).toEqual(['2026-02-14', '2026-02-22', 'Tết Nguyên Đán']);
  });

  it('lists only the days within the counting, each announced break once and whole, make-up days by their kind', () => {
    const runs = (received: string, limit: string) =>
      procedureTime({ file: 'a.yaml', procedure: procedure(limit, [['a', limit]]) }, vietnam, {
        received: at(received),
      }).specialDays.map((run) => [formatDay(run.first), formatDay(run.last), run.kind, run.name]);
    // Received Sat 22/8/2026 at 18:00, after the make-up day closed: counting runs Mon 24/8 07:30–17:00, nothing special.
    expect(runs('2026-08-22 18:00', '1d')).toEqual([]);
    // Fri 25/4/2025 09:00, 5 d: the make-up Saturday 26/4 is worked within the counting, then the break 30/4 – 4/5.
    expect(runs('2025-04-25 09:00', '5d')).toEqual([
      ['2025-04-26', '2025-04-26', 'work', 'Làm bù cho thứ Sáu 2/5'],
      ['2025-04-30', '2025-05-04', 'off', 'Ngày Chiến thắng và Ngày Quốc tế Lao động'],
    ]);
    // National Day, as announced, weekend included, in both years: 2026 with its swapped Monday 31/8 inside.
    expect(runs('2025-08-29 09:00', '1d')).toEqual([['2025-08-30', '2025-09-02', 'off', 'Quốc khánh']]);
    expect(runs('2026-08-28 09:00', '1d')).toEqual([['2026-08-29', '2026-09-02', 'off', 'Quốc khánh']]);
    // Received inside Tết: the whole break, once.
    expect(runs('2026-02-17 10:00', '1d')).toEqual([['2026-02-14', '2026-02-22', 'off', 'Tết Nguyên Đán']]);
  });

  it('does not call a dossier late with no office minute after the appointment, in text or JSON', () => {
    // Wednesday closed: the second calendar day ends at the end of Wednesday, no office time after Tuesday's close.
    const calendar = createCalendar({ wednesday: [] });
    const p = procedure('1cd', [
      ['a', '1cd'],
      ['b', '1cd'],
    ]);
    const report = procedureTime({ file: 'a.yaml', procedure: p }, calendar, { received: at('2026-03-09 09:00') });
    expect(report.schedule!.finish).toBeGreaterThan(report.schedule!.appointment);
    const text = timeText([report], { color: false, lang: 'en' });
    expect(text).not.toContain('AFTER the appointment');
    expect(text).toContain('exactly at the appointment');
    expect(JSON.parse(timeJson([report])).procedures[0].on_time).toBe(true);
  });

  it('names the make-up day and the years that fell back to the rule', () => {
    const report = procedureTime({ file: 'a.yaml', procedure: procedure('1d', [['a', '1d']]) }, vietnam, {
      received: at('2026-01-09 13:00'),
    });
    expect(report.specialDays.map((run) => [run.kind, run.name])).toEqual([['work', 'Làm bù cho thứ Sáu 2/1']]);
    const late = procedureTime({ file: 'a.yaml', procedure: procedure('1d', [['a', '1d']]) }, vietnam, {
      received: at('2026-12-31 13:00'),
    });
    expect(late.ruleYears).toEqual([2027]);
  });

  it('sweeps the announced years by default, whatever the date', () => {
    const report = procedureTime(
      { file: 'a.yaml', procedure: procedure('15 ngày', [['a', '5d']], { effective: '2025-03-01' }) },
      vietnam,
      {},
    );
    // Received 17/12/2026, 15 calendar days end on Friday 1/1/2027, a day off of a year not announced: past the first
    // year from the effective date the receipts judged stop the day before, so that no verdict rests on days off
    // procmap computed. The window is named from the first receipt tried (Monday 3/3/2025) to the last.
    expect([report.sweep?.from, report.sweep?.days, report.sweep?.basis]).toEqual([
      parseDay('2025-03-03'),
      parseDay('2026-12-16')! - parseDay('2025-03-03')! + 1,
      'announced',
    ]);
    expect(report.sweep?.reached).toBe(parseDay('2026-12-31'));
    expect(report.ruleYears).toEqual([]);
    expect(report.years.map(({ year }) => year)).toEqual([2025, 2026]);
  });

  it('names every year the appointments of a year from --as-of reach, not only the years of the receipts', () => {
    const report = procedureTime({ file: 'a.yaml', procedure: procedure('45 ngày', [['a', '29d']]) }, vietnam, {
      asOf: parseDay('2026-12-05')!,
    });
    // Received from Monday 07/12/2026 (the 5th is a Saturday) up to Friday 03/12/2027, due up to late January 2028.
    expect([formatDay(report.sweep!.from), formatDay(report.sweep!.from + report.sweep!.days - 1)]).toEqual([
      '2026-12-07',
      '2027-12-03',
    ]);
    expect(report.sweep!.reached > parseDay('2028-01-01')!).toBe(true);
    expect(report.ruleYears).toEqual([2027, 2028]);
    expect(report.years.map(({ year }) => year)).toEqual([2026, 2027, 2028]);
  });

  it('takes a year from a date to the day before the same date next year, a leap day included', () => {
    const sweep = (asOf: string) =>
      procedureTime({ file: 'a.yaml', procedure: procedure('15 ngày', [['a', '5d']]) }, vietnam, {
        asOf: parseDay(asOf)!,
      }).sweep!;
    expect(formatDay(sweep('2027-03-01').from + sweep('2027-03-01').days - 1)).toBe('2028-02-29');
    expect(formatDay(sweep('2028-02-29').from + sweep('2028-02-29').days - 1)).toBe('2029-02-28');
    expect(formatDay(sweep('2026-06-01').from + sweep('2026-06-01').days - 1)).toBe('2027-05-31');
  });

  it('judges the announced years’ receipts on a year from the effective date when none can be judged within them', () => {
    const report = procedureTime(
      { file: 'a.yaml', procedure: procedure('45 ngày', [['a', '5d']], { effective: '2026-12-20' }) },
      vietnam,
      {},
    );
    expect([report.sweep?.basis, report.ruleYears]).toEqual(['effective', [2027, 2028]]);
  });

  it('counts the days and years an appointment after the cutoff crosses, for a receipt with no time', () => {
    const report = procedureTime(
      { file: 'a.yaml', procedure: procedure('trong ngày', [['a', '1h']], { cutoff: '15:00' }) },
      vietnam,
      { received: at('2026-12-31 07:30'), dateOnly: true },
    );
    expect(formatDay(dayOf(report.afterCutoff!))).toBe('2027-01-04');
    expect(report.ruleYears).toEqual([2027]);
    expect(report.specialDays.map((run) => formatDay(run.first))).toContain('2027-01-01');
  });

  it('sweeps the year from --as-of when calendar days are involved and no receipt is given', () => {
    const report = procedureTime({ file: 'a.yaml', procedure: procedure('15 ngày', [['a', '5d']]) }, vietnam, {
      asOf: parseDay('2026-06-01')!,
    });
    expect(report.schedule).toBeUndefined();
    expect(report.sweep?.over).toBe(0);
    expect(report.ruleYears).toEqual([2027]);
    expect(
      procedureTime({ file: 'a.yaml', procedure: procedure('5d', [['a', '5d']]) }, vietnam, {}).sweep,
    ).toBeUndefined();
  });
});
