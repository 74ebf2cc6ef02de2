import { WRITTEN_COUNTS } from './canonical-dossier.js';
import type { Channel, Duration, Procedure, Signatory } from '../model/types.js';
import type { ImportOutcome } from './draft.js';
import { said } from './import-messages.js';
import { formOf, recordOf, revisionOf } from '../model/lenient.js';
import { channelOf } from '../model/channel-words.js';
import { parseDuration } from '../model/duration.js';
import { countAfterName } from '../model/dossier-quantity.js';
import type { Sheet } from './sheets.js';
import { nothingSaid } from '../model/none-words.js';
import { clean, fold, isTotalRow, items, oneLine, sheetDate } from './text.js';
import { isRomanPart } from './heading-number.js';
import { keptValue, withKeptSaid, type KeptValue } from './kept-columns.js';
import { isFieldLine, TABLE_HEADINGS, TEXT_HEADINGS, withFeeLabel } from './field-labels.js';
import { isSharedFee } from '../model/shared-fee.js';
import { basisOfRow } from './basis-table.js';
import type { UnreadSection } from './unread-sections.js';
import { channelShortForm } from './time-cells.js';
import { type Limit, onePerKind } from './record-cases.js';

// The parts of an ISO process document that a catalog sheet has no column for: the sections of text (mục đích, phạm
// vi áp dụng, số lượng hồ sơ…) and the tables of definitions, dossier items, forms, records to keep, sign-off and
// amendment history, as TCVN ISO 9001 documents of state agencies lay them out.

// A section number ("5.1."), and a heading in capitals ("BIỂU MẪU": letters, no digit, as "TCVN ISO 9001:2015" has).
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/u;
const CAPITALS = /^[^\p{Ll}\d]*\p{Lu}[^\p{Ll}\d]*\p{Lu}[^\p{Ll}\d]*$/u;

/**
 * Whether a paragraph is the heading after a section numbered `section` ([5, 1] for "5.1."): a later section ("5.2.",
 * "6."), a heading in capitals (numbered or not), or a new labelled heading ("Thành phần hồ sơ:"). A numbered item of the list ("1. Luật
 * …", "2. Nghị định …") is not: its number comes before the section's, or it has one part and its text holds the
 * digits of a law.
 */
export function endsSection(line: string, section: number[] | undefined): boolean {
  if (CAPITALS.test(line) || /[:：]$/u.test(line) || isRomanPart(line)) return true;
  const numbered = NUMBERED.exec(line);
  // "1. MỤC ĐÍCH" after a table of contents: a numbered heading in capitals, whatever its number.
  if (numbered && CAPITALS.test(numbered[2]!)) return true;
  // "200.000 đồng/lần" is an amount, not section 200.0: a section's number has parts of one or two digits.
  if (!numbered || section === undefined || /\d{3}/.test(numbered[1]!)) return false;
  const [first = 0, ...rest] = numbered[1]!.split('.').map(Number);
  // "2. Nghị định 23/2015/NĐ-CP" is an item; "5.3. Số lượng hồ sơ: 01 bộ" is a section, its number in two parts.
  if (rest.length === 0 && /\d/.test(numbered[2]!)) return false;
  return first > section[0]! || (first === section[0] && rest.length > 0);
}

/** The number of a numbered heading ([5, 1] for "5.1. Điều kiện thực hiện"), or undefined. */
export function sectionNumber(line: string): number[] | undefined {
  return NUMBERED.exec(line)?.[1]?.split('.').map(Number);
}

// What a document prints under a heading with nothing to list (procmap's own documents: "Chưa quy định").
const NONE = /^(?:chưa quy định|không có|không|not specified|none|n\/a|[-–—])\.?$/iu;

/** What a document prints where a section is left empty; "Không" under a fee is a value (no fee), not a blank. */
export const NOT_SPECIFIED = /^(?:chưa quy định|not specified|[-–—])\.?$/iu;

// A pattern no line matches: every line under a heading kept.
const NO_LINE = /(?!)/u;

/**
 * The lines under the paragraph at `at`, up to the next heading (`ends`: endsSection unless a list says more), without
 * those that say there is nothing (`none`).
 */
export function linesUnder(
  paragraphs: readonly string[],
  at: number,
  none = NONE,
  ends: (line: string, section: number[] | undefined) => boolean = endsSection,
): string[] {
  const number = sectionNumber(paragraphs[at]!);
  const lines: string[] = [];
  for (let k = at + 1; k < paragraphs.length && !ends(paragraphs[k]!, number); k++)
    if (!none.test(paragraphs[k]!)) lines.push(paragraphs[k]!);
  return lines;
}

// A labelled line of a document, "Đối tượng thực hiện: Doanh nghiệp": a short label in words, a colon, its value.
const LABELLED = /^\p{Lu}[\p{L} ,/]{0,40}[:：]\s+\S/u;

// The line a document states four on-the-spot with, as procmap prints it ("Thực hiện theo cơ chế “4 tại chỗ”"), or
// as a labelled line ("4 tại chỗ: Có").
const FOUR_ON_THE_SPOT =
  /^(?:thủ tục )?(?:được )?(?:thực hiện|giải quyết) theo cơ chế\s*["“”]?4 tại chỗ["“”]?\.?$|^["“”]?4 tại chỗ["“”]?\s*[:：]\s*(?:có|x|yes)\.?$/iu;

/**
 * Where a section of text ends: at the next heading; the fee's also at a field the import reads, other than a line of
 * the fee itself ("Lệ phí: 8.000 đồng" under "5.6. Phí, lệ phí").
 */
function sectionEnd(key: string, heading: RegExp): (line: string, section: number[] | undefined) => boolean {
  if (key !== 'fee') return endsSection;
  return (line, section) => endsSection(line, section) || (isFieldLine(line) && !heading.test(withFeeLabel(line)));
}

/** The sections of text an ISO document holds, by the procedure field each fills: the first of each wins. */
function textSections(paragraphs: readonly string[]): Partial<Procedure> {
  const found: Partial<Record<(typeof TEXT_HEADINGS)[number][0], string>> & { four_on_the_spot?: true } = {};
  if (paragraphs.some((line) => FOUR_ON_THE_SPOT.test(line))) found.four_on_the_spot = true;
  // A heading with nothing under it (a table of contents) leaves the field to a later one; a heading inside an
  // earlier scan was a line of it, so each line is scanned for a field at most once or twice.
  paragraphs.forEach((line, i) => {
    for (const [key, heading] of TEXT_HEADINGS) {
      const match = found[key] === undefined ? heading.exec(withFeeLabel(line)) : null;
      if (!match) continue;
      const inline = match[1]?.trim();
      const running = key === 'purpose' || key === 'scope';
      // A one-line section's first line is its value, "Chưa quy định" included: the line after it is another part of
      // the section (the channels' table under the place), not the value left out.
      const under = inline
        ? []
        : linesUnder(paragraphs, i, running ? NOT_SPECIFIED : NO_LINE, sectionEnd(key, heading));
      // Purpose and scope run to a labelled line ("Đối tượng thực hiện: …"); the fee's heading alone heads all its
      // paragraphs ("Lệ phí: …", "Miễn lệ phí cho …"), to the next heading; the others are one line.
      const end = under.findIndex((line) => LABELLED.test(line));
      const lines = inline
        ? [inline]
        : running
          ? under.slice(0, end < 0 ? undefined : end)
          : key === 'fee'
            ? under
            : under.slice(0, 1);
      const text = clean(lines.join('\n'));
      if (text !== '' && !NOT_SPECIFIED.test(text)) found[key] = text;
    }
  });
  return found;
}

/**
 * The lists of tables a document says it has none of, each as `[]`, or writes as lines under their heading ("VI. HỒ SƠ
 * CẦN LƯU" then "- Sổ theo dõi"), forms and records by their names: a table of them, when there is one, wins.
 * Definitions written as lines are read by definition-lines.ts, which keeps a line it cannot read in the note.
 */
function listSections(paragraphs: readonly string[]): Partial<Procedure> {
  const found: Partial<Pick<Procedure, (typeof TABLE_HEADINGS)[number][0]>> = {};
  // Each list's lines are scanned once at most, under the first heading with a line of its own under it: a document
  // of many such headings is read in linear time.
  const scanned = new Set<string>();
  paragraphs.forEach((line, i) => {
    for (const [key, heading] of TABLE_HEADINGS) {
      const match = heading.exec(line);
      if (!match || found[key] !== undefined) continue;
      const inline = match[1]?.trim();
      // The line under the heading, unless it starts another section (a table of contents lists the headings).
      const next = paragraphs[i + 1];
      const under = next !== undefined && !endsSection(next, sectionNumber(line)) && !isFieldLine(next);
      const value = inline || (under ? next : undefined);
      if (value === undefined) continue;
      if (nothingSaid(value) === 'none') found[key] = [];
      else if ((key === 'forms' || key === 'records') && !scanned.has(key)) {
        scanned.add(key);
        // Named a line each, up to the next heading (a table in between is not among the paragraphs).
        const names = inline ? items(inline) : linesOfList(paragraphs, i).flatMap(items);
        if (names.length > 0 && key === 'forms') found.forms = names.map(formOf);
        if (names.length > 0 && key === 'records') found.records = names.map(recordOf);
      }
    }
  });
  return found;
}

/** The lines under a list's heading at `at`, up to the next heading: one that ends it by its looks, or a field procmap reads. */
function linesOfList(paragraphs: readonly string[], at: number): string[] {
  const number = sectionNumber(paragraphs[at]!);
  const lines: string[] = [];
  for (let k = at + 1; k < paragraphs.length; k++) {
    const line = paragraphs[k]!;
    if (endsSection(line, number) || isFieldLine(line)) break;
    lines.push(line);
  }
  return lines;
}

/** A table's columns by the field each holds: the first header whose folded text a pattern matches. */
function columns<K extends string>(header: readonly string[], patterns: Record<K, RegExp>): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  for (const key of Object.keys(patterns) as K[]) {
    const at = header.findIndex((cell) => patterns[key].test(fold(cell ?? '')));
    if (at >= 0) found[key] = at;
  }
  return found;
}

/** The rows under a table's header as records of the columns found, each value one clean line; empty rows left out. */
function recordsOf<K extends string>(table: Sheet, at: Partial<Record<K, number>>): Partial<Record<K, string>>[] {
  return table.rows.slice(1).flatMap((row) => {
    const record: Partial<Record<K, string>> = {};
    for (const [key, index] of Object.entries(at) as [K, number][]) {
      const value = oneLine(row[index] ?? '');
      if (value !== '' && !NONE.test(value)) record[key] = value;
    }
    return Object.keys(record).length > 0 ? [record] : [];
  });
}

// Each table's columns by the headers of ISO documents and of procmap's own workbook (its English headers anchored,
// so that "Form" is no "Forms / Result" and "Document" no "Document code").
const DEFINITIONS = {
  term: /thuat ngu|viet tat|tu ngu|^term$/,
  meaning: /giai thich|nghia|dien giai|viet day du|noi dung|^meaning$/,
};
const RECORDS = {
  name: /ho so (?:can )?luu|ten ho so|ten tai lieu|ho so|^record$/,
  keeper: /trach nhiem luu|noi luu|bo phan luu|don vi luu|nguoi luu|^kept by$/,
  retention: /thoi gian luu|thoi han luu|^retention$/,
};
const FORMS = { code: /^ma|ky hieu|so hieu|^code$/, name: /ten bieu mau|ten mau|^form$/ };
const DOSSIER = {
  name: /ten giay to|ten ho so|thanh phan ho so|ten tai lieu|giay to|^document$/,
  case: /^truong hop$|^case$/,
  originals: /ban chinh|^originals$/,
  copies: /ban sao|so luong|^so ban$|^copies$/,
  form: /mau don|to khai|bieu mau|^form$/,
  // procmap's workbook alone: a dossier item's counts as the file writes them, hidden (canonical-dossier.ts).
  written: /^cach ghi trong tep$|^as the file writes it$/,
};
const HISTORY = {
  revision: /lan ban hanh|lan sua doi|lan|^revision$/,
  date: /ngay|^date$/,
  changes: /noi dung|tom tat|^changes$/,
  pages: /trang|vi tri|phan sua doi|^pages amended$/,
  note: /ghi chu|^note$/,
};
// A legal basis as a table ("3. TÀI LIỆU VIỆN DẪN": TT | Số, ký hiệu | Ngày ban hành | Trích yếu nội dung).
const LEGAL = {
  number: /^so,? ky hieu|^so hieu|^ky hieu|^so van ban$/,
  date: /ngay ban hanh|^ngay$/,
  summary: /trich yeu|ten van ban|^van ban$/,
  kind: /loai van ban|hinh thuc van ban/,
};
const SIGNOFF = {
  prepared_by: /soan thao|bien soan|^nguoi lap$|^prepared by$/,
  reviewed_by: /kiem tra|xem xet|^reviewed by$/,
  approved_by: /phe duyet|^approved by$/,
};

/**
 * "01 bản" as 1, as the document prints a number of copies; other words as written. None ("0", "00 bản") is a count
 * too: the workbook writes `originals: 0` as 0, and the national record's SOBANCHINH "0" gives it.
 */
function copiesOf(text: string): number | string {
  const number = /^(?:0*(\d{1,3})|0+)(?: bản)?$/u.exec(text);
  return number ? Number(number[1] ?? 0) : text;
}

// A tick under a count column ("x" under "Bản chính"), as officers mark which kind of paper is asked for.
const TICK = /^(?:x|✓|✔|☑|☒|có)$/iu;

/** A tick under a count column as one of that kind; any other count as written. */
function ticked(count: string | undefined): string | undefined {
  return count !== undefined && TICK.test(count) ? '1' : count;
}

// A row of one text across a dossier table, naming the case the items below it are for: "Trường hợp: nộp thay".
const CASE_LABEL = /^trường hợp\s*[:：]\s*/iu;

/** The case a row of one text across a dossier table names (its cells merged, so each repeats it), or undefined. */
function caseRow(row: readonly string[]): string | undefined {
  const texts = new Set(row.map((cell) => oneLine(cell ?? '')).filter(Boolean));
  if (texts.size !== 1 || row.filter((cell) => oneLine(cell ?? '') !== '').length < 2) return undefined;
  return [...texts][0]!.replace(CASE_LABEL, '');
}

// The counts of a dossier item as the national portal writes them in its column "Số lượng".
const PORTAL_COUNTS = /^bản chính\s*[:：]\s*(\d{1,3})\s*[,;]?\s*bản sao\s*[:：]\s*(\d{1,3})$/iu;

// A list's dash or bullet before an item, as pasted from a web page or typed in a cell.
const LIST_DASH = /^[-–—+•·*]\s*/u;

/** The items of a dossier table, each with the case of the last row of one text above it, as documents group them. */
function dossierOf(
  table: Sheet,
  at: Partial<Record<keyof typeof DOSSIER, number>>,
  inDocument: boolean,
): NonNullable<Procedure['dossier']> {
  const items: NonNullable<Procedure['dossier']> = [];
  let group: string | undefined;
  for (const row of table.rows.slice(1)) {
    const named = caseRow(row);
    if (named !== undefined) {
      group = named;
      continue;
    }
    const [record] = recordsOf({ name: table.name, rows: [[], row] }, at);
    if (record?.name === undefined) continue;
    // The portal's table writes each name after a list dash ("- Giấy chứng sinh"): the dash is no part of the name.
    const { form } = record;
    const name = record.name.replace(LIST_DASH, '') || record.name;
    // A count of none ("Không", as the document prints 0; "-") is 0, not a blank: printed again, a blank is no count.
    const count = (column: number | undefined, read: string | undefined) =>
      read ?? (nothingSaid(oneLine(row[column ?? -1] ?? '')) === 'none' ? '0' : undefined);
    // The portal's one column of counts, "Số lượng": "Bản chính: 1 Bản sao: 0", both counts in one cell.
    const both = at.originals === undefined ? PORTAL_COUNTS.exec(record.copies ?? '') : null;
    const originals = both ? both[1] : ticked(count(at.originals, record.originals));
    const copies = both ? both[2] : ticked(count(at.copies, record.copies));
    // A column of cases, as procmap's workbook writes it, before a row of one text above the items.
    const itemCase = record.case ?? group;
    const counted = originals === undefined ? undefined : copiesOf(originals);
    // A number of originals is a number; anything else said in that column is kept with the copies.
    const other = typeof counted === 'string' ? counted : undefined;
    const copiesText = [other, copies].filter((text) => text !== undefined).join('; ');
    // Where originals have a column, a count that says not which is printed after the name, under neither column.
    const unsorted =
      at.originals !== undefined && originals === undefined && copies === undefined ? countAfterName(name) : undefined;
    items.push({
      name: unsorted?.name ?? name,
      ...(itemCase ? { case: itemCase } : {}),
      ...(typeof counted === 'number' ? { originals: counted } : {}),
      ...(copiesText !== '' ? { copies: copiesOf(copiesText) } : {}),
      ...(unsorted ? { copies: unsorted.count } : {}),
      ...(form ? { form } : {}),
      ...(record.written !== undefined ? ({ [WRITTEN_COUNTS]: record.written } as object) : {}),
    });
  }
  // The workbook procmap exports writes the number of papers under "Bản sao" (a column whatever the dossier counts), as
  // it reads it back; a document prints that number under "Số lượng".
  return inDocument ? copiesNamed(items, table.rows[0]?.[at.copies ?? -1]) : items;
}

/**
 * Counts under a "Bản sao" column where no item counts originals, in the words of copies: `copies: 1` alone is a
 * number of papers of no kind, which the document prints "01 bản" (and an application's as its original), so the
 * copies the table asked for would be read back as something else. "01 bản sao" stays a copy.
 */
function copiesNamed(
  items: NonNullable<Procedure['dossier']>,
  header: string | undefined,
): NonNullable<Procedure['dossier']> {
  if (!/ban sao|^copies$/.test(fold(header ?? '')) || items.some((item) => item.originals !== undefined)) return items;
  return items.map((item) =>
    typeof item.copies === 'number' && item.copies > 0
      ? { ...item, copies: `${String(item.copies).padStart(2, '0')} bản sao` }
      : item,
  );
}

/**
 * The signatories of a sign-off table: a column per role, the rows of names and of titles. A signer is kept with
 * what the table gives of them, a title alone included (an approver named by office, "Chủ tịch UBND phường").
 */
function signoffOf(table: Sheet): Procedure['signoff'] | undefined {
  const header = table.rows.find((row) => row.some((cell) => SIGNOFF.prepared_by.test(fold(cell ?? ''))));
  if (!header) return undefined;
  const at = columns(header, SIGNOFF);
  const names = table.rows.find((row) => /^ho (?:va )?ten|^name$/.test(fold(row[0] ?? '')));
  const titles = table.rows.find((row) => /^chuc (?:vu|danh)|^position$/.test(fold(row[0] ?? '')));
  if (!names && !titles) return undefined;
  const signoff: Record<string, Signatory> = {};
  for (const [role, index] of Object.entries(at)) {
    const name = oneLine(names?.[index] ?? '');
    const title = oneLine(titles?.[index] ?? '');
    if (name !== '' || title !== '') signoff[role] = { ...(name ? { name } : {}), ...(title ? { title } : {}) };
  }
  return Object.keys(signoff).length > 0 ? signoff : undefined;
}

/** The amendment history of its table: entries with a revision, a date and what changed, in the table's order. */
function historyOf(table: Sheet, at: Partial<Record<keyof typeof HISTORY, number>>): Procedure['history'] {
  return recordsOf(table, at).flatMap((row) => {
    const revision = row.revision === undefined ? undefined : revisionOf(row.revision);
    const date = row.date === undefined ? undefined : sheetDate(row.date, table.date1904 === true);
    if (revision === undefined || date === undefined || row.changes === undefined) return [];
    return [
      {
        revision,
        date,
        changes: row.changes,
        ...(row.pages ? { pages: row.pages } : {}),
        ...(row.note ? { note: row.note } : {}),
      },
    ];
  });
}

// The channels read from a table whose limit is their own, by procmap's remark under it (channelsOf).
const ownLimits = new WeakSet<Channel>();

const CHANNELS = {
  kind: /cach thuc|hinh thuc nop|kenh|^channel$/,
  time_limit: /thoi han|thoi gian|^time limit$/,
  fee: /phi|^fee$/,
  note: /ghi chu|mo ta|^note$/,
};

/** The ways of filing of a table "Cách thức | Thời hạn giải quyết | Phí, lệ phí": each row a channel it names. */
function channelsOf(table: Sheet, at: Partial<Record<keyof typeof CHANNELS, number>>): Procedure['channels'] {
  return onePerChannelKind(rowChannels(table, at));
}

/**
 * The portal's table of ways of filing gives a way a row per case ("Trực tiếp" merged down over "03 Ngày làm việc |
 * Trường hợp thông thường" and "05 Ngày làm việc | Trường hợp cần xác minh"), each row's "Mô tả" naming its case. A
 * procedure has one channel per way: the rows of a way are merged as a national record's cases are (record-cases.ts),
 * the usual case's limit with the others' in brackets after it, each named by its description. Two channels of one
 * kind, which the import wrote, give `time` and `doc` two ways "Trực tiếp" of which one is never counted.
 */
function onePerChannelKind(channels: Channel[]): Channel[] {
  const kinds = channels.map((channel) => channel.kind);
  if (new Set(kinds).size === kinds.length) return channels;
  const limits: Limit[] = channels.map((channel) => ({
    kind: channel.kind,
    limit: channel.time_limit,
    fee: channel.fee,
    case: channel.note,
    note: channel.note,
  }));
  return onePerKind(limits).limits.map((merged) => {
    const own = channels.filter((channel) => channel.kind === merged.kind);
    const channel: Channel = {
      kind: merged.kind!,
      ...(merged.limit !== undefined ? { time_limit: merged.limit } : {}),
      ...(merged.fee !== undefined ? { fee: merged.fee } : {}),
      ...(merged.note !== undefined ? { note: merged.note } : {}),
    };
    // A limit merged from several cases carries the others in its brackets: never only the procedure's.
    if (own.length > 1 || own.some((one) => ownLimits.has(one))) ownLimits.add(channel);
    return channel;
  });
}

/** Each row of a table of ways of filing that names a way, as a channel. */
function rowChannels(table: Sheet, at: Partial<Record<keyof typeof CHANNELS, number>>): Channel[] {
  return table.rows.slice(1).flatMap((row) => {
    const kind = channelOf(oneLine(row[at.kind ?? 0] ?? ''));
    if (kind === undefined) return [];
    // The limit on the cell's first line; a line under it is procmap's own remark on the slack, which it prints under
    // a channel's own limit only: a limit so remarked on is the channel's, even when it is the procedure's time.
    const [limit = '', remark] = clean(row[at.time_limit ?? -1] ?? '').split('\n');
    // A fee by case keeps its lines, as the procedure's fee does. "Không" there is a value, a free channel: a row
    // without a fee of its own says it follows the procedure's (an older document printed the procedure's), or nothing.
    const written = clean(row[at.fee ?? -1] ?? '');
    const fee = isSharedFee(written) ? '' : written;
    const note = oneLine(row[at.note ?? -1] ?? '');
    const channel: Channel = {
      kind,
      ...(parseDuration(limit) !== undefined ? { time_limit: limit } : {}),
      // The workbook writes a fee of 0 as the number 0, which the document prints as free: it reads back as 0.
      ...(fee !== '' && !NOT_SPECIFIED.test(fee) ? { fee: fee === '0' ? 0 : fee } : {}),
      ...(note !== '' ? { note } : {}),
    };
    if (remark !== undefined && channel.time_limit !== undefined) ownLimits.add(channel);
    return [channel];
  });
}

/** A table of an ISO document's sections (or a sheet of procmap's workbook), by what it holds. */
export type SectionTable =
  'channels' | 'records' | 'definitions' | 'dossier' | 'forms' | 'history' | 'legal_basis' | 'signoff';

/**
 * What a table holds, by its header row: one of the sections' tables, or undefined (a step table, or one procmap does
 * not read). A sign-off table's header may be a later row; `tableFields` finds it.
 */
export function sectionTable(header: readonly (string | undefined)[]): SectionTable | undefined {
  const folded = header.map((cell) => fold(cell ?? ''));
  const has = (pattern: RegExp) => folded.some((cell) => pattern.test(cell));
  const signoff = has(SIGNOFF.prepared_by) ? 'signoff' : undefined;
  // The step table has a "Trách nhiệm" column and no column of keeping: never one of these.
  if (has(/trach nhiem$|^trach nhiem/) && !has(RECORDS.retention)) return signoff;
  if (/cach thuc|hinh thuc nop|^channel$/.test(folded[0] ?? '') && has(CHANNELS.time_limit)) return 'channels';
  if (has(RECORDS.retention) || has(RECORDS.keeper)) return 'records';
  if (has(DEFINITIONS.term) && has(DEFINITIONS.meaning)) return 'definitions';
  if (has(LEGAL.number) && has(LEGAL.summary)) return 'legal_basis';
  // Before forms: a dossier table has a column of forms too ("Mẫu đơn, tờ khai", "Form").
  if (has(DOSSIER.name) && (has(DOSSIER.originals) || has(DOSSIER.copies))) return 'dossier';
  if (has(FORMS.name)) return 'forms';
  if (has(/lan ban hanh|lan sua doi|^revision$/) && has(HISTORY.changes)) return 'history';
  if (has(DOSSIER.name)) return 'dossier';
  return signoff;
}

/** The field a table of a kind gives, read from its header row and the rows under it; empty when it gives none. */
function tableFields(kind: SectionTable | undefined, table: Sheet, inDocument = false): Partial<Procedure> {
  const header = table.rows[0] ?? [];
  const nonEmpty = <T>(list: T[] | undefined) => (list !== undefined && list.length > 0 ? list : undefined);
  const withName = <T extends { name?: string }>(rows: T[]) => nonEmpty(rows.filter((row) => row.name !== undefined));
  let fields: { [K in keyof Procedure]?: Procedure[K] | undefined } = {};
  switch (kind) {
    case 'channels':
      fields = { channels: nonEmpty(channelsOf(table, columns(header, CHANNELS))) };
      break;
    case 'records':
      fields = {
        records: (withName(recordsOf(table, columns(header, RECORDS))) ??
          noneListed(table, RECORDS)) as Procedure['records'],
      };
      break;
    case 'definitions': {
      const rows = recordsOf(table, columns(header, DEFINITIONS));
      const definitions = rows.filter((r) => r.term !== undefined && r.meaning !== undefined);
      fields = { definitions: (nonEmpty(definitions) ?? noneListed(table, DEFINITIONS)) as Procedure['definitions'] };
      break;
    }
    case 'forms':
      fields = {
        forms: (withName(recordsOf(table, columns(header, FORMS))) ?? noneListed(table, FORMS)) as Procedure['forms'],
      };
      break;
    case 'history':
      fields = { history: nonEmpty(historyOf(table, columns(header, HISTORY))) };
      break;
    case 'legal_basis':
      fields = {
        legal_basis: nonEmpty(
          recordsOf(table, columns(header, LEGAL)).map((row) => basisOfRow(row, table.date1904 === true)),
        ),
      };
      break;
    case 'dossier':
      fields = {
        dossier: nonEmpty(dossierOf(table, columns(header, DOSSIER), inDocument)) ?? noneListed(table, DOSSIER),
      };
      break;
    // A step table, or one procmap does not read, may still hold the sign-off in rows below its header.
    default:
      fields = { signoff: signoffOf(table) };
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Procedure>;
}

/**
 * None (`[]`) when a table's rows say there is nothing to list, each row it fills saying "Không" in every column read
 * (a document's "6. BIỂU MẪU | Không", a workbook's row for a procedure without forms); else undefined.
 */
function noneListed(table: Sheet, patterns: Record<string, RegExp>): [] | undefined {
  const [header = [], ...rows] = table.rows;
  const at = Object.values(columns(header, patterns)) as number[];
  const written = rows
    .map((row) => at.map((i) => oneLine(row[i] ?? '')).filter((text) => text !== ''))
    .filter((cells) => cells.length > 0);
  const none = written.length > 0 && written.every((cells) => cells.every((text) => nothingSaid(text) === 'none'));
  return none ? [] : undefined;
}

// The columns each kind of table reads.
const READS: Record<Exclude<SectionTable, 'signoff'>, Record<string, RegExp>> = {
  channels: CHANNELS,
  records: RECORDS,
  definitions: DEFINITIONS,
  forms: FORMS,
  history: HISTORY,
  dossier: DOSSIER,
  legal_basis: LEGAL,
};

/**
 * The rows of a table that write in the columns its kind reads but give no item (a way of filing procmap does not
 * know, a history entry without a date it reads, a form without its name), as "Header: value; …", so that the import
 * keeps them in the file's note rather than dropping them. A history row with only its number, as templates print
 * them, one whose changes say there are none, and a row naming a dossier's case are no loss.
 */
function unreadRows(kind: SectionTable | undefined, table: Sheet): string[] {
  if (kind === undefined || kind === 'signoff') return [];
  const [header = [], ...rows] = table.rows;
  const at = columns(header, READS[kind]) as Record<string, number>;
  const read = Object.values(at);
  return rows.flatMap((row) => {
    const written = read.filter((i) => {
      const text = oneLine(row[i] ?? '');
      return text !== '' && !NONE.test(text);
    });
    if (written.length === 0 || (kind === 'history' && written.every((i) => i === at.revision))) return [];
    // The row a document prints for an issue with no amendments ("01 | 24/11/2025 | Chưa quy định"): it says so.
    if (kind === 'history' && NONE.test(oneLine(row[at.changes ?? -1] ?? ''))) return [];
    if (isTotalRow(row) || (kind === 'dossier' && caseRow(row) !== undefined)) return [];
    if (Object.keys(tableFields(kind, { name: table.name, rows: [header, row] })).length > 0) return [];
    return [written.map((i) => `${oneLine(header[i] ?? '')}: ${oneLine(row[i]!)}`).join('; ')];
  });
}

/** What a document's sections give: the procedure's fields, and the rows of its tables procmap could not read. */
export interface Sections {
  fields: Partial<Procedure>;
  unread: string[];
  /** Lines under a heading procmap could not read (a definition written otherwise), kept in the note too. */
  unreadLines?: string[];
  /** The values of columns an officer added to a table (a dossier's "Ghi chú"), kept in the note by their row. */
  kept?: KeptValue[];
  /** The tables procmap reads nothing of, by number and header ("3 (TT | Số hiệu | Trích yếu)"): their rows are in `unread`. */
  unreadTables?: string[];
  /** The sections of paragraphs procmap reads nothing of ("7. LƯU Ý", an annex): named, for the officer to copy. */
  unreadSections?: UnreadSection[];
}

/**
 * Adds what one table gives to what earlier tables gave: the items of a list after the earlier ones, less those
 * already there (a dossier table per case, or the same table for each way of filing); the sign-off of the first.
 * `inDocument`: the table is an officer's (a Word document's, a sheet procmap did not write), not procmap's workbook's.
 */
export function addTable(found: Sections, kind: SectionTable | undefined, table: Sheet, inDocument = false): void {
  const fields = found.fields as Record<string, unknown>;
  for (const [key, value] of Object.entries(tableFields(kind, table, inDocument))) {
    const before = fields[key];
    if (!Array.isArray(before) || !Array.isArray(value)) {
      fields[key] ??= value;
      continue;
    }
    const seen = heldBy(before);
    for (const item of value) {
      const text = JSON.stringify(item);
      if (seen.has(text)) continue;
      seen.add(text);
      before.push(item);
    }
  }
  found.unread.push(...unreadRows(kind, table));
  const kept = keptColumns(kind, table);
  if (kept.length > 0) (found.kept ??= []).push(...kept);
}

// What each kind of table is called in the note that keeps a value of a column it does not read.
const TABLE_NAMES: Record<Exclude<SectionTable, 'signoff'>, string> = {
  channels: 'Cách thức thực hiện',
  records: 'Hồ sơ cần lưu',
  definitions: 'Định nghĩa, viết tắt',
  dossier: 'Thành phần hồ sơ',
  forms: 'Biểu mẫu',
  history: 'Theo dõi sửa đổi',
  legal_basis: 'Căn cứ pháp lý',
};

// A row's number ("STT", "TT"), which the order of the items says: no value to keep.
const NUMBER_COLUMN = /^(?:s?tt|so tt|so thu tu|no\.?)$/;

/**
 * The values of the columns of a table that its kind does not read (an officer's "Ghi chú" beside a dossier's
 * items), each named by its table and the first value the row's read columns give (the paper's name, the term).
 */
function keptColumns(kind: SectionTable | undefined, table: Sheet): KeptValue[] {
  if (kind === undefined || kind === 'signoff') return [];
  const [header = [], ...rows] = table.rows;
  const patterns = Object.values(READS[kind]);
  const extra = header.flatMap((cell, i) => {
    const folded = fold(cell ?? '');
    return folded === '' || NUMBER_COLUMN.test(folded) || patterns.some((p) => p.test(folded)) ? [] : [i];
  });
  if (extra.length === 0) return [];
  const read = Object.values(columns(header, READS[kind])) as number[];
  return rows.flatMap((row) => {
    if (isTotalRow(row) || (kind === 'dossier' && caseRow(row) !== undefined)) return [];
    const named = read.map((i) => oneLine(row[i] ?? '')).find((text) => text !== '');
    const label = named === undefined ? TABLE_NAMES[kind] : `${TABLE_NAMES[kind]} "${named}"`;
    return extra.flatMap((i) => {
      const value = oneLine(row[i] ?? '');
      // A cell merged across the row repeats the text of the columns read: nothing of its own.
      if (value === '' || read.some((j) => oneLine(row[j] ?? '') === value)) return [];
      return [keptValue(label, oneLine(header[i] ?? ''), value)];
    });
  });
}

// The items a list of the sections already holds, as JSON: adding a table then costs its own rows only (a document
// may hold ten thousand tables).
const held = new WeakMap<unknown[], Set<string>>();

function heldBy(list: unknown[]): Set<string> {
  let items = held.get(list);
  if (!items) held.set(list, (items = new Set(list.map((item) => JSON.stringify(item)))));
  return items;
}

/**
 * What the tables of a document give, each by the kind its header row tells. A table of numbered rows under a header
 * ("TT | …") that is no step table and none procmap reads is named, its rows kept in the note: never dropped unsaid.
 */
function tableSections(
  tables: readonly Sheet[],
  isStepTable: (table: Sheet) => boolean,
  inAnnex: (index: number) => boolean,
): Sections {
  const found: Sections = { fields: {}, unread: [] };
  tables.forEach((table, i) => {
    const kind = sectionTable(table.rows[0] ?? []);
    addTable(found, kind, table, true);
    if (kind !== undefined || signoffOf(table) !== undefined || isStepTable(table)) return;
    // An annex's table (a form laid out as a table, a list at the end) is named whatever its shape: none is read.
    const annex = inAnnex(i) && table.rows.some((row) => row.some((cell) => oneLine(cell ?? '') !== ''));
    if (!annex && !isDataTable(table)) return;
    const header = table.rows[0]!.map((cell) => oneLine(cell ?? ''));
    const named = [...new Set(header.filter(Boolean))].join(' | ');
    (found.unreadTables ??= []).push(`${i + 1} (${named.length > 120 ? `${named.slice(0, 119)}…` : named})`);
    for (const row of table.rows.slice(1)) {
      const written = row.flatMap((cell, c) => (oneLine(cell ?? '') === '' ? [] : [`${header[c]}: ${oneLine(cell!)}`]));
      if (written.length > 0) found.unread.push(written.join('; '));
    }
  });
  return found;
}

/** A table of rows numbered under a header of three columns or more, as documents lay out a list: "TT | … | …". */
function isDataTable(table: Sheet): boolean {
  const [header = [], ...rows] = table.rows;
  const named = new Set(header.map((cell) => oneLine(cell ?? '')).filter(Boolean));
  return NUMBER_COLUMN.test(fold(header[0] ?? '')) && named.size >= 3 && rows.some((row) => row.some(Boolean));
}

/**
 * The fields of an ISO document that its catalog row has no column for, or that a table gives in more detail: purpose,
 * scope, number of dossiers, place, fee and result from their sections; ways of filing, definitions, dossier items,
 * forms, records to keep, sign-off and amendment history from their tables. Empty where the document has none of them.
 */
export function documentSections(
  document: { paragraphs: readonly string[]; tables: readonly Sheet[] },
  isStepTable: (table: Sheet) => boolean = () => false,
  inAnnex: (index: number) => boolean = () => false,
): Sections {
  const tables = tableSections(document.tables, isStepTable, inAnnex);
  const paragraphs = document.paragraphs;
  const lists = listSections(paragraphs);
  const unreadLines = [...notInTable(lists.forms, tables.fields.forms, 'Biểu mẫu')];
  unreadLines.push(...notInTable(lists.records, tables.fields.records, 'Hồ sơ cần lưu'));
  return {
    fields: { ...textSections(paragraphs), ...lists, ...tables.fields },
    unread: tables.unread,
    ...(unreadLines.length > 0 ? { unreadLines } : {}),
    ...(tables.kept ? { kept: tables.kept } : {}),
    ...(tables.unreadTables ? { unreadTables: tables.unreadTables } : {}),
  };
}

/**
 * The items written as lines under a heading that its table, which wins, does not list ("Tên mẫu đơn, mẫu tờ khai"
 * under the application's form beside a table of the process's forms), as lines to keep in the note.
 */
function notInTable(
  lines: readonly { code?: string; name: string }[] | undefined,
  table: readonly { code?: string; name: string }[] | undefined,
  label: string,
): string[] {
  if (!lines || !table) return [];
  const held = new Set(table.flatMap((item) => [item.code, item.name].filter((text) => text !== undefined).map(fold)));
  return lines
    .filter((item) => !held.has(fold(item.code ?? item.name)))
    .map((item) => `${label}: ${item.code === undefined ? '' : `${item.code}: `}${item.name}`);
}

/** A channel without the limit and fee it shares with its procedure. */
function ownOf(channel: Channel, procedure: Procedure): Channel {
  const { time_limit: limit, fee, ...own } = channel;
  const general = parseDuration(procedure.time_limit);
  const same =
    limit !== undefined &&
    general !== undefined &&
    !ownLimits.has(channel) &&
    sameDuration(parseDuration(limit), general);
  return {
    ...own,
    ...(limit !== undefined && !same ? { time_limit: limit } : {}),
    // The cell holds the procedure's fee, its lines kept or joined, as every row without a fee of its own prints it.
    ...(fee !== undefined && oneLine(String(fee)) !== oneLine(procedure.fee ?? '') ? { fee } : {}),
  };
}

function sameDuration(a: Duration | undefined, b: Duration): boolean {
  return a !== undefined && a.value === b.value && a.unit === b.unit;
}

/** The note an import keeps when a document says four on-the-spot, which it cannot set without the bodies' flags. */
export const FOUR_ON_THE_SPOT_NOTE = 'Thực hiện theo cơ chế “4 tại chỗ”';

/**
 * The procedures imported from an ISO document with the fields of its sections (documentSections) where the catalog
 * row gave none; a dossier table, item by item with copies and forms, is preferred to a list of names. A statement of
 * four on-the-spot is kept in the note, with what to write. `asWritten`: the channels' limits and fees as the table
 * gives them, for procmap's workbook, which writes only a channel's own (a Word document prints the procedure's in
 * each row without one).
 */
export function withSections(
  outcomes: ImportOutcome[],
  { fields: sections, unread, unreadLines = [], kept = [], unreadTables = [], unreadSections = [] }: Sections = {
    fields: {},
    unread: [],
  },
  { asWritten = false }: { asWritten?: boolean } = {},
): ImportOutcome[] {
  return outcomes.map((outcome) => {
    if (!outcome.imported) return outcome;
    // Four on-the-spot holds only with the bodies at the centre marked, which a document does not say: it is noted.
    const { four_on_the_spot: four, ...fields } = sections;
    const procedure = { ...fields, ...outcome.imported.procedure };
    // A table of the dossier or of forms lists them one a row, as a catalog's one cell cannot: it replaces the cell's.
    if (sections.dossier) procedure.dossier = sections.dossier;
    if (sections.forms) procedure.forms = sections.forms;
    // A fee section of several paragraphs whose first reads as a labelled line ("Phí chứng thực: 2.000 đồng/trang")
    // gave that line alone: the section holds every paragraph of it.
    const rowFee = outcome.imported.procedure.fee;
    if (sections.fee !== undefined && rowFee !== undefined && sections.fee.includes('\n')) {
      const lines = sections.fee.split('\n').map(oneLine);
      if (lines.includes(oneLine(String(rowFee)))) procedure.fee = sections.fee;
    }
    // A channel's limit or fee that is the procedure's own is left to it, as a procedure file writes it; the workbook
    // says only what the file said, so a channel's fee equal to the procedure's stays.
    if (sections.channels)
      procedure.channels = asWritten
        ? sections.channels.map(channelShortForm)
        : sections.channels.map((channel) => ownOf(channel, procedure));
    const notes = [...outcome.imported.notes, ...unread, ...unreadLines, ...kept.map((value) => value.note)];
    // One line for the columns kept from every table, the step table's included.
    const allKept = [...(outcome.imported.kept ?? []), ...kept];
    const warnings = withKeptSaid(outcome.imported.warnings, allKept);
    for (const table of unreadTables) warnings.push(said('tableUnread', { table }));
    for (const { heading, paragraph, count } of unreadSections)
      warnings.push(said('sectionUnread', { heading, paragraph, count, s: count === 1 ? '' : 's' }));
    if (unread.length > 0) warnings.push(said('tableRowsKept', { count: unread.length }));
    if (unreadLines.length > 0) warnings.push(said('linesKept', { count: unreadLines.length }));
    if (four && !procedure.four_on_the_spot) {
      notes.push(FOUR_ON_THE_SPOT_NOTE);
      warnings.push(said('fourOnTheSpot'));
    }
    const keptAll = allKept.length > 0 ? { kept: allKept } : {};
    return { ...outcome, imported: { ...outcome.imported, procedure, notes, warnings, ...keptAll } };
  });
}
