/**
 * A row set aside's reason as data, for the hidden column of procmap's workbook ("Dữ liệu lý do"), and read back from
 * it: the row comes back with the very fields the run that set it aside had, in no language, rather than taken apart
 * from its words (src/format/ontime-reason-read.ts, kept for workbooks written before the column).
 */
import { createHash } from 'node:crypto';
import { cellText } from './cells.js';
import type { BadReason, BadRow } from './evaluate.js';

// JSON: quotes, line breaks and control characters are escaped into plain printable text, which Excel and LibreOffice
// keep as it is when they save the workbook again (a shared string, not a formula, never a number).
// "v" changes when the meaning of a field does: a workbook from a later procmap is then read by its words.
const VERSION = 1;

// Excel holds at most 32,767 characters in a cell and cuts the rest when it opens the file: a longer data cell is not
// written, and that row reads back by its words.
const MAX_CELL = 32_767;

/** The reason's fields a row set aside carries, where it was read and its words apart. */
export type ReasonFields = Omit<BadRow, 'file' | 'row' | 'reasonText'>;

/**
 * The data cell of a row set aside: its reason, its fields, and a fingerprint of the words written beside it, so that
 * words an officer changed are not replaced by the data of the words that were there. Undefined when too long.
 */
export function reasonData(row: BadRow, words: string): string | undefined {
  const { file: _file, row: _row, reasonText: _text, ...fields } = row;
  const data = JSON.stringify({ v: VERSION, ...fields, words: fingerprint(words) });
  return data.length > MAX_CELL ? undefined : data;
}

/**
 * The fields a data cell gives a row set aside, when the cell is well formed, says the same reason as the code column,
 * and the words beside it are those it was written with; else undefined (the row is then read by its words).
 */
export function readReasonData(cell: unknown, code: BadReason, words: string): ReasonFields | undefined {
  // A replacement character is a letter lost in reading (exceljs's streaming reader decodes each 16 KiB of a part on
  // its own, and a letter of several bytes cut between two becomes U+FFFD): its values cannot be trusted.
  if (typeof cell !== 'string' || !cell.startsWith('{') || cell.includes('\uFFFD')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { v, words: said, ...fields } = parsed as Record<string, unknown>;
  if (v !== VERSION || said !== fingerprint(words) || fields.reason !== code) return undefined;
  const known = (key: string): key is keyof ReasonFields => Object.hasOwn(FIELD_CHECKS, key);
  return Object.entries(fields).every(([key, value]) => known(key) && FIELD_CHECKS[key](value))
    ? (fields as unknown as ReasonFields)
    : undefined;
}

/**
 * The words' fingerprint, as the reader sees them (cellText: NFC, full-width digits as ASCII, trimmed) with line ends
 * as one: a spreadsheet that saves a line break as CR LF has not changed the words.
 */
function fingerprint(words: string): string {
  const seen = cellText(words).replace(/\r\n?/g, '\n');
  return createHash('sha256').update(seen).digest('base64url').slice(0, 16);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isMoment = (value: unknown) => Number.isSafeInteger(value);
const isStrings = (value: unknown) => Array.isArray(value) && value.every(isString);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const PAUSE_KEYS = new Set(['start', 'end', 'startColumn', 'endColumn', 'day']);

// Every field of BadRow the data may hold, and what it must be: a cell with any other key, or a value of another
// kind, is not procmap's data (edited by hand, or from a later version) and the row is read by its words. Keyed by
// the fields themselves, so that a field added to BadRow does not compile until it is checked here.
const FIELD_CHECKS: Record<keyof ReasonFields, (value: unknown) => boolean> = {
  reason: isString,
  value: isString,
  received: isMoment,
  finished: isMoment,
  pauseFrom: isMoment,
  asOf: isMoment,
  kept: isString,
  keptAs: isString,
  procedureFile: isString,
  candidates: isStrings,
  candidateFiles: isStrings,
  unmarkedAgency: isString,
  procedureName: isString,
  codeProcedure: isString,
  status: isString,
  procedureError: (value) =>
    isRecord(value) &&
    Object.keys(value).length === 2 &&
    Number.isSafeInteger(value.line) &&
    Number.isSafeInteger(value.column),
  column: isString,
  cell: isString,
  pausePart: isString,
  pauseOneMoment: (value) => value === true,
  pause: (value) =>
    isRecord(value) &&
    isString(value.start) &&
    isString(value.end) &&
    Object.entries(value).every(([key, part]) => PAUSE_KEYS.has(key) && isString(part)),
};
