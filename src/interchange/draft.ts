import type { KeptValue } from './kept-columns.js';
import { DEFAULT_HOURS_PER_DAY, formatDurationShort, parseDuration, readDuration } from '../model/duration.js';
import type { Body, Procedure, Step } from '../model/types.js';
import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';
import { clean, fold, items, oneLine, unmarked } from './text.js';

/** Where a table's row stands in its file: a CSV file's own, a workbook's sheet, or a Word document's table ("#2"). */
export type RowPlace = { kind: 'file' } | { kind: 'sheet'; sheet: string } | { kind: 'table'; table: string };

/** Where an imported step was written: its row, and the number the officer gave it there (its TT cell). */
export interface StepOrigin {
  place: RowPlace;
  /** The row as the file's reader counts it (the number a spreadsheet shows, a Word table's row). */
  row: number;
  number?: string;
}

/** One procedure an importer read, with what has no field in the procedure (kept as a note in the file). */
export interface ImportedProcedure {
  procedure: Procedure;
  /** Lines kept in a comment at the top of the file: values procmap has no field for, never dropped. */
  notes: string[];
  /** What the officer should know about this import (draft steps, a limit tail kept in a note). */
  warnings: Translated[];
  /**
   * The row of each step, in the order of `procedure.steps`, for a step read from a table: a problem of the flow is
   * said where the officer wrote it, not in the file procmap would write.
   */
  origins?: (StepOrigin | undefined)[];
  /**
   * Fields the source does not state but a file needs, filled in (revision 1, the effective date a legal basis or a
   * decision bounds), each with the warning that says so: over an existing file, the file's own value stands. One the
   * source gives nothing for at all has `missing`, the reason a new file is not written: the value is then empty, and
   * only a file's own can fill it.
   */
  implied?: { field: 'effective' | 'revision'; warning?: Translated; missing?: Translated }[];
  /**
   * Lists the source gives only in part: a national record's legal basis is the national procedure's, not the internal
   * process's own grounds (its ISO standard, the province's decision). Over a file, what it gives is added to the
   * file's list, which stays.
   */
  partial?: 'legal_basis'[];
  /** The values of columns procmap does not read in the step and section tables, kept in `notes` (kept-columns.ts). */
  kept?: KeptValue[];
}

/** What became of one record or row of the input. */
export interface ImportOutcome {
  /** Where it came from, for the report: `record 2`, `sheet "Danh mục" row 7`. */
  source: Translated;
  imported?: ImportedProcedure;
  /** Why it was skipped, in words the officer can act on. */
  skipped?: Translated;
  /**
   * Skipped, but no problem with the input: a heading row between the data, or a sheet beside the tables that holds
   * something else (instructions, a list of abbreviations); rows or a sheet the officer hid.
   */
  passedOver?: 'heading' | 'sheet' | 'hidden' | 'owner' | 'mapping' | 'repaired';
}

/** The placeholder body of draft steps: the agency, marked as still to be assigned. */
export const DRAFT_BODY = 'CQ';

const STEP_NAME_MAX = 500;

// A line that cannot end a name: it ends with a comma, a dash or a word that joins it to the next ("và", "để"), as a
// line broken in a narrow cell does ("Tiếp nhận hồ sơ,⏎kiểm tra tính đầy đủ").
const GOES_ON = /(?:[,–-]|\s(?:và|hoặc|hay|với|cùng|để|của|cho|từ|đến|tại|theo|trong|về|khi|nếu|mà|thì|các|những))$/iu;

// A line that goes on from the one above, as a narrow cell or a pasted list breaks a name ("Thẩm định hồ sơ, trình
// lãnh đạo⏎phê duyệt"): it starts in lower case, with a comma, or with a word that joins it to the line above ("và",
// "hoặc"). A list marker ("-", "a)", "2.", "Bước 2") starts an item of its own.
const GOES_ON_FROM = /^(?:\p{Ll}|,)/u;
const JOINING_WORD = /^(?:và|hoặc|hay|rồi)\s/iu;
// A step's own marker, as a new row or line numbers it: "Bước 2", "B2", "2.", "2)", "-", "+", "a)".
const STEP_MARKER = /^(?:[-+*•·–—]|[a-zđ]\)|\d+[.)]|bước\s*\d+|b\d+\b)/iu;

/**
 * Whether `next` goes on with the name `line` starts (a name broken over two lines) rather than a line of its own: it
 * starts in lower case, with a comma or a joining word, and bears no list or step marker; and `line` starts in
 * capitals, so that lower case says something (a list written all in lower case has its items a line each).
 */
export function continuesName(line: string, next: string): boolean {
  const above = unmarked(line).replace(/^b\d+\s*[:.)-]?\s*/iu, '');
  const below = next.trim();
  if (below === '' || STEP_MARKER.test(below) || !/^\p{Lu}/u.test(above)) return false;
  return GOES_ON_FROM.test(below) || JOINING_WORD.test(below);
}

/** Two lines of one name as one: "trình lãnh đạo" and "phê duyệt" with a space, a line's opening comma with none. */
function joinedLine(line: string, next: string): string {
  const rest = next.trim();
  return rest.startsWith(',') ? `${line.trim()}${rest}` : `${line.trim()} ${rest}`;
}

/**
 * A step's name from free text: its first line, as a step table's cell names the step and details it below (a line
 * that goes on, ending with a comma or "và", is joined to the next); cut at the schema's 500 characters with the
 * whole text as description. `asWritten`: a table procmap wrote, whose number is in a column of its own, so a name that
 * opens with "Bước 1:" says so itself and keeps it.
 */
export function stepText(text: string, asWritten = false): { name: string; description?: string } {
  const lines = clean(text).split('\n');
  while (lines.length > 1 && (GOES_ON.test(lines[0]!.trim()) || continuesName(lines[0]!, lines[1]!)))
    lines.splice(0, 2, joinedLine(lines[0]!, lines[1]!));
  const [first = '', ...rest] = lines;
  // The colon that opens the lines under the name ("Bộ phận Một cửa kiểm tra hồ sơ:⏎a) …") is no part of it.
  const name = asWritten ? first.trim() : unmarked(first).replace(/(?<=\S)\s*[:：]$/u, '');
  if (name.length <= STEP_NAME_MAX) return rest.length === 0 ? { name } : { name, description: rest.join('\n') };
  return { name: `${name.slice(0, STEP_NAME_MAX - 1)}…`, description: clean(text) };
}

/**
 * Draft steps from the names of a public sequence: one body (the agency, to be assigned), 0h each, `draft: true`,
 * so the file is valid and `draft-steps` reports every step until an officer writes it. No names at all still give
 * one draft step: a procedure is never imported with silently empty steps.
 */
export function draftSteps(
  names: readonly string[],
  agency: string | undefined,
): { bodies: Record<string, Body>; steps: Step[]; warning: Translated } {
  const bodies = { [DRAFT_BODY]: { name: `${agency ?? 'Cơ quan thực hiện'} (cần phân công)` } };
  const texts = names.length > 0 ? names : ['Tiếp nhận, giải quyết hồ sơ và trả kết quả (cần viết các bước)'];
  const steps = texts.map((text, i): Step => ({
    id: `s${i + 1}`,
    ...stepText(text),
    body: DRAFT_BODY,
    duration: '0h',
    draft: true,
  }));
  const warning = names.length > 0 ? said('draftSteps', { count: steps.length }) : said('noSequence');
  return { bodies, steps, warning };
}

// A step of a public sequence by its number, "Bước 1: …": where the steps are so numbered, the lines under one detail it.
const NUMBERED_STEP = /^bước\s+\d+/iu;

/**
 * The steps a public sequence names, one per line; where lines number their steps ("Bước 1: …", "Bước 2: …"), each
 * with the lines under it ("- Trường hợp nộp trực tuyến: …") as its details, on the lines after its name.
 */
export function sequenceItems(text: string): string[] {
  const lines = items(text);
  const raw = clean(text)
    .split('\n')
    .filter((line) => unmarked(line).length > 0);
  if (raw.length !== lines.length) return lines;
  if (!raw.some((line) => NUMBERED_STEP.test(line))) return joinedNames(raw, lines);
  const steps: string[] = [];
  raw.forEach((line, i) => {
    if (NUMBERED_STEP.test(line) || steps.length === 0) steps.push(lines[i]!);
    else steps[steps.length - 1] += `\n${line}`;
  });
  return steps;
}

/**
 * The items of a list of step names, each line that goes on from the one above (continuesName) joined to it: "Thẩm
 * định hồ sơ, trình lãnh đạo⏎phê duyệt" is one step. `raw`: the lines as written; `lines`: the same without markers.
 */
function joinedNames(raw: readonly string[], lines: readonly string[]): string[] {
  const names: string[] = [];
  // The line each name starts on: its capital is what a lower-case line is told apart by.
  let first = '';
  raw.forEach((line, i) => {
    if (names.length > 0 && continuesName(first, line)) {
      names[names.length - 1] = joinedLine(names[names.length - 1]!, lines[i]!);
      return;
    }
    names.push(lines[i]!);
    first = line;
  });
  return names;
}

/**
 * Entries of a list, each that goes on from the one before joined to it, as a two-line name in a Word cell: the
 * national record splits a long name over entries ("Tiếp nhận hồ sơ," then "kiểm tra tính đầy đủ"), and each piece
 * alone would be a step or a paper of its own. An entry goes on when the one before ends as no name can (a comma,
 * "và") or when it starts as a line that goes on does (continuesName).
 */
export function joinedEntries(entries: readonly string[]): string[] {
  const joined: string[] = [];
  // The line the name being joined starts on: its capital is what a lower-case entry is told apart by.
  let first = '';
  for (const entry of entries) {
    const last = joined.at(-1)?.split('\n').at(-1) ?? '';
    if (joined.length > 0 && (GOES_ON.test(last.trim()) || continuesName(first, entry))) {
      joined[joined.length - 1] = joinedLine(joined.at(-1)!, entry);
      continue;
    }
    joined.push(entry);
    first = entry.split('\n')[0] ?? '';
  }
  return joined;
}

/** A level from how catalogs write it (`Cấp Tỉnh`, `cap xa`, `province`); undefined when absent or several. */
export function levelOf(text: string): Procedure['level'] | undefined {
  // "Thành phố trực thuộc trung ương" is a province; "thị xã" a district-level town, not a commune.
  const t = fold(text)
    .replace(/\bthanh pho truc thuoc trung uong\b/g, 'tinh')
    .replace(/\bthi xa\b/g, 'huyen');
  const found = new Set<NonNullable<Procedure['level']>>();
  if (/\b(trung uong|bo|central)\b/.test(t)) found.add('central');
  if (/\b(tinh|province)\b/.test(t)) found.add('province');
  if (/\b(huyen|district)\b/.test(t)) found.add('district');
  if (/\b(xa|phuong|thi tran|commune)\b/.test(t)) found.add('commune');
  return found.size === 1 ? [...found][0] : undefined;
}

// The unit words a limit starts with, longest first; the text after them may be a legal tail such as "kể từ ngày…".
const LIMIT_HEAD =
  /^(\d+(?:[.,]\d+)?)\s*(giờ làm việc|ngày làm việc|working hours?|working days?|calendar days?|giờ|tiếng|ngày|days?|hours?|h|d|cd)(?=$|[\s,.;:(])/iu;

// Another time after the leading one ("04 giờ" after "01 ngày làm việc", "30 phút" after "04 giờ"): no legal tail,
// but part of the time, which the leading number and unit alone would shorten.
const MORE_TIME =
  /^(?:và |\+ ?)?\d+(?:[.,]\d+)?\s*(?:giờ|tiếng|phút|ngày|h|d|min|days?|hours?|minutes?)(?![\p{L}\p{N}])/iu;

/** A duration as the import writes it: the text, and for days and hours written together, the parts it joined. */
export interface WrittenDuration {
  value: string;
  /** What follows the leading number and unit, kept in a note: a legal tail procmap does not read. */
  tail?: string;
  /** Days and hours together ("01 ngày làm việc 04 giờ"), written as working hours on the catalog's calendar. */
  joined?: { days: number; hours: number; perDay: number };
}

/**
 * A limit or duration as written, when procmap reads it: the whole text (a legal tail included), else its leading
 * number and unit with the rest returned as a tail to keep in a note. Days and hours together, which a procedure file
 * refuses, are one time in working hours of a `hoursPerDay` working day (the catalog's calendar): `12h`. Undefined
 * when it starts with no duration procmap knows, or with one that another time follows: the head alone would be less.
 */
export function writtenDuration(text: string, hoursPerDay = DEFAULT_HOURS_PER_DAY): WrittenDuration | undefined {
  const whole = oneLine(text);
  const head = LIMIT_HEAD.exec(whole);
  // The national record writes units capitalised ("15 Ngày làm việc"); procmap's files write them in lower case.
  // Only the leading number and unit are folded: a legal tail ("kể từ ngày nhận đủ hồ sơ hợp lệ") stays as written,
  // and since parseDuration keeps such a tail as the limit's note, the whole text is the value.
  // A limit in words alone ("Trong ngày làm việc") is a sentence, not a number's unit: its capital is the writer's, and
  // folding it made the export's cell read back as another spelling (`diff`: "cách viết khác").
  const lower = head
    ? head[0].toLowerCase() + whole.slice(head[0].length)
    : whole.replace(/\p{L}[\p{L} ]*$/u, (unit, at: number) => (at === 0 ? unit : unit.toLowerCase()));
  const reading = readDuration(lower);
  if (reading.ok) return { value: lower };
  if (reading.problem.code === 'daysAndHours') return joinedDuration(reading.problem, hoursPerDay);
  if (!head) return undefined;
  const value = `${head[1]} ${head[2]!.toLowerCase()}`;
  if (!parseDuration(value)) return undefined;
  const tail = whole
    .slice(head[0].length)
    .replace(/^[\s,.;:]+/, '')
    .trim();
  if (MORE_TIME.test(tail)) return undefined;
  return tail ? { value, tail } : { value };
}

/**
 * What the report says of days and hours written together (`joined`), read as one time in working hours: the text as
 * written, the time written and the working day it was counted with. `limit` for the procedure's limit, else a step's time.
 */
export function joinedSaid(text: string, written: WrittenDuration, limit = false): Translated | undefined {
  if (!written.joined) return undefined;
  const { days, hours, perDay: day } = written.joined;
  const perDay = String(day);
  return said('joinedTime', {
    what: limit ? { en: 'time limit', vi: 'thời hạn' } : { en: 'time', vi: 'thời gian' },
    time: oneLine(text),
    // The hours alone: a legal tail after them stays as written.
    value: formatDurationShort({ value: days * day + hours, unit: 'h' }),
    perDay: { en: perDay, vi: perDay.replace('.', ',') },
  });
}

/** Days and hours written together, as working hours of a `perDay` working day, the legal tail after them kept. */
function joinedDuration(
  problem: { days: number; hours: number; note?: string },
  perDay: number,
): WrittenDuration | undefined {
  const { days, hours, note } = problem;
  const value = formatDurationShort({
    value: days * perDay + hours,
    unit: 'h',
    ...(note === undefined ? {} : { note }),
  });
  return parseDuration(value) ? { value, joined: { days, hours, perDay } } : undefined;
}
