/** Which column of a dossier export holds what: built-in Vietnamese and English headers, and the user's mapping. */
import { asciiWords } from '../model/fold.js';

/** A fact a dossier export can carry, one column each. */
export type DossierField =
  | 'id'
  | 'procedure'
  | 'received'
  | 'appointment'
  | 'finished'
  | 'status'
  | 'channel'
  | 'pauses'
  | 'pauseStart'
  | 'pauseEnd'
  | 'pauseDays'
  | 'body';

/** The user's mapping (`--map FILE` or `ontime:` in procmap.config.yaml): a field to its header, and step id to header. */
export interface ColumnMapping {
  columns?: Partial<Record<DossierField, string | string[]>>;
  /** Step id → the header of the column holding the moment that step ended. */
  steps?: Record<string, string>;
  /** A vendor's numeric status code → the words it stands for, as the officer read them in the vendor's manual. */
  statuses?: Record<string, string>;
}

/** Where each field sits in one file: column indexes, and step columns by step id or 1-based number. */
export interface ColumnPlan {
  fields: Partial<Record<DossierField, number>>;
  /** Step columns: the step named by the header (its id, or its number) and the column. */
  steps: { step: string; column: number }[];
  /** The header cells as read. */
  headers: readonly string[];
  /** Beside a column of the day the result was ready, the day it was handed over: read where the first is empty. */
  handedOver?: number;
  /** The columns of the file and row each dossier was first read from, as procmap's own workbook writes them. */
  source?: { file: number; row: number };
  /**
   * The columns of the reason a row was set aside for, as text, as its code and, in a workbook from 2026-12 on, as data,
   * as procmap's own workbook writes them.
   */
  setAside?: { text: number; code: number; data?: number };
  /**
   * Beside a column of the procedure's code, one of its name ("Tên thủ tục"): a row whose name is another procedure's
   * title disagrees with itself, and is set aside rather than counted against the code.
   */
  procedureName?: number;
  /** Columns of the hour of a moment whose day stands in its own column ("Giờ tiếp nhận" beside "Ngày tiếp nhận"). */
  times?: Partial<Record<TimedField, number>>;
  /**
   * Fields and steps the mapping names a header for that this header row does not have (a slip, a space or an
   * invisible character in the mapping, another export's header): the header row's own columns are read instead, and
   * the officer is told, since a report read without the mapped column is wrong without a word.
   */
  unmapped?: { key: string; wanted: readonly string[] }[];
}

/** The fields whose moment an export may split into a day column and an hour column. */
export type TimedField = 'received' | 'finished' | 'appointment';

const TIMED_FIELDS: ReadonlySet<DossierField> = new Set<TimedField>(['received', 'finished', 'appointment']);

/** The field whose hour a header names ("Giờ tiếp nhận": the hour of "Ngày tiếp nhận"), or undefined. */
function timedField(key: string): TimedField | undefined {
  if (!key.startsWith('gio ')) return undefined;
  const field = KNOWN_BY_KEY.get(`ngay ${key.slice(4)}`);
  return field !== undefined && TIMED_FIELDS.has(field) ? (field as TimedField) : undefined;
}

// procmap's workbook writes where each dossier was read ("Tệp", "Dòng"): read back, its report names the export's rows,
// not the workbook's. Only the pair together: a lone "Dòng" or "File" column of a vendor's is no such place.
const SOURCE_PAIRS: readonly (readonly [file: string, row: string])[] = [
  ['tep', 'dong'],
  ['file', 'row'],
];

/** The columns of the file and row a dossier was first read from, when the headers have both of one language. */
function sourceColumns(keys: readonly string[]): { file: number; row: number } | undefined {
  const at = columnPair(keys, SOURCE_PAIRS);
  return at && { file: at[0], row: at[1] };
}

/** The columns of the first pair of headers the keys hold both of, in the pairs' order. */
function columnPair(
  keys: readonly string[],
  pairs: readonly (readonly [string, string])[],
): [number, number] | undefined {
  for (const [first, second] of pairs) {
    const at: [number, number] = [keys.indexOf(first), keys.indexOf(second)];
    if (at[0] >= 0 && at[1] >= 0) return at;
  }
  return undefined;
}

// The workbook's rows set aside as not measured carry their reason ("Lý do") and its code ("Mã lý do"), so that read
// back they are set aside again, counted as the export's were.
const SET_ASIDE_PAIRS: readonly (readonly [text: string, code: string])[] = [
  ['ly do', 'ma ly do'],
  ['reason', 'reason code'],
];

// The hidden column of each reason's data (reason-data.ts), in either language.
const REASON_DATA_HEADERS = ['du lieu ly do', 'reason data'];

/** The columns of a set-aside row's reason, its code and its data, in a table that also says where each row was read. */
function setAsideColumns(keys: readonly string[]): { text: number; code: number; data?: number } | undefined {
  const at = columnPair(keys, SET_ASIDE_PAIRS);
  if (at === undefined) return undefined;
  const data = keys.findIndex((key) => REASON_DATA_HEADERS.includes(key));
  return { text: at[0], code: at[1], ...(data >= 0 ? { data } : {}) };
}

/** A header for matching: lower case, without diacritics (đ as d), punctuation as single spaces. */
export function headerKey(text: string): string {
  return asciiWords(text);
}

// A word's start inside a header written as one word, as JSON services name their fields: "NgayTiepNhan", "maTTHC".
const WORD_START = /(\p{Ll})(\p{Lu})/gu;

/** A header for matching, its words apart where it runs them together ("NgayTiepNhan" as "ngay tiep nhan"). */
export function columnKey(header: string): string {
  return headerKey(header.replace(WORD_START, '$1 $2'));
}

// Headers as one-stop software exports them (iGate, OpenCPS, the national portal's reports), matched by headerKey.
const KNOWN_HEADERS: Record<DossierField, string[]> = {
  id: [
    'so ho so',
    'ma ho so',
    'so hs',
    'ma hs',
    'so bien nhan',
    'ma bien nhan',
    'ma so ho so',
    'dossier',
    'dossier id',
    'dossier no',
    'dossier number',
    'dossier code',
  ],
  procedure: [
    'ma thu tuc',
    'ma tthc',
    'ma thu tuc hanh chinh',
    'ma so thu tuc',
    'ma quy trinh',
    'procedure',
    'procedure code',
    'procedure id',
    'code',
    'thu tuc',
    // The procedure's name, matched against the catalog's titles when the export has no code column.
    'ten thu tuc',
    'ten tthc',
    'ten thu tuc hanh chinh',
    'thu tuc hanh chinh',
    'procedure name',
    'procedure title',
  ],
  received: [
    'ngay tiep nhan',
    'thoi gian tiep nhan',
    'ngay nhan',
    'ngay nhan ho so',
    'ngay tiep nhan ho so',
    'ngay nop',
    'ngay nop ho so',
    'ngay gio tiep nhan',
    'thoi diem tiep nhan',
    'received',
    'received at',
    'receipt',
    'date received',
    'tiep nhan',
  ],
  appointment: [
    'ngay hen tra',
    'ngay hen tra ket qua',
    'hen tra',
    'hen tra ket qua',
    'han xu ly',
    'han giai quyet',
    'ngay hen',
    'thoi han tra ket qua',
    // "KQ" for "kết quả", and "hạn" for "hẹn": as vendors' exports shorten and word them.
    'ngay hen tra kq',
    'hen tra kq',
    'han tra ket qua',
    'han tra kq',
    'han tra',
    'ngay han tra',
    'ngay han tra ket qua',
    'ngay hen tra ho so',
    'thoi gian hen tra',
    'thoi gian hen tra ket qua',
    'ngay den han',
    'ngay het han',
    'han hoan thanh',
    'thoi han tra kq',
    'appointment',
    'due',
    'due date',
    'due at',
  ],
  finished: [
    'ngay tra ket qua',
    'ngay co ket qua',
    'ngay hoan thanh',
    'ngay ket thuc',
    'ngay xu ly xong',
    'thoi gian tra ket qua',
    'ngay tra',
    'ngay hoan thanh xu ly',
    'ngay ket thuc xu ly',
    'thoi gian co ket qua',
    'ngay co ket qua giai quyet',
    'ngay co kq',
    'ngay tra kq',
    'co ket qua',
    'finished',
    'finished at',
    'returned',
    'returned at',
    'completed',
    'completed at',
  ],
  status: [
    'trang thai',
    'tinh trang',
    'trang thai ho so',
    'tinh trang ho so',
    'trang thai xu ly',
    'tinh trang xu ly',
    'status',
  ],
  channel: [
    'kenh',
    'kenh tiep nhan',
    'kenh nop',
    'hinh thuc nop',
    'hinh thuc tiep nhan',
    'hinh thuc nop ho so',
    'channel',
  ],
  pauses: [
    'tam dung',
    'thoi gian tam dung',
    'cac lan tam dung',
    'tam dung bo sung',
    'yeu cau bo sung',
    'thoi gian bo sung',
    'pauses',
    'pause',
    'paused',
  ],
  pauseStart: [
    'ngay tam dung',
    'bat dau tam dung',
    'tam dung tu',
    'tam dung tu ngay',
    'ngay tam dung xu ly',
    'ngay tam dung giai quyet',
    'ngay yeu cau bo sung',
    'pause start',
    'paused at',
  ],
  pauseEnd: [
    'ngay tiep tuc',
    'ket thuc tam dung',
    'tam dung den',
    'tam dung den ngay',
    'ngay bo sung',
    'ngay nhan bo sung',
    'ngay tiep tuc xu ly',
    'ngay tiep tuc giai quyet',
    'pause end',
    'resumed',
    'resumed at',
  ],
  // A number of paused days per dossier: read only to know a dossier was paused (a count has no place on the calendar).
  pauseDays: [
    'so ngay tam dung',
    'tong so ngay tam dung',
    'so ngay tam dung bo sung',
    'so ngay bo sung',
    'so ngay cho bo sung',
    'paused days',
    'days paused',
    'pause days',
  ],
  body: [
    'co quan',
    'co quan thuc hien',
    'co quan giai quyet',
    'don vi',
    'don vi xu ly',
    'don vi tiep nhan',
    'co quan tiep nhan',
    'don vi giai quyet',
    'noi tiep nhan',
    'noi tiep nhan ho so',
    'noi giai quyet',
    'agency',
    'body',
  ],
};

// Headers of the day the result was handed to the applicant. QĐ 766/QĐ-TTg measures when processing ended (the
// result ready, "ngày có kết quả", as one-stop software measures it); the applicant may collect it days later. So a
// column of the result's readiness is taken over one of these wherever it stands, and these only when alone.
const HANDED_OVER = new Set([
  'ngay tra ket qua',
  'thoi gian tra ket qua',
  'ngay tra',
  'ngay tra kq',
  'returned',
  'returned at',
]);

// Headers of a procedure's name, which a code column wins over ("Thủ tục" too: an export with "Mã TTHC" fills it so).
const NAME_HEADERS = new Set([
  'thu tuc',
  'thu tuc hanh chinh',
  'ten thu tuc',
  'ten tthc',
  'ten thu tuc hanh chinh',
  'procedure name',
  'procedure title',
]);

// The headers of procmap's own report (the workbook's dossier sheet: "Thủ tục", "Tiếp nhận", "Có kết quả"), read back
// as its dossiers. Short and general, each yields to a header of the same field that says more ("Mã thủ tục" over
// "Thủ tục", which in another export may hold the procedure's name), wherever that stands; a name yields to a code,
// which names one procedure for sure.
const GENERAL = new Set(['tiep nhan', 'co ket qua', ...NAME_HEADERS]);

// Headers of the day the applicant submitted the dossier (online, before the office received it). The clock starts at
// receipt (tiếp nhận), so a receipt column is taken over one of these wherever it stands, and these only when alone.
const SUBMITTED = new Set(['ngay nop', 'ngay nop ho so']);

const KNOWN_BY_KEY = new Map<string, DossierField>(
  (Object.entries(KNOWN_HEADERS) as [DossierField, string[]][]).flatMap(([field, keys]) =>
    keys.map((key) => [key, field] as const),
  ),
);

// `step:receive`, `bước 2`, `buoc_2`: the moment a step ended.
const STEP_HEADER = /^(?:step|buoc)[\s:_.-]*(\S.*)$/iu;
// A step id is at most 64 characters; a longer header names none, and the pattern above backtracks quadratically
// over a long run of its separators (a hostile header of 40,000 dashes took a second).
const MAX_STEP_HEADER = 200;

// Words before what a moment's column is of, said one way or another: "Ngày giờ tiếp nhận", "Thời điểm có kết quả",
// "Thời gian hẹn trả" say what "Ngày tiếp nhận", "Ngày có kết quả", "Ngày hẹn trả" say.
const MOMENT_WORDS = /^(?:ngay gio|ngay va gio|thoi diem|thoi gian|ngay) (?=\S)/;

// The columns of one moment of a pause: "Ngày giờ tạm dừng", "Thời điểm tiếp tục" say what "Ngày tạm dừng", "Ngày
// tiếp tục" say, as exports that name a pause instead of "Yêu cầu bổ sung" word them.
const PAUSE_MOMENTS: ReadonlySet<DossierField> = new Set<DossierField>(['pauseStart', 'pauseEnd']);

/**
 * The known header a header key is, as written or, for a column of a moment (received, finished, appointment, a pause's
 * start or end), with its first words said another way; undefined when none. The pauses' own column is not read so:
 * "Thời gian tạm dừng" holds spans, "Thời điểm tạm dừng" one moment, the start.
 */
function knownKey(key: string): string | undefined {
  if (KNOWN_BY_KEY.has(key)) return key;
  const rest = key.replace(MOMENT_WORDS, '');
  if (rest === key) return undefined;
  for (const alias of [`ngay ${rest}`, `thoi gian ${rest}`, rest]) {
    const field = KNOWN_BY_KEY.get(alias);
    if (field !== undefined && (TIMED_FIELDS.has(field) || PAUSE_MOMENTS.has(field))) return alias;
  }
  return undefined;
}

/** How the common header of each required field is written, for messages: `mã thủ tục`, `ngày tiếp nhận`. */
export const EXAMPLE_HEADERS: Partial<Record<DossierField, string>> = {
  procedure: 'Mã thủ tục',
  received: 'Ngày tiếp nhận',
};

/**
 * Places every field in a file's header row: the mapping first (exact header, case and diacritics aside), then the
 * built-in headers. The first column wins when two match the same field, but for the finished moment the day the
 * result was ready wins over the day it was handed over, wherever each stands (the handed-over column is kept for
 * the rows whose ready day is empty), and for the received moment the day of receipt wins over the day of submission.
 */
export function planColumns(headers: readonly string[], mapping: ColumnMapping = {}): ColumnPlan {
  const keys = headers.map(columnKey);
  // As written, words run together: a mapping names a header either way ("maTTHC" names "MaTTHC" and "matthc" alike).
  const joined = headers.map((h) => headerKey(h));
  // A header with the format it expects after it: "Ngày tiếp nhận (dd/mm/yyyy hh:mm)".
  const bare = headers.map((h) => (FORMAT_HINT.test(h) ? columnKey(h.replace(FORMAT_HINT, '')) : undefined));
  const fields: Partial<Record<DossierField, number>> = {};
  const taken = new Set<number>();
  const unmapped: NonNullable<ColumnPlan['unmapped']> = [];
  for (const [field, wanted] of Object.entries(mapping.columns ?? {}) as [DossierField, string | string[]][]) {
    const names = (Array.isArray(wanted) ? wanted : [wanted]).flatMap((name) => [headerKey(name), columnKey(name)]);
    const column = keys.findIndex((key, i) => names.includes(key) || names.includes(joined[i]!));
    if (column >= 0) {
      fields[field] = column;
      taken.add(column);
    } else unmapped.push({ key: field, wanted: Array.isArray(wanted) ? wanted : [wanted] });
  }
  // Whether the finished column found so far is the day the result was handed over (a readiness column wins).
  let finishedHandedOver = false;
  // Whether the received column found so far is the day of submission (a receipt column wins).
  let receivedSubmitted = false;
  let handedOverColumn: number | undefined;
  // The fields whose column found so far has a general header (GENERAL): a header that says more wins.
  const general = new Set<DossierField>();
  const steps: { step: string; column: number }[] = [];
  const times: Partial<Record<TimedField, number>> = {};
  const mappedSteps = Object.entries(mapping.steps ?? {}).map(
    ([step, header]) => [step, [headerKey(header), columnKey(header)]] as const,
  );
  keys.forEach((key, column) => {
    if (taken.has(column)) return;
    const mapped = mappedSteps.find(([, names]) => names.includes(key) || names.includes(joined[column]!));
    if (mapped) {
      steps.push({ step: mapped[0], column });
      return;
    }
    const timed = timedField(key) ?? timedField(bare[column] ?? '');
    if (timed !== undefined) {
      times[timed] ??= column;
      return;
    }
    const known = knownKey(key) ?? knownKey(bare[column] ?? '');
    const field = known === undefined ? undefined : KNOWN_BY_KEY.get(known);
    if (known !== undefined && field !== undefined) {
      const handedOver = field === 'finished' && HANDED_OVER.has(known);
      const submitted = field === 'received' && SUBMITTED.has(known);
      if (fields[field] === undefined) {
        fields[field] = column;
        if (handedOver) finishedHandedOver = true;
        if (submitted) receivedSubmitted = true;
        if (GENERAL.has(known)) general.add(field);
      } else if (general.has(field) && !GENERAL.has(known) && !taken.has(fields[field])) {
        fields[field] = column;
        general.delete(field);
        if (handedOver) finishedHandedOver = true;
        if (submitted) receivedSubmitted = true;
      } else if (field === 'received' && receivedSubmitted && !submitted && !taken.has(fields[field])) {
        fields[field] = column;
        receivedSubmitted = false;
      } else if (field === 'finished' && finishedHandedOver && !handedOver && !taken.has(fields[field])) {
        handedOverColumn = fields[field];
        fields[field] = column;
        finishedHandedOver = false;
      } else if (field === 'finished' && handedOver && !finishedHandedOver && handedOverColumn === undefined) {
        handedOverColumn = column;
      }
      return;
    }
    const header = headers[column]!.normalize('NFC').trim();
    const step = header.length <= MAX_STEP_HEADER ? STEP_HEADER.exec(header.replace(/^bước/iu, 'buoc')) : null;
    if (step) steps.push({ step: step[1]!.trim(), column });
  });
  for (const [step, header] of Object.entries(mapping.steps ?? {}))
    if (!steps.some((found) => found.step === step)) unmapped.push({ key: `steps: ${step}`, wanted: [header] });
  const procedureName = nameBesideCode(keys, bare, fields, steps);
  const source = sourceColumns(keys);
  const setAside = source === undefined ? undefined : setAsideColumns(keys);
  return {
    fields,
    steps,
    headers,
    ...(handedOverColumn === undefined ? {} : { handedOver: handedOverColumn }),
    ...(procedureName === undefined ? {} : { procedureName }),
    ...(source === undefined ? {} : { source }),
    ...(setAside === undefined ? {} : { setAside }),
    ...(Object.keys(times).length === 0 ? {} : { times }),
    ...(unmapped.length === 0 ? {} : { unmapped }),
  };
}

/**
 * The column of the procedure's name beside the column the procedure is read from, when that one is no name column
 * itself (a code, an id, or the user's mapping); undefined when there is none.
 */
function nameBesideCode(
  keys: readonly string[],
  bare: readonly (string | undefined)[],
  fields: Partial<Record<DossierField, number>>,
  steps: readonly { column: number }[],
): number | undefined {
  const isName = (i: number) => NAME_HEADERS.has(keys[i]!) || NAME_HEADERS.has(bare[i] ?? '');
  if (fields.procedure === undefined || isName(fields.procedure)) return undefined;
  const used = new Set([...Object.values(fields), ...steps.map((s) => s.column)]);
  const column = keys.findIndex((_, i) => !used.has(i) && isName(i));
  return column < 0 ? undefined : column;
}

// A format in brackets after a header: "(dd/mm/yyyy hh:mm)", "(ngày/tháng/năm)".
const FORMAT_HINT = /\s*\([^()]*\)\s*$/u;
// Words of a header that holds a moment: ngày, giờ, thời gian, thời điểm, date, time.
const DATE_WORDS = /\b(ngay|gio|thoi gian|thoi diem|date|time)\b/;

// Words of a header that speaks of an appointment: hẹn (trả), hạn (but not "quá hạn", "đúng hạn", "trước hạn", "trong
// hạn", which are verdicts, nor "thời hạn" alone, often the limit in days), appointment, due.
const APPOINTMENT_WORDS = /\b(hen|appointment|due)\b|(?<!\b(qua|dung|truoc|trong|thoi) )\bhan\b/;

/** The columns the plan does not read, by header. */
function unread(plan: ColumnPlan): { header: string; key: string }[] {
  const read = new Set<number>([
    ...Object.values(plan.fields),
    ...plan.steps.map((s) => s.column),
    ...Object.values(plan.times ?? {}),
  ]);
  return plan.headers
    .map((header, column) => ({ header, key: columnKey(header), column }))
    .filter(({ column }) => !read.has(column));
}

/**
 * The headers of columns that look like moments ("Ngày …", "Thời gian …") but that the plan does not read, those that
 * speak of an appointment aside (unreadAppointmentColumns says them).
 */
export function unreadDateColumns(plan: ColumnPlan): string[] {
  return unread(plan)
    .filter(({ key }) => DATE_WORDS.test(key) && !APPOINTMENT_WORDS.test(key))
    .map(({ header }) => header);
}

// Words of a header that speaks of a pause for the applicant's additions: bổ sung, tạm dừng, tiếp tục.
const PAUSE_WORDS = /\b(bo sung|tam dung|tiep tuc)\b/;

/**
 * When the plan reads no pauses column and lacks a pause's start or end column, the headers of moment columns that
 * speak of a pause ("Ngày gửi yêu cầu bổ sung", "Ngày công dân bổ sung") but that it does not read: else the time
 * waiting for the applicant counts against the limit without a word, and a paused dossier reads late.
 */
export function unreadPauseColumns(plan: ColumnPlan): { header: string; field: 'pauseStart' | 'pauseEnd' }[] {
  const { pauses, pauseStart, pauseEnd } = plan.fields;
  if (pauses !== undefined || (pauseStart !== undefined && pauseEnd !== undefined)) return [];
  // The field to map it to, for the example: the one the plan lacks, else by its words (a request, or the end).
  const fieldOf = (key: string) =>
    pauseStart !== undefined
      ? 'pauseEnd'
      : pauseEnd !== undefined
        ? 'pauseStart'
        : /\b(yeu cau|tam dung)\b/.test(key) && !/\btiep tuc\b/.test(key)
          ? 'pauseStart'
          : 'pauseEnd';
  return unread(plan)
    .filter(({ key }) => DATE_WORDS.test(key) && PAUSE_WORDS.test(key) && !/\bso ngay\b/.test(key))
    .map(({ header, key }) => ({ header, field: fieldOf(key) }));
}

/**
 * When the plan has no appointment column, the headers of columns that speak of one ("Ngày hẹn trả hồ sơ KQ", "Hạn
 * trả") but that it does not read: else the vendor's appointments go uncompared without a word.
 */
export function unreadAppointmentColumns(plan: ColumnPlan): string[] {
  if (plan.fields.appointment !== undefined) return [];
  return unread(plan)
    .filter(({ key }) => APPOINTMENT_WORDS.test(key))
    .map(({ header }) => header);
}
