/** Measuring one dossier against its mapped procedure: due moment, working time used, on-time status. */
import { DueMemo } from './due-memo.js';
import { formatDurationShort } from '../model/duration.js';
import type { Duration } from '../model/types.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { limitDue } from '../time/due.js';
import { dueAtNamedHour } from '../time/next-day-end.js';
import { dayOf, minuteOf, type Day, type Moment } from '../time/moment.js';
import { OfficeMinutes } from '../time/office-index.js';
import { receiptStart } from '../time/schedule.js';
import { countingCutoff } from '../time/cutoff-scope.js';
import {
  cellMoment,
  formulaErrorOf,
  cellReceiptRead,
  cellText,
  hasText,
  isNotSettled,
  marksNothing,
  saysNothing,
  parseChannel,
  saysReturned,
  saysWaiting,
  parsePauses,
  pausesOfColumns,
  unreadPausePair,
  placeholderDate,
  pauseOf,
  reversedPause,
  unreadPausePart,
  type Cell,
  type ChannelKind,
  type Pause,
} from './cells.js';
import {
  countedPauses,
  daysLeftInDates,
  extendInDates,
  extendOnClock,
  pausedWithin,
  type Span,
} from './pause-clock.js';
import { endOfDay, endsWithItsDay, isBareDate, judge, pastDue } from './judge.js';
import type { MeasuredProcedure, ProcedureIndex } from './procedures.js';
import { namedChannels, unlistedGrade } from './channel-limit.js';
import { countedReceipt, earliestReceipt } from './date-receipt.js';

/** One row of an export, its cells picked by the column plan. */
export interface DossierRow {
  file: string;
  /** Row number in the file as a spreadsheet shows it (the header is row 1), or the line of a JSON record. */
  row: number;
  id: string;
  procedure: string;
  /** The procedure's name beside its code, when the export has both columns: checked against the code's procedure. */
  procedureName?: string;
  received: Cell;
  finished: Cell;
  /** The header of the table's column of the result's date, when it has one: a settled row's empty cell is named. */
  finishedColumn?: string;
  appointment: Cell;
  status: string;
  channel: string;
  /** The header of the table's channel column, when it has one: an empty cell under it is named, not a missing column. */
  channelColumn?: string;
  pauses: Cell;
  /** The header of the table's pauses column, when it has one: a pause given by its end alone is named with it. */
  pausesColumn?: string;
  pauseStart: Cell;
  pauseEnd: Cell;
  /** The headers of the columns of a pause in two (its start, its end), to name them when one cannot be read. */
  pauseColumns?: readonly [start: string, end: string];
  /** A number of paused days ("Số ngày tạm dừng"): no pause, but a sign the dossier was paused. */
  pauseDays?: Cell;
  /** The header of the paused days' column. */
  pauseDaysColumn?: string;
  body: string;
  steps: { step: string; cell: Cell }[];
  /**
   * A period's report (period.ts): the end of the period, after which nothing the row says was known yet, so its
   * pauses and step times are read as they stood then.
   */
  knownBy?: Moment;
}

/** Where a dossier stands against its due moment (QĐ 766/QĐ-TTg categories). */
export type DossierStatus =
  'early' | 'on_time' | 'late' | 'undetermined' | 'open_in_time' | 'open_overdue' | 'open_paused';

/** Why a row could not be measured. */
export const BAD_REASONS = [
  'no-procedure',
  'unknown-procedure',
  'ambiguous-procedure',
  'ambiguous-title',
  'ambiguous-id',
  'name-disagrees',
  'unmeasured-procedure',
  'unread-procedure',
  'no-received',
  'bad-received',
  'bad-finished',
  'finished-before-received',
  'received-after-as-of',
  'finished-after-as-of',
  'returned-without-date',
  'paused-without-date',
  'bad-appointment',
  'bad-pause',
  'pause-days',
  'pause-days-column',
  'pause-reversed',
  'bad-pause-column',
  'pause-columns-reversed',
  'pause-end-only',
  'pause-before-received',
  'pause-column-end-only',
  'pause-open-at-result',
  'bad-step',
  'unknown-channel',
  'out-of-calendar',
  'too-long',
  'repeated',
  'repeated-conflict',
  'superseded',
] as const;

/** Why a row could not be measured. */
export type BadReason = (typeof BAD_REASONS)[number];

/** A row procmap could not measure, with where it is and what was wrong. */
export interface BadRow {
  file: string;
  row: number;
  reason: BadReason;
  /** The offending value as written. */
  value?: string;
  /** A row set aside as procmap's workbook wrote it, read back: the reason as written there, said as it is. */
  reasonText?: string;
  /**
   * A row whose result is dated before its receipt: both moments as read, so that a day and month swapped on the way
   * (a spreadsheet in the en-US locale reads 12/01/2026 as 1 December) can be seen.
   */
  received?: Moment;
  finished?: Moment;
  /** A pause that starts before the dossier was received: its start, said beside the receipt (`received`). */
  pauseFrom?: Moment;
  /** A row dated after the moment the report is as of: that moment, said beside the one read. */
  asOf?: Moment;
  /** A row of a dossier listed again: the row counted instead (`file:row`). */
  kept?: string;
  /** The kept row's dossier number as that row spells it, when it differs from this row's (`000.00.12.H04-…` / `…h04…`). */
  keptAs?: string;
  /** A row of a procedure left out for its file's errors: that file, to fix. */
  procedureFile?: string;
  /** A code several procedures share, the agency column naming none or several of them: their ids. */
  candidates?: string[];
  /** A row whose name column is another procedure's title (`name-disagrees`): the name as written. */
  procedureName?: string;
  /** That row's procedure by its code column (`value`): its id. The name's procedures are the `candidates`. */
  codeProcedure?: string;
  /** Ids several procedures answer to: the file of each of the `candidates`, in the same order. */
  candidateFiles?: string[];
  /** The agency cell as written, when written without diacritics it fits several of the `candidates`. */
  unmarkedAgency?: string;
  /** A withdrawn, refused or cancelled row set aside for a row of its dossier with a result: its status as written. */
  status?: string;
  /** A row of a procedure whose file's YAML did not parse: where the file's first syntax error is. */
  procedureError?: { line: number; column: number };
  /** The column of the value, where the reason names it (a pause in two columns). */
  column?: string;
  /** The cell ("C3") of a date that holds a formula's error (`value`, "#VALUE!") instead of a date. */
  cell?: string;
  /** A pause cell that cannot be read: its first part that is no pause, as written ("foo" of "… - …; foo"). */
  pausePart?: string;
  /** That part is a moment alone, not said to be the start or the end of the pause. */
  pauseOneMoment?: true;
  /** A pause that ends before it starts: each end as written, and its column when the pause is in two. */
  pause?: { start: string; end: string; startColumn?: string; endColumn?: string; day?: string };
}

/** How one step of a dossier did against its mapped budget. */
export interface StepResult {
  step: string;
  /** Office minutes from the step's start (its predecessors' latest end, or the start of counting) to its end, pauses excluded. */
  usedMinutes: number;
  /** Office minutes past the step's budget; 0 when within it. */
  overrunMinutes: number;
}

/** One dossier measured. */
export interface DossierResult {
  file: string;
  row: number;
  id: string;
  procedure: MeasuredProcedure;
  channel?: ChannelKind;
  /** The body the export names, else the procedure's agency. */
  agency?: string;
  received: Moment;
  /** The channel cell as written ("Trực tuyến một phần"), for the workbook to write back with its grade. */
  channelText?: string;
  /** The minute the receipt was written in, when its seconds moved the count to the next minute: what reports print. */
  receivedWritten?: Moment;
  /** The seconds past the minute the receipt was written in, when it wrote any: the JSON report gives them. */
  receivedSeconds?: number;
  /** When counting started (next opening, or the next working day after the cutoff). */
  start: Moment;
  /** The limit that applied (the channel's own, else the procedure's). */
  limit: Duration;
  /** How the limit was chosen when the row did not say enough (channelLimit): the report says how many, per procedure. */
  channelGuess?: ChannelGuess;
  /** The due moment procmap computes: the limit on the calendar, moved on by the pauses. */
  due: Moment;
  /** The vendor's appointment, when the export has one. */
  vendorDue?: Moment;
  /**
   * The vendor's appointment differs from procmap's: by date when the vendor gives a date alone or the limit is in
   * whole days (it ends at 24:00 of its due day), else by minute.
   */
  vendorDisagrees: boolean;
  /** Positive when the vendor's appointment is later than procmap's. */
  vendorLater: boolean;
  /** A pause runs past the result: its part after the result is not counted, and the row is listed to be checked. */
  pauseAfterResult?: boolean;
  /** An open dossier whose pause has no end yet (`open_paused`): when its clock stopped. */
  pausedFrom?: Moment;
  /** An open dossier paused in time: the office minutes left before its due moment when the clock stopped. */
  leftMinutes?: number;
  /**
   * The same under a limit in calendar days or months, in its own unit: the calendar days then left, and the day the
   * period runs to, moved off a day off (Civil Code Art. 147–148: the days left run on from the day the pause ends).
   */
  leftDays?: { days: number; last: Day };
  finished?: Moment;
  status: DossierStatus;
  /**
   * A same-day limit with a cutoff and a receipt without its hour: the earliest due moment the law allows (received
   * before the cutoff); `due` is then the latest (after it). Undefined otherwise.
   */
  earliestDue?: Moment;
  /** The pauses as the row gives them (an open one without its end), to write them back as read; none when none. */
  pauses?: readonly Pause[];
  /** A pause was written with dates alone at both ends, read as those whole days (the report says how many). */
  wholeDayPauses?: true;
  /** The appointment's cell held words that are no date ("Trong ngày"): nothing was compared. */
  unreadAppointment?: true;
  /** Those words as written: the workbook writes them back, so that read back the dossier is noted again. */
  appointmentWords?: string;
  /** Office minutes counted against the limit: start to finish (or to the as-of moment), pauses excluded. */
  usedMinutes: number;
  /** Office minutes the clock stood still. */
  pausedMinutes: number;
  /** Office minutes past the due moment (late, or open and overdue); 0 otherwise. */
  lateMinutes: number;
  /** Finished dossiers: office minutes from finish to due (negative when late). */
  savedMinutes?: number;
  steps: StepResult[];
}

/**
 * A limit chosen by the documented fallback, not by the row: `none`, a row that names no channel of a procedure whose
 * channels have limits of their own (measured against the general limit); `ungraded`, an online row that names no
 * grade of online filing with limits that differ (measured against the limit due first). `empty` is `none` from a
 * table that has a channel column, whose cell in that row is empty: the cell to fill, not a column to add.
 * `unlisted`, an online row of a grade the procedure gives no limit for ("một phần" where only "toàn trình" has one):
 * measured against the general limit.
 */
export type ChannelGuess = 'none' | 'empty' | 'ungraded' | 'unlisted';

/** What became of one row. */
export type RowOutcome =
  { kind: 'measured'; result: DossierResult } | { kind: 'bad'; bad: BadRow } | { kind: 'not-settled' };

/**
 * The due moment moved on by the pauses counted: in dates for a limit in calendar days or months (the Civil Code's
 * reading), else on the office clock, where `late` says whether a pause starts once the dossier is already late.
 */
function extendByPauses(
  calendar: WorkingCalendar,
  office: OfficeMinutes,
  limit: Duration,
  received: Moment,
  start: Moment,
  due: Moment,
  spans: readonly Span[],
  late: (due: Moment, at: Moment) => boolean = (due, at) => at >= due,
): Moment {
  if (spans.length === 0) return due;
  if (limit.unit === 'cd' || limit.unit === 'month') return extendInDates(calendar, limit, received, spans);
  return extendOnClock(calendar, office, start, due, spans, late);
}

/** Whether a channel of the procedure has a limit of its own other than the general one: a row naming none may be judged wrong. */
function ownLimitDiffers(procedure: MeasuredProcedure): boolean {
  let differs = OWN_LIMIT_DIFFERS.get(procedure);
  if (differs === undefined) {
    const general = formatDurationShort(procedure.limit);
    differs = (procedure.channels ?? []).some((channel) => formatDurationShort(channel.limit) !== general);
    OWN_LIMIT_DIFFERS.set(procedure, differs);
  }
  return differs;
}

// Once per procedure, not per row.
const OWN_LIMIT_DIFFERS = new WeakMap<MeasuredProcedure, boolean>();

/** A working calendar with its running totals of office minutes per day. */
interface Clock {
  calendar: WorkingCalendar;
  office: OfficeMinutes;
}

// Shared by every dossier without step timestamps (nearly all): never written to.
const NO_STEPS: StepResult[] = [];

/** Measures rows of dossier exports against a catalog, on one calendar, as of one moment (for open dossiers). */
export class DossierEvaluator {
  private readonly memo = new DueMemo<MeasuredProcedure>();
  private readonly clocks = new Map<WorkingCalendar, Clock>();
  private readonly calendarOf: (procedure: MeasuredProcedure) => WorkingCalendar;

  /**
   * `calendar`: one for every procedure, or each procedure's own (the calendar of the configuration its file comes
   * under), so that a sub-catalog's dossiers are counted on its own office hours.
   */
  constructor(
    calendar: WorkingCalendar | ((procedure: MeasuredProcedure) => WorkingCalendar),
    private readonly procedures: ProcedureIndex,
    private readonly asOf: Moment,
  ) {
    this.calendarOf = typeof calendar === 'function' ? calendar : () => calendar;
  }

  /** A procedure's calendar and its office-minute index, one index per calendar. */
  private clockOf(procedure: MeasuredProcedure): Clock {
    const calendar = this.calendarOf(procedure);
    let clock = this.clocks.get(calendar);
    if (clock === undefined) this.clocks.set(calendar, (clock = { calendar, office: new OfficeMinutes(calendar) }));
    return clock;
  }

  /** The due moment of a limit for a receipt, memoised per procedure, limit and receipt moment. */
  private due(procedure: MeasuredProcedure, limit: Duration, received: Moment, cutoff = procedure.cutoff): Moment {
    const number = this.memo.numberOf(procedure, limit);
    let due = this.memo.get(number, received);
    if (due === undefined) {
      const calendar = this.calendarOf(procedure);
      due = limitDue(calendar, countedReceipt(calendar, received, limit), limit, cutoff);
      this.memo.set(number, received, due);
    }
    return due;
  }

  /**
   * The limit and cutoff a dossier is measured against: its channel's own, at the grade of online filing its cell
   * says; when the cell names a kind with several limits and no grade ("Trực tuyến"), the one due first for this
   * receipt, the safe reading (docs/ontime.md); the procedure's when the channel has none of its own. `guess` says
   * when the row did not say enough to choose, so that the report can say how many were measured so.
   */
  private channelLimit(
    procedure: MeasuredProcedure,
    kind: ChannelKind | undefined,
    cell: string,
    received: Moment,
    column: string | undefined,
  ): { limit: Duration; cutoff: string | undefined; guess?: ChannelGuess } {
    const general = { limit: procedure.limit, cutoff: procedure.cutoff };
    const channels = procedure.channels ?? [];
    if (kind === undefined)
      return ownLimitDiffers(procedure) ? { ...general, guess: column === undefined ? 'none' : 'empty' } : general;
    if (unlistedGrade(channels, kind, cell)) return { ...general, guess: 'unlisted' };
    const named = namedChannels(channels, kind, cell);
    if (named.length === 0) return general;
    let first = named[0]!;
    let differ = false;
    for (const other of named.slice(1)) {
      const due = this.due(procedure, other.limit, received, other.cutoff);
      const firstDue = this.due(procedure, first.limit, received, first.cutoff);
      if (due !== firstDue) differ = true;
      if (due < firstDue) first = other;
    }
    return { limit: first.limit, cutoff: first.cutoff, ...(differ ? { guess: 'ungraded' as const } : {}) };
  }

  /** The id of the procedure a cell names (by national code, id or title), or the cell itself when none matches. */
  procedureId(text: string): string {
    const found = this.procedures.find(text) ?? this.procedures.findByTitle(text, '');
    return found === undefined || 'ambiguous' in found ? text : found.id;
  }

  /** Measures one row, or says why it cannot be measured. */
  evaluate(row: DossierRow): RowOutcome {
    try {
      return this.measure(row);
    } catch (error) {
      // A date in a year the calendar does not know (procmap knows 2000–2099): this row only.
      if (!(error instanceof RangeError)) throw error;
      const value = cellText(row.received);
      return {
        kind: 'bad',
        bad:
          value === ''
            ? { file: row.file, row: row.row, reason: 'out-of-calendar' }
            : { file: row.file, row: row.row, reason: 'out-of-calendar', value },
      };
    }
  }

  private measure(given: DossierRow): RowOutcome {
    // A row whose code cell is empty, beside a procedure's title: found by it, as in an export of names alone. A name
    // that is no title leaves the row without its procedure, as it was.
    const byName =
      given.procedure === '' && given.procedureName && this.procedures.titled(given.procedureName) !== undefined;
    const written = byName ? nameForCode(given) : given;
    // "Không" or "-" in a pause's start or end column, or a date the software has not set ("0000-00-00", "NULL"): no
    // date, as an empty cell (it was a date that cannot be read); an end so, a pause still running.
    const unset = (cell: Cell) => saysNothing(cell) || placeholderDate(cell);
    const row =
      unset(written.pauseStart) || unset(written.pauseEnd)
        ? {
            ...written,
            pauseStart: unset(written.pauseStart) ? undefined : written.pauseStart,
            pauseEnd: unset(written.pauseEnd) ? undefined : written.pauseEnd,
          }
        : written;
    const bad = (
      reason: BadReason,
      value?: Cell,
      read?: Pick<
        BadRow,
        | 'received'
        | 'finished'
        | 'asOf'
        | 'procedureFile'
        | 'procedureError'
        | 'column'
        | 'pause'
        | 'candidates'
        | 'candidateFiles'
        | 'unmarkedAgency'
        | 'procedureName'
        | 'codeProcedure'
        | 'pausePart'
        | 'pauseOneMoment'
        | 'pauseFrom'
      >,
    ): RowOutcome => {
      const text = value === undefined ? '' : cellText(value);
      // A formula's error (or a formula without a value) in the cell: named with its cell, the officer's formula to mend, not a date miswritten.
      const error = value === undefined ? undefined : formulaErrorOf(value);
      const cell = error === undefined ? {} : { cell: `${error.column}${row.row}` };
      return {
        kind: 'bad',
        bad: { file: row.file, row: row.row, reason, ...(text === '' ? {} : { value: text }), ...read, ...cell },
      };
    };
    if (row.status !== '' && isNotSettled(row.status)) return { kind: 'not-settled' };
    if (row.procedure === '') return bad('no-procedure');
    const picked = this.procedures.findFor(row.procedure, row.body);
    // Ids that several procedures answer to (QT-01 and QT01, one id in two files): never the last file read.
    if (picked !== undefined && 'byId' in picked)
      return bad('ambiguous-id', row.procedure, {
        candidates: picked.ambiguous.map((p) => p.id),
        candidateFiles: picked.ambiguous.map((p) => p.file ?? ''),
      });
    // A code or a title several procedures share, the agency column not saying whose: never one of them guessed.
    if (picked !== undefined && 'ambiguous' in picked)
      return bad('byTitle' in picked ? 'ambiguous-title' : 'ambiguous-procedure', row.procedure, {
        candidates: picked.ambiguous.map((p) => p.id),
        // The unmarked-agency wording speaks of a shared code; a shared title's own wording asks for the agency too.
        ...(picked.unmarked && !('byTitle' in picked) ? { unmarkedAgency: row.body } : {}),
      });
    const procedure = picked;
    if (!procedure) {
      const unmeasured = this.procedures.unmeasuredProcedure(row.procedure);
      if (unmeasured === undefined) return bad('unknown-procedure', row.procedure);
      const procedureFile = unmeasured.file;
      // A file whose YAML did not parse is named with where it broke: lint's other errors wait until that is fixed.
      return unmeasured.unread === undefined
        ? bad('unmeasured-procedure', row.procedure, { procedureFile })
        : bad('unread-procedure', row.procedure, { procedureFile, procedureError: unmeasured.unread });
    }
    // A name beside the code that is another procedure's title: the row says two procedures, and counted against the
    // code it may be another's dossier. A name that is the code's own title, or no title at all (shortened), says nothing.
    const named = row.procedureName ? this.procedures.titled(row.procedureName) : undefined;
    if (named !== undefined && !named.includes(procedure))
      return bad('name-disagrees', row.procedure, {
        procedureName: row.procedureName!,
        codeProcedure: procedure.id,
        candidates: named.map((p) => p.id),
      });
    const clock = this.clockOf(procedure);
    // A receipt the software has not set ("0000-00-00 00:00:00") is missing, not a date of year 0 to correct.
    const receipt = placeholderDate(row.received) ? undefined : cellReceiptRead(row.received, clock.calendar);
    if (receipt === undefined) return bad('no-received');
    if (receipt === null) return bad('bad-received', row.received);
    const received = receipt.counted;
    const finished = cellMoment(row.finished);
    if (finished === null) return bad('bad-finished', row.finished);
    // A return date without a time is a return some time that day: on the day of receipt it is not before it.
    const bare = finished !== undefined && isBareDate(finished);
    const returned = finished === undefined ? undefined : bare ? endOfDay(dayOf(finished)) : finished;
    // A day's end is the next day's midnight: a receipt with no time reads as that midnight, so a return the day before
    // ends where it starts, and is before it all the same.
    if (returned !== undefined && (returned < received || (bare && returned === received)))
      return bad('finished-before-received', row.finished, { received, finished: finished! });
    // The vendor's appointment is only compared: a mark for nothing in its cell leaves nothing to compare, and words
    // that are no date ("Trong ngày", "Trả ngay") leave the dossier measured against the law's limit all the same,
    // noted: set aside, a late dossier would drop out of the rate for a cell that decides nothing.
    // A date written wrong ("31/04/2026", "13/02/2026 25:00", "46091,3x") is still listed, with what is wrong with it:
    // the officer has a cell to mend. Words that only hold a number ("Sau 5 ngày làm việc") are words, as "Trong ngày" is.
    const appointment = marksNothing(row.appointment) ? undefined : cellMoment(row.appointment);
    if (appointment === null && DATE_LIKE.test(cellText(row.appointment)))
      return bad('bad-appointment', row.appointment);
    const vendorDue = appointment ?? undefined;
    let channel: ChannelKind | undefined;
    if (row.channel !== '') {
      channel = parseChannel(row.channel);
      if (channel === undefined && Object.keys(procedure.channelLimits).length > 0)
        return bad('unknown-channel', row.channel);
    }
    const pauses = parsePauses(row.pauses);
    if (pauses === null) {
      const reversed = reversedPause(row.pauses);
      if (reversed === undefined) {
        const unread = unreadPausePart(row.pauses);
        // A number of days ("2 ngày"): it moves no due moment until it is placed on the calendar, said so.
        if (unread?.days) return bad('pause-days', row.pauses, { pausePart: unread.part });
        // An end alone ("đến 05/03/2026"): the start is what is missing, and the message says where to write it.
        if (unread?.endOnly !== undefined)
          return bad('pause-end-only', row.pauses, {
            pausePart: unread.part,
            pause: { start: '', end: unread.endOnly },
            ...(row.pausesColumn === undefined ? {} : { column: row.pausesColumn }),
          });
        // The part to mend named, in a cell of several pauses; a moment alone said to be a start or an end to write.
        return bad(
          'bad-pause',
          row.pauses,
          unread === undefined
            ? undefined
            : { pausePart: unread.part, ...(unread.oneMoment ? { pauseOneMoment: true as const } : {}) },
        );
      }
      // On one day written once ("05/05/2026 11:00 - 09:00"): the hours are what to swap, said with the day.
      return bad('pause-reversed', reversed.written, {
        pause: {
          start: reversed.start,
          end: reversed.end,
          ...(reversed.day === undefined ? {} : { day: reversed.day }),
        },
      });
    }
    // Reported for a period, a pause begun after its end was not known then, and one that ended after it was running.
    if (row.knownBy !== undefined) trimPauses(pauses, row.knownBy);
    const cellPauses = pauses.length;
    // A dossier paused more than once: its starts and ends listed in the two columns, paired in order.
    const several = hasText(row.pauseStart) ? pausesOfColumns(row.pauseStart, row.pauseEnd) : undefined;
    if (several === null) {
      // Counts that pair, one pair that is no pause: that pair named, as a single pause in the two columns would be.
      const pair = unreadPausePair(row.pauseStart, row.pauseEnd);
      return badPauseColumns(pair === undefined ? row : { ...row, pauseStart: pair.start, pauseEnd: pair.end }, bad);
    }
    if (several !== undefined) pauses.push(...trimPauses(several, row.knownBy));
    else if (hasText(row.pauseStart)) {
      const pause = pauseOf(row.pauseStart, row.pauseEnd);
      if (pause === null) return badPauseColumns(row, bad);
      pauses.push(...trimPauses([pause], row.knownBy));
    } else if (hasText(row.pauseEnd)) {
      // The end of a pause without its start: counted as none, the dossier would read late by the time it waited.
      if (cellMoment(row.pauseEnd) === null) return badPauseColumns(row, bad);
      const [startColumn, endColumn] = row.pauseColumns ?? ['', ''];
      return bad('pause-column-end-only', row.pauseEnd, {
        pause: { start: '', end: cellText(row.pauseEnd), startColumn, endColumn },
      });
    }
    // A pause from before the receipt is a date typed wrong (a month, a year): counted from the receipt, it would stop
    // the clock for the dossier's first days and put a late dossier on time. A pause dated with its day alone, the day
    // of receipt, started some time that day. Named by the cell it is in: the pauses column, else the start column.
    const early = pauses.findIndex(
      (p) => p.from < received && !(isBareDate(p.from) && dayOf(p.from) === dayOf(received)),
    );
    if (early >= 0)
      return bad('pause-before-received', early < cellPauses ? row.pauses : row.pauseStart, {
        received,
        pauseFrom: pauses[early]!.from,
      });
    if (finished === undefined && row.status !== '') {
      // Counted open, a returned dossier would read overdue for ever: its return moment is missing, not its result.
      // The column to fill is named: the row alone left the officer to guess which of the export's dates was meant.
      if (saysReturned(row.status))
        return bad('returned-without-date', row.status, row.finishedColumn ? { column: row.finishedColumn } : {});
      // The clock stands still while the applicant completes the dossier (QĐ 766/QĐ-TTg), from a moment not given.
      if (pauses.length === 0 && saysWaiting(row.status)) return bad('paused-without-date', row.status);
    }

    const chosen = this.channelLimit(procedure, channel, row.channel, received, row.channelColumn);
    const { limit, guess } = chosen;
    // Not under a next-day limit, nor calendar days or months: their due dates take no cutoff, and the time waited runs
    // from the receipt itself (countingCutoff).
    const cutoff = countingCutoff(limit, chosen.cutoff);
    const end = returned ?? Math.max(this.asOf, received);
    // A pause without its end in a dossier with its result: when the applicant answered is not written. Run to the
    // result, it stopped the clock for everything after its start and put every such dossier on time; it is left out
    // instead, and a dossier late without it is not measured (it may have been on time with it): the safe reading.
    const openAtResult =
      returned === undefined ? undefined : pauses.find((p) => p.to === undefined && p.from < returned);
    const timed = openAtResult === undefined ? pauses : pauses.filter((p) => p.to !== undefined);
    const counted = timed.length === 0 ? undefined : countedPauses(timed, end);
    const spans = counted?.spans ?? [];
    // A receipt with a date and no hour counts from the end of that day's office hours: the date reading (date-receipt).
    const countFrom = countedReceipt(clock.calendar, received, limit);
    const start = receiptStart(clock.calendar, countFrom, cutoff, limit).start;
    const baseDue = this.due(procedure, limit, received, cutoff);
    // A next-day clause's hour ("trước 9 giờ ngày làm việc tiếp theo") ends the period then, as lint judges it.
    const atHour = dueAtNamedHour(countFrom, start, limit);
    // An export lists what has happened: a receipt or a result after the as-of moment is a date typed or read wrong
    // (a year, a day and month swapped), and measured it would count open for months or late by a year. A date alone
    // is its midnight, so a result dated today is not after a moment of today. (After the due moment is computed: a
    // year the calendar does not know is said as such.)
    if (received > this.asOf) return bad('received-after-as-of', row.received, { received, asOf: this.asOf });
    if (finished !== undefined && finished > this.asOf)
      return bad('finished-after-as-of', row.finished, { finished, asOf: this.asOf });
    // A pause moves the due moment while the verdict below would still say in time: on the due day of a limit in
    // whole days, whatever the hour (a pause from 08:01 against a due moment of 08:00 moved nothing, one from 07:59 did).
    const due = extendByPauses(clock.calendar, clock.office, limit, countFrom, start, baseDue, spans, (moved, at) =>
      pastDue(clock.office, limit, atHour, moved, at),
    );
    const pausedMinutes = spans.length === 0 ? 0 : pausedWithin(clock.office, spans, start, end);
    const usedMinutes = Math.max(0, clock.office.between(start, end) - pausedMinutes);

    // An open dossier still waiting for the applicant, paused in time: its clock stands still with the time then left,
    // and its due moment is unknown until the applicant answers (moved on to the report's moment, it crept on with it).
    const waiting =
      finished === undefined
        ? this.stillPaused(clock, pauses, spans, limit, atHour, countFrom, start, baseDue)
        : undefined;
    let judged = waiting
      ? { late: false, lateMinutes: 0, earlierDay: false }
      : judge(clock.calendar, clock.office, limit, atHour, due, finished ?? end, bare);
    // A same-day limit with a cutoff and a receipt without its hour: the due date is that day's or the next working
    // day's. A result by the earliest is on time, one after the latest late, one between them cannot be told.
    const earliest = waiting ? undefined : this.earliestDue(clock, limit, received, cutoff, spans, due);
    let between = false;
    if (earliest !== undefined && finished !== undefined) {
      const byEarliest = judge(clock.calendar, clock.office, limit, false, earliest, finished!, bare);
      if (!byEarliest.late) judged = byEarliest;
      else between = !judged.late;
    }
    const lateMinutes = judged.lateMinutes;
    let status: DossierStatus;
    if (finished !== undefined)
      status = between ? 'undetermined' : judged.late ? 'late' : judged.earlierDay ? 'early' : 'on_time';
    else status = waiting ? 'open_paused' : judged.late ? 'open_overdue' : 'open_in_time';

    // Paused for a number of days the row cannot place (no start, no end): late without the pause, it may have been
    // on time with it. Not measured rather than called late; a dossier in time without the pause is in time with it.
    if (status === 'late' && openAtResult !== undefined)
      return bad('pause-open-at-result', pauses.indexOf(openAtResult) < cellPauses ? row.pauses : row.pauseStart, {
        pauseFrom: openAtResult.from,
        finished: finished!,
      });
    if ((status === 'late' || status === 'open_overdue') && pauses.length === 0 && saysPausedDays(row.pauseDays))
      return bad('pause-days-column', row.pauseDays, { column: row.pauseDaysColumn ?? '' });

    const ends = new Map<number, Moment>();
    for (const { step, cell } of row.steps) {
      const moment = cellMoment(cell);
      if (moment === undefined) continue;
      if (moment === null) return bad('bad-step', cell);
      // A step ended after the period being reported had not ended at the period's end: not timed in its report.
      if (row.knownBy !== undefined && moment > row.knownBy) continue;
      const byId = procedure.steps.findIndex((s) => s.id === step);
      const index = byId >= 0 ? byId : /^\d+$/.test(step) ? Number(step) - 1 : -1;
      if (procedure.steps[index]) ends.set(index, Math.max(moment, ends.get(index) ?? moment));
    }
    const steps = ends.size === 0 ? NO_STEPS : this.timeSteps(clock, procedure, ends, start, spans);

    const result: DossierResult = {
      file: row.file,
      row: row.row,
      id: row.id,
      procedure,
      received,
      start,
      limit,
      due: waiting?.due ?? due,
      vendorDisagrees: false,
      vendorLater: false,
      pauseAfterResult: finished !== undefined && counted?.afterEnd === true,
      status,
      usedMinutes,
      pausedMinutes,
      lateMinutes,
      steps,
    };
    if (channel) result.channel = channel;
    if (guess) result.channelGuess = guess;
    if (receipt.written !== received) result.receivedWritten = receipt.written;
    if (receipt.seconds > 0) result.receivedSeconds = receipt.seconds;
    if (row.channel !== '') result.channelText = row.channel;
    if (pauses.length > 0) result.pauses = pauses;
    // An end written as a date alone, read through that day (and a start as a date alone from its beginning): said in
    // the report's notes, counted.
    if (pauses.some((p) => p.wholeDays || p.wholeLastDay)) result.wholeDayPauses = true;
    const agency = row.body || procedure.agency;
    if (agency) result.agency = agency;
    if (finished !== undefined) {
      result.finished = finished;
      // Time saved against the due moment the verdict rests on: the earliest reading's, when it is on time by it.
      const against = earliest !== undefined && status !== 'late' ? earliest : due;
      if (status !== 'undetermined')
        result.savedMinutes = status === 'late' ? -lateMinutes : clock.office.between(returned!, against);
    }
    if (earliest !== undefined) result.earliestDue = earliest;
    if (waiting) {
      result.pausedFrom = waiting.from;
      result.leftMinutes = waiting.leftMinutes;
      if (waiting.leftDays) result.leftDays = waiting.leftDays;
    }
    if (vendorDue !== undefined) result.vendorDue = vendorDue;
    if (appointment === null) {
      result.unreadAppointment = true;
      result.appointmentWords = cellText(row.appointment);
    }
    // The vendor's appointment of a paused dossier was right when issued: both move once the applicant answers.
    if (vendorDue !== undefined && !waiting) {
      // A vendor that gives the date alone is compared by date; so is any appointment of a limit in whole days, which
      // runs to 24:00 of its due day: an hour later that day hides no late dossier. An hour the law names is compared.
      const byDate = minuteOf(vendorDue) === 0 || endsWithItsDay(limit, atHour);
      const [theirs, ours] = byDate ? [dayOf(vendorDue), dayOf(due)] : [vendorDue, due];
      // A receipt without its hour under a cutoff: any appointment from the earliest due date to the latest is lawful.
      const earliestOurs = earliest === undefined ? ours : dayOf(earliest);
      const earlier = earliest === undefined ? theirs < ours : dayOf(vendorDue) < earliestOurs;
      result.vendorLater = theirs > ours;
      result.vendorDisagrees = earlier || result.vendorLater;
    }
    return { kind: 'measured', result };
  }

  /**
   * The earliest due moment a same-day limit with a cutoff allows a receipt written as a date alone (earliestReceipt:
   * received at the day's opening, before the cutoff), moved by the pauses as the due moment is; undefined when the
   * receipt has its hour, or when that day's reading gives the due date the latest one gives (no cutoff).
   */
  private earliestDue(
    clock: Clock,
    limit: Duration,
    received: Moment,
    cutoff: string | undefined,
    spans: readonly Span[],
    latest: Moment,
  ): Moment | undefined {
    const opening = earliestReceipt(clock.calendar, received, limit);
    if (opening === undefined) return undefined;
    const start = receiptStart(clock.calendar, opening, cutoff, limit).start;
    const base = limitDue(clock.calendar, opening, limit, cutoff);
    const due = extendByPauses(clock.calendar, clock.office, limit, opening, start, base, spans, (moved, at) =>
      pastDue(clock.office, limit, false, moved, at),
    );
    return dayOf(due) < dayOf(latest) ? due : undefined;
  }

  /**
   * For an open dossier, the pause still running (one with no end, started before the report's moment) that stopped
   * its clock while it was in time, by the verdict's rule: when the clock stopped, the due moment as the earlier pauses
   * left it, and the office minutes then left before it. Undefined when no pause runs, or when it started once the
   * dossier was late (asking for a supplement does not make a late dossier on time).
   */
  private stillPaused(
    clock: Clock,
    pauses: readonly Pause[],
    spans: readonly Span[],
    limit: Duration,
    atHour: boolean,
    received: Moment,
    start: Moment,
    baseDue: Moment,
  ): { from: Moment; due: Moment; leftMinutes: number; leftDays?: { days: number; last: Day } } | undefined {
    const running = pauses.filter((pause) => pause.to === undefined && pause.from < this.asOf);
    if (running.length === 0) return undefined;
    const first = Math.min(...running.map((pause) => pause.from));
    // The merged span the running pause belongs to: it began with the first pause that overlaps it.
    const at = spans.findIndex((span) => span.from <= first && first <= span.to);
    if (at < 0) return undefined;
    const from = Math.max(spans[at]!.from, start);
    const isLate = (moved: Moment, when: Moment) => pastDue(clock.office, limit, atHour, moved, when);
    const due = extendByPauses(
      clock.calendar,
      clock.office,
      limit,
      received,
      start,
      baseDue,
      spans.slice(0, at),
      isLate,
    );
    if (isLate(due, from)) return undefined;
    const paused = { from: spans[at]!.from, due, leftMinutes: clock.office.between(from, due) };
    // A period in calendar days or months is left in days: office hours are not what it counts.
    if (limit.unit !== 'cd' && limit.unit !== 'month') return paused;
    const earlier = spans.slice(0, at);
    return { ...paused, leftDays: daysLeftInDates(clock.calendar, limit, received, earlier, spans[at]!.from) };
  }

  /**
   * The office time each step with an end moment took, and how far past its mapped budget (the step's duration on the
   * calendar from its start) it ran. A step starts when the last of its predecessors in the flow hands over, as
   * `procmap time` schedules it, not at whichever timestamp came just before it: a branch run in parallel with a
   * longer one would else be timed from the other's end. A predecessor without an end moment hands over when its own
   * predecessors did; a step with none starts at the start of counting. Results come in the order the steps ended.
   */
  private timeSteps(
    clock: Clock,
    procedure: MeasuredProcedure,
    ends: ReadonlyMap<number, Moment>,
    start: Moment,
    spans: readonly Span[],
  ): StepResult[] {
    const handover = handovers(procedure, ends, start);
    const timed = [...ends].sort(([a, x], [b, y]) => x - y || a - b);
    return timed.map(([index, moment]) => {
      const step = procedure.steps[index]!;
      const from = handover(index);
      const end = Math.max(moment, from);
      const usedMinutes = Math.max(0, clock.office.between(from, end) - pausedWithin(clock.office, spans, from, end));
      let overrunMinutes = 0;
      if (step.budget) {
        const due = extendByPauses(
          clock.calendar,
          clock.office,
          step.budget,
          from,
          from,
          limitDue(clock.calendar, from, step.budget),
          spans,
        );
        overrunMinutes = clock.office.between(due, end);
      }
      return { step: step.id, usedMinutes, overrunMinutes };
    });
  }
}

/**
 * When each step of a dossier is handed over: the latest end among its predecessors in the flow, a predecessor without
 * an end moment standing for its own predecessors, and the start of counting for a step that has none. Iterative, so
 * that a long chain of steps without end moments cannot overflow the stack.
 */
function handovers(
  procedure: MeasuredProcedure,
  ends: ReadonlyMap<number, Moment>,
  start: Moment,
): (index: number) => Moment {
  const known = new Map<number, Moment>();
  return (index) => {
    const stack = [index];
    while (stack.length > 0) {
      const at = stack[stack.length - 1]!;
      if (known.has(at)) {
        stack.pop();
        continue;
      }
      const waiting = procedure.steps[at]!.after.filter((p) => !ends.has(p) && !known.has(p));
      if (waiting.length > 0) {
        stack.push(...waiting);
        continue;
      }
      let latest = start;
      for (const p of procedure.steps[at]!.after) latest = Math.max(latest, ends.get(p) ?? known.get(p)!);
      known.set(at, latest);
      stack.pop();
    }
    return known.get(index)!;
  };
}

/** A row whose procedure cell is empty, its name cell taken for it. */
function nameForCode(row: DossierRow): DossierRow {
  const { procedureName, ...rest } = row;
  return { ...rest, procedure: procedureName! };
}

// What a date or a time written wrong looks like: numbers joined as a date's or a time's are ("31/04/2026", "2026-4-31",
// "25:00", "9h75"), or figures alone ("2026031", "46091,3"), not words that hold a number ("Sau 5 ngày").
const DATE_LIKE = /\d\s*[/.\-–]\s*\d|\d\s*[:hg]\s*\d|^[\d\s.,:/-]+$/iu;

/**
 * A pause given in two columns that cannot be read: the cell that is no moment, or the two when the pause ends before
 * it starts, each named by its column and quoted as written.
 */
function badPauseColumns(
  row: DossierRow,
  bad: (reason: BadReason, value: Cell, read: Pick<BadRow, 'column' | 'pause'>) => RowOutcome,
): RowOutcome {
  const [startColumn, endColumn] = row.pauseColumns ?? ['', ''];
  if (cellMoment(row.pauseStart) === null) return bad('bad-pause-column', row.pauseStart, { column: startColumn });
  if (cellMoment(row.pauseEnd) === null) return bad('bad-pause-column', row.pauseEnd, { column: endColumn });
  const [start, end] = [cellText(row.pauseStart), cellText(row.pauseEnd)];
  return bad('pause-columns-reversed', row.pauseStart, { pause: { start, end, startColumn, endColumn } });
}

/** Whether a cell of paused days says the dossier was paused: anything but empty, a mark for nothing, or zero. */
function saysPausedDays(cell: Cell): boolean {
  if (!hasText(cell) || marksNothing(cell)) return false;
  return !/^0+(?:[.,]0+)?(?:\s*(?:ngày|ngay|days?))?$/iu.test(cellText(cell));
}

/**
 * The pauses as they stood at a moment, in place: those begun after it left out, those ended after it still running
 * (their end not known yet). Without a moment, the pauses as written.
 */
function trimPauses(pauses: Pause[], knownBy: Moment | undefined): Pause[] {
  if (knownBy === undefined) return pauses;
  const kept = pauses
    .filter((pause) => pause.from <= knownBy)
    .map((pause): Pause => {
      // Running at the moment: its start alone, as an export writes a pause not yet ended.
      return pause.to === undefined || pause.to <= knownBy ? pause : { from: pause.from };
    });
  pauses.splice(0, pauses.length, ...kept);
  return pauses;
}
