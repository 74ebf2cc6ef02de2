import { dayParts, weekday, type Day } from './moment.js';
import { weekdayName } from './units.js';
import { HOLIDAY_LAW, IN_LIEU_LAW, ruleHolidays, type SpecialDay } from './vietnam.js';

/** A date as the sources of an announced year write it: `thứ Bảy 6/2`. */
const shortDate = (day: Day) => `${weekdayName(day, 'vi', 'long')} ${dayParts(day).date}/${dayParts(day).month}`;
const isWeekend = (day: Day) => weekday(day) === 0 || weekday(day) === 6;

/** The days of one holiday: a run of three or more as `first – last`, else each, joined with "và". */
function daysText(days: readonly Day[]): string {
  const run = days.length > 2 && days.at(-1)! - days[0]! === days.length - 1;
  return run ? `${shortDate(days[0]!)} – ${shortDate(days.at(-1)!)}` : days.map(shortDate).join(' và ');
}

/**
 * The sources of a year procmap computes from the Labour Code, as an announced year's list them: the holidays by
 * article, and which weekend holiday each day in lieu stands for (Sat 6/2/2027 → Wed 10/2), which the days listed do
 * not show, since a weekend holiday is no weekday off.
 */
export function ruleSources(year: number): string[] {
  const days = ruleHolidays(year);
  const holidays = days.filter((day) => day.about.what === 'holiday');
  const byName = new Map<string, Day[]>();
  for (const { day, name } of holidays) byName.set(name, [...(byName.get(name) ?? []), day]);
  const listed = [...byName].map(([name, list]) => `${name} ${daysText(list)}`).join('; ');
  const lines = [
    `${HOLIDAY_LAW}: ${listed} (Tết: ngày cuối năm âm lịch và bốn ngày đầu năm mới; ngày nghỉ liền kề Quốc khánh theo cách Thủ tướng chọn các năm 2022–2025)`,
  ];
  // Each weekend holiday gets the next free working day, in order, so the two lists pair up one to one.
  const weekend = holidays.filter(({ day }) => isWeekend(day));
  const inLieu = days.filter((day: SpecialDay) => day.about.what === 'in_lieu');
  if (inLieu.length > 0)
    lines.push(
      `${IN_LIEU_LAW} (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần): ${inLieu
        .map((day, i) => `${weekend[i]!.name} ${shortDate(weekend[i]!.day)} nghỉ bù ${shortDate(day.day)}`)
        .join('; ')}`,
    );
  return lines;
}
