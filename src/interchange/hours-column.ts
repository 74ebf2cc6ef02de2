import type { Translated } from '../i18n.js';
import { parseDuration, toWorkingHours } from '../model/duration.js';
import { stepDurationIn } from '../model/step-days.js';
import { formatNumber } from '../time/units.js';
import { said } from './import-messages.js';

// procmap's workbook prints each step's time twice: as the file writes it ("Thời gian") and in working hours beside it,
// computed. An officer who edits the hours changes nothing procmap reads: the time column says which time is meant,
// and an hours cell that no longer agrees with it could be either column's edit, so it is said, not guessed: the
// advice names the cell to update for each, so that neither undoes the edit the officer made.

// A number as a cell shows it: "1.50" under the workbook's format, "1,5" typed by an officer in Vietnamese.
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** The working hours an hours cell gives ("1.50", "1,5"), or undefined for a cell that is no number. */
export function hoursOf(cell: string): number | undefined {
  const text = cell.trim();
  return NUMBER.test(text) ? Number(text.replace(',', '.')) : undefined;
}

/** The columns a steps sheet gives a step's time in: the time as written, and the hours computed from it. */
export interface TimeColumns {
  time: string;
  hours: string;
}

/** The cells of one row's time and hours (`I3`, `H3`), where the sheet names its cells (a Word table does not). */
export interface TimeCells {
  time?: string | undefined;
  hours?: string | undefined;
}

/**
 * What the report says of a step's hours cell that is not the working hours of its time `time` (in a working day of
 * `hoursPerDay`): the time kept, and for each column the officer may have edited, the cell to update so that the edit
 * stays (the hours to the time's, or the time to the hours'). Undefined for an empty cell, or one whose
 * value agrees with the time to the hundredth, as the workbook rounds it: a bare number, or a time with its unit
 * ("0.25h", as the time column writes it), compared as values read, never as text; `workingLimit`, that the
 * procedure's limit is in working days, so that the step's bare days are too.
 */
export function hoursEditSaid(
  cell: string,
  time: string,
  columns: TimeColumns,
  hoursPerDay: number,
  cells: TimeCells = {},
  workingLimit = false,
): Translated | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  // As lint and `time` count the step: its bare "08 ngày" under a limit in working days is 8 working days (64 h).
  const duration = stepDurationIn(time, workingLimit);
  const computed = duration && toWorkingHours(duration, hoursPerDay);
  const edited = hoursOf(text) ?? hoursWritten(text, hoursPerDay);
  if (edited !== undefined && computed !== undefined && Math.abs(edited - computed) < 0.005) return undefined;
  const number = (value: number) => ({ en: formatNumber(value, 'en'), vi: formatNumber(value, 'vi') });
  const at = (cell: string | undefined, column: string) =>
    cell === undefined ? said('hoursColumnAt', { column }) : said('cellAt', { cell, column });
  const named = (cell: string | undefined, column: string) =>
    cell === undefined ? said('hoursColumnNamed', { column }) : said('hoursCellNamed', { cell });
  return said('hoursNotRead', {
    hoursAt: at(cells.hours, columns.hours),
    hours: edited === undefined ? text : number(edited),
    timeAt: at(cells.time, columns.time),
    timeColumn: columns.time,
    time,
    computed: computed === undefined ? '' : said('hoursComputed', { value: number(computed), count: computed }),
    hoursCell: named(cells.hours, columns.hours),
    update: computed === undefined ? '' : said('hoursUpdate', { value: number(computed) }),
    timeCell: named(cells.time, columns.time),
    example: edited === undefined ? '' : said('hoursExample', { value: String(edited) }),
  });
}

/** The working hours a cell written with its unit reads as ("0.25h", "1 ngày làm việc"); undefined for other text. */
function hoursWritten(text: string, hoursPerDay: number): number | undefined {
  const duration = parseDuration(text);
  return duration && toWorkingHours(duration, hoursPerDay);
}
