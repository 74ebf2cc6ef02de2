/**
 * A streaming reader for JSON dossier exports: a JSON document that is a list of objects or an object holding one
 * (`{"data": [...]}`), or JSON Lines (one object per line, `.jsonl`/`.ndjson`). Each dossier object is cut out and
 * parsed alone, so the file never sits in memory.
 */

import type { Lang, Translated } from '../i18n.js';
import { duplicateJsonKey, duplicateKeyMessage, jsonKey } from '../interchange/json-duplicates.js';
import {
  jsonComment,
  jsonEndsEarly,
  jsonMissingComma,
  jsonMissingValue,
  jsonParseProblem,
  jsonTextAfter,
  jsonTrailingComma,
} from '../interchange/json-position.js';
import { LineIndex } from '../model/source.js';
import { MAX_DOSSIER_ROWS, tooManyRows } from './row-ceiling.js';

/** One dossier object and the line it starts on. */
export interface JsonRecord {
  row: number;
  value: Record<string, unknown>;
}

/** A file that is not JSON where a dossier was expected. */
export class JsonRecordError extends Error {
  override name = 'JsonRecordError';
  constructor(
    readonly row: number,
    private readonly translations: Translated,
    /** The column on that line, where the problem is known more closely than its dossier. */
    readonly column?: number,
  ) {
    super(translations.en);
  }

  /** The message in a language. */
  text(lang: Lang): string {
    return this.translations[lang];
  }
}

const MAX_RECORD_CHARS = 1_000_000;
// Lists and objects open around the dossiers: an export wraps them in two or three; more is not an export.
const MAX_WRAPPER_DEPTH = 64;
// Lists and objects open inside one dossier: an export's hold a list of pauses or steps, two or three deep. Deeper,
// the object would overflow the stack of whatever walks it (a million `[` fit in a dossier's million characters).
const MAX_VALUE_DEPTH = 64;
/**
 * The most distinct keys the dossiers of one file may have between them: Excel's columns. An export's records share
 * a few dozen; each record is read as a row of every key, so a file whose every record had keys of its own would grow
 * without bound.
 */
export const MAX_JSON_KEYS = 16_384;

// The shapes read, said whenever a file holds none of them.
const SHAPES: Translated = {
  en: 'procmap reads the dossiers as objects in a list, [{…}, {…}], in a list inside an object, {"data": [{…}, {…}]}, or one object per line (JSON Lines, .jsonl)',
  vi: 'procmap đọc hồ sơ là các đối tượng trong một danh sách, [{…}, {…}], trong một danh sách nằm trong một đối tượng, {"data": [{…}, {…}]}, hoặc mỗi dòng một đối tượng (JSON Lines, .jsonl)',
};

/** Feeds on text chunks and hands out the complete dossier objects. */
export class JsonRecordParser {
  // Open containers: '[' or '{'.
  private readonly stack: number[] = [];
  private inString = false;
  private escaped = false;
  private line = 1;
  // Characters of the current line that earlier chunks held: a column goes on across chunks.
  private lineChars = 0;
  // Colons outside strings since the dossier began: one per key, so fewer keys in the parsed object means a key was
  // written twice (JSON.parse keeps the last). Counting them costs nothing in this loop; finding which key, a scan.
  private colons = 0;
  private record: string[] = [];
  private recordChars = 0;
  private recordDepth = -1;
  private recordLine = 0;
  private recordColumn = 0;
  // Outside the dossiers (a wrapper such as `{"total": 2, "data": [...]}`), the keys of each open object, undefined
  // for a list: a dossier's are checked when it is parsed, the wrapper's here, since it is never parsed whole.
  private readonly wrapperKeys: (Set<string> | undefined)[] = [];
  private keyNext = false;
  // The wrapper key being read: its text so far (it may span chunks), and where it starts.
  private key: string[] | undefined;
  private keyLine = 0;
  private keyColumn = 0;
  // Whether the file holds anything, any dossier, any list where dossiers are read, and where the first thing other
  // than a dossier stands in such a list: a file with no dossier is empty only when it holds nothing or empty lists.
  private content = false;
  private records = 0;
  private lists = 0;
  private strayLine = 0;
  // In the list of dossiers (a document's, not JSON Lines): whether a dossier just closed with no comma after it yet,
  // and where a comma stands with no item after it yet. Dossiers are cut out one by one, so JSON.parse never sees the
  // list: two dossiers with no comma between them were read as if it were there.
  private afterRecord = false;
  private comma: { line: number; column: number } | undefined;
  // Whether a document's one top value has closed: anything after it is no JSON, which JSON.parse would refuse.
  private ended = false;

  /** `lines`: every top-level object is a dossier (JSON Lines); `document`: dossiers are the objects of a list. */
  constructor(
    private readonly mode: 'document' | 'lines' = 'document',
    /** MAX_DOSSIER_ROWS but in tests, which would otherwise write millions of dossiers to reach it. */
    private readonly maxRows = MAX_DOSSIER_ROWS,
  ) {}

  /** Adds a chunk of text; returns the dossier objects it completed. */
  push(text: string): JsonRecord[] {
    const out: JsonRecord[] = [];
    let from = this.recordDepth >= 0 ? 0 : -1;
    let keyFrom = 0;
    let lineStart = -this.lineChars;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        this.line++;
        lineStart = i + 1;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) {
          this.inString = false;
          if (this.key) this.wrapperKey(text.slice(keyFrom, i));
        }
        continue;
      }
      if (c === 34) {
        this.inString = true;
        if (this.stack.length === 0 && this.ended) throw this.textAfter(c, i - lineStart + 1);
        if (this.stack.length === 0) this.content = true;
        else if (this.recordDepth < 0 && this.isRecordPlace()) this.stray();
        if (this.keyNext) {
          this.keyNext = false;
          this.key = [];
          this.keyLine = this.line;
          this.keyColumn = i - lineStart + 1;
          keyFrom = i + 1;
        }
      } else if (c === 58) this.colons++;
      else if (c === 123 || c === 91) {
        if (this.stack.length === 0 && this.ended) throw this.textAfter(c, i - lineStart + 1);
        if (this.stack.length === 0) this.content = true;
        if (this.recordDepth < 0 && this.stack.length >= MAX_WRAPPER_DEPTH)
          throw new JsonRecordError(
            this.line,
            {
              en: `lists and objects are nested more than ${MAX_WRAPPER_DEPTH} levels deep here, with no dossier: ${SHAPES.en}`,
              vi: `danh sách và đối tượng lồng nhau sâu quá ${MAX_WRAPPER_DEPTH} mức ở đây mà không có hồ sơ nào: ${SHAPES.vi}`,
            },
            i - lineStart + 1,
          );
        if (this.recordDepth >= 0 && this.stack.length - this.recordDepth >= MAX_VALUE_DEPTH)
          throw new JsonRecordError(
            this.line,
            {
              en: `a dossier's lists and objects are nested more than ${MAX_VALUE_DEPTH} levels deep here: no export's dossier is; a dossier is an object of fields, {"Mã thủ tục": "…", "Ngày tiếp nhận": "…"}`,
              vi: `danh sách và đối tượng trong một hồ sơ lồng nhau sâu quá ${MAX_VALUE_DEPTH} mức ở đây: không tệp xuất nào có hồ sơ như vậy; mỗi hồ sơ là một đối tượng gồm các trường, {"Mã thủ tục": "…", "Ngày tiếp nhận": "…"}`,
            },
            i - lineStart + 1,
          );
        // A dossier is an object directly inside the top list, inside a list inside the top object, or a line.
        if (c === 123 && this.recordDepth < 0 && this.isRecordPlace()) {
          if (this.afterRecord) throw new JsonRecordError(this.line, jsonMissingComma(), i - lineStart + 1);
          // Refused at the first dossier past the ceiling, not read to its end: each one read is held in the ledger.
          if (this.records >= this.maxRows)
            throw new JsonRecordError(this.line, tooManyRows(this.maxRows), i - lineStart + 1);
          this.comma = undefined;
          this.recordDepth = this.stack.length;
          this.recordLine = this.line;
          this.recordColumn = i - lineStart + 1;
          this.colons = 0;
          from = i;
        } else if (this.recordDepth < 0) {
          if (this.isRecordPlace()) this.stray();
          this.wrapperKeys.push(c === 123 ? new Set() : undefined);
          this.keyNext = c === 123;
        }
        this.stack.push(c);
        if (this.recordDepth < 0 && c === 91 && this.isRecordPlace()) this.lists++;
      } else if (c === 125 || c === 93) {
        if (c === 93 && this.recordDepth < 0 && this.comma && this.isRecordPlace()) {
          const { line, column } = this.comma;
          throw new JsonRecordError(line, jsonTrailingComma(']'), column);
        }
        if (this.recordDepth < 0 && this.isRecordPlace()) this.afterRecord = false;
        if (this.stack.pop() === undefined)
          throw new JsonRecordError(this.line, {
            en: 'a closing bracket has no opening one',
            vi: 'có dấu đóng ngoặc mà không có dấu mở',
          });
        if (this.recordDepth < 0) this.wrapperKeys.pop();
        if (this.stack.length === 0 && this.mode === 'document') this.ended = true;
        if (c === 125 && this.recordDepth === this.stack.length) {
          this.record.push(text.slice(from, i + 1));
          out.push(this.parse());
          this.records++;
          this.afterRecord = this.mode === 'document';
          from = -1;
        }
      } else if (c === 47 && this.recordDepth < 0) {
        // Between dossiers nothing is parsed: a comment there would go unseen, as JSON.parse sees one inside them.
        throw new JsonRecordError(this.line, jsonComment(), i - lineStart + 1);
      } else if (c === 44 && this.recordDepth < 0) {
        this.keyNext = this.wrapperKeys[this.wrapperKeys.length - 1] !== undefined;
        if (this.mode === 'document' && this.isRecordPlace()) {
          if (this.comma) throw new JsonRecordError(this.line, jsonMissingValue(), i - lineStart + 1);
          this.comma = { line: this.line, column: i - lineStart + 1 };
          this.afterRecord = false;
        }
      } else if (c > 32 && this.recordDepth < 0 && this.stack.length > 0 && this.isRecordPlace()) {
        this.stray();
      } else if (this.stack.length === 0 && c > 32 && c !== 0xfeff) {
        throw new JsonRecordError(
          this.line,
          this.mode === 'lines'
            ? { en: 'expected one dossier object per line', vi: 'cần mỗi dòng một đối tượng hồ sơ' }
            : { en: 'expected a list of dossiers', vi: 'cần một danh sách hồ sơ' },
        );
      }
    }
    this.lineChars = text.length - lineStart;
    if (this.key) {
      this.key.push(text.slice(keyFrom));
      // No export has such a key: it is let go unchecked rather than held (the wrapper is never held).
      if (this.key.reduce((sum, part) => sum + part.length, 0) > MAX_RECORD_CHARS) this.key = undefined;
    }
    if (this.recordDepth >= 0 && from >= 0) {
      const rest = text.slice(from);
      this.record.push(rest);
      this.recordChars += rest.length;
      if (this.recordChars > MAX_RECORD_CHARS)
        throw new JsonRecordError(this.recordLine, {
          en: `a dossier object is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters, or never closes: no export has dossiers that long`,
          vi: `một đối tượng hồ sơ dài hơn ${MAX_RECORD_CHARS.toLocaleString('vi-VN')} ký tự, hoặc không bao giờ đóng: không tệp xuất nào có hồ sơ dài như vậy`,
        });
    }
    return out;
  }

  /** Checks that the input ended between dossiers, and that a file with none holds nothing or only empty lists. */
  end(): void {
    if (this.stack.length > 0 || this.inString) {
      const open = this.stack.map((c) => (c === 123 ? '}' : ']'));
      throw new JsonRecordError(this.line, jsonEndsEarly(this.inString ? [...open, '"'] : open), this.lineChars + 1);
    }
    if (this.records > 0 || !this.content || (this.lists > 0 && this.strayLine === 0)) return;
    // Said as what was found where dossiers were looked for: "empty" would send the officer to export it again.
    const where: Translated =
      this.mode === 'lines'
        ? { en: 'no line holds a dossier object', vi: 'không dòng nào là một đối tượng hồ sơ' }
        : this.strayLine > 0
          ? {
              en: 'the list holds other values, not dossier objects {…}',
              vi: 'danh sách chứa các giá trị khác, không phải các đối tượng hồ sơ {…}',
            }
          : {
              en: 'no list of dossiers was found at the top of the file or directly inside its top object',
              vi: 'không thấy danh sách hồ sơ ở ngoài cùng của tệp hay ngay trong đối tượng ngoài cùng',
            };
    throw new JsonRecordError(this.strayLine || 1, {
      en: `no dossier found: ${where.en}; ${SHAPES.en}`,
      vi: `không thấy hồ sơ nào: ${where.vi}; ${SHAPES.vi}`,
    });
  }

  /**
   * The error for a value after a document's top value: an object after an object is most likely JSON Lines in a file
   * named .json, which is read by its name.
   */
  private textAfter(c: number, column: number): JsonRecordError {
    const lines = c === 123 && this.records === 0 && this.lists === 0;
    return new JsonRecordError(
      this.line,
      lines
        ? {
            en: 'a second object after the first: one object per line is JSON Lines, which procmap reads from a file named .jsonl; rename the file, or put the dossiers in one list [ … , … ]',
            vi: 'có đối tượng thứ hai sau đối tượng đầu: mỗi dòng một đối tượng là JSON Lines, procmap đọc từ tệp có đuôi .jsonl; hãy đổi tên tệp, hoặc đặt các hồ sơ vào một danh sách [ … , … ]',
          }
        : jsonTextAfter(),
      column,
    );
  }

  /** Notes the first value other than a dossier where dossiers are read. */
  private stray(): void {
    this.comma = undefined;
    this.afterRecord = false;
    if (this.mode === 'document' && this.strayLine === 0) this.strayLine = this.line;
  }

  /** Ends a key of the wrapper (its last part in this chunk): refused when its object already has it. */
  private wrapperKey(last: string): void {
    const key = jsonKey([...this.key!, last].join(''));
    this.key = undefined;
    const keys = this.wrapperKeys[this.wrapperKeys.length - 1]!;
    if (keys.has(key)) throw new JsonRecordError(this.keyLine, duplicateKeyMessage(key), this.keyColumn);
    keys.add(key);
  }

  private isRecordPlace(): boolean {
    const s = this.stack;
    if (this.mode === 'lines') return s.length === 0;
    return (s.length === 1 && s[0] === 91) || (s.length === 2 && s[0] === 123 && s[1] === 91);
  }

  private parse(): JsonRecord {
    const text = this.record.join('');
    const row = this.recordLine;
    this.record = [];
    this.recordChars = 0;
    this.recordDepth = -1;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      const problem = jsonParseProblem(text, error);
      const { said } = problem;
      const message = {
        en: `the dossier object is not valid JSON: ${said.en}`,
        vi: `đối tượng hồ sơ không phải JSON hợp lệ: ${said.vi}`,
      };
      if (problem.offset < 0) throw new JsonRecordError(row, message);
      throw this.errorAt(text, problem.offset, message);
    }
    const duplicate = keyCount(value) === this.colons ? undefined : duplicateJsonKey(text);
    if (duplicate !== undefined) throw this.errorAt(text, duplicate.offset, duplicateKeyMessage(duplicate.key));
    return { row, value };
  }

  /** An error at an offset of the dossier object just cut out, on the line and column of the file. */
  private errorAt(text: string, offset: number, message: Translated): JsonRecordError {
    const at = new LineIndex(text).position(offset);
    const column = at.line === 1 ? this.recordColumn + at.column - 1 : at.column;
    return new JsonRecordError(this.recordLine + at.line - 1, message, column);
  }
}

/** The keys of every object in a parsed JSON value. */
function keyCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keyCount(item), 0);
  const items = Object.values(value);
  let count = items.length;
  for (const item of items) if (item !== null && typeof item === 'object') count += keyCount(item);
  return count;
}
