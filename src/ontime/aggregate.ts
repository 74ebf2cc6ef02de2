import type { HiddenRowPlace } from './measure.js';
import type { Period } from './period.js';
/** Adding measured dossiers up: per procedure, field, agency, level and month, the slowest steps, bad rows. */
import { judgedShare, onTimeRate } from './rate.js';
import { agenciesOf } from '../model/agencies.js';
import type { Duration } from '../model/types.js';
import type { YearStatus } from '../time/calendar.js';
import { dayOf, dayParts, yearOfDay, type Day, type Moment } from '../time/moment.js';
import { ownString } from '../model/own-string.js';
import { isDateOnlyReceipt } from './date-receipt.js';
import { MAX_WORKBOOK_DOSSIERS } from './row-ceiling.js';
import { DossierLedger, type CountedResult, type LedgerEntry } from './dossier-ledger.js';
import type { BadReason, BadRow, DossierResult, DossierStatus } from './evaluate.js';
import type { MeasuredChannel } from './channel-limit.js';
import type { MeasuredProcedure } from './procedures.js';

/** Counts and sums of one group of dossiers. */
export interface Tally {
  dossiers: number;
  early: number;
  on_time: number;
  late: number;
  /**
   * Finished dossiers whose verdict the hour of receipt, not written, decides (a same-day limit with a cutoff): neither
   * on time nor late, and left out of the rate and the time saved.
   */
  undetermined: number;
  open_in_time: number;
  open_overdue: number;
  /** Open dossiers waiting for the applicant's additions, paused in time: neither in time nor overdue. */
  open_paused: number;
  /** Finished dossiers: early + on time + late + undetermined. */
  finished: number;
  /**
   * (early + on time) / (finished − undetermined), to 0.01 % but never rounded up to the target or 100 % (onTimeRate);
   * undefined with nothing finished whose verdict is known.
   */
  rate?: number;
  /** Average office hours saved against the limit over finished dossiers (negative: late on average). */
  averageSavedHours?: number;
  /** Average office hours counted against the limit over finished dossiers. */
  averageUsedHours?: number;
  /** Vendor appointments that differ from procmap's. */
  vendorDisagreements: number;
}

/** A group with its name: a procedure, field, agency, level or month. */
export interface Group extends Tally {
  key: string;
  /** The procedure's title, for per-procedure groups. */
  title?: string;
}

/** How one mapped step did over every dossier that has a timestamp for it. */
export interface StepStat {
  procedure: string;
  step: string;
  name: string;
  budget?: Duration;
  dossiers: number;
  /** Dossiers in which the step ran past its budget. */
  overran: number;
  averageUsedHours: number;
  averageOverrunHours: number;
}

/**
 * A dossier as listed in a report: late, open and overdue, with a vendor appointment that differs, or with a pause
 * recorded after its result.
 */
export interface ListedDossier {
  file: string;
  row: number;
  id: string;
  procedure: string;
  channel?: string;
  received: Moment;
  /** The minute the receipt was written in, seconds dropped, when they moved `received` on: printed, never rounded up. */
  receivedWritten?: Moment;
  /** The seconds past the minute the receipt was written in, when it wrote any: the JSON gives the receipt as written. */
  receivedSeconds?: number;
  /** The channel cell as written, and the body: kept for the workbook's sheet of every dossier, which reads back. */
  channelText?: string;
  agency?: string;
  /** The appointment cell's words that are no date ("Không hẹn"), kept likewise: read back, it is noted again. */
  appointmentWords?: string;
  /** procmap's due moment; none for a paused dossier, whose due moment is set when the applicant answers. */
  due?: Moment;
  /** A receipt without its hour under a same-day cutoff: the earliest due moment the law allows (`due` the latest). */
  earliestDue?: Moment;
  vendorDue?: Moment;
  vendorDisagrees: boolean;
  /** A pause recorded as running past the result: only its part before the result counted. */
  pauseAfterResult?: true;
  /** An open dossier paused in time (`open_paused`): when its clock stopped; it has no due moment until it resumes. */
  pausedFrom?: Moment;
  /** Office hours left before the due moment when it paused. */
  leftHours?: number;
  /** Under a limit in calendar days or months: the calendar days then left, and the day the period runs to (moved off a day off). */
  leftDays?: { days: number; last: Day };
  /** The limit's unit, to say the time left in it. */
  limitUnit?: Duration['unit'];
  finished?: Moment;
  /** The pauses as the row gave them (an open one without its end): the workbook writes them back as an export does. */
  pauses?: readonly { from: Moment; to?: Moment; wholeDays?: true; wholeLastDay?: true }[];
  status: DossierStatus;
  usedHours: number;
  pausedHours: number;
  lateHours: number;
  savedHours?: number;
}

/**
 * A withdrawn, refused or cancelled dossier, as the workbook's sheet of every dossier writes it: with its status as
 * the export wrote it, so that the sheet reads back with the same count of dossiers not counted.
 */
export interface UnsettledDossier {
  file: string;
  row: number;
  id: string;
  procedure: string;
  /** The status cell as written ("Đã rút hồ sơ"): read back, it says the same. */
  unsettled: string;
  channelText?: string;
  agency?: string;
}

/**
 * A procedure's dossiers measured by the documented fallback because the row did not say enough: said in every
 * format, so that a rate resting on the general limit is never read as if each channel's own had been applied.
 */
export interface ChannelGuesses {
  procedure: string;
  title: string;
  /** Rows of a table with no channel column: measured against the general limit. */
  noChannel: number;
  /** Rows whose cell in the table's channel column is empty: measured against the general limit. */
  emptyChannel: number;
  /** The first of those cells, by file and row, with the header of their column: the cells to fill. */
  emptyCells: EmptyChannelCell[];
  /** Online rows that name no grade ("Trực tuyến" with "một phần" and "toàn trình" limits): the limit due first. */
  ungraded: number;
  /** Online rows of a grade no channel of the procedure has ("một phần", only "toàn trình" listed): the general limit. */
  unlistedGrade: number;
  /** The procedure's general limit. */
  limit: Duration;
  /** The channels with limits of their own, as the procedure gives them. */
  channels: MeasuredChannel[];
}

/** A row's empty cell in the channel column: its file, its row and the column's header. */
export interface EmptyChannelCell {
  file: string;
  row: number;
  column: string;
}

// Empty channel cells named per procedure; the places of more are kept (not all: a year of rows), to take back out.
const EMPTY_CELLS_NAMED = 5;
const EMPTY_CELLS_KEPT = 1000;

/** A procedure rows name that the catalog has not (by code, id or title): as written, the name beside it, its rows. */
export interface UnknownProcedure {
  /** The code or id as written; empty for a row that named the procedure by a title alone. */
  procedure: string;
  /** The first name written beside it in the export's name column, when there is one. */
  name?: string;
  rows: number;
}

// Unknown procedures held one by one: an export of another office's procedures names a few dozen, a broken code
// column could name one per row; past it they are counted together.
const UNKNOWN_KEPT = 1000;

/** A file whose status column holds a vendor's numeric codes, unread: the column's header and each code's rows. */
export interface StatusCodesFound {
  file: string;
  column: string;
  codes: [code: string, rows: number][];
}

/** A file whose paused days are a count alone, no pause's start or end: the count's column, by its header. */
export interface PauseDaysOnlyFound {
  file: string;
  column: string;
}

/** A file without a header the column mapping names: what it names and the file's headers (the note finds the nearest). */
export interface UnmappedFound {
  file: string;
  entries: { key: string; wanted: readonly string[] }[];
  headers: readonly string[];
}

/** A hidden sheet of a workbook whose dossiers were measured like any other's. */
export interface HiddenSheetFound {
  file: string;
  sheet: string;
}

/** The rows of a workbook hidden by hand or by a filter and measured all the same: how many, the first few named. */
export interface HiddenRowsFound {
  file: string;
  count: number;
  /** The first few rows, each with its sheet in a workbook of several. */
  rows: HiddenRowPlace[];
}

/**
 * A column of a file that procmap saw and did not read, whose header speaks of a field it measures by: the header and
 * the field to map it to (the result's date, the appointment, a pause's start or end).
 */
export interface UnreadColumn {
  file: string;
  column: string;
  field: 'finished' | 'appointment' | 'pauseStart' | 'pauseEnd';
}

/** Everything `procmap ontime` found, ready for any format. */
export interface OntimeReport {
  /** Open dossiers are judged as of this moment. */
  asOf: Moment;
  hoursPerDay: number;
  files: string[];
  /** Data rows read (header rows excluded). */
  rows: number;
  /**
   * Per procedure, the dossiers received before it took effect (its `effective` date): handled under the earlier
   * rules, measured against these; said in every format, to be checked.
   */
  beforeEffective: { procedure: string; title: string; effective: Day; dossiers: number }[];
  /** Dossiers measured whose receipt gave a date and no hour: counted by that date (date-receipt), said once. */
  dateOnlyReceipts: number;
  /** Dossiers measured with a pause whose end is a date alone, read through that day (pauseOf), said once. */
  wholeDayPauses: number;
  /** Dossiers measured whose appointment cell held words that are no date ("Trong ngày"), compared with nothing. */
  unreadAppointments: number;
  /** Rows of withdrawn, refused or cancelled dossiers, which have no on-time status. */
  notSettled: number;
  /** The reporting period (`--from`, `--to`), and the rows left out as received after it or settled before it. */
  period?: Period & { outside: number };
  totals: Tally;
  byProcedure: Group[];
  byField: Group[];
  byAgency: Group[];
  byLevel: Group[];
  byMonth: Group[];
  vendor: { compared: number; disagreements: number; vendorLater: number; vendorEarlier: number };
  /** Steps with timestamps, the worst first (share overrun, then average overrun). */
  steps: StepStat[];
  /** Late, open-overdue and vendor-disagreeing dossiers, the latest first, at most `listLimit`. */
  listed: ListedDossier[];
  /** How many such dossiers were left out of `listed`. */
  listedOmitted: number;
  /**
   * Every dossier counted or not counted (withdrawn, refused, cancelled), by file and row, when asked for
   * (keepDossiers): the workbook's sheet that reads back.
   */
  dossiers?: (ListedDossier | UnsettledDossier)[];
  /** More dossiers than the workbook report writes (keepAtMost): `dossiers` is left out, the run refused. */
  pastWorkbook?: true;
  /**
   * Every row set aside, in the order read, beside `dossiers` (keepDossiers): the workbook's sheet that reads back
   * holds them all, where `badRows.listed` stops at `listLimit`, so that read back its report counts the same.
   */
  setAside?: BadRow[];
  badRows: { count: number; byReason: Partial<Record<BadReason, number>>; listed: BadRow[]; omitted: number };
  /** Per procedure, the dossiers whose limit the row's channel did not settle, by procedure id; none when all did. */
  channelGuesses: ChannelGuesses[];
  /**
   * Per file, the numeric status codes read past (their meaning is the vendor's): said in every format, since a code
   * meaning "withdrawn" reads as an open dossier.
   */
  statusCodes: StatusCodesFound[];
  /**
   * Per file, the columns seen and not read that may hold the result's date, the appointment or a pause's ends, in
   * the order read: said in every format, since their dossiers read open, uncompared or late without a word.
   */
  unreadColumns: UnreadColumn[];
  /**
   * Per file, the column that gives paused days as a count alone: said in every format, since a paused dossier that
   * reads late without its pauses is not measured.
   */
  pauseDaysOnly: PauseDaysOnlyFound[];
  /** The hidden sheets whose dossiers were measured: said in every format, so that a draft or a copy hidden is seen. */
  hiddenSheets: HiddenSheetFound[];
  /** Per file, the hidden rows measured: said in every format, since Excel's own totals may leave them out. */
  hiddenRows: HiddenRowsFound[];
  /** Per file, the mapped headers it lacks, the usual ones read instead: said in every format. */
  unmapped: UnmappedFound[];
  /**
   * The procedures rows named that the catalog has not, the most rows first (at most 1,000); `unknownLeftOut`, the
   * rows of those past them. The rows are among the rows not measured; said in every format, to map or correct them.
   */
  unknownProcedures: UnknownProcedure[];
  unknownLeftOut: number;
  /** Years the due moments counted whose days off procmap computed from the Labour Code, none announced yet. */
  ruleYears: number[];
  /** Years the due moments counted whose announced days off are provisional, not checked against the notice. */
  provisionalYears: number[];
}

/** Options of the aggregation. */
export interface AggregateOptions {
  asOf: Moment;
  /** The reporting period, when the report is of one. */
  period?: Period;
  hoursPerDay: number;
  /** Most dossiers and bad rows listed one by one (default 1,000 each); counts stay exact. */
  listLimit?: number;
  /** Keep every measured dossier for `report().dossiers` (the workbook's): memory grows with the rows. */
  keepDossiers?: boolean;
  /**
   * With keepDossiers, the most dossiers and rows set aside held together, the rows of the workbook's sheet that
   * reads back (default MAX_WORKBOOK_DOSSIERS): one more and the report says
   * `pastWorkbook` and keeps none, so memory stays bounded. An option so that a test can reach it with a few rows.
   */
  keepAtMost?: number;
  /** How sure the calendar is of a year's days off, to name the years the due moments rest on a guess for. */
  holidaySource?: (year: number) => YearStatus;
}

interface Sums {
  tally: Tally;
  saved: number;
  used: number;
  title?: string;
}

function emptyTally(): Tally {
  return {
    dossiers: 0,
    early: 0,
    on_time: 0,
    late: 0,
    undetermined: 0,
    open_in_time: 0,
    open_overdue: 0,
    open_paused: 0,
    finished: 0,
    vendorDisagreements: 0,
  };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

const months = new Map<number, string>();

/** `2026-02` for a moment; remembered per day, since a year of dossiers falls on a few hundred days. */
function monthOf(moment: Moment): string {
  const day = dayOf(moment);
  let month = months.get(day);
  if (month === undefined) {
    const parts = dayParts(day);
    month = `${parts.year}-${String(parts.month).padStart(2, '0')}`;
    if (months.size > 100_000) months.clear();
    months.set(day, month);
  }
  return month;
}

const UNKNOWN = '—';

/** Whether a dossier's vendor appointment was compared: not a paused one's, right when issued, both move on resuming. */
function vendorCompared(result: CountedResult): boolean {
  return result.vendorDue !== undefined && result.status !== 'open_paused';
}

/** Adds measured dossiers and bad rows up as they stream past; `report()` gives the figures. */
export class OntimeAggregator {
  private readonly totals: Sums = { tally: emptyTally(), saved: 0, used: 0 };
  private readonly groups = {
    procedure: new Map<string, Sums>(),
    field: new Map<string, Sums>(),
    agency: new Map<string, Sums>(),
    level: new Map<string, Sums>(),
    month: new Map<string, Sums>(),
  };
  private readonly steps = new Map<string, { stat: StepStat; used: number; overrun: number }>();
  /** Each agency text as read, with the agencies it names (a million rows name a few texts). */
  private readonly agencyNames = new Map<string, readonly string[]>();
  private readonly vendor = { compared: 0, disagreements: 0, vendorLater: 0, vendorEarlier: 0 };
  private readonly listed: ListedDossier[] = [];
  private listedOmitted = 0;
  // Every dossier counted, by its key (a later row of it replaces it), when keepDossiers.
  private readonly every = new Map<string, ListedDossier | UnsettledDossier>();
  // Every row set aside, when keepDossiers: the first listLimit are the same objects as bad.listed's.
  private readonly setAside: BadRow[] = [];
  private readonly bad = {
    count: 0,
    byReason: {} as Partial<Record<BadReason, number>>,
    listed: [] as BadRow[],
    omitted: 0,
  };
  private readonly guesses = new Map<
    MeasuredProcedure,
    {
      none: number;
      empty: number;
      ungraded: number;
      unlisted: number;
      emptyAt: Map<string, { file: string; row: number }>;
    }
  >();
  /** The header of each file's channel column. */
  private readonly channelColumns = new Map<string, string>();
  private readonly ledger = new DossierLedger();
  private rows = 0;
  private dateOnlyReceipts = 0;
  private wholeDayPauses = 0;
  private unreadAppointments = 0;
  // Per procedure, the dossiers received before it took effect (handled under the earlier rules).
  private readonly early = new Map<MeasuredProcedure, number>();
  private notSettled = 0;
  // More dossiers than the workbook writes (keepDossiers): the run is refused, not written in part.
  private pastWorkbook = false;
  /** Dossiers counted by year their counting crossed, from receipt to the later of due and finish. */
  private readonly years = new Map<number, number>();
  private readonly files: string[] = [];
  private readonly statusCodes: StatusCodesFound[] = [];
  private readonly unreadColumns: UnreadColumn[] = [];
  private readonly pauseDaysOnly: PauseDaysOnlyFound[] = [];
  private readonly hiddenSheets: HiddenSheetFound[] = [];
  private readonly hiddenRows: HiddenRowsFound[] = [];
  private readonly unmapped: UnmappedFound[] = [];
  private readonly unknown = new Map<string, { name?: string; rows: number }>();
  private unknownLeftOut = 0;
  private readonly listLimit: number;

  private outsidePeriod = 0;

  constructor(private readonly options: AggregateOptions) {
    this.listLimit = options.listLimit ?? 1000;
  }

  /** Notes a file read, and the header of its channel column when it has one. */
  addFile(file: string, channelColumn?: string): void {
    this.files.push(file);
    if (channelColumn !== undefined) this.channelColumns.set(file, channelColumn);
  }

  /** Notes the numeric status codes a file's status column held, read past (once per file, after its rows). */
  addStatusCodes(found: StatusCodesFound): void {
    this.statusCodes.push(found);
  }

  /** Notes the columns of a file seen and not read that may hold a field measured by (once per file, from its header). */
  addUnreadColumns(found: readonly UnreadColumn[]): void {
    this.unreadColumns.push(...found);
  }

  /** Notes a file whose paused days are a count alone (once per file, from its header). */
  addPauseDaysOnly(found: PauseDaysOnlyFound): void {
    this.pauseDaysOnly.push(found);
  }

  /** Notes a file without headers the column mapping names (once per file, from its header). */
  addUnmapped(found: UnmappedFound): void {
    this.unmapped.push(found);
  }

  /** Notes the hidden sheets of a workbook whose dossiers were measured (once per file, after its rows). */
  addHiddenSheets(found: readonly HiddenSheetFound[]): void {
    this.hiddenSheets.push(...found);
  }

  /** Notes a workbook's hidden rows that were measured (once per file, after its rows). */
  addHiddenRows(found: HiddenRowsFound): void {
    this.hiddenRows.push(found);
  }

  /** The channel column of a place rows are named by within a file already added: a sheet of a workbook. */
  addPlace(place: string, channelColumn?: string): void {
    if (channelColumn !== undefined) this.channelColumns.set(place, channelColumn);
  }

  /** Counts a row of a withdrawn, refused or cancelled dossier; `entry`, a row without a number, kept by file and row. */
  /** Counts a row outside the reporting period: received after it, or settled before it. */
  addOutsidePeriod(): void {
    this.outsidePeriod++;
  }

  addNotSettled(entry?: LedgerEntry & { kind: 'not-settled' }): void {
    if (entry !== undefined && this.options.keepDossiers) this.keep(`\u0001${entry.file}\u0000${entry.row}`, entry);
    this.rows++;
    this.notSettled++;
  }

  /**
   * Counts a row that could not be measured; the first `listLimit` are kept with their reason. `name`: the procedure's
   * name the row wrote beside its code, to name a procedure the catalog has not.
   */
  addBad(bad: BadRow, name?: string): void {
    if (bad.reason === 'unknown-procedure' && bad.value !== undefined) this.countUnknown(bad.value, name);
    // No code, and a name that is no procedure's title: a procedure the catalog has not all the same, by its name.
    else if (bad.reason === 'no-procedure' && name !== undefined && name.trim() !== '') this.countUnknown('', name);
    this.rows++;
    this.bad.count++;
    this.bad.byReason[bad.reason] = (this.bad.byReason[bad.reason] ?? 0) + 1;
    const listed = this.bad.listed.length < this.listLimit;
    if (!listed) this.bad.omitted++;
    const keep = this.options.keepDossiers === true && !this.pastWorkbook;
    if (keep && this.held() >= this.keepAtMost()) this.pastWorkbook = true;
    if (!listed && !(keep && !this.pastWorkbook)) return;
    const held = bad.value === undefined ? bad : { ...bad, value: ownString(bad.value) };
    if (listed) this.bad.listed.push(held);
    if (keep && !this.pastWorkbook) this.setAside.push(held);
  }

  /** Whether more dossiers came than the workbook report writes (keepAtMost): the run is refused, so reading can stop. */
  isPastWorkbook(): boolean {
    return this.pastWorkbook;
  }

  /** Counts a row of a procedure the catalog has not, under the procedure as written (its name alone, without one). */
  private countUnknown(procedure: string, name: string | undefined): void {
    const key = procedure.trim() === '' ? `\u0001${name!.trim()}` : procedure.trim();
    let entry = this.unknown.get(key);
    if (entry === undefined) {
      if (this.unknown.size >= UNKNOWN_KEPT) {
        this.unknownLeftOut++;
        return;
      }
      entry = { rows: 0 };
      this.unknown.set(ownString(key), entry);
    }
    entry.rows++;
    const written = name?.trim();
    if (entry.name === undefined && written) entry.name = ownString(written);
  }

  /** Rows held for the workbook's sheet that reads back: dossiers and rows set aside. */
  private held(): number {
    return this.every.size + this.setAside.length;
  }

  /** The most rows that sheet holds (keepAtMost). */
  private keepAtMost(): number {
    return this.options.keepAtMost ?? MAX_WORKBOOK_DOSSIERS;
  }

  /**
   * Adds a row of a numbered dossier (`key`: its procedure and number). A dossier listed again, as overlapping exports
   * list it, is counted once, from the row the ledger keeps (the one with a result, whatever the order of the files):
   * a row that replaces the one counted takes its figures out first; the row set aside is listed as not measured,
   * naming the row counted.
   */
  addDossier(key: string, entry: LedgerEntry): void {
    // The ledger keeps its own copy of the key's characters, never the string (a slice of the file's read buffer).
    const verdict = this.ledger.offer(key, entry);
    if (verdict.replaces) {
      if (verdict.previous === 'not-settled') {
        this.rows--;
        this.notSettled--;
      } else this.retract(verdict.previous);
    }
    if (verdict.displaced) this.addBad(verdict.displaced);
    if (verdict.displaced && !verdict.replaces) return;
    if (this.options.keepDossiers) this.keep(key, entry);
    if (entry.kind === 'measured') this.add(entry.result);
    else this.addNotSettled();
  }

  /** Takes a dossier counted before back out of every figure (a later row of it replaces it). */
  private retract(result: CountedResult): void {
    this.rows--;
    const { procedure } = result;
    const month = monthOf(result.finished ?? result.received);
    this.countYears(result, -1);
    this.countGuess(result, -1);
    if (isDateOnlyReceipt(result.received)) this.dateOnlyReceipts--;
    if (result.wholeDayPauses) this.wholeDayPauses--;
    if (result.unreadAppointment) this.unreadAppointments--;
    this.countBeforeEffective(result, -1);
    this.count(this.totals, result, -1);
    this.count(this.group(this.groups.procedure, procedure.id, procedure.title), result, -1);
    this.count(this.group(this.groups.field, procedure.field ?? UNKNOWN), result, -1);
    for (const agency of this.agenciesOf(result)) this.count(this.group(this.groups.agency, agency), result, -1);
    this.count(this.group(this.groups.level, procedure.level ?? UNKNOWN), result, -1);
    this.count(this.group(this.groups.month, month), result, -1);
    if (vendorCompared(result)) {
      this.vendor.compared--;
      if (result.vendorDisagrees) {
        this.vendor.disagreements--;
        if (result.vendorLater) this.vendor.vendorLater--;
        else this.vendor.vendorEarlier--;
      }
    }
    for (const step of result.steps) this.addStep(result, step.step, -step.usedMinutes, -step.overrunMinutes, -1);
    if (this.isListed(result)) {
      const at = this.listed.findIndex((d) => d.file === result.file && d.row === result.row);
      if (at >= 0) this.listed.splice(at, 1);
      else this.listedOmitted--;
    }
  }

  private isListed(result: CountedResult): boolean {
    return (
      result.lateMinutes > 0 ||
      result.status === 'late' ||
      result.status === 'open_overdue' ||
      result.status === 'open_paused' ||
      result.status === 'undetermined' ||
      result.vendorDisagrees ||
      result.pauseAfterResult === true
    );
  }

  /** Adds one measured dossier to every group it belongs to. */
  add(result: DossierResult): void {
    // A dossier without a number is its row alone: kept by file and row (addDossier keeps the numbered ones).
    if (this.options.keepDossiers && result.id === '') {
      const { file, row } = result;
      this.keep(`\u0001${file}\u0000${row}`, { kind: 'measured', file, row, id: '', result });
    }
    this.rows++;
    const { procedure } = result;
    const month = monthOf(result.finished ?? result.received);
    this.countYears(result, 1);
    this.countGuess(result, 1);
    if (isDateOnlyReceipt(result.received)) this.dateOnlyReceipts++;
    if (result.wholeDayPauses) this.wholeDayPauses++;
    if (result.unreadAppointment) this.unreadAppointments++;
    this.countBeforeEffective(result, 1);
    this.count(this.totals, result);
    this.count(this.group(this.groups.procedure, procedure.id, procedure.title), result);
    this.count(this.group(this.groups.field, procedure.field ?? UNKNOWN), result);
    for (const agency of this.agenciesOf(result)) this.count(this.group(this.groups.agency, agency), result);
    this.count(this.group(this.groups.level, procedure.level ?? UNKNOWN), result);
    this.count(this.group(this.groups.month, month), result);
    if (vendorCompared(result)) {
      this.vendor.compared++;
      if (result.vendorDisagrees) {
        this.vendor.disagreements++;
        if (result.vendorLater) this.vendor.vendorLater++;
        else this.vendor.vendorEarlier++;
      }
    }
    for (const step of result.steps) this.addStep(result, step.step, step.usedMinutes, step.overrunMinutes);
    if (this.isListed(result)) this.list(result);
  }

  /**
   * The agencies a dossier counts under: each agency of a liên thông procedure ("A; B; C") once, as the site and the
   * catalog statistics split them, since each shares in settling every dossier of it; so the agencies' rows overlap.
   */
  private agenciesOf(result: CountedResult): readonly string[] {
    const text = result.agency ?? '';
    let agencies = this.agencyNames.get(text);
    if (agencies === undefined) {
      const named = agenciesOf(text);
      agencies = named.length > 0 ? named.map(ownString) : [UNKNOWN];
      // Bounded: an export's body column could name a new text on every row.
      if (this.agencyNames.size > 10_000) this.agencyNames.clear();
      this.agencyNames.set(ownString(text), agencies);
    }
    return agencies;
  }

  private group(map: Map<string, Sums>, key: string, title?: string): Sums {
    let sums = map.get(key);
    if (!sums) {
      sums = { tally: emptyTally(), saved: 0, used: 0 };
      if (title !== undefined) sums.title = title;
      map.set(ownString(key), sums);
    }
    return sums;
  }

  /** Counts a dossier into a group (`sign` -1: takes it back out). */
  private count(sums: Sums, result: CountedResult, sign = 1): void {
    const tally = sums.tally;
    tally.dossiers += sign;
    tally[result.status] += sign;
    if (result.finished !== undefined) {
      tally.finished += sign;
      sums.saved += sign * (result.savedMinutes ?? 0);
      sums.used += sign * result.usedMinutes;
    }
    if (result.vendorDisagrees) tally.vendorDisagreements += sign;
  }

  private addStep(result: CountedResult, stepId: string, used: number, overrun: number, sign = 1): void {
    const key = `${result.procedure.id}\u0000${stepId}`;
    let entry = this.steps.get(key);
    if (!entry) {
      const step = result.procedure.steps.find((s) => s.id === stepId)!;
      const stat: StepStat = {
        procedure: result.procedure.id,
        step: stepId,
        name: step.name,
        dossiers: 0,
        overran: 0,
        averageUsedHours: 0,
        averageOverrunHours: 0,
      };
      if (step.budget) stat.budget = step.budget;
      entry = { stat, used: 0, overrun: 0 };
      this.steps.set(key, entry);
    }
    entry.stat.dossiers += sign;
    if (sign * overrun > 0) entry.stat.overran += sign;
    entry.used += used;
    entry.overrun += overrun;
  }

  /** Keeps the row counted for a dossier (replacing an earlier row of it), for the workbook's sheet of every dossier. */
  private keep(key: string, entry: LedgerEntry): void {
    // Past what the workbook writes, the run is refused: no more are held, so memory stays bounded.
    if (this.pastWorkbook || (this.held() >= this.keepAtMost() && !this.every.has(key))) {
      this.pastWorkbook = true;
      return;
    }
    const held = ownString(key);
    if (entry.kind === 'measured') {
      const listed = this.listedOf(entry.result);
      if (entry.result.channelText !== undefined) listed.channelText = ownString(entry.result.channelText);
      if (entry.result.agency !== undefined) listed.agency = ownString(entry.result.agency);
      if (entry.result.appointmentWords !== undefined)
        listed.appointmentWords = ownString(entry.result.appointmentWords);
      this.every.set(held, listed);
    } else {
      const unsettled: UnsettledDossier = {
        file: entry.file,
        row: entry.row,
        id: ownString(entry.id),
        procedure: ownString(entry.procedure ?? ''),
        unsettled: ownString(entry.status),
      };
      if (entry.channel) unsettled.channelText = ownString(entry.channel);
      if (entry.body) unsettled.agency = ownString(entry.body);
      this.every.set(held, unsettled);
    }
  }

  private list(result: DossierResult): void {
    // Keep the latest: let the list grow to twice its size, then keep the latest half (sorting only now and then).
    if (this.listed.length >= 2 * this.listLimit) this.trimListed();
    this.listed.push(this.listedOf(result));
  }

  /** A dossier as a report lists it. */
  private listedOf(result: DossierResult): ListedDossier {
    const hours = (minutes: number) => round(minutes / 60);
    const listed: ListedDossier = {
      file: result.file,
      row: result.row,
      id: ownString(result.id),
      procedure: result.procedure.id,
      received: result.received,
      vendorDisagrees: result.vendorDisagrees,
      status: result.status,
      usedHours: hours(result.usedMinutes),
      pausedHours: hours(result.pausedMinutes),
      lateHours: hours(result.lateMinutes),
    };
    if (result.status === 'open_paused') {
      listed.pausedFrom = result.pausedFrom!;
      listed.leftHours = hours(result.leftMinutes ?? 0);
      if (result.leftDays) {
        listed.leftDays = result.leftDays;
        listed.limitUnit = result.limit.unit;
      }
    } else listed.due = result.due;
    if (result.receivedWritten !== undefined) listed.receivedWritten = result.receivedWritten;
    if (result.receivedSeconds !== undefined) listed.receivedSeconds = result.receivedSeconds;
    if (result.earliestDue !== undefined) listed.earliestDue = result.earliestDue;
    if (result.channel) listed.channel = result.channel;
    if (result.pauseAfterResult) listed.pauseAfterResult = true;
    if (result.vendorDue !== undefined) listed.vendorDue = result.vendorDue;
    if (result.finished !== undefined) listed.finished = result.finished;
    if (result.pauses !== undefined) listed.pauses = result.pauses;
    if (result.savedMinutes !== undefined) listed.savedHours = hours(result.savedMinutes);
    return listed;
  }

  private trimListed(): void {
    this.listed.sort(
      (a, b) => b.lateHours - a.lateHours || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row),
    );
    if (this.listed.length > this.listLimit) {
      this.listedOmitted += this.listed.length - this.listLimit;
      this.listed.length = this.listLimit;
    }
  }

  /** Counts a dossier measured by the fallback for a channel its row did not name (`sign` -1: takes it back out). */
  private countGuess(result: CountedResult, sign: 1 | -1): void {
    if (result.channelGuess === undefined) return;
    let counts = this.guesses.get(result.procedure);
    if (counts === undefined)
      this.guesses.set(
        result.procedure,
        (counts = { none: 0, empty: 0, ungraded: 0, unlisted: 0, emptyAt: new Map() }),
      );
    counts[result.channelGuess] += sign;
    if (result.channelGuess !== 'empty') return;
    const place = `${result.file}\u0000${result.row}`;
    if (sign < 0) counts.emptyAt.delete(place);
    else if (counts.emptyAt.size < EMPTY_CELLS_KEPT) counts.emptyAt.set(place, { file: result.file, row: result.row });
  }

  /** Counts a dossier received before its procedure took effect (`sign` -1: takes it back out). */
  private countBeforeEffective(result: Pick<CountedResult, 'procedure' | 'received'>, sign: 1 | -1): void {
    const { effective } = result.procedure;
    if (effective === undefined || dayOf(result.received) >= effective) return;
    this.early.set(result.procedure, (this.early.get(result.procedure) ?? 0) + sign);
  }

  /** Notes the years a dossier's due moment and verdict were counted over: its days off are those years'. */
  private countYears(result: Pick<CountedResult, 'received' | 'due' | 'finished'>, sign: 1 | -1): void {
    const last = yearOfDay(dayOf(Math.max(result.due, result.finished ?? result.due)));
    for (let year = yearOfDay(dayOf(result.received)); year <= last; year++) {
      const count = (this.years.get(year) ?? 0) + sign;
      if (count === 0) this.years.delete(year);
      else this.years.set(year, count);
    }
  }

  /** The years counted over whose days off are rule-computed or provisional, in order. */
  private unsureYears(status: 'rule' | 'provisional'): number[] {
    const source = this.options.holidaySource;
    if (!source) return [];
    return [...this.years.keys()].filter((year) => source(year) === status).sort((a, b) => a - b);
  }

  /** The figures so far. */
  report(): OntimeReport {
    const finish = (sums: Sums): Tally => {
      const tally = { ...sums.tally };
      tally.finished = tally.early + tally.on_time + tally.late + tally.undetermined;
      // A dossier the unwritten hour of receipt decides counts neither for nor against the rate.
      const judged = tally.finished - tally.undetermined;
      if (judgedShare(tally) !== undefined) {
        tally.rate = onTimeRate(tally.early + tally.on_time, judged);
        tally.averageSavedHours = round(sums.saved / judged / 60);
      }
      if (tally.finished > 0) tally.averageUsedHours = round(sums.used / tally.finished / 60);
      return tally;
    };
    const groups = (map: Map<string, Sums>, order: 'key' | 'dossiers' = 'dossiers'): Group[] =>
      [...map.entries()]
        // A group whose only dossier was replaced by a later row of it (in another group) is empty.
        .filter(([, sums]) => sums.tally.dossiers > 0)
        .map(([key, sums]) => ({ key, ...(sums.title !== undefined ? { title: sums.title } : {}), ...finish(sums) }))
        .sort((a, b) =>
          order === 'key' ? (a.key < b.key ? -1 : 1) : b.dossiers - a.dossiers || (a.key < b.key ? -1 : 1),
        );
    const steps = [...this.steps.values()]
      .filter(({ stat }) => stat.dossiers > 0)
      .map(({ stat, used, overrun }) => ({
        ...stat,
        averageUsedHours: round(used / stat.dossiers / 60),
        averageOverrunHours: round(overrun / stat.dossiers / 60),
      }))
      .sort(
        (a, b) =>
          b.overran / b.dossiers - a.overran / a.dossiers ||
          b.averageOverrunHours - a.averageOverrunHours ||
          (a.procedure + a.step < b.procedure + b.step ? -1 : 1),
      );
    this.trimListed();
    const listed = [...this.listed];
    return {
      asOf: this.options.asOf,
      hoursPerDay: this.options.hoursPerDay,
      files: [...this.files],
      rows: this.rows,
      dateOnlyReceipts: this.dateOnlyReceipts,
      wholeDayPauses: this.wholeDayPauses,
      unreadAppointments: this.unreadAppointments,
      beforeEffective: [...this.early.entries()]
        .filter(([, dossiers]) => dossiers > 0)
        .map(([procedure, dossiers]) => ({
          procedure: procedure.id,
          title: procedure.title,
          effective: procedure.effective!,
          dossiers,
        }))
        .sort((a, b) => (a.procedure < b.procedure ? -1 : a.procedure > b.procedure ? 1 : 0)),
      notSettled: this.notSettled,
      ...(this.options.period === undefined ? {} : { period: { ...this.options.period, outside: this.outsidePeriod } }),
      totals: finish(this.totals),
      byProcedure: groups(this.groups.procedure),
      byField: groups(this.groups.field),
      byAgency: groups(this.groups.agency),
      byLevel: groups(this.groups.level),
      byMonth: groups(this.groups.month, 'key'),
      vendor: { ...this.vendor },
      steps,
      listed,
      listedOmitted: this.listedOmitted,
      ...(this.pastWorkbook ? { pastWorkbook: true as const } : {}),
      ...(this.options.keepDossiers && !this.pastWorkbook
        ? {
            dossiers: [...this.every.values()].sort((a, b) =>
              a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row,
            ),
            setAside: [...this.setAside],
          }
        : {}),
      badRows: {
        count: this.bad.count,
        byReason: { ...this.bad.byReason },
        listed: [...this.bad.listed],
        omitted: this.bad.omitted,
      },
      channelGuesses: [...this.guesses.entries()]
        .filter(([, counts]) => counts.none + counts.empty + counts.ungraded + counts.unlisted > 0)
        .map(([procedure, counts]) => ({
          procedure: procedure.id,
          title: procedure.title,
          noChannel: counts.none,
          emptyChannel: counts.empty,
          emptyCells: [...counts.emptyAt.values()]
            .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row))
            .slice(0, EMPTY_CELLS_NAMED)
            .map((at) => ({ ...at, column: this.channelColumns.get(at.file) ?? '' })),
          ungraded: counts.ungraded,
          unlistedGrade: counts.unlisted,
          limit: procedure.limit,
          channels: procedure.channels ?? [],
        }))
        .sort((a, b) => (a.procedure < b.procedure ? -1 : a.procedure > b.procedure ? 1 : 0)),
      statusCodes: this.statusCodes.map((found) => ({ ...found, codes: [...found.codes] })),
      unreadColumns: this.unreadColumns.map((found) => ({ ...found })),
      pauseDaysOnly: this.pauseDaysOnly.map((found) => ({ ...found })),
      hiddenSheets: this.hiddenSheets.map((found) => ({ ...found })),
      hiddenRows: this.hiddenRows.map((found) => ({ ...found, rows: found.rows.map((row) => ({ ...row })) })),
      unmapped: this.unmapped.map((found) => ({ ...found, entries: [...found.entries] })),
      unknownProcedures: [...this.unknown.entries()]
        .map(([key, { name, rows }]) => ({
          procedure: key.startsWith('\u0001') ? '' : key,
          ...(name === undefined ? {} : { name }),
          rows,
        }))
        .sort((a, b) => b.rows - a.rows || (a.procedure < b.procedure ? -1 : a.procedure > b.procedure ? 1 : 0)),
      unknownLeftOut: this.unknownLeftOut,
      ruleYears: this.unsureYears('rule'),
      provisionalYears: this.unsureYears('provisional'),
    };
  }
}
