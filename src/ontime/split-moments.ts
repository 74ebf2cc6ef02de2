/** A moment an export splits over two columns, the day in one ("Ngày tiếp nhận") and the hour in the next ("Giờ tiếp nhận"). */
import { dayOf, formatDay, minuteOf } from '../time/moment.js';
import { cellMoment, cellTimeOfDay, type Cell } from './cells.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day cell with the time cell's hour, as one moment written `2026-01-05T08:15:00`; the day cell as it is when it
 * already has an hour, is no day, or the time cell holds no time of day (then the day alone is read, its safe reading).
 */
export function joinDayAndTime(day: Cell, time: Cell): Cell {
  const seconds = cellTimeOfDay(time);
  if (seconds === undefined) return day;
  const moment = cellMoment(day);
  if (typeof moment !== 'number' || minuteOf(moment) !== 0) return day;
  const clock = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${formatDay(dayOf(moment))}T${clock}`;
}
