/**
 * Officers' ways of writing a value, and the one canonical form each becomes. The schema accepts the forms; this
 * module checks what a JSON Schema cannot state (a real date, a level word, a name Windows reserves) and, once a
 * file is valid, turns it into the canonical Procedure every later stage reads.
 */
import { forEachDataString } from './data-strings.js';
import { memoByText } from './text-memo.js';
import { splitOutsideBrackets } from './bracket-split.js';
import { joinNames } from '../i18n.js';
import { LEVEL_NAMES } from './levels.js';
import {
  formatClock,
  formatDay,
  MERIDIEM_WORDS,
  meridiemHour,
  parseClock,
  readDay,
  type DayReading,
} from '../time/moment.js';
import { formatDmy, weekdayName } from '../time/units.js';
import { isUnknownTime } from '../time/draft.js';
import { cutoffAppliesTo } from '../time/cutoff-scope.js';
import { uncountedWords } from './uncounted.js';
import { asciiBodyKey, bodiesOfList, bodiesOfNames, bodyOfName, LISTED_PROPERTIES, listedBody } from './body-keys.js';
import { parseDuration, readDuration } from './duration.js';
import { vietnameseNumber } from './number-words.js';
import { channelOf, channelsNamed, channelNote } from './channel-words.js';
import { dataObject, isMap } from './data-object.js';
import { asciiWords, foldCase, foldToAscii, withoutDiacritics, withoutMarks } from './fold.js';
import { spelledOutName } from './abbreviations.js';
import { bodyLooselyNamed } from './loose-names.js';
import { inLatin } from './homoglyphs.js';
import { romanNumber } from './roman-numerals.js';
import { closest, sameStepNumber } from './suggest.js';
import { nothingSaid } from './none-words.js';
import { withCanonicalDossier } from './dossier-canonical.js';
import { canonicalFeeText, feeText, isZeroFee } from './fee-amount.js';
import { itemMarksOf, textBulletOf, withoutItemBullet } from './item-bullet.js';
import type { Channel, NodePath, Procedure, Signatory, Step } from './types.js';
import type { InputBody } from './generated/procedure-input.js';
import { lazyPattern } from './lazy-pattern.js';
import { officerStepNumber } from './step-numbers.js';
import { printsNothing } from './control-characters.js';
import { listedBranch, listedBranchFault, type ListedBranchFault } from './listed-branches.js';

/** A level as stored: the English value. */
export type Level = NonNullable<Procedure['level']>;

// Vietnamese names of the levels (Law on Organisation of Local Government 2025: tỉnh/thành phố and xã/phường/đặc
// khu; huyện/quận/thị xã before 01/7/2025), matched lower-case after "cấp" is removed.
const LEVEL_WORDS: ReadonlyMap<string, Level> = new Map([
  ['central', 'central'],
  ['province', 'province'],
  ['district', 'district'],
  ['commune', 'commune'],
  ['trung ương', 'central'],
  ['bộ', 'central'],
  ['tỉnh', 'province'],
  ['thành phố', 'province'],
  // A Sở (department) is a body of the province's People's Committee: "Cấp Sở" is how departments name their level.
  ['sở', 'province'],
  ['huyện', 'district'],
  ['quận', 'district'],
  ['thị xã', 'district'],
  ['xã', 'commune'],
  ['phường', 'commune'],
  ['thị trấn', 'commune'],
  ['đặc khu', 'commune'],
  // Typed without accents, where there is no Vietnamese keyboard.
  ['trung uong', 'central'],
  ['bo', 'central'],
  ['tinh', 'province'],
  ['thanh pho', 'province'],
  ['so', 'province'],
  ['huyen', 'district'],
  ['quan', 'district'],
  ['thi xa', 'district'],
  ['xa', 'commune'],
  ['phuong', 'commune'],
  ['thi tran', 'commune'],
  ['dac khu', 'commune'],
]);

/** The level each part of a level text names: `Xã/phường` two communes, `UBND cấp xã` one; a remark in brackets aside. */
function levelsIn(text: string): (Level | undefined)[] {
  const words = foldCase(text)
    .replace(/[.;]$/, '')
    .replace(/ ?\([^()]*\)$/, '')
    .replace(/^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|uy ban nhan dan) /, '')
    // "Liên thông xã - tỉnh", as national records head a joint procedure: the levels it joins.
    .replace(/^(?:(?:một cửa|mot cua) )?(?:liên thông|lien thong):? /, '');
  return words
    .split(/\s*[,/;–—]\s*|\s+-\s+|(?<=\p{L})-(?=\p{L})|\s+(?:và|hoặc|với|va|hoac|voi)\s+/u)
    .map((part) => LEVEL_WORDS.get(part.replace(/^(?:cấp|cap) /, '')));
}

/**
 * The level to suggest for a joint (liên thông) procedure whose national record lists several: that of `agency`, the
 * body that settles the dossier, when it names one of them; else the first listed, as an example only.
 */
function settlingLevel(levels: Level[], data: Record<string, unknown>): { levelVi: string; levelEn: Level } {
  const written = typeof data.agency === 'string' ? data.agency : undefined;
  // A regional branch settling a joint procedure of a commune and a province is the province's, no commune office.
  const agency =
    written === undefined ? undefined : (levelOf(written) ?? (isRegional(written) ? 'province' : undefined));
  const level = agency !== undefined && levels.includes(agency) ? agency : levels[0]!;
  return { levelVi: LEVEL_NAMES.vi.formal[level], levelEn: level };
}

// "Khu vực": since 01/7/2025 no level of government; the regional branches of that name belong to the body they branch.
const REGIONAL = /(?:^|\s)(?:khu vực|khu vuc)(?:\s|$)/;

/** Whether a text names a regional branch (`Khu vực`, `Chi nhánh Văn phòng đăng ký đất đai khu vực Thuận Thành`). */
function isRegional(text: string): boolean {
  return REGIONAL.test(foldCase(text));
}

/**
 * The level a text names (`xã`, `Cấp tỉnh`, `province`, any letter case; `UBND cấp xã`, `Xã/phường`, `Cấp tỉnh (Sở
 * Tư pháp)`: words of one level, a remark in brackets), or undefined, as for words of two levels (`Cấp tỉnh, cấp xã`).
 */
export function levelOf(text: string): Level | undefined {
  // The stored spellings first: Vietnamese lower-casing loads the locale's data on its first call (about 20 ms).
  const stored = LEVEL_WORDS.get(text);
  if (stored !== undefined) return stored;
  const levels = new Set(levelsIn(text));
  return levels.size === 1 ? [...levels][0] : undefined;
}

// Yes and no as officers write them in a table; YAML itself reads only true and false. schemas/procedure.schema.json's
// `flag` accepts the same words.
const FLAG_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['có', true],
  ['không', false],
  ['đúng', true],
  ['sai', false],
  ['có áp dụng', true],
  ['áp dụng', true],
  ['không áp dụng', false],
  // Typed without accents.
  ['co', true],
  ['khong', false],
  ['dung', true],
  ['co ap dung', true],
  ['ap dung', true],
  ['khong ap dung', false],
  ['yes', true],
  ['no', false],
  ['true', true],
  ['false', false],
  // A tick in a table's column, copied as is: Vietnamese forms mark what applies with "x" ("đánh dấu x"), and a check
  // mark says yes everywhere. A cross that is not a letter (✗, ✘, ❌) means no in some tables and ticked in others:
  // refused (CROSS_MARKS), as an empty cell or a dash is.
  ['x', true],
  ['✓', true],
  ['✔', true],
  ['☑', true],
  ['✅', true],
]);

/** Marks in a yes-or-no cell that mean yes in one table and no in another: refused with their own advice. */
export const CROSS_MARKS: ReadonlySet<string> = new Set(['✗', '✘', '❌', '☒', '×', '✕', '✖']);

/** The yes or no a flag's text says (`có`, `Không`, `yes`, a tick `x` or `✓`, any letter case), or undefined. */
export function flagOf(text: string): boolean | undefined {
  // An emoji's presentation selector (✔️) is part of how the mark is drawn, not of what it says.
  return FLAG_WORDS.get(foldCase(text).replace(/\uFE0F/g, ''));
}

/**
 * The keys of the bodies whose name is `written`, letter case and spacing aside; or, when none, whose name it is
 * without accents (`Phong Tu phap`, typed where there is no Vietnamese keyboard); or, when none, with a common
 * abbreviation spelled out (`Lãnh đạo UBND xã` for `Lãnh đạo Ủy ban nhân dân xã`); or, when none, the one body whose
 * name it is but for punctuation, dashes, "và" and initials (`Phòng KT-HT-ĐT`); look-alike letters read as Latin.
 */
export function bodiesNamed(bodies: Readonly<Record<string, { name: string }>>, written: string): string[] {
  // A name with look-alike letters ("Văn hόa" with a Greek "ό") is read as it reads, as a key with them is:
  // lookalike-letters is the one problem said about it.
  const name = foldCase(inLatin(written));
  const keys = Object.keys(bodies);
  // Both sides so: a name declared with the same look-alike letters is that body.
  const exact = keys.filter((key) => foldCase(inLatin(bodies[key]!.name)) === name);
  if (exact.length > 0) return exact;
  const bare = withoutDiacritics(name);
  const unaccented = keys.filter((key) => withoutDiacritics(foldCase(bodies[key]!.name)) === bare);
  if (unaccented.length > 0) return unaccented;
  const spelled = spelledOutName(inLatin(written));
  if (spelled === '') return [];
  const spelledKeys = keys.filter((key) => spelledOutName(bodies[key]!.name) === spelled);
  return spelledKeys.length > 0 ? spelledKeys : bodyLooselyNamed(bodies, inLatin(written));
}

// A revision as the ISO header writes it: "Lần ban hành: 02", "Lần ban hành thứ 2", "Lần 2", "Ban hành lần 3", "02"; or in words after "lần", as a history
// table writes it: "Lần thứ hai", "Ban hành lần đầu" (schemas/procedure.schema.json's `revision` lets words through
// after "lần", and valueProblems refuses those that are no number).
const REVISION_TEXT = /^\s*(?:(?:ban hành\s+)?lần(?:\s+ban hành)?(?:\s+thứ)?\s*(?::\s*)?)?(\d+)\s*$/iu;
// The same typed without accents: "Lan 2", "Lan ban hanh: 02".
const REVISION_ASCII = /^\s*(?:(?:ban hanh\s+)?lan(?:\s+ban hanh)?(?:\s+thu)?\s*(?::\s*)?)?(\d+)\s*$/i;
// A Roman numeral after the words of either, with or without accents: "Lần thứ II", "Lần ban hành: III".
const REVISION_ROMAN = /^\s*(?:ban hanh\s+)?lan(?:\s+ban hanh)?(?:\s+thu)?\s*(?::\s*|\s)\s*([IVXLCDM]+)\s*$/i;
// Greedy to the end, trimmed after: a lazy group before trailing spaces backtracks on long runs of them.
const REVISION_WORDS = lazyPattern(() => /^\s*(?:ban hành\s+)?lần(?:\s+ban hành)?(?:\s+thứ)?\s+(\p{L}[\p{L} ]*)$/iu);
const FIRST = new Set(['đầu', 'đầu tiên', 'nhất']);

/** The revision number a value gives (`2`, `"02"`, `Lần ban hành: 02`, `Lần thứ hai`, `Ban hành lần đầu`), or undefined. */
export function revisionOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFC');
  const digits = REVISION_TEXT.exec(text)?.[1] ?? REVISION_ASCII.exec(withoutDiacritics(text))?.[1];
  if (digits !== undefined) return Number(digits);
  // After "lần" a capital numeral is a number, never a letter: "Lần thứ II", "Lần ban hành: III".
  const roman = romanNumber(REVISION_ROMAN.exec(withoutDiacritics(text))?.[1] ?? '');
  if (roman !== undefined) return roman;
  const words = REVISION_WORDS().exec(text)?.[1]?.toLowerCase().replace(/\s+/g, ' ').trim();
  if (words === undefined) return undefined;
  const number = FIRST.has(words) ? 1 : vietnameseNumber(words);
  return number !== undefined && number >= 1 ? number : undefined;
}

/**
 * A procedure's lists that a single text may stand for (`legal_basis: Nghị định 23/2015/NĐ-CP`, `records: Sổ chứng
 * thực`), as a list of that one item. `applicants` keeps its text: "Cá nhân, tổ chức" is one sentence, printed as written.
 */
export const PROCEDURE_LISTS = ['legal_basis', 'conditions', 'dossier', 'records', 'forms', 'definitions'] as const;
/** A step's lists that a single text may stand for. */
export const STEP_LISTS = ['inputs', 'outputs', 'forms'] as const;

/**
 * A list as the model holds it: one text is a list of that one item; a list whose only item says there is none
 * (`conditions: Không`, `inputs: [Không có]`) is empty, and one that says nothing is laid down yet (`Chưa quy định`)
 * is left out, as procmap's documents print it. Anything else is left for the schema to judge.
 */
function listOf(value: unknown): unknown {
  // An item written as a list's item may still hold the bullet or number pasted with it (`- • Nam từ đủ 20 tuổi`,
  // `- 1. Luật …`, numbered in order): one mark per item. One text alone keeps its first character, which may be a
  // text's own ("+84 …"), unless it is two marks (`"- • Luật Đất đai 2024"`), which no text begins with (bulleted-list).
  const items =
    typeof value === 'string'
      ? [value.slice(textBulletOf(value).length)]
      : Array.isArray(value)
        ? ((marks) => value.map((item, i) => (typeof item === 'string' ? item.slice(marks[i]!.length) : item)))(
            itemMarksOf(value),
          )
        : value;
  if (!Array.isArray(items) || items.length !== 1 || typeof items[0] !== 'string') return items;
  const said = nothingSaid(items[0]);
  return said === 'none' ? [] : said === 'unset' ? undefined : items;
}

/** Sets a list in a copy of the data, or leaves it out when it is undefined. */
function setList(copy: Record<string, unknown>, key: string, list: unknown): void {
  if (list === undefined) delete copy[key];
  else copy[key] = list;
}

/** Where a procedure holds a list that may be written as one text, as paths into its data. */
export function listPaths(data: Record<string, unknown>): NodePath[] {
  const paths: NodePath[] = PROCEDURE_LISTS.map((key) => [key]);
  if (Array.isArray(data.steps))
    data.steps.forEach((_, i) => STEP_LISTS.forEach((key) => paths.push(['steps', i, key])));
  return paths;
}

/** Where a procedure holds yes-or-no values, as paths into its data. */
export function flagPaths(data: Record<string, unknown>): NodePath[] {
  const paths: NodePath[] = [['four_on_the_spot']];
  if (isMap(data.bodies))
    for (const id of Object.keys(data.bodies)) paths.push(['bodies', id, 'single_window'], ['bodies', id, 'on_site']);
  if (Array.isArray(data.bodies))
    data.bodies.forEach((item, i) => {
      // `- { name: …, single_window: có }` holds its flags itself; `- BPMC: { name: …, single_window: có }` one deeper.
      const at: NodePath =
        isMap(item) && !Object.hasOwn(item, 'name') ? ['bodies', i, ...Object.keys(item)] : ['bodies', i];
      paths.push([...at, 'single_window'], [...at, 'on_site']);
    });
  if (Array.isArray(data.steps))
    data.steps.forEach((_, i) => paths.push(['steps', i, 'draft'], ['steps', i, 'counted']));
  return paths;
}

/** The canonical `HH:MM` of a time of day written any way parseClock reads; undefined when it is not one. */
export function canonicalClock(text: string): string | undefined {
  const minute = parseClock(text);
  return minute === undefined ? undefined : formatClock(minute);
}

// A cutoff as officers also write it: "15.00" (the Vietnamese way), "15:00:00" (a spreadsheet's), "15 : 00", after the
// law's own word, "sau 15 giờ", and with its part of the day, "3 giờ chiều", "3h chiều", "3:00 PM" (15:00, as
// --received reads it). schemas/procedure.schema.json's `cutoff` accepts the same.
const CUTOFF_AFTER = /^(?:(?:sau|từ|tu|after) +)?(.*)$/isu;
const DOTTED_CLOCK = /^(\d{1,2}) *[:.] *(\d{2})(?::\d{2})?$/;
const WITH_MERIDIEM = new RegExp(`^(.*?\\d.*?) *(${MERIDIEM_WORDS})$`, 'iu');
// An hour before offices open (7:00) written without its part of the day, "3 giờ", "3h", "3:00": 3 in the afternoon,
// as people say the hour, or 3 at night on the 24-hour clock. Two digits, "03:00", as procmap writes it, are the
// 24-hour clock.
const EARLY_HOUR = /^[1-6](?!\d)/;

/** The minutes since midnight of a cutoff's clock, its part of the day (sáng, chiều) read; undefined when none. */
function cutoffMinute(clock: string): number | undefined {
  const said = WITH_MERIDIEM.exec(clock);
  const dotted = DOTTED_CLOCK.exec(said ? said[1]! : clock);
  const minute = parseClock(dotted ? `${dotted[1]}:${dotted[2]}` : said ? said[1]! : clock);
  if (minute === undefined || !said) return minute;
  const hour = meridiemHour(Math.floor(minute / 60), said[2]!);
  return hour === undefined ? undefined : hour * 60 + (minute % 60);
}

/** The canonical `HH:MM` of a cutoff written any way officers write one; undefined when it is not one or is ambiguous. */
export function canonicalCutoff(text: string): string | undefined {
  const minute = clockMinute(CUTOFF_AFTER.exec(text.trim())![1]!);
  return minute === undefined ? undefined : formatClock(minute);
}

/**
 * The minutes since midnight of a time of day written as a cutoff may be ("15.00", "13g30", "3 giờ chiều", "1:30 CH");
 * undefined when it is not one, or is an hour before 7:00 without its part of the day (ambiguousHour).
 */
export function clockMinute(text: string): number | undefined {
  const clock = text.trim().normalize('NFC');
  return ambiguousHour(clock) !== undefined ? undefined : cutoffMinute(clock);
}

/**
 * The hour a cutoff names when it can be read two ways: an hour before offices open without its part of the day
 * ("sau 3 giờ": 15:00 or 03:00); undefined otherwise. procmap asks rather than guess either.
 */
export function ambiguousHour(text: string): number | undefined {
  const clock = CUTOFF_AFTER.exec(text.trim().normalize('NFC'))![1]!;
  if (WITH_MERIDIEM.test(clock) || !EARLY_HOUR.test(clock) || cutoffMinute(clock) === undefined) return undefined;
  return Number(/^\d+/.exec(clock)![0]);
}

// The hour after which a same-day limit moves to the next working day, as the law words it: "hoặc trong ngày làm việc
// tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ" (Decree 23/2015/NĐ-CP, Art. 7), "sau 15h30", "sau 3 giờ chiều", "after
// 15:00"; with or without accents. Or the hour before which a dossier counts the same day, when the words say it is the
// receipt's ("nếu tiếp nhận trước 15 giờ"; not "trả kết quả trước 17 giờ", the hour of return).
const CUTOFF_WORDS = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?:^|[\s(])(?:sau|từ|tu|quá|qua|after|(?:tiếp nhận|tiep nhan|nhận|nhan|nộp|nop)(?: hồ sơ| ho so| yêu cầu| yeu cau)? (?:trước|truoc)|received before) ((\d{1,2}) ?(?:giờ|gio|h|g|:) ?(\d{2})?(?: ?(?:phút|phut))?(?: ?(?:${MERIDIEM_WORDS}))?)(?![\p{L}\d])`,
      'iu',
    ),
);

/**
 * The cutoff a same-day limit states in its own words ("… nếu tiếp nhận sau 15 giờ" → "15:00"), for a file that does
 * not write `cutoff:`; undefined for any other limit, and for an hour that can be read two ways (ambiguousCutoffInLimit).
 * "Từ 15 giờ" gives 15:00 too: a dossier received at 15:00 sharp then counts the same day, the stricter of the two
 * readings for the on-time checks.
 */
export function cutoffInLimit(limit: string): string | undefined {
  const note = cutoffNote(limit);
  return note === undefined ? undefined : cutoffInWords(note);
}

// Where a limit in working time says that a late dossier counts from the next working day ("02 ngày làm việc …;
// trường hợp nhận hồ sơ sau 15 giờ thì thời hạn tính từ ngày làm việc tiếp theo"): without these words an hour in its
// note is something else (the hour the result is handed back, say), so it is no cutoff.
const NEXT_WORKING_DAY =
  /(?:ngày|ngay) (?:làm việc|lam viec) (?:tiếp theo|tiep theo|kế tiếp|ke tiep)|next working day/iu;

/**
 * The words of a limit that may name its cutoff: a same-day limit's note, or a note of a limit in working time that
 * moves late dossiers to the next working day (the law words both the same way, and the count is the same: from the
 * next working day's opening); undefined for any other limit.
 */
function cutoffNote(limit: string): string | undefined {
  const duration = parseDuration(limit);
  if (duration?.note === undefined) return undefined;
  if (duration.unit === 'sameday') return duration.nextDay === undefined ? duration.note : undefined;
  return cutoffAppliesTo(duration.unit) && NEXT_WORKING_DAY.test(duration.note.normalize('NFC'))
    ? duration.note
    : undefined;
}

/** The hour a sentence names as the cutoff ("Trường hợp nhận hồ sơ sau 15 giờ thì …" → "15:00"), or undefined. */
export function cutoffInWords(text: string): string | undefined {
  const words = CUTOFF_WORDS().exec(text);
  return words ? canonicalCutoff(words[1]!) : undefined;
}

/** The words of a same-day limit's cutoff when their hour can be read two ways ("sau 3 giờ"), or undefined. */
export function ambiguousCutoffInLimit(limit: string): string | undefined {
  const note = cutoffNote(limit);
  if (note === undefined) return undefined;
  const words = CUTOFF_WORDS().exec(note);
  return words && ambiguousHour(words[1]!) !== undefined ? words[1]! : undefined;
}

/** The canonical `YYYY-MM-DD` of a date written either way; undefined when it is not a real date. */
function canonicalDate(text: string): string | undefined {
  const reading = dayReading(text);
  return reading !== undefined && 'day' in reading ? formatDay(reading.day) : undefined;
}

// The dates already read: valueProblems checks a file's dates and canonicalProcedure then writes them, and a catalog's
// files share their dates (one effective date for a decision's procedures). Readings are shared, never changed.
const dayReading = memoByText<DayReading>(readDay);

/** A `note` to spread into a map, or nothing. */
const optionalNote = (note: string | undefined) => (note === undefined ? {} : { note });

/** What a `next` target can name a step by, as read (a file's step) or made (an imported one). */
type StepNaming = { readonly id?: unknown; readonly name?: unknown };

/** Whether a value is written as text or a number, as an id or a name must be. */
const isScalarText = (value: unknown): value is string | number =>
  typeof value === 'string' || typeof value === 'number';

// The colon or full stop after a step's heading as the national portal prints it ("Bước 1:", "B1.", "Bước 1：" typed
// with a full-width colon): a mark of the heading, not of the step, whatever the id. A full stop is dropped only after
// a step number, since a word id may end in one ("v.v.").
const HEADING_COLON = /\s*[:：]$/u;
const HEADING_STOP = /\s*\.$/u;
// A numbered list's bracket, as a decision's step list writes its items: "a)", "1)", "(1)". The schema takes no other
// bracket in an id, so the one closing it (and the one opening it, when written) is the list's, never the id's.
const LIST_BRACKETS = /^\(\s*(.+?)\s*\)$|^(.+?)\s*\)$/u;
// A step number with zeros after its point (`2.0`, `2.00`): the number 2 to YAML, and to the officer step 2, never a
// sub-step numbered 0 (sub-steps count from 1). Read as step 2, as it always was, and canonical-step-id asks for "2".
const ZERO_DECIMALS = /^(\d+)\.0+$/;

/**
 * A step id as stored: text, spaces trimmed and single, a heading's colon or full stop dropped (`1` → "1",
 * " Bước  1 " → "Bước 1", "Bước 1:", "Bước 1." and "Bước 1 -" → "Bước 1", "B1:" → "B1", "2.0" → "2", "a)", "a." and "(1)"
 * → "a", "a", "1", "II." → "II").
 */
export function canonicalStepId(id: string | number): string {
  const written = String(id);
  // "2.0" is printable ASCII too: the zeros are looked for first (an anchored digit, so word ids fail at once).
  if (isBareId(written) && !ZERO_DECIMALS.test(written)) return written;
  return stepIdByPatterns(written);
}

/** canonicalStepId through its patterns alone, without the look that passes bare ids by (compared in the tests). */
export function stepIdByPatterns(written: string): string {
  const spaced = written.trim().replace(/\s+/g, ' ').replace(HEADING_COLON, '');
  const listed = LIST_BRACKETS.exec(spaced);
  const text = listed === null ? spaced : (listed[1] ?? listed[2])!;
  const zeros = ZERO_DECIMALS.exec(text);
  if (zeros !== null) return zeros[1]!;
  const stopless = text.replace(HEADING_STOP, '').replace(HEADING_DASH, '');
  return stopless !== text && stopless !== '' && isListMark(stopless) ? stopless : text;
}

// A heading's dash before its name, the name left out: "Bước 1 - Tiếp nhận hồ sơ" copied as "Bước 1 -".
const HEADING_DASH = /\s+-$/u;
// A list item's letter, as a decision marks its points ("a.", "đ."): one letter, in either case.
const ITEM_LETTER = /^\p{L}$/u;

/**
 * Whether an id without its full stop or dash is what a list numbers an item with: a step's number (`1`, `B2`, `Bước
 * 3`), a point's letter (`a`) or a Roman numeral in capitals (`II`); a word (`nhan`) keeps the stop as its own.
 */
function isListMark(text: string): boolean {
  return officerStepNumber(text) !== undefined || ITEM_LETTER.test(text) || romanNumber(text) !== undefined;
}

/**
 * Whether a step id is already as stored: printable ASCII alone (no space, which is all that trimming and single spaces
 * change) and no colon or full stop at its end (`s1`, `B2`, `tiep-nhan`), as nearly every id is. Why: canonicalStepId
 * runs for every step and every `next` target, and its patterns cost more than this look at the characters.
 */
function isBareId(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  // An empty text, or one ending in ":", "." or a list's ")", is left to the patterns.
  if (text.length === 0 || last === 0x3a || last === 0x2e || last === 0x29) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f) return false;
  }
  return true;
}

// The schema's step id ($defs/stepId): letters of any script with their marks, digits, spaces, ".", "-" and "_", and a
// heading's colon or a numbered list's bracket at the end, or its brackets around it (canonicalStepId drops them).
export const STEP_ID_PATTERN =
  /^(?:[\p{L}\p{N}][\p{L}\p{M}\p{N} ._-]*[:：)]?|\([\p{L}\p{N}][\p{L}\p{M}\p{N} ._-]*\))$/u;

/** Whether a text is a step id the schema accepts (at most 64 characters). */
export function isStepId(text: string): boolean {
  return text.length <= 64 && STEP_ID_PATTERN.test(text);
}

// Device names Windows refuses as file names, with or without an extension; documents are named after the id.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** Whether an id cannot be a file name on Windows (CON, nul.txt, COM1). */
function isWindowsDeviceName(id: string): boolean {
  return WINDOWS_DEVICE.test(id);
}

// The schema's procedure id (properties.id.pattern; test/model/date-forms.test.ts holds them equal). Đ and đ are the
// only letters beyond ASCII: officers' codes keep them (QT-ĐKKD-01); file names write them as D and d (id-file-name.ts).
export const PROCEDURE_ID_PATTERN = /^[A-Za-z0-9Đđ](?:[A-Za-z0-9Đđ._-]*[A-Za-z0-9Đđ_-])?$/;

/**
 * The nearest procedure id to a code as written (`QT-01/UBND` → `QT-01-UBND`, `QT.Tư pháp.01` → `QT.Tu-phap.01`,
 * `QT-ẤP-01` → `QT-AP-01`, Đ kept), for the message that refuses it; undefined when nothing usable is left.
 */
export function procedureIdLike(written: string): string | undefined {
  const dashed = withoutMarks(inLatin(written))
    .replace(/[^A-Za-z0-9Đđ._-]+/g, '-')
    .replace(/^[._-]+/, '');
  // The trailing dots and dashes counted off by hand: `[.-]+$` retries at every dash of a long run (quadratic).
  let end = dashed.length;
  while (end > 0 && (dashed[end - 1] === '.' || dashed[end - 1] === '-')) end--;
  const id = dashed.slice(0, end).slice(0, 64);
  return PROCEDURE_ID_PATTERN.test(id) && !isWindowsDeviceName(id) ? id : undefined;
}

/** A value the schema let through that is still wrong, as a message id and its data; schema.ts words it. */
export interface ValueProblem {
  path: NodePath;
  messageId:
    | 'noMonth'
    | 'noDay'
    | 'farYear'
    | 'weekday'
    | 'level'
    | 'levels'
    | 'regionalLevel'
    | 'channel'
    | 'channelGrades'
    | 'device'
    | 'revision'
    | 'branchTwice'
    | 'branchKeys'
    | 'branchMixed'
    | 'choiceInParallel'
    | 'caseChoice'
    | 'caseSteps'
    | 'caseBare'
    | 'empty'
    | 'definition'
    | 'listedBody'
    | 'listedKey'
    | 'bodyTwice'
    | 'ambiguousHour'
    | 'ambiguousLimitHour';
  data: Record<string, string | number>;
  /** Placed on the key at the path, not its value: a misspelt key. */
  target?: 'key';
  /** The places whose schema problems this one says better (the text as no step id, a case's key left without a value). */
  replaces?: NodePath[];
}

function dateProblem(value: unknown, path: NodePath): ValueProblem | undefined {
  if (typeof value !== 'string') return undefined;
  const reading = dayReading(value);
  if (reading === undefined || 'day' in reading) return undefined;
  const { fault } = reading;
  if (fault.kind === 'month') return { path, messageId: 'noMonth', data: { value, month: fault.month } };
  if (fault.kind === 'year') return { path, messageId: 'farYear', data: { value, year: fault.year } };
  if (fault.kind === 'weekday')
    return {
      path,
      messageId: 'weekday',
      data: {
        value,
        written: fault.written,
        date: formatDmy(fault.day),
        weekdayEn: weekdayName(fault.day, 'en', 'long'),
        weekdayVi: weekdayName(fault.day, 'vi', 'long'),
      },
    };
  return { path, messageId: 'noDay', data: { value, month: fault.month, year: fault.year, days: fault.days } };
}

/**
 * Reports every text that prints as nothing under `node` (a title, a lane or step name, a list's item, a fee): spaces
 * alone (NBSP and other Unicode spaces too), or with control or invisible characters (`"\u0080"`, `"\v"`), which
 * every output prints as nothing or a space: a heading, a cell or a bullet with nothing in it. `path` is where `node`
 * stands, extended in place as the walk goes down.
 */
function blankTexts(node: unknown, path: (string | number)[], problems: ValueProblem[]): void {
  forEachDataString(
    node,
    (at, text) => {
      if (mayPrintNothing(text) && printsNothing(text))
        problems.push({ path: [...at], messageId: 'empty', data: { value: text } });
    },
    path,
  );
}

/**
 * False when a text's first character shows (printable ASCII, Latin and Vietnamese letters, up to U+05FF and
 * U+1E00–U+1FFF: no space, control or invisible character is there), so that printsNothing is false; true when it may
 * be blank. Why: blankTexts asks of every text in a file, and nearly all start with a letter.
 */
function mayPrintNothing(text: string): boolean {
  const first = text.charCodeAt(0);
  return !((first > 0x20 && first < 0x7f) || (first >= 0xc0 && first < 0x600) || (first >= 0x1e00 && first < 0x2000));
}

/** A cutoff, written or in a same-day limit's words, whose hour can be read two ways ("3 giờ": 15:00 or 03:00). */
function cutoffProblems(data: Record<string, unknown>, problems: ValueProblem[]): void {
  const readings = (hour: number) => ({
    hour,
    afternoon: formatClock((hour + 12) * 60),
    morning: formatClock(hour * 60),
  });
  if (typeof data.cutoff === 'string') {
    const hour = ambiguousHour(data.cutoff);
    if (hour !== undefined)
      problems.push({ path: ['cutoff'], messageId: 'ambiguousHour', data: { value: data.cutoff, ...readings(hour) } });
  } else if (typeof data.time_limit === 'string') {
    // A cutoff written beside the limit says which hour it meant.
    const said = ambiguousCutoffInLimit(data.time_limit);
    if (said !== undefined)
      problems.push({
        path: ['time_limit'],
        messageId: 'ambiguousLimitHour',
        data: { value: data.time_limit, said, ...readings(ambiguousHour(said)!) },
      });
  }
}

/**
 * What the schema cannot check: that dates exist, that `level` names a level and each channel's `kind` a way of
 * filing, that the id can be a file name, that branches written in words have a case each.
 */
export function valueProblems(data: unknown): ValueProblem[] {
  if (!isMap(data)) return [];
  const problems: ValueProblem[] = [];
  const date = (value: unknown, path: NodePath) => {
    const problem = dateProblem(value, path);
    if (problem) problems.push(problem);
  };
  if (typeof data.id === 'string' && isWindowsDeviceName(data.id))
    problems.push({ path: ['id'], messageId: 'device', data: { value: data.id } });
  // The schema lets words through after "lần"; only those that say a number are a revision.
  const revision = (value: unknown, path: NodePath) => {
    if (typeof value === 'string' && revisionOf(value) === undefined)
      problems.push({ path, messageId: 'revision', data: { value } });
  };
  // Bodies written as a list have checks of their own, blank names included.
  for (const [key, value] of Object.entries(data))
    if (!(key === 'bodies' && Array.isArray(value))) blankTexts(value, [key], problems);
  if (Array.isArray(data.bodies)) problems.push(...listedBodyProblems(data.bodies));
  revision(data.revision, ['revision']);
  cutoffProblems(data, problems);
  date(data.effective, ['effective']);
  date(data.issued, ['issued']);
  if (typeof data.level === 'string' && data.level.trim() !== '' && levelOf(data.level) === undefined) {
    // Words that each name a level, but not the same one: say so, rather than "not a level".
    const levels = levelsIn(data.level);
    const several = !levels.includes(undefined) && new Set(levels).size > 1;
    problems.push(
      several
        ? {
            path: ['level'],
            messageId: 'levels',
            data: { value: data.level, ...settlingLevel(levels as Level[], data) },
          }
        : {
            path: ['level'],
            messageId: levels.length === 1 && isRegional(data.level) ? 'regionalLevel' : 'level',
            data: { value: data.level },
          },
    );
  }
  if (Array.isArray(data.history))
    data.history.forEach((entry, i) => {
      if (!isMap(entry)) return;
      date(entry.date, ['history', i, 'date']);
      revision(entry.revision, ['history', i, 'revision']);
    });
  if (Array.isArray(data.steps)) {
    const steps = data.steps.filter(isMap);
    // A loop, not flatMap: V8's flatMap costs microseconds for a list of ten, and this runs for every file.
    const ids = new Set<string>();
    for (const step of steps) if (isScalarText(step.id)) ids.add(canonicalStepId(step.id));
    const target = targetIn(ids, steps);
    data.steps.forEach((step, i) => {
      if (!isMap(step)) return;
      const fault = listedBranchFault(step.next);
      if (fault !== undefined) {
        problems.push(listedBranchProblem(['steps', i, 'next'], step.next as unknown[], fault));
        return;
      }
      const branches = branchesIn(step.next);
      const label = branches && repeatedCase(branches);
      if (label !== undefined)
        problems.push({ path: ['steps', i, 'next'], messageId: 'branchTwice', data: { value: '', label } });
      const mixed = choiceAmongParallel(step.next, target, ids);
      if (mixed !== undefined) problems.push(choiceProblem(['steps', i, 'next', ...mixed.at], step.next, mixed));
      for (const found of casesOfSeveral(step.next, target, ids))
        problems.push(caseProblem(['steps', i, 'next'], found));
    });
  }
  // The schema admits a term and its meaning on one line; one side left empty is no definition.
  const definition = (item: unknown, path: NodePath) => {
    const written = typeof item === 'string' ? definitionOf(item) : undefined;
    if (written && (written.term === '' || written.meaning === ''))
      problems.push({ path, messageId: 'definition', data: { value: item as string } });
  };
  if (Array.isArray(data.definitions)) data.definitions.forEach((item, i) => definition(item, ['definitions', i]));
  else definition(data.definitions, ['definitions']);
  // A line of spaces alone is told by blankTexts, above.
  if (typeof data.channels === 'string' && data.channels.trim() !== '' && !channelsOfText(data.channels)) {
    // Named by the first part that is no way of filing (a line of limits per channel is read whole, or not at all).
    const named = channelsNamed(data.channels);
    if ('grades' in named) {
      // Online filing named twice, graded two ways: which one the procedure offers is the officer's to say.
      const [first, second] = named.grades;
      problems.push({ path: ['channels'], messageId: 'channelGrades', data: { value: data.channels, first, second } });
    } else {
      const value = 'unread' in named ? named.unread : data.channels;
      problems.push({ path: ['channels'], messageId: 'channel', data: { value } });
    }
  }
  if (Array.isArray(data.channels))
    data.channels.forEach((channel, i) => {
      if (isMap(channel) && typeof channel.kind === 'string' && channelOf(channel.kind) === undefined)
        problems.push({ path: ['channels', i, 'kind'], messageId: 'channel', data: { value: channel.kind } });
      if (typeof channel === 'string' && channel.trim() !== '' && channelOf(channel) === undefined)
        problems.push({ path: ['channels', i], messageId: 'channel', data: { value: channel } });
    });
  return problems;
}

/** The steps of a choice beside parallel steps, as the messages that refuse it name them, in each language. */
export function choiceWords({ choice, others, all }: ChoiceAmongParallel): Record<string, string> {
  return {
    choiceVi: joinNames(choice, 'và'),
    choiceEn: joinNames(choice, 'and'),
    othersVi: joinNames(others, 'và'),
    othersEn: joinNames(others, 'and'),
    others: others.join(', '),
    all: all.join(', '),
  };
}

/** The problem of a list of cases (`- Hợp lệ: B2`) that is no decision, placed at the item, in place of the schema's. */
function listedBranchProblem(path: NodePath, next: readonly unknown[], fault: ListedBranchFault): ValueProblem {
  const replaces = [path, ...next.map((_, k) => [...path, k])];
  const at = [...path, fault.at];
  if (fault.kind === 'keys')
    return {
      path: at,
      messageId: 'branchKeys',
      data: {
        value: '',
        n: fault.at + 1,
        count: fault.keys.length,
        keys: fault.keys.map((key) => `"${key}"`).join(', '),
        first: fault.keys[0]!,
      },
      replaces,
    };
  return { path: at, messageId: 'branchMixed', data: { value: '', item: fault.item, label: fault.label }, replaces };
}

/** The problem of a choice beside parallel steps, with the ways to write it in each language. */
function choiceProblem(path: NodePath, next: unknown, found: ChoiceAmongParallel): ValueProblem {
  const written = found.at.length === 0 ? next : (next as unknown[])[found.at[0] as number];
  const cases = (word: string) => found.choice.map((id, n) => `${word} ${n + 1}: ${id}`).join(', ');
  return {
    path,
    messageId: 'choiceInParallel',
    data: { value: String(written), ...choiceWords(found), casesVi: cases('Trường hợp'), casesEn: cases('Case') },
  };
}

/** A case of a decision that leads to several steps, where it is written, below the step's `next`. */
interface CaseOfSeveral {
  /** The case: its key, the list's item, or nothing for a text. */
  at: NodePath;
  /** The keys or items after it that are its further steps (`{ Hồ sơ đủ: B2, B3, … }` leaves B3 a key of its own). */
  spilled: NodePath[];
  label: string;
  steps: string[];
  /** Whether one of the steps is taken ("B2 hoặc B3", "B2/B3"), not all of them. */
  choice: boolean;
  /** The keys without a value after it that are no step's id, as written: further steps, or cases left without one. */
  bare: string[];
  /** The case itself (`at` is the first of `bare` when there is one, where the message stands). */
  caseAt: NodePath;
}

/**
 * The cases of a decision that name several steps (`{ Hồ sơ đủ: B2 hoặc B3 }`, `{ Hồ sơ đủ: B2, B3, … }`, `"Hồ sơ đủ:
 * B2 và B3; …"`, `"Hồ sơ đủ: B2, B3; …"`): a case leads to one step, and read as a step id the text was said to be no
 * step. Read with the joins `next` itself is read with, and only when each part is a step.
 */
function casesOfSeveral(next: unknown, target: (id: string) => string, ids: ReadonlySet<string>): CaseOfSeveral[] {
  const stepOf = (text: string) => target(canonicalStepId(text));
  // A step's id is no case (nearly every `next`): branchOf is not needed for it.
  const caseIn = (text: string) => (ids.has(stepOf(text)) ? undefined : branchOf(text));
  // Each place of the `next` in order: a case ("Hồ sơ đủ: B2"), or a text that may be the case's next step. Only a
  // comma can have cut a case's steps apart (in braces, or in one text): a list's items, or a case closed by its
  // bracket ("B2 (nếu hợp lệ)"), are not continued.
  type Piece = {
    at: NodePath;
    text: string;
    branch?: [label: string, target: string] | undefined;
    cut?: boolean;
    bare?: boolean;
  };
  let pieces: Piece[];
  if (isMap(next))
    pieces = Object.entries(next).flatMap(([key, value]): Piece[] => {
      if (value === null || value === undefined) return [{ at: [key], text: key, bare: true }];
      // `{ Hồ sơ đủ: [B3, B4] }`: a case's steps as a list, all of them, as "B3 và B4" says.
      if (Array.isArray(value) && value.length > 1 && value.every(isScalarText))
        return [{ at: [key], text: key, branch: [key, value.map(String).join(' và ')] }];
      return isScalarText(value) ? [{ at: [key], text: key, branch: [key, String(value)], cut: true }] : [];
    });
  else if (Array.isArray(next))
    pieces = next.flatMap((item, k): Piece[] => {
      if (typeof item === 'string') return [{ at: [k], text: item, branch: caseIn(item) }];
      // `- Hồ sơ đủ: B2 hoặc B3`: a case of its own item, which no later item continues.
      const listed = listedBranch(item);
      return listed ? [{ at: [k, listed[0]], text: listed[0], branch: listed }] : [];
    });
  else if (typeof next === 'string')
    pieces = next
      .split(/[,;\n]/)
      .map((part) => ({ at: [], text: part, branch: caseIn(part), cut: !part.trim().endsWith(')') }));
  else return [];
  type Found = { at: NodePath; label: string; texts: string[]; spilled: NodePath[]; bare: string[]; bareAt?: NodePath };
  const cases: Found[] = [];
  let open: (typeof cases)[number] | undefined;
  // `{ Hợp lệ: ký, trả }` with no case after them: the keys without a value can only be the case's further steps,
  // named or not yet (before them, or a case after them, they may be a label a comma cut: schema's branchSplit).
  const lastCase = pieces.reduce((last, piece, k) => (piece.branch ? k : last), -1);
  pieces.forEach((piece, k) => {
    if (piece.branch) {
      const found: Found = { at: piece.at, label: piece.branch[0], texts: [piece.branch[1]], spilled: [], bare: [] };
      cases.push(found);
      open = piece.cut ? found : undefined;
    } else if (open && ids.has(stepOf(piece.text))) {
      open.texts.push(piece.text);
      open.spilled.push(piece.at);
    } else if (open && piece.bare && k > lastCase && isStepId(stepOf(piece.text))) {
      open.texts.push(piece.text);
      open.spilled.push(piece.at);
      open.bare.push(piece.text);
      open.bareAt ??= piece.at;
    } else open = undefined;
  });
  return cases.flatMap(({ at, label, texts, spilled, bare, bareAt }) => {
    const read = texts.map((text) => {
      const whole = stepOf(text);
      if (ids.has(whole)) return { steps: [whole], choice: true };
      return (
        joinedSteps(text, target, ids) ??
        (bare.length > 0 && isStepId(whole) ? { steps: [whole], choice: true } : undefined)
      );
    });
    if (read.some((one) => one === undefined)) return [];
    const steps = [...new Set(read.flatMap((one) => one!.steps))];
    const choice = read.length === 1 && read[0]!.choice;
    return steps.length > 1 ? [{ at: bareAt ?? at, spilled, label, steps, choice, bare, caseAt: at }] : [];
  });
}

/** The problem of a case that leads to several steps, with the ways to write it in each language. */
function caseProblem(path: NodePath, { at, spilled, label, steps, choice, bare, caseAt }: CaseOfSeveral): ValueProblem {
  const split = (word: string) => steps.map((id, n) => `${label} – ${word} ${n + 1}: ${id}`).join(', ');
  const cases = (word: string) => steps.map((id, n) => `${word} ${n + 1}: ${id}`).join(', ');
  const named = bare.map((text) => `"${text}"`);
  return {
    // A key no step has: said at the first such key, which may be a step or a case left without one.
    path: [...path, ...at],
    messageId: bare.length > 0 ? 'caseBare' : choice ? 'caseChoice' : 'caseSteps',
    data: {
      bareVi: joinNames(named, 'và'),
      bareEn: joinNames(named, 'and'),
      first: bare[0] ?? '',
      value: '',
      label,
      choiceVi: joinNames(steps, 'hoặc'),
      choiceEn: joinNames(steps, 'or'),
      stepsVi: joinNames(steps, 'và'),
      stepsEn: joinNames(steps, 'and'),
      all: steps.join(', '),
      splitVi: split('trường hợp'),
      splitEn: split('case'),
      casesVi: cases('Trường hợp'),
      casesEn: cases('Case'),
    },
    replaces: [[...path, ...caseAt], ...spilled.map((place) => [...path, ...place])],
  };
}

/** What the schema cannot say of `bodies` written as a list: an item of neither shape, a key given twice, a blank name. */
function listedBodyProblems(items: readonly unknown[]): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const keys = new Set<string>();
  items.forEach((item, i) => {
    if (!isMap(item)) {
      if (typeof item === 'string' && printsNothing(item))
        problems.push({ path: ['bodies', i], messageId: 'empty', data: { value: item } });
      return;
    }
    const listed = listedBody(item);
    if (listed === undefined) {
      // Its id still counts, so an item that gives it again is told now, not once this one is mended.
      if (typeof item.id === 'string') keys.add(item.id);
      const typos = listedKeyTypos(item);
      if (typos.length === 0)
        problems.push({ path: ['bodies', i], messageId: 'listedBody', data: { value: '', n: i + 1 } });
      for (const [key, hint] of typos)
        problems.push({
          path: ['bodies', i, key],
          target: 'key',
          messageId: 'listedKey',
          data: { value: '', key, hint, n: i + 1 },
        });
      return;
    }
    if (listed.key !== undefined && keys.has(listed.key))
      problems.push({ path: ['bodies', i], messageId: 'bodyTwice', data: { value: '', key: listed.key, n: i + 1 } });
    if (listed.key !== undefined) keys.add(listed.key);
    // Where the name stands: `- { name: … }`, `- KEY: name` or `- KEY: { name: … }`.
    const key = Object.keys(item)[0]!;
    const at: NodePath = Object.hasOwn(item, 'name')
      ? ['bodies', i, 'name']
      : ['bodies', i, key, ...(typeof listed.body === 'string' ? [] : ['name'])];
    const name = typeof listed.body === 'string' ? listed.body : listed.body.name;
    if (typeof name === 'string' && printsNothing(name))
      problems.push({ path: at, messageId: 'empty', data: { value: name } });
  });
  return problems;
}

/**
 * The misspelt keys of a listed body that is a map of properties (`{ id: TP, nam: … }`), each with the property it is
 * likely meant to be; none when a key is no near spelling, or the item could be `KEY: name` (one entry).
 */
function listedKeyTypos(item: Record<string, unknown>): Array<[key: string, hint: string]> {
  const unknown = Object.keys(item).filter((key) => !LISTED_PROPERTIES.includes(key));
  if (Object.keys(item).length < 2 && !Object.hasOwn(item, 'name')) return [];
  // A short key is as near to "id" as to anything: only a key of three letters or more is taken for a typo.
  const typos = unknown.map((key) => [key, key.length >= 3 ? closest(key, LISTED_PROPERTIES) : undefined] as const);
  return typos.every((typo): typo is readonly [string, string] => typo[1] !== undefined)
    ? typos.map(([key, hint]) => [key, hint])
    : [];
}

/**
 * The channels one line names, as `channels:` or a catalog's "Cách thức thực hiện" cell gives them: the ways of filing
 * ("Trực tiếp; Trực tuyến"), or each with its own limit as the national record does ("Trực tiếp: 05 ngày làm việc;
 * Trực tuyến: 04 ngày làm việc"); undefined for a line of anything else.
 */
export function channelsOfText(text: string): Channel[] | undefined {
  // Online with its grade ("Trực tuyến toàn trình") keeps the grade as its note, as a list of the names does.
  const named = channelsNamed(text);
  if ('channels' in named) return named.channels;
  if ('grades' in named) return undefined;
  const reading = readDuration(text);
  if (!reading.ok && reading.problem.code === 'perChannel' && reading.problem.general === undefined) {
    const { limits } = reading.problem;
    if (limits.every(({ limit }) => readDuration(limit).ok))
      return limits.map(({ kind, limit, note }) => ({
        kind,
        time_limit: limit,
        ...(note === undefined ? {} : { note }),
      }));
  }
  // Names with and without a limit: "Trực tiếp; Trực tuyến: 02 ngày làm việc", or one channel with its limit
  // ("Trực tiếp: 10 ngày làm việc"), as a list of one item is read.
  // Split at ";" alone and trimmed: a pattern with spaces around it takes quadratic time over a long run of spaces.
  const parts = text.split(';').map((part) => channelOfPart(part.trim()));
  return parts.every((part) => part !== undefined) ? parts : undefined;
}

/** A way of filing by its name (`Trực tuyến`), or its name and its limit (`Trực tuyến: 02 ngày làm việc`). */
function channelOfPart(text: string): Channel | undefined {
  const colon = text.indexOf(':');
  const name = colon > 0 ? text.slice(0, colon) : text;
  const kind = channelOf(name);
  if (kind === undefined) return undefined;
  const note = channelNote(name, undefined);
  if (colon <= 0) return { kind, ...optionalNote(note) };
  const limit = text.slice(colon + 1).trim();
  return readDuration(limit).ok ? { kind, time_limit: limit, ...optionalNote(note) } : undefined;
}

/**
 * A fee as the loader reads it: a number, or an amount alone as text ("1.000.000"), is so many đồng, and one per
 * something ("50.000đ/hồ sơ") so many đồng per it, either after the case it is for ("Cấp lại: 20000đ/bản"); a list, a
 * fee by case as officers and national records write it, is its lines, each read so; else as written.
 */
function canonicalFee(fee: unknown): unknown {
  // The lines of a list are read as those of a text: marked "- " each, as some lists are, they lose their marks too.
  if (Array.isArray(fee)) return canonicalFeeText(fee.map(canonicalFee).join('\n'));
  // A channel's 0 is kept as 0 by its caller; the procedure's fee is text, so its 0 is "Miễn phí" (feeText).
  if (typeof fee === 'number') return feeText(fee);
  return typeof fee === 'string' ? canonicalFeeText(fee) : fee;
}

/** Whether a text is the words step tables write where the flow ends: `Kết thúc`, `Kết thúc quy trình.`, `end`. */
export function isEndWord(text: string): boolean {
  return /^(?:ket thuc(?: quy trinh)?|end)[.;!]?$/.test(foldToAscii(text).replace(/\s+/g, ' ').trim());
}

/**
 * Whether a `next` written as one text, or as a list of that one text, says the flow ends here, as step tables write
 * it (`Kết thúc`, `Kết thúc quy trình`, `end`): read as `[]` unless a step has that id or that name.
 */
function saysEnd(written: unknown, ids: ReadonlySet<string>, steps: readonly StepNaming[]): boolean {
  const next = Array.isArray(written) && written.length === 1 ? written[0] : written;
  return (
    typeof next === 'string' &&
    isEndWord(next) &&
    !ids.has(canonicalStepId(next)) &&
    !steps.some((step) => foldCase(String(step.name)) === foldCase(next))
  );
}

/** The ids of a `next` written as one text: one id, or several separated by commas as step tables write them. */
export function nextIdsInText(next: string | number): string[] {
  if (typeof next === 'number' || !/[,;]/.test(next)) return [canonicalStepId(next)];
  return [...new Set(next.split(/[,;]/).map((id) => canonicalStepId(id.trim())))];
}

/**
 * The step a `next` target means: the step of that id, else the one step with the same number ("Bước 3" for B3, as
 * step tables write it), else the one step of that name (letter case and spacing aside, as a draft may point to
 * "Thẩm định hồ sơ"); the target itself when none, for known-step to report.
 */
function targetIn(ids: ReadonlySet<string>, steps: readonly StepNaming[]): (target: string) => string {
  // Names are folded only when a target is neither an id nor a step number: most files never need them.
  let byName: Map<string, string[]> | undefined;
  let byBareName: Map<string, string[]> | undefined;
  const resolve = (target: string): string => {
    if (ids.has(target)) return target;
    const numbered = sameStepNumber(target, ids);
    if (typeof numbered === 'string') return numbered;
    if (byName === undefined || byBareName === undefined) {
      byName = new Map();
      byBareName = new Map();
      for (const step of steps) {
        // A step whose id or name is a map or a list is the schema's to refuse; it names no target.
        if (!isScalarText(step.id) || !isScalarText(step.name)) continue;
        const id = canonicalStepId(step.id);
        const name = foldCase(String(step.name));
        byName.set(name, [...(byName.get(name) ?? []), id]);
        const bare = withoutDiacritics(name);
        byBareName.set(bare, [...(byBareName.get(bare) ?? []), id]);
      }
    }
    const folded = foldCase(target);
    // By name as written, else without accents (`Tham dinh ho so`), when it names one step.
    const named = byName.get(folded) ?? byBareName.get(withoutDiacritics(folded));
    return named?.length === 1 ? named[0]! : target;
  };
  return (target) => {
    const found = resolve(target);
    // An id is itself (nearly every target): MOVE_TO, a large pattern compiled on first use, is then never needed.
    if (found !== target || ids.has(target)) return found;
    // "Chuyển bước 3", "Chuyển sang bước 3", "→ B3", as step tables write the step the dossier goes on to.
    const moved = target.replace(MOVE_TO, '');
    if (moved === target || moved === '') return target;
    const step = resolve(moved);
    return step === moved && !ids.has(moved) ? target : step;
  };
}

// The verb or arrow before the step a dossier goes on to, with or without accents ("Chuyển sang B3", "Chuyển hồ sơ
// sang B3", "Sang B3", "Quay lại B1" for a dossier sent back, "→ B3"), or the field's own label, as a cell pasted
// whole writes it ("Bước tiếp theo: B3").
const NEXT_LABEL = /^(?:bước tiếp theo|bước tiếp|buoc tiep theo|buoc tiep|tiếp theo|tiep theo|next step|next) ?: ?/iu;
const MOVE_TO = new RegExp(
  `^(?:(?:đồng thời|dong thoi) )?(?:(?:chuyển|chuyen)(?: (?:hồ sơ|ho so))?(?: (?:đồng thời|dong thoi))?(?: (?:sang|đến|tới|qua|lên|xuống|về|cho|den|toi|len|xuong|ve))?|sang|đến|tới|den|toi|(?:quay|trở|tro) (?:lại|về|lai|ve)) |^ *(?:→|->|=>) *|${NEXT_LABEL.source}`,
  'iu',
);

// A branch as step tables write it, in either order: the step with its case in brackets ("B2 (nếu hợp lệ)"), or the
// case, then the step ("Nếu hợp lệ: B2", "Không hợp lệ → B5"). The schema's `branch` admits the same forms. Read by
// position, not by a pattern: a value can be long, and a lazy pattern before spaces takes quadratic time.
const CASE_MARK = /:|→|->/;
// The verb between a case and its step when no mark stands there ("… hợp lệ thì chuyển sang B3").
const CASE_VERB =
  /\s(?:(?:thì|thi)\s)?(?:chuyển|chuyen)(?:\s(?:hồ sơ|ho so))?(?:\s(?:sang|đến|tới|qua|về|den|toi|ve))?\s/iu;
// One step after it: an id, or "bước 3".
const ONE_STEP = lazyPattern(() => /^(?:(?:bước|buoc)\s*)?[\p{L}\p{N}._-]+$/iu);
// The words that open a case, left out of its label: "nếu hợp lệ" is the branch "Hợp lệ".
const CASE_WORDS = /^(?:nếu|neu|trường hợp|truong hop|khi)\s+/iu;

function caseLabel(text: string): string {
  const bare = text.replace(CASE_WORDS, '').trim();
  return bare.charAt(0).toLocaleUpperCase('vi') + bare.slice(1);
}

function branchOf(written: string): [label: string, target: string] | undefined {
  const text = written.trim();
  const open = text.indexOf('(');
  if (open >= 0) {
    // "B2 (nếu hợp lệ)": one bracket, closing the text.
    const step = text.slice(0, open).trim();
    const inside = text.slice(open + 1, -1).trim();
    const closed = text.endsWith(')') && !/[()]/.test(inside);
    return closed && step !== '' && inside !== '' ? [caseLabel(inside), step] : undefined;
  }
  const mark = CASE_MARK.exec(text);
  if (!mark) {
    // "Nếu hồ sơ hợp lệ chuyển B3", "Hợp lệ thì chuyển sang bước 3": the case, the verb, then one step.
    const verb = CASE_VERB.exec(text);
    if (!verb || verb.index === 0) return undefined;
    const label = text.slice(0, verb.index).trim();
    const step = text.slice(verb.index + verb[0].length).trim();
    return /[,;)]/.test(label) || !ONE_STEP().test(step) ? undefined : [caseLabel(label), step];
  }
  // "Nếu hợp lệ: B2": a case without , ; and one step after the mark.
  const label = text.slice(0, mark.index).trim();
  const step = text.slice(mark.index + mark[0].length).trim();
  if (label === '' || step === '' || /[,;)]/.test(label) || /[:→)]|->/.test(step)) return undefined;
  // "Bước tiếp theo: B3" is the field's label before one step, not a case.
  if (mark[0] === ':' && NEXT_LABEL.test(text)) return undefined;
  return [caseLabel(label), step];
}

/**
 * The branches of a `next` written in words (one text, its branches separated by `,`, `;` or a line break, or a list
 * of them, or of items `- Hợp lệ: B2`) as label → target as written; undefined when it is not written so, or when two
 * branches share a label.
 */
export function branchesWritten(next: unknown): Array<[label: string, target: string]> | undefined {
  const found = branchesIn(next);
  return found && repeatedCase(found) === undefined ? found : undefined;
}

function branchesIn(next: unknown): Array<[label: string, target: string]> | undefined {
  let parts: unknown[];
  if (Array.isArray(next)) parts = next;
  // A case's own commas stay inside its brackets: "B3 (nếu thuộc xã miền núi, hải đảo), B4 (nếu không)".
  else if (typeof next === 'string') parts = splitOutsideBrackets(next, ',;\n').filter((part) => part !== '');
  else return undefined;
  // An item `- Hợp lệ: B2` is its case as written, as a map's key is.
  const branches = parts.map((part) => (typeof part === 'string' ? branchOf(part) : listedBranch(part)));
  if (branches.length === 0 || branches.some((branch) => branch === undefined)) return undefined;
  return branches as Array<[string, string]>;
}

/** The first case two branches share, letter case aside. */
function repeatedCase(branches: ReadonlyArray<[label: string, target: string]>): string | undefined {
  const seen = new Set<string>();
  for (const [label] of branches) {
    if (seen.has(foldCase(label))) return label;
    seen.add(foldCase(label));
  }
  return undefined;
}

// "B2 hoặc B3", "B2 và B3", "B2/B3", "B2 + B3": read as the steps they join only when each of them is a step.
const JOINED = /[,;/+&]|\s(?:hoặc|hoac|và|va|or|and)\s/iu;
// "Or", and the slash step tables write for it: one of the steps is taken, a decision whose cases the text does not name.
const OR = /^(?:\/|\s(?:hoặc|hoac|or)\s)$/iu;

/**
 * The steps a text joining several names, and whether every join is an "or" (one is taken); undefined unless each part
 * is a step, or, with `someUnknown`, unless one part is a step, each other could be a step's id and every join is an
 * "or" (`check hoặc B9`: the choice of check and B9, for known-step to name B9 alone, as it names a list's item).
 */
function joinedSteps(
  text: string,
  target: (id: string) => string,
  ids: ReadonlySet<string>,
  someUnknown = false,
): { steps: string[]; choice: boolean } | undefined {
  const marks = text.match(new RegExp(JOINED.source, 'giu')) ?? [];
  const parts = text.split(JOINED).map((part) => target(canonicalStepId(part.trim())));
  const choice = marks.every((mark) => OR.test(mark));
  if (parts.length < 2) return undefined;
  const read =
    parts.every((id) => ids.has(id)) ||
    (someUnknown && choice && parts.some((id) => ids.has(id)) && parts.every((id) => ids.has(id) || isStepId(id)));
  return read ? { steps: parts, choice } : undefined;
}

/**
 * The steps a text names, in the groups a join separates ("và", "+", ","): each group the steps one of which is taken
 * ("B2 hoặc B3"), or one step; undefined unless each part is a step. A text that names one step is that step.
 */
function orGroups(text: string, target: (id: string) => string, ids: ReadonlySet<string>): string[][] | undefined {
  const whole = target(canonicalStepId(text));
  if (ids.has(whole)) return [[whole]];
  // Split with the marks kept: the parts stand at even places, the mark before each at the odd one before it.
  const pieces = text.split(new RegExp(`(${JOINED.source})`, 'iu'));
  if (pieces.length < 3) return undefined;
  const groups: string[][] = [[]];
  for (let k = 0; k < pieces.length; k += 2) {
    const id = target(canonicalStepId(pieces[k]!.trim()));
    if (!ids.has(id)) return undefined;
    if (k > 0 && !OR.test(pieces[k - 1]!)) groups.push([]);
    groups.at(-1)!.push(id);
  }
  return groups;
}

/** A choice of one of several steps, and the steps that would run in parallel with it. */
export interface ChoiceAmongParallel {
  /** Where the choice is written, below the step's `next`: the list's item, or the text itself. */
  at: NodePath;
  choice: string[];
  others: string[];
  /** Every step named, in the order written. */
  all: string[];
}

/**
 * A `next` that puts steps joined by "or" beside parallel ones (`[B2 hoặc B3, B6]`, `B2 hoặc B3, B6`, `B2 hoặc B3 và
 * B6`). The model has no choice inside parallel branches, and reading the "or" as parallel work would publish a
 * decision as work done at once, so it is refused.
 */
function choiceAmongParallel(
  next: unknown,
  target: (id: string) => string,
  ids: ReadonlySet<string>,
): ChoiceAmongParallel | undefined {
  if (branchesWritten(next) !== undefined) return undefined;
  const items = typeof next === 'string' ? [next] : Array.isArray(next) ? next : [];
  // A map or a list among the items is the schema's to refuse.
  if (!items.every((item) => typeof item === 'string' || typeof item === 'number')) return undefined;
  // An item that is no step (known-step names it) still runs in parallel with the others.
  const itemGroups = (items as (string | number)[]).map(
    (item) => (typeof item === 'string' ? orGroups(item, target, ids) : undefined) ?? [[target(canonicalStepId(item))]],
  );
  const groups = itemGroups.flat();
  const isChoice = (group: string[]) => new Set(group).size > 1;
  const k = itemGroups.findIndex((item) => item.some(isChoice));
  if (groups.length < 2 || k < 0) return undefined;
  const choice = groups.find(isChoice)!;
  const others = groups.filter((group) => group !== choice).flat();
  return {
    at: Array.isArray(next) ? [k] : [],
    choice: [...new Set(choice)],
    others: [...new Set(others)],
    all: [...new Set(groups.flat())],
  };
}

/**
 * A step's `next` as written (a step table's cell: `B2, B3`, `B2 hoặc B3`, `Bước 3`, a step's name, `Kết thúc`), read
 * among `steps` as the loader reads it: the `next` every later stage sees, or the choice beside parallel steps
 * (`B2 hoặc B3, B6`) the loader refuses, for an importer to say where the text was written.
 */
export function nextAmong(
  written: string,
  steps: readonly StepNaming[],
): { next: Step['next'] } | { choice: ChoiceAmongParallel } {
  const ids = new Set(steps.flatMap((step) => (isScalarText(step.id) ? [canonicalStepId(step.id)] : [])));
  const target = targetIn(ids, steps);
  const choice = choiceAmongParallel(written, target, ids);
  if (choice !== undefined) return { choice };
  return { next: saysEnd(written, ids, steps) ? [] : canonicalNext(written, target, ids) };
}

function canonicalNext(next: unknown, target: (id: string) => string, ids: ReadonlySet<string>): Step['next'] {
  if (next === undefined) return undefined;
  const inWords = (written: unknown) => {
    const branches = branchesWritten(written);
    if (branches === undefined) return undefined;
    const out = dataObject<string>();
    for (const [label, step] of branches) out[label] = target(canonicalStepId(step));
    return out;
  };
  // "B2 hoặc B3" alone (or as a list's one item) is a choice of one step; beside parallel steps valueProblems refused
  // it, so an "or" left among them chooses between one step ("B2 hoặc B2 và B3"): as many steps as the text names.
  const joined = (text: string): Step['next'] => {
    const found = joinedSteps(text, target, ids, true);
    if (found === undefined) return undefined;
    const steps = [...new Set(found.steps)];
    return found.choice && steps.length > 1 ? { oneOf: steps } : steps;
  };
  if (typeof next === 'string' || typeof next === 'number') {
    // A whole text that names one step stays whole: step names often hold commas ("Thẩm định, ký chứng thực").
    const whole = target(canonicalStepId(next));
    if (ids.has(whole) || typeof next === 'number') return [whole];
    const branches = inWords(next);
    if (branches) return branches;
    if (/[,;]/.test(next)) return nextIdsInText(next).map(target);
    return joined(next) ?? [whole];
  }
  if (Array.isArray(next)) {
    // `- Hợp lệ: B2` a line: the decision's map (valueProblems refused a list that mixes cases and ids).
    if (next.some(isMap)) return inWords(next);
    const targets = next.map((id) => target(canonicalStepId(id as string | number)));
    if (!targets.some((id) => ids.has(id))) {
      const branches = inWords(next);
      if (branches) return branches;
      if (targets.length === 1) {
        const one = joined(targets[0]!);
        if (one) return one;
      }
    }
    const each = targets.flatMap((id) => (ids.has(id) ? [id] : (joinedSteps(id, target, ids)?.steps ?? [id])));
    return [...new Set(each)];
  }
  const out = dataObject<string>();
  for (const [label, id] of Object.entries(next as Record<string, string | number>))
    out[label] = target(canonicalStepId(id));
  return out;
}

/** The `bodies` map with a body written as its name alone (`BPMC: Bộ phận Một cửa`) as the map that name makes. */
function bodiesAsMaps(bodies: Record<string, InputBody>): Record<string, Exclude<InputBody, string>> {
  const maps = dataObject<Exclude<InputBody, string>>();
  for (const [key, body] of Object.entries(bodies)) maps[key] = typeof body === 'string' ? bodyOfName(body) : body;
  return maps;
}

function canonicalSignatory(value: unknown): Signatory {
  return typeof value === 'string' ? signatoryOf(value) : (value as Signatory);
}

// The titles a signatory's line may give with the name, as folded words: a title is what separates a person's line
// ("Lê Văn Cường, Chủ tịch") from a body's name that holds a dash ("Phòng Tư pháp - Hộ tịch"), which stays whole.
const TITLE =
  /^(?:(?:kt|tm|tl|q|pt) )?(?:pho )?(?:chu tich|giam doc|truong (?:phong|ban|bo phan|khoa|tram)|chanh (?:van phong|thanh tra)|chu nhiem|bi thu|to truong|tong giam doc)\b|^(?:cong chuc|chuyen vien|can bo|vien chuc|thu ky|van thu|ke toan|dai dien lanh dao|lanh dao)\b/;
// Name and title on one line: "Lê Văn Cường, Chủ tịch", "Lê Văn Cường - Chủ tịch", "Chủ tịch: Lê Văn Cường",
// "Lê Văn Cường (Chủ tịch)". Found by a search, not one pattern with a lazy name: that backtracks quadratically over a
// long run of spaces.
const TITLE_MARK = /,|:|\s[-–—]\s/u;
const BRACKETED_TITLE = /\(([^()]+)\)$/u;
// A person's name: two to six words, each capitalised ("Nguyễn Thị Thu Hà", "Trần Văn B"). A title holds words in
// lower case ("Công chức Tư pháp – Hộ tịch"), so the side of a mark that is a name is never a piece of a title.
const PERSON = lazyPattern(() => /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,5}$/u);

/**
 * A signatory written on one line: its name and, when one side of the first comma, colon or dash is a person's name
 * and the other a title, its title ("Nguyễn Thị Thu Hà, Công chức Tư pháp – Hộ tịch"); else the text as its name,
 * never a guess ("Công chức Tư pháp – Hộ tịch Nguyễn Văn A", "KT. Chủ tịch, Phó Chủ tịch Trần Văn B").
 */
export function signatoryOf(text: string): { name: string; title?: string } {
  const trimmed = text.trim();
  const bracket = BRACKETED_TITLE.exec(trimmed);
  const mark = bracket ? undefined : TITLE_MARK.exec(trimmed);
  const [first, second] = bracket
    ? [trimmed.slice(0, bracket.index), bracket[1]!]
    : mark
      ? [trimmed.slice(0, mark.index), trimmed.slice(mark.index + mark[0].length)]
      : [];
  if (first === undefined || second === undefined) return { name: text };
  const [a, b] = [first.trim().normalize('NFC'), second.trim().normalize('NFC')];
  const isTitle = (part: string) => TITLE.test(asciiWords(part));
  const isPerson = (part: string) => part.length <= 80 && PERSON().test(part.replace(/\s+/g, ' '));
  if (isPerson(a) && isTitle(b)) return { name: a, title: b };
  if (isTitle(a) && isPerson(b)) return { name: b, title: a };
  return { name: text };
}

/** The one body a step's body names by its name, or by its key as it may be written; undefined when none or several. */
export function bodyWritten(bodies: Record<string, { name: string }>, written: string): string | undefined {
  const named = bodiesNamed(bodies, written);
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  // `LĐ` after --fix wrote the key `LD`: the key as it may be written, letter case aside.
  const ascii = asciiBodyKey(written).toLowerCase();
  const keyed = Object.keys(bodies).filter((key) => key.toLowerCase() === ascii);
  return keyed.length === 1 ? keyed[0] : undefined;
}

// A key or a name neither starts with a bullet nor ends with a full stop, a comma, a semicolon or a colon: marks pasted
// with a step's body from a bulleted table cell (`- TPHT.`, `• Phòng Tư pháp;`).
const BODY_END_MARKS = /[ \t\u00a0]*[.,;:]+$/u;

/** A step's body without a bullet before it or punctuation after it: `- TPHT.` → `TPHT`. */
export function withoutBodyMarks(written: string): string {
  const text = written.trim();
  return withoutItemBullet(text.replace(/^-(?=\S)/u, '- '))
    .replace(BODY_END_MARKS, '')
    .trim();
}

/**
 * The canonical procedure of data that passed the schema and `valueProblems`: step ids and `next` targets as text
 * (a target by its step number, "Bước 3", as the one step with that number), a step's body by key when written by
 * the name of one body, `next` as a list or map, `level` and channels' `kind` in English, revisions as numbers,
 * flags `true` or `false`, one text for a list as a list of one, dates `YYYY-MM-DD`, `fee` as text, every body,
 * channel, signatory, dossier item, form, record and definition as a map. The data itself is left as read, for rules
 * that compare the written form with the canonical one.
 */
export function canonicalProcedure(data: Record<string, unknown>): Procedure {
  const out: Record<string, unknown> = Object.assign(dataObject(), data);
  const steps = data.steps as Record<string, unknown>[];
  // A draft without a `bodies` map names its bodies in its steps: each name is a body, found by its name alone.
  const derived = data.bodies === undefined;
  const bodies: Record<string, { name: string }> = derived
    ? bodiesOfNames(steps.map((step) => step.body as string))
    : Array.isArray(data.bodies)
      ? (bodiesOfList(data.bodies) as Record<string, { name: string }>)
      : bodiesAsMaps(data.bodies as Record<string, InputBody>);
  // Each id read once: the set of them and each step's copy take the same.
  const stepIds = steps.map((step) => canonicalStepId(step.id as string | number));
  const ids = new Set(stepIds);
  const target = targetIn(ids, steps);
  out.steps = steps.map((step, i) => {
    const copy: Record<string, unknown> = Object.assign(dataObject(), step);
    copy.id = stepIds[i];
    // A step name pasted with its Word bullet (`• Tiếp nhận hồ sơ`) is the name: the bullet reached the chart.
    if (typeof step.name === 'string') copy.name = withoutItemBullet(step.name);
    // A body written by its name, as step tables print it, is the one body of that name; else by its key in another
    // letter case (`kt` for KT) or with accents (`LĐ` for LD), when one key is.
    if (derived || !Object.hasOwn(bodies, step.body as string)) {
      const found = bodyWritten(bodies, step.body as string);
      // A bullet or a full stop pasted with it (`- TPHT.`) is no part of a key or a name: the body without them.
      const bare = withoutBodyMarks(String(step.body));
      const key = found ?? (bare === step.body ? undefined : bodyWritten(bodies, bare));
      if (key !== undefined) copy.body = key;
    }
    const next = saysEnd(step.next, ids, steps) ? [] : canonicalNext(step.next, target, ids);
    if (next !== undefined) copy.next = next;
    if (typeof step.draft === 'string') copy.draft = flagOf(step.draft);
    if (typeof step.counted === 'string') copy.counted = flagOf(step.counted);
    // "05 ngày làm việc (không tính vào thời hạn giải quyết)" is that time, not counted in the limit: `counted: false`.
    const outside = typeof step.duration === 'string' ? uncountedWords(step.duration) : undefined;
    if (outside !== undefined && copy.counted !== true) {
      copy.duration = outside.time;
      copy.counted = false;
    }
    // "chưa xác định", the words procmap prints for a draft step's time, is that draft step: 0h until it is known.
    if (typeof step.duration === 'string' && isUnknownTime(step.duration)) {
      copy.duration = '0h';
      copy.draft = true;
    }
    for (const list of STEP_LISTS) if (step[list] !== undefined) setList(copy, list, listOf(step[list]));
    return copy;
  });
  if (typeof data.four_on_the_spot === 'string') out.four_on_the_spot = flagOf(data.four_on_the_spot);
  for (const list of PROCEDURE_LISTS) if (data[list] !== undefined) setList(out, list, listOf(data[list]));
  const bodyCopies = dataObject<unknown>();
  for (const [id, body] of Object.entries(bodies)) {
    const copy = Object.assign(dataObject<unknown>(), body);
    for (const flag of ['single_window', 'on_site'] as const)
      if (typeof copy[flag] === 'string') copy[flag] = flagOf(copy[flag]);
    bodyCopies[id] = copy;
  }
  out.bodies = bodyCopies;
  if (typeof data.level === 'string') out.level = levelOf(data.level);
  // The names of the ways of filing on one line ("Trực tiếp; Trực tuyến") are those channels.
  if (typeof data.channels === 'string') out.channels = channelsOfText(data.channels) ?? [];
  if (Array.isArray(data.channels))
    // A channel written by its name alone ("Trực tuyến") is the channel of that kind. Its fee is read as the
    // procedure's (100000 and "100.000" are "100.000 đồng"), so that the workbook's cell of 100000 reads back the same.
    out.channels = data.channels.map((channel: Record<string, unknown> | string) =>
      typeof channel === 'string'
        ? { kind: channelOf(channel), ...optionalNote(channelNote(channel, undefined)) }
        : {
            ...channel,
            kind: channelOf(channel.kind as string),
            // "Trực tuyến một phần" is online, partly: the grade the national database keeps stays in the note.
            ...optionalNote(channelNote(channel.kind as string, channel.note as string | undefined)),
            // A fee of 0 stays 0, and one written as 0 đồng ("0 đồng", "0 Đồng", "0") is 0 too: the document prints
            // it "Miễn phí" / "Free of charge", in the reader's language.
            ...(channel.fee === undefined
              ? {}
              : {
                  fee:
                    channel.fee === 0 || (typeof channel.fee === 'string' && isZeroFee(channel.fee))
                      ? 0
                      : canonicalFee(channel.fee),
                }),
          },
    );
  for (const key of ['effective', 'issued'] as const)
    if (typeof data[key] === 'string') out[key] = canonicalDate(data[key]) ?? data[key];
  out.revision = revisionOf(data.revision);
  if (Array.isArray(data.history)) {
    out.history = data.history.map((entry: Record<string, unknown>) => ({
      ...entry,
      revision: revisionOf(entry.revision),
      date: canonicalDate(entry.date as string) ?? entry.date,
    }));
  }
  if (typeof data.cutoff === 'string') out.cutoff = canonicalCutoff(data.cutoff) ?? data.cutoff;
  else if (typeof data.time_limit === 'string') {
    const cutoff = cutoffInLimit(data.time_limit);
    if (cutoff !== undefined) out.cutoff = cutoff;
  }
  // "Chưa quy định" is no fee set yet, not "Miễn phí": read as the fee left out, as a Word import reads it and the
  // document prints a missing fee, so every output says the same and none says the procedure is free.
  if (data.fee !== undefined) {
    const fee = canonicalFee(data.fee);
    if (typeof fee !== 'string' || nothingSaid(fee) !== 'unset') out.fee = fee;
    else delete out.fee;
  }
  if (isMap(data.signoff)) {
    out.signoff = Object.fromEntries(
      Object.entries(data.signoff).map(([role, who]) => [role, canonicalSignatory(who)]),
    );
  }
  // List items written one line each, as the document's tables are copied, as the maps they stand for.
  const listed = (list: unknown[], of: (text: string) => object) =>
    list.map((item) => (typeof item === 'string' ? of(item) : item));
  withCanonicalDossier(out);
  if (Array.isArray(out.forms)) out.forms = listed(out.forms, formOf);
  if (Array.isArray(out.records)) out.records = listed(out.records, recordOf);
  if (Array.isArray(out.definitions)) out.definitions = listed(out.definitions, definitionOf);
  return out as unknown as Procedure;
}

// How long a record is kept, at the end of its line: "Sổ chứng thực - Lưu 05 năm", "Hồ sơ: Vĩnh viễn", "… (lưu 10
// năm)". Found by position, as the dossier item's count is.
const RECORD_RETENTION =
  /(?:\s*[:,]\s+|\s+[-–—]\s+|\s*\(\s*)((?:lưu|luu)\s+(?:\d{1,3}|vĩnh viễn|vinh vien)[^():]{0,40}?|vĩnh viễn|vinh vien)\s*\)?$/iu;

/** A record written on one line: its name, and how long it is kept when the line ends with it (`Sổ … - Lưu 05 năm`). */
export function recordOf(text: string): { name: string; retention?: string } {
  const kept = text.length <= 1000 ? RECORD_RETENTION.exec(text) : null;
  const name = kept ? text.slice(0, kept.index).trim() : '';
  const bracketed = kept !== null && kept[0].trimStart().startsWith('(');
  if (!kept || name === '' || bracketed !== text.trimEnd().endsWith(')')) return { name: text };
  const retention = kept[1]!.replace(/^(?:lưu|luu)\s+/iu, '').trim();
  return { name, retention: retention.charAt(0).toLocaleUpperCase('vi') + retention.slice(1) };
}

// A form's code before its name, as lists of forms write it: "Mẫu 01 - Giấy tiếp nhận", "BM.02: Phiếu yêu cầu".
const FORM_LINE = lazyPattern(
  () =>
    /^((?:mẫu|mau|bm|biểu mẫu|bieu mau|form)(?:\s*(?:số|so))?[\s.]*[\p{L}\d][\p{L}\d./-]*?)\s*(?:[:：]|\s[-–—])\s*(\S.*)$/iu,
);

/** A form written on one line: `Mẫu 01 - Giấy tiếp nhận` is `{ code: Mẫu 01, name: Giấy tiếp nhận }`; a name alone is `{ name }`. */
export function formOf(text: string): { code?: string; name: string } {
  const line = FORM_LINE().exec(text.trim());
  // A code has a number ("Mẫu 01", "BM.02"): "Mẫu đơn: Tờ khai" is a name.
  return line && /\d/.test(line[1]!) ? { code: line[1]!.trim(), name: line[2]!.trim() } : { name: text };
}

// A term and its meaning on one line: "TTPVHCC: Trung tâm …", "TTPVHCC - Trung tâm …", "TTPVHCC = …". The schema's
// pattern for a definition written as text admits the same separators. Found by a search, not one anchored pattern
// with a lazy term: that backtracks quadratically over a long run of spaces.
const DEFINITION_MARK = /[:：=]|\s[-–—]\s/u;
const DEFINITION_COLON = /[:：=]/u;

/** A definition written on one line, `TTPVHCC: Trung tâm Phục vụ hành chính công`, as `{ term, meaning }`. */
export function definitionOf(text: string): { term: string; meaning: string } {
  // A colon or "=" first: a dash may be part of the term ("Công chức Tư pháp – Hộ tịch: công chức cấp xã").
  const mark = DEFINITION_COLON.exec(text) ?? DEFINITION_MARK.exec(text);
  if (!mark) return { term: text.trim(), meaning: text.trim() };
  return { term: text.slice(0, mark.index).trim(), meaning: text.slice(mark.index + mark[0].length).trim() };
}
