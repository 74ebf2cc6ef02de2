/** Reading the cells of a dossier export leniently: moments in every unambiguous form, channels, pauses, statuses. */
import {
  MINUTES_PER_DAY,
  minuteOf,
  onTheDayClock,
  readMoment,
  usualMomentForm,
  zoneShift,
  type Moment,
} from '../time/moment.js';
import { channelOfCell } from '../model/channel-words.js';
import { asciiLookalikes } from '../model/lookalikes.js';
import { saysNone } from '../model/none-words.js';
import { withoutInvisible } from '../model/quote.js';
import { excelSerialMs } from '../time/excel-serial.js';
import { epochMs } from '../time/epoch.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { receiptMinute } from '../time/receipt-minute.js';
import { headerKey } from './columns.js';
import { englishDate } from '../time/english-months.js';
import { ownString } from '../model/own-string.js';

/** One cell as a reader hands it over: text (CSV, JSON), a number or a date (XLSX), or empty. */
export type Cell = string | number | boolean | Date | null | undefined | readonly unknown[] | Record<string, unknown>;

/** A workbook cell holding a formula's error (`#VALUE!`, `#REF!`) instead of a value, and its column's letters. */
export interface FormulaErrorCell {
  formulaError: string;
  column: string;
}

/** A cell that holds a formula's error, as a workbook reader keeps it for the row to name it. */
export function formulaErrorCell(error: string, column: string): Cell {
  return { formulaError: error, column } satisfies FormulaErrorCell;
}

/** The formula's error a cell holds, with its column; undefined for any other cell. */
export function formulaErrorOf(cell: Cell): FormulaErrorCell | undefined {
  if (typeof cell !== 'object' || cell === null || cell instanceof Date || Array.isArray(cell)) return undefined;
  const { formulaError, column } = cell as Partial<FormulaErrorCell>;
  return typeof formulaError === 'string' && typeof column === 'string' ? { formulaError, column } : undefined;
}

/** A submission channel, as the national procedure record names them (KENH 1, 2, 3). */
export type ChannelKind = 'in_person' | 'online' | 'postal';

/** A span during which the clock stood still (waiting for the applicant's supplement); `to` absent: still waiting. */
export interface Pause {
  from: Moment;
  to?: Moment;
  /** Written with dates alone at both ends: read as those whole days, both included, as a register's dates are. */
  wholeDays?: true;
  /** Its start with an hour, its end a date alone: read through the end of that last day, as wholeDays reads it. */
  wholeLastDay?: true;
}

// dd/mm/yyyy or dd-mm-yyyy or dd.mm.yyyy, an optional time after it, or a time before it ("08:30 13/02/2026").
const DMY =
  /^(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\sT,]+(\d{1,2})[:hg](\d{2})(?::(\d{2}(?:\.\d+)?))?)?$/i;
// yyyy-mm-dd with an optional time, seconds, fraction and zone (Z, +07:00, +0700).
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a civil date, by arithmetic (a million rows cannot each build a Date). */
function civilDay(year: number, month: number, date: number): number | undefined {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (year < 1000 || month < 1 || month > 12 || date < 1 || date > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!))
    return undefined;
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * A moment as read here, in minutes, its seconds past the minute as a fraction of it: "some time within the minute
 * after", and the seconds the JSON report gives back as written. Read as a moment (cellMoment), that is the next minute: 15:00:59 is after a 15:00 cutoff and 17:00:40
 * after a 17:00 due moment, which minutes alone would not say (the safe reading); read as a receipt (cellReceipt), the
 * minute it began when the office closed at the next one.
 */
type Instant = number;

// Vietnam's offset from UTC (Asia/Ho_Chi_Minh keeps no summer time), in milliseconds.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const upToMinute = (instant: Instant): Moment => Math.ceil(instant);

/** A moment in minutes, seconds past the minute read as within it (see Instant). */
function momentOf(
  year: number,
  month: number,
  date: number,
  hour: number,
  minute: number,
  second = 0,
): Instant | undefined {
  const day = civilDay(year, month, date);
  if (day === undefined || hour > 23 || minute > 59 || second >= 60) return undefined;
  // To the nearest second, as a spreadsheet's serial is read (instantOfMs): 00.5 is past the minute, 00.2 is not.
  return day * MINUTES_PER_DAY + hour * 60 + minute + Math.min(59, Math.round(second)) / 60;
}

/** Milliseconds as an instant, to the second (spreadsheets carry noise): a part of a minute is within it. */
function instantOfMs(ms: number): Instant {
  const seconds = Math.round(ms / 1000);
  return seconds % 60 === 0 ? seconds / 60 : Math.floor(seconds / 60) + (seconds % 60) / 60;
}

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** `dd/mm/yyyy HH:mm`, the form nearly every export uses, read without a regular expression. */
function fastDmy(text: string): Instant | undefined | null {
  if (
    text.length !== 16 ||
    text.charCodeAt(2) !== 47 ||
    text.charCodeAt(5) !== 47 ||
    text.charCodeAt(10) !== 32 ||
    text.charCodeAt(13) !== 58
  )
    return null;
  for (const i of [0, 1, 3, 4, 6, 7, 8, 9, 11, 12, 14, 15]) if (!isDigit(text, i)) return null;
  const n = (i: number) => digit(text, i) * 10 + digit(text, i + 1);
  return momentOf(n(6) * 100 + n(8), n(3), n(0), n(11), n(14));
}

/**
 * Parses a moment written as text: `13/02/2026 09:00`, `13/02/2026`, `09:00 13/02/2026`, ISO with or without a zone,
 * and every form `readMoment` reads (`9 giờ 00 phút, ngày 13/02/2026`); seconds past the minute as the next minute.
 */
export function parseMomentText(text: string): Moment | undefined {
  const instant = instantOfText(text);
  return instant === undefined ? undefined : upToMinute(instant);
}

// A moment's digits run together, yyyyMMddHHmmss or yyyyMMddHHmm ("20260302090000"), as database exports and data
// feeds write them (no published export format names it: read because such digits have one reading only): a year of
// this century first, then a month, a day, an hour and a minute that must exist (momentOf); 13 digits are milliseconds (epochMs),
// and 10 (yyyyMMddHH, or seconds since 1970) stay unread, named in the message.
// 8 digits, yyyyMMdd ("20260302"), are a day alone, read as a date written without its hour is (its midnight).
const COMPACT = /^(20\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;

/** A moment written yyyyMMdd[HHmm[ss]]; undefined for other text or digits that name no moment. */
function compactInstant(text: string): Instant | undefined {
  const c = COMPACT.exec(text);
  if (!c) return undefined;
  return momentOf(Number(c[1]), Number(c[2]), Number(c[3]), Number(c[4] ?? 0), Number(c[5] ?? 0), Number(c[6] ?? 0));
}

// A date as officers write it: 13/02/2026, 13-2-2026, 13.02.2026.
const D = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`;

function instantOfText(text: string): Instant | undefined {
  const fast = fastDmy(text);
  if (fast !== null) return fast;
  const trimmed = usualMomentForm(text.trim());
  const dmy = DMY.exec(trimmed);
  if (dmy) {
    const before = dmy[1] !== undefined;
    if (before && dmy[7] !== undefined) return undefined;
    const hour = Number(before ? dmy[1] : (dmy[7] ?? 0));
    const minute = Number(before ? dmy[2] : (dmy[8] ?? 0));
    const second = Number(before ? (dmy[3] ?? 0) : (dmy[9] ?? 0));
    return momentOf(Number(dmy[6]), Number(dmy[5]), Number(dmy[4]), hour, minute, second);
  }
  const iso = ISO.exec(trimmed);
  if (iso) {
    const moment = momentOf(
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
    );
    const shift = zoneShift(iso[7]);
    return moment === undefined || shift === undefined ? undefined : moment + shift;
  }
  if (COMPACT.test(trimmed)) return compactInstant(trimmed);
  // "10-Mar-2026", "Mar 10, 2026 9:00 AM": read again as 10/03/2026; a letter tested first, so digits cost nothing.
  if (/[a-z]/i.test(trimmed)) {
    const numeric = numericMonthForm(trimmed);
    if (numeric !== undefined) return instantOfText(numeric);
  }
  // A twelve-hour clock ("13/02/2026 3:00:30 CH") read again on the 24-hour one, its seconds counted as above.
  const clock = onTheDayClock(trimmed);
  if (clock !== trimmed && (DMY.test(clock) || ISO.test(clock))) return instantOfText(clock);
  // The rarer forms, such as the receipt slip's words ("9 giờ 00 phút, ngày 13/02/2026"): the time engine's.
  const reading = readMoment(trimmed);
  if (reading === undefined || !('moment' in reading)) return undefined;
  return reading.pastMinute ? reading.moment - 1 + (reading.second ?? 30) / 60 : reading.moment;
}

/** A date with an English month name as dd/mm/yyyy, its clock kept; undefined for any other text. */
function numericMonthForm(text: string): string | undefined {
  // A month in words has one reading; four-digit years only: "10-Mar-26" stays refused like "10/03/26".
  const found = englishDate(text);
  if (found === undefined || found.year.length !== 4) return undefined;
  const date = `${String(found.date).padStart(2, '0')}/${String(found.month).padStart(2, '0')}/${found.year}`;
  return found.rest === undefined ? date : `${date} ${found.rest}`;
}

/**
 * A date column's cell as a moment: `undefined` when empty, `null` when it holds something that is not a moment.
 * Spreadsheet dates arrive as Date objects holding the wall-clock time in their UTC fields, or as Excel's serial
 * day numbers (a number, or its text in a CSV file).
 */
export function cellMoment(cell: Cell): Moment | undefined | null {
  const instant = cellInstant(cell);
  return typeof instant === 'number' ? upToMinute(instant) : instant;
}

/**
 * A receipt column's cell as the moment counting starts from, as cellMoment reads it but for seconds in the last
 * minute before closing or lunch (16:59:42), which keep the dossier in the day the office received it (receiptMinute).
 */
export function cellReceipt(cell: Cell, calendar: WorkingCalendar): Moment | undefined | null {
  const read = cellReceiptRead(cell, calendar);
  return read === undefined || read === null ? read : read.counted;
}

/**
 * A receipt column's cell as cellReceipt counts it, with the minute it was written in, its seconds dropped: what a
 * report prints, since 14:59:59 counted as 15:00 would read as received at a 15:00 cutoff; and the seconds past that
 * minute, for the JSON report to give the receipt as written.
 */
export function cellReceiptRead(
  cell: Cell,
  calendar: WorkingCalendar,
): { counted: Moment; written: Moment; seconds: number } | undefined | null {
  const instant = cellInstant(cell);
  if (typeof instant !== 'number') return instant;
  if (Number.isInteger(instant)) return { counted: instant, written: instant, seconds: 0 };
  const written = Math.floor(instant);
  // Instants are read to the nearest second: rounding only undoes the fraction's binary error.
  const seconds = Math.min(59, Math.round((instant - written) * 60));
  return { counted: receiptMinute(calendar, upToMinute(instant)), written, seconds };
}

function cellInstant(cell: Cell): Instant | undefined | null {
  if (cell === undefined || cell === null || cell === '') return undefined;
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? null : instantOfMs(ms);
  }
  if (typeof cell === 'number') {
    const ms = excelSerialMs(cell);
    if (ms !== undefined) return instantOfMs(ms);
    // A workbook that took the portal's "20260302090000" for a number.
    if (Number.isSafeInteger(cell)) {
      const compact = compactInstant(String(cell));
      if (compact !== undefined) return compact;
    }
    // A JSON service's instant in milliseconds (13 digits), UTC: the office's clock is Vietnam's, UTC+7.
    const utc = epochMs(cell);
    return utc === undefined ? null : instantOfMs(utc + VIETNAM_OFFSET_MS);
  }
  if (typeof cell !== 'string') return null;
  if (cell.trim() === '') return undefined;
  // A zero-width space or a mark pasted from a web page with the date, and the apostrophe that tells Excel to keep a
  // cell as text ("'10/03/2026 09:00", which a CSV export keeps): neither is part of the moment.
  const text = asciiLookalikes(NON_ASCII.test(cell) ? withoutInvisible(cell) : cell).replace(/^\s*'/, '');
  const written = instantOfText(text);
  if (written !== undefined) return written;
  // A date column that lost its format on the way to CSV ("46035.375"): the moment Excel counts, as import reads it.
  const ms = excelSerialMs(text);
  if (ms !== undefined) return instantOfMs(ms);
  // .NET's "/Date(1775638800000)/": milliseconds, UTC.
  const utc = epochMs(text);
  return utc === undefined ? null : instantOfMs(utc + VIETNAM_OFFSET_MS);
}

/**
 * A cell of a moment's column in a workbook of the 1904 date system: a bare number that counts a day of 2000–2099
 * from 01/01/1904 as that moment (excelSerialMs, as import reads it); a time of day (a fraction) and any other cell as
 * they are.
 */
export function from1904(cell: Cell): Cell {
  if (typeof cell !== 'number') return cell;
  const ms = excelSerialMs(cell, true);
  return ms === undefined ? cell : new Date(ms);
}

// The day a time-of-day cell is read on: any day does, only the clock is kept.
const ANY_DAY = '01/01/2000';
let anyDayMidnight: Instant | undefined;

/**
 * A time-of-day cell ("08:15", "8h15", "2:30 CH", a workbook's time, Excel's fraction of a day) as seconds since
 * midnight; undefined when empty or not a time of day.
 */
export function cellTimeOfDay(cell: Cell): number | undefined {
  if (cell instanceof Date) {
    const ms = cell.getTime();
    return Number.isNaN(ms) ? undefined : Math.round((((ms % 86_400_000) + 86_400_000) % 86_400_000) / 1000);
  }
  if (typeof cell === 'number') return cell >= 0 && cell < 1 ? Math.round(cell * 86_400) : undefined;
  if (typeof cell !== 'string' || cell.trim() === '') return undefined;
  const instant = instantOfText(`${ANY_DAY} ${asciiLookalikes(cell).trim()}`);
  if (instant === undefined) return undefined;
  const seconds = Math.round((instant - (anyDayMidnight ??= instantOfText(ANY_DAY)!)) * 60);
  return seconds >= 0 && seconds < 86_400 ? seconds : undefined;
}

// A date the software has not set, as it exports one: MySQL's zero date ("0000-00-00 00:00:00", "00/00/0000" shown day
// first), .NET's DateTime.MinValue ("01/01/0001 00:00:00", "1/1/0001 12:00:00 AM", "0001-01-01T00:00:00"), SQL
// Server's datetime 0 ("1900-01-01 00:00:00.000", "01/01/1900"), Excel's day 0 ("00/01/1900", or "0" once its format
// is lost), a database's NULL. No dossier is dated in year 0, 1 or 1900: these mean "none", never a date typed wrong.
const PLACEHOLDER_DATE =
  /^(?:null|0|0{1,2}[/.-]0{1,2}[/.-]0{4}|0{4}-0{2}-0{2}|0?[01][/.-]0?1[/.-](?:0001|1900)|(?:0001|1900)-01-01)(?:[ T]+(?:00|12):00(?::00(?:\.0+)?)?(?: ?[AP]M)?)?$/i;

/** Whether a date cell holds a date the software has not set ("0000-00-00 00:00:00", "01/01/0001", "NULL", 0). */
export function placeholderDate(cell: Cell): boolean {
  if (cell === 0) return true;
  return typeof cell === 'string' && PLACEHOLDER_DATE.test(cell.trim());
}

/**
 * Whether an optional cell holds only a mark for nothing ("-", "—", "x", "/", "Không có", "N/A") or a date the software
 * has not set ("0000-00-00"), as officers and software fill a cell they have no value for: read as empty, so the
 * dossier is still measured.
 */
export function marksNothing(cell: Cell): boolean {
  return placeholderDate(cell) || (typeof cell === 'string' && (/^\s*[xX/]\s*$/.test(cell) || saysNone(cell)));
}

// No time paused, as a count: "0", "0 ngày", "0,0".
const ZERO_PAUSE = /^0+(?:[.,]0+)?(?:\s*(?:ngày|ngay|days?))?$/iu;

/** Whether a cell says there is nothing in it: "Không", "Không có", "-", "N/A" (not "x", which may tick something). */
export function saysNothing(cell: Cell): boolean {
  return typeof cell === 'string' && saysNone(cellText(cell));
}

/**
 * Whether a pauses cell says there was no pause: "Không", "Không có", "-", or a count of nothing ("0", "0 ngày"), as
 * exports with a "Yêu cầu bổ sung" column write it for a dossier never paused. Not "x", which may tick a pause.
 */
function saysNoPause(cell: Cell): boolean {
  // "0000-00-00", "NULL": a pause the software has not set, no pause, as in a result's or a receipt's cell.
  if (cell === 0 || placeholderDate(cell)) return true;
  if (typeof cell !== 'string') return false;
  const text = cellText(cell);
  return text !== '' && (ZERO_PAUSE.test(text) || saysNone(text));
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A cell as trimmed text (numbers as written, codes like 2.000815 kept); empty cells give ''. */
export function cellText(cell: Cell): string {
  if (cell === undefined || cell === null) return '';
  // Normalising is costly and ASCII needs none: codes, ids and dates are ASCII in most exports.
  // Full-width digits and colons ("１３/０１/２０２６ ０９：００", from a Chinese or Japanese input method) as ASCII, as the
  // YAML loader and import read them.
  if (typeof cell === 'string')
    return NON_ASCII.test(cell) ? remembered(readTexts, cell, () => readText(cell)) : cell.trim();
  if (cell instanceof Date) return cell.toISOString();
  // A formula's error as the spreadsheet shows it in the cell ("#N/A"), never the reader's object.
  const error = formulaErrorOf(cell);
  if (error !== undefined) return error.formulaError;
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

// The Vietnamese texts of an export (statuses, agencies, procedure names, channels) repeat a million times.
const readTexts = new Map<string, string>();

/** A cell's text with Unicode's composed form and ASCII for full-width digits and colons, trimmed. */
function readText(cell: string): string {
  // Its own copy: the text may be a slice of a large chunk of the file, which the cache would keep alive.
  return ownString(asciiLookalikes(cell.normalize('NFC')).trim());
}

/** A channel written as officers and software write it (`Trực tuyến`, `online`, `2`, `Toàn trình`); undefined when not one. */
export function parseChannel(text: string): ChannelKind | undefined {
  return remembered(channels, text, () => channelOfCell(text));
}

// An export writes a handful of channels and statuses a million times: each spelling is read once.
const channels = new Map<string, ChannelKind | undefined>();

function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  // One lookup for nearly every row: a value may be undefined (no channel), which only then needs `has`.
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as T;
  const value = compute();
  if (cache.size >= 1000) cache.clear();
  // A copy: the key may be a slice of a large chunk of the file, which it would keep alive.
  cache.set(ownString(key), value);
  return value;
}

/** What a vendor status says of a dossier, as QĐ 766/QĐ-TTg counts it. */
type StatusClass = 'not-settled' | 'returned' | 'waiting';

// The status words of every class in one table, as one-stop software writes them (iGate, OpenCPS, the national portal),
// in ASCII words; each class is read the same way whichever wording a vendor uses.
// The first class that matches: "Từ chối do không bổ sung" is a refusal, not a wait.
// - not-settled: withdrawn, refused, cancelled, stopped ("Dừng giải quyết", Form 05's stop: never "Tạm dừng …", a
//   pause), or handed back to the applicant without a result ("Trả lại hồ sơ", "Hồ sơ bị trả về", and provincial
//   software's bare "Trả về" / "Đã trả về": sent back, never a result, which they call "Trả kết quả"; not "Trả kết quả",
//   the result handed over, nor "(Chuyển) trả về / trả lại Bộ phận Một cửa" or to another office, a dossier passed
//   inside, to its leaders, clerks or another body ("Trả lại lãnh đạo", "Trả về UBND xã", "Trả lại Chi nhánh Văn phòng
//   đăng ký đất đai"), with "cho" before it or not: "Trả lại" is "Trả về" said another way), or refused as not
//   eligible or not received ("Không đủ điều kiện giải quyết", the portal's "Không được tiếp nhận": Form 03's refusal,
//   finished without the procedure's result). QĐ 766 leaves them out.
// - returned also holds the portal's "Đã xử lý xong" and provincial software's shorter "Đã xử lý", "Đã kết thúc",
//   "Đã hoàn tất": processing ended with a result ("Đã xử lý, chờ trả kết quả" waits: open, below).
// - returned: the result was returned, or the status grades a settled dossier against its due date ("Đúng hạn",
//   "Trước hạn", "Quá hạn", "Trễ hạn"): the row should give the moment it was.
// - waiting: the clock stands still for the applicant's additions ("Chờ công dân bổ sung", "Bổ sung hồ sơ"), or any
//   "Tạm dừng …" wording, or "Tạm ngừng …" / "Tạm ngưng …", its synonyms ("Ngừng giải quyết", without "tạm", is a stop).
const STATUS_WORDS: readonly [StatusClass, RegExp][] = [
  // Sent back to be completed ("Trả về để bổ sung", "Trả lại hồ sơ yêu cầu bổ sung"): Form 02's request, a wait for the
  // applicant, not a dossier handed back for good; "Trả lại do không bổ sung" (not completed) stays a refusal.
  [
    'waiting',
    /\b(tra lai|tra ve|hoan tra)( (ho so|cong dan|nguoi dan|to chuc|ca nhan|de|yeu cau|cho))* (bo sung|hoan thien)\b/,
  ],
  [
    'not-settled',
    /\b(rut|rut ho so|tu choi|huy|da huy|(?<!tam )(dung|ngung) (giai quyet|xu ly)|khong giai quyet|khong du dieu kien|khong (duoc )?tiep nhan|hoan tra|((?<!chuyen )tra ve|tra lai)(?! (cho )?(ket qua|kq|bo phan|bp|mot cua|trung tam|phong|don vi|co quan|can bo|chuyen vien|buoc|lanh dao|van thu|ubnd|uy ban|chi nhanh|van phong)\b)|withdrawn|refused|rejected|cancelled|canceled)\b/,
  ],
  [
    'waiting',
    /(\b(tam (dung|ngung)|(cho|yeu cau|dang|can)( \w+){0,3} bo sung|paused|on hold|awaiting additions)\b|^bo sung( ho so)?$)/,
  ],
  [
    'returned',
    // "Bộ phận Tiếp nhận và Trả kết quả" is the one-stop desk's name, not a result handed over.
    /\b((?<!tiep nhan va )tra ket qua|da tra(?! (ve|lai) )|da co ket qua|hoan thanh|da giai quyet|giai quyet xong|da xu ly|xu ly xong|da ket thuc|da hoan tat|dung han|truoc han|qua han|tre han|returned|completed|finished)\b/,
  ],
];
// A status saying the result is not yet returned: "Chờ trả kết quả" (ready, not yet handed over), "Chưa trả", "Đang
// giải quyết", "Đang xử lý quá hạn" (open and overdue).
const NOT_YET = /\b(cho|chua|dang|khong|not|awaiting|waiting)\b/;
const statusClasses = new Map<string, StatusClass | undefined>();

/** The class of a vendor status by the table above, the first that matches; undefined for an open dossier's status. */
function statusClass(status: string): StatusClass | undefined {
  return remembered(statusClasses, status, () => {
    const key = headerKey(status);
    const found = STATUS_WORDS.find(([, words]) => words.test(key))?.[0];
    return found === 'returned' && NOT_YET.test(key) ? undefined : found;
  });
}

/** Whether a vendor status says the dossier was withdrawn, refused, cancelled or handed back unsettled: no on-time status. */
export function isNotSettled(status: string): boolean {
  return statusClass(status) === 'not-settled';
}

/** Whether a vendor status says the result was returned (so the row should give the moment it was). */
export function saysReturned(status: string): boolean {
  return statusClass(status) === 'returned';
}

/** Whether a vendor status says the dossier waits for the applicant's additions, the clock stopped (QĐ 766). */
export function saysWaiting(status: string): boolean {
  return statusClass(status) === 'waiting';
}

// Between the two ends of a pause: " - ", an en or em dash, an arrow, "đến", "to".
const PAUSE_ENDS = /\s+-\s+|\s*[–—→]\s*|\s+(?:đến|den|to)\s+/iu;
// A pause still running: its start and a dash with nothing after it, or the officer's "đến" with nothing after it.
const OPEN_PAUSE = /\s*[-–—→]$|\s+(?:đến|den|to)$/iu;
// "từ" before a pause's start: "từ 02/07/2026 08:00 đến 03/07/2026 08:00", or one still running, "từ 02/07/2026 08:00".
const FROM_WORD = /^(?:từ|tu|from)\s+/iu;
// A pause's end alone, its start left out: "đến 05/03/2026", "- 05/03/2026" (the export's "from" cell left empty).
const TO_WORD = /^(?:đến|den|tới|toi|to|until|[-–—→])\s*/iu;

// A pause on one day written with its date once: "05/05/2026 09:00 - 11:00", "05/05/2026 từ 09:00 đến 11:00",
// "09:00 - 11:00 05/05/2026" (ngày 05/05/2026).
const HOUR = String.raw`\d{1,2}[:hg]\d{2}`;
const BETWEEN = String.raw`(?:\s*[-–—→]\s*|\s+(?:đến|den|tới|toi|to)\s+)`;
const FROM = String.raw`(?:(?:từ|tu|from)\s+)?`;
const DAY_THEN_HOURS = new RegExp(String.raw`^(${D})\s*,?\s+${FROM}(${HOUR})${BETWEEN}(${HOUR})$`, 'iu');
const HOURS_THEN_DAY = new RegExp(
  String.raw`^${FROM}(${HOUR})${BETWEEN}(${HOUR})\s*,?\s+(?:(?:ngày|ngay)\s+)?(${D})$`,
  'iu',
);

/** A pause on one day with its date written once, as its two ends; undefined for any other text. */
function sameDayEnds(text: string): { day: string; from: string; to: string } | undefined {
  const first = DAY_THEN_HOURS.exec(text);
  if (first) return { day: first[1]!, from: `${first[1]} ${first[2]}`, to: `${first[1]} ${first[3]}` };
  const last = HOURS_THEN_DAY.exec(text);
  if (last) return { day: last[3]!, from: `${last[3]} ${last[1]}`, to: `${last[3]} ${last[2]}` };
  return undefined;
}

// A pause given as a number of days ("2 ngày", "3", "1,5 ngày làm việc"): nothing to place on the calendar.
const DAYS_COUNT = /^\d{1,3}(?:[.,]\d+)?(?:\s*(?:ngày|ngay|days?)(?:\s+(?:làm việc|lam viec|working))?)?$/iu;

/** Whether a cell or a part of one gives a number of days, not when a pause started and ended. */
function isDaysCount(written: string): boolean {
  return DAYS_COUNT.test(written);
}

// An hour written in a cell: "09:00", "9h00", "9 giờ"; "00:00" written is midnight, not a date alone.
const WRITTEN_HOUR = /:|\d\s*(?:h|g|giờ|gio)/iu;

/** Whether a pause's end is a date alone: a date cell at midnight, or text that writes no hour. */
function dateAlone(cell: Cell, moment: Moment): boolean {
  return minuteOf(moment) === 0 && !(typeof cell === 'string' && WRITTEN_HOUR.test(cell));
}

/**
 * One pause from its two ends; null when an end is not a moment or it ends before it starts. Both ends a date alone
 * (midnight: a date cell without its time reads the same) is those whole days, both included, as dates in a register
 * are: "05/05/2026 - 05/05/2026" is that day, not no time at all.
 */
export function pauseOf(fromCell: Cell, toCell: Cell): Pause | null {
  const from = cellMoment(fromCell);
  const to = cellMoment(toCell);
  if (from === undefined || from === null || to === null) return null;
  if (to === undefined) return { from };
  // An end written as a date alone is that whole day, whatever its start gives: "05/05/2026 14:30 - 07/05/2026" runs
  // through 07/05, as "05/05/2026 - 07/05/2026" does; read at 00:00 of 07/05 it left that day out and read late.
  if (!dateAlone(toCell, to)) return to < from ? null : { from, to };
  const end = to + MINUTES_PER_DAY;
  if (end <= from) return null;
  return dateAlone(fromCell, from) ? { from, to: end, wholeDays: true } : { from, to: end, wholeLastDay: true };
}

/** A pause's end as pauseOf counts it: a date alone as the end of that day. */
function countedEnd(cell: Cell, moment: Moment): Moment {
  return dateAlone(cell, moment) ? moment + MINUTES_PER_DAY : moment;
}

/** One pause of a cell as written: its two ends (the end empty for one still running) and its text. */
interface PauseEnds {
  from: Cell;
  to: Cell;
  written: string;
  /** Written with nothing after its dash: still running, its end left out on purpose. */
  open: boolean;
  /** A pause on one day with its date written once ("05/05/2026 09:00 - 11:00"): that date. */
  day?: string;
}

/** A part of a cell that is not two ends of a pause, as written ('' for an item of a JSON list). */
interface BrokenPause {
  broken: string;
  /** The part gives a pause's end alone ("đến 05/03/2026"): that end as written, to be said with what is missing. */
  endOnly?: string;
  /** The part is a number of days ("2 ngày"), which cannot be placed on the calendar. */
  days?: true;
}

/** Whether a cell holds anything but blanks. */
export function hasText(cell: Cell): boolean {
  return cell !== undefined && cell !== null && cellText(cell).trim() !== '';
}

/** A pause of a JSON list: a pair, or `{from, to}` / `{start, end}` / `{tu, den}`; broken for anything else. */
function listedPause(item: unknown): PauseEnds | BrokenPause {
  let ends: [Cell, Cell];
  if (Array.isArray(item)) ends = [item[0] as Cell, item[1] as Cell];
  else if (item && typeof item === 'object') {
    const o = item as Record<string, Cell>;
    ends = [o.from ?? o.start ?? o.tu, o.to ?? o.end ?? o.den];
  } else return { broken: '' };
  // An end the software has not set ("0000-00-00", "NULL"): not written, as an empty one.
  ends = [placeholderDate(ends[0]) ? undefined : ends[0], placeholderDate(ends[1]) ? undefined : ends[1]];
  const written = `${cellText(ends[0])} - ${cellText(ends[1])}`;
  // A pair whose start is empty: its end alone is known, which is no pause still running.
  if (!hasText(ends[0]) && hasText(ends[1]) && typeof cellMoment(ends[1]) === 'number')
    return { broken: written.trim(), endOnly: cellText(ends[1]) };
  return { from: ends[0], to: ends[1], written, open: true };
}

/** The pauses of one cell as their ends, or the parts that are not two ends as written; [] for an empty cell. */
function pauseEnds(cell: Cell): (PauseEnds | BrokenPause)[] {
  if (cell === undefined || cell === null || cell === '') return [];
  if (Array.isArray(cell)) return cell.map(listedPause);
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell < 1000)
    return [{ broken: cellText(cell), days: true }];
  if (typeof cell !== 'string') return [{ broken: cellText(cell) }];
  const parts: (PauseEnds | BrokenPause)[] = [];
  for (const part of cell.split(/[;|\n]+/)) {
    // Single spaces: the patterns below then cannot backtrack over a long run of them.
    const written = part.replace(/\s+/g, ' ').trim();
    if (written === '') continue;
    if (isDaysCount(written)) {
      parts.push({ broken: written, days: true });
      continue;
    }
    const oneDay = sameDayEnds(written);
    if (oneDay !== undefined) {
      parts.push({ from: oneDay.from, to: oneDay.to, written, open: false, day: oneDay.day });
      continue;
    }
    const said = FROM_WORD.test(written);
    const text = written.replace(FROM_WORD, '');
    // Its end alone ("đến 05/03/2026"): said so, with the start to write, rather than "not a span".
    const end = said ? '' : written.replace(TO_WORD, '');
    if (end !== written && end !== '' && typeof cellMoment(end) === 'number') {
      parts.push({ broken: written, endOnly: end });
      continue;
    }
    // "từ 02/07/2026 08:00" alone is a pause from then, still running: the officer's words say which end it is.
    const split = text.split(PAUSE_ENDS);
    const open = OPEN_PAUSE.test(text) || (said && split.length === 1);
    const ends = open ? [text.replace(OPEN_PAUSE, ''), ''] : split;
    // Its end a date the software has not set ("02/07/2026 08:00 - 0000-00-00 00:00:00"): a pause still running.
    if (ends.length === 2 && placeholderDate(ends[1])) {
      parts.push({ from: ends[0], to: '', written, open: true });
      continue;
    }
    parts.push(ends.length === 2 ? { from: ends[0], to: ends[1], written, open } : { broken: written });
  }
  return parts;
}

/** The moments a start or end column lists for a dossier paused more than once, one per line or after ";" or "|". */
function listedMoments(cell: Cell): string[] {
  if (typeof cell !== 'string') return hasText(cell) ? [cellText(cell)] : [];
  return cell
    .split(/[;|\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The first pair of a start and an end column listing several pauses that is no pause (an end before its start, or a
 * part that is no moment), as written, when the two columns pair by their counts; undefined otherwise.
 */
export function unreadPausePair(startCell: Cell, endCell: Cell): { start: string; end: string } | undefined {
  const starts = listedMoments(startCell);
  const ends = listedMoments(endCell);
  if (starts.length <= 1 && ends.length <= 1) return undefined;
  if (ends.length !== starts.length && ends.length !== starts.length - 1) return undefined;
  for (const [i, start] of starts.entries()) if (pauseOf(start, ends[i]) === null) return { start, end: ends[i] ?? '' };
  return undefined;
}

/** Whether a pause's start or end cell lists more than one moment, each of which reads. */
export function listsSeveralMoments(cell: Cell): boolean {
  const moments = listedMoments(cell);
  return moments.length > 1 && moments.every((m) => typeof cellMoment(m) === 'number');
}

/**
 * The pauses of a dossier paused more than once from its start and end columns, each listing its moments in order
 * ("11/03/2026 09:00; 16/03/2026 09:00" and "13/03/2026 09:00; 17/03/2026 09:00"): the first start with the first
 * end, and so on; one end fewer than the starts is the last pause still running (an earlier one ended before the next
 * began). Undefined when neither column lists more than one moment (one pause, read by pauseOf); null when the counts
 * do not pair so, or a pair is not a pause.
 */
export function pausesOfColumns(startCell: Cell, endCell: Cell): Pause[] | null | undefined {
  const starts = listedMoments(startCell);
  const ends = listedMoments(endCell);
  if (starts.length <= 1 && ends.length <= 1) return undefined;
  if (ends.length !== starts.length && ends.length !== starts.length - 1) return null;
  const pauses: Pause[] = [];
  for (const [i, start] of starts.entries()) {
    const pause = pauseOf(start, ends[i]);
    if (pause === null) return null;
    pauses.push(pause);
  }
  return pauses;
}

/**
 * The pauses of one dossier from one cell: `13/02/2026 09:00 - 16/02/2026 10:00; 20/02/2026 08:00 -` as text
 * (`;`, `|` or new lines between pauses, an open end for one still running), or a JSON list of pairs or of
 * `{from, to}` / `{start, end}`. Null when something in it is not a pause.
 */
export function parsePauses(cell: Cell): Pause[] | null {
  if (saysNoPause(cell)) return [];
  const pauses: Pause[] = [];
  for (const part of pauseEnds(cell)) {
    if ('broken' in part) return null;
    const pause = pauseOf(part.from, part.to);
    if (pause === null || (!part.open && pause.to === undefined)) return null;
    pauses.push(pause);
  }
  return pauses;
}

/**
 * The first pause of a cell whose ends are both moments but its end before its start, as written (its whole text and
 * each end), for the officer to see which to swap; undefined when there is none.
 */
export function reversedPause(cell: Cell): { written: string; start: string; end: string; day?: string } | undefined {
  for (const part of pauseEnds(cell)) {
    if ('broken' in part) continue;
    const [from, to] = [cellMoment(part.from), cellMoment(part.to)];
    if (typeof from === 'number' && typeof to === 'number' && countedEnd(part.to, to) <= from && to < from)
      return {
        written: part.written,
        // On one day written once, its hours are what is wrong: those alone, with the day.
        start: part.day === undefined ? cellText(part.from) : cellText(part.from).slice(part.day.length + 1),
        end: part.day === undefined ? cellText(part.to) : cellText(part.to).slice(part.day.length + 1),
        ...(part.day === undefined ? {} : { day: part.day }),
      };
  }
  return undefined;
}

/**
 * The first part of a pause cell that cannot be read as a pause, as written, to be named in the message; `oneMoment`
 * when it is a moment alone, which may be a pause's start or its end (procmap does not guess which); `endOnly`, the
 * end as written, when the part says it is the end ("đến 05/03/2026"). Undefined when no part of the cell can be named
 * (an item of a JSON list).
 */
export function unreadPausePart(
  cell: Cell,
): { part: string; oneMoment: boolean; endOnly?: string; days?: true } | undefined {
  for (const part of pauseEnds(cell)) {
    const written = 'broken' in part ? part.broken : part.written;
    if ('broken' in part && part.endOnly !== undefined)
      return { part: written, oneMoment: false, endOnly: part.endOnly };
    if ('broken' in part && part.days) return { part: written, oneMoment: false, days: true };
    if (!('broken' in part)) {
      const pause = pauseOf(part.from, part.to);
      if (pause !== null && (part.open || pause.to !== undefined)) continue;
    }
    if (written === '') return undefined;
    const moment = cellMoment(written);
    return { part: written, oneMoment: typeof moment === 'number' };
  }
  return undefined;
}
