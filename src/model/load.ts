import { yaml } from './yaml-module.js';
import jsyaml from 'js-yaml';
import { readBulletedLists, type BulletedList } from './bulleted-lists.js';
import { readChannelMaps, type NamedChannels } from './channel-maps.js';
import { keyColons, withColons } from './full-width-colons.js';
import { hasLookalikes, readLookalikes, trimReadFields, type LookalikeValue } from './lookalikes.js';
import { readDossierLineLookalikes } from './dossier-line.js';
import { readKeyedItems } from './keyed-items.js';
import { mayHaveQuotedValues, readQuotedValues, unquotedValue } from './typographic-quotes.js';
import type { Document, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { fill, type Lang, type Translated } from '../i18n.js';
import { dataObject, isMap } from './data-object.js';
import { keepWrittenOrders } from './split-values.js';
import { decodeText } from './decode.js';
import { CONFLICT_MESSAGE, conflictMarkers } from './conflict-markers.js';
import { excessiveNesting } from './depth.js';
import { selfAliases } from './self-aliases.js';
import { collectionKeys, mayHaveCollectionKeys } from './collection-keys.js';
import { LIMITS } from './limits.js';
import { escapeControls, mayHoldInvisibleEscape, quoted, withoutInvisible } from './quote.js';
import { hasInvisible, isNfcText } from './text-facts.js';
import { keepNumberWords, keepWrittenNumbers } from './written-numbers.js';
import { readSoFar, toldByField } from './stopped-marks.js';
import {
  foreignTags,
  markAtError,
  markedKeys,
  ownTags,
  unresolvedAlias,
  unusedAnchors,
  type MarkProblem,
} from './yaml-marks.js';
import { listItemProblem } from './list-item-indent.js';
import {
  mayHaveOddIndent,
  oddAfterColon,
  bulletAmongDashes,
  bulletedKeys,
  oddIndent,
  pastedBullets,
  starBullet,
  tabIndent,
  startsWithOddSpace,
  type PastedProblem,
} from './pasted-lines.js';
import { readCitedDates, type CitedDate } from './decision-dates.js';
import { locatePlaced, placeEntry, placeFile, topLevelEntries } from './locator.js';
import { FILE_START, LineIndex, loneCrAsLf } from './source.js';
import { versionDirective, versionDirectiveMessage } from './version-directive.js';
import type { Diagnostic, NodePath, SourceRange } from './types.js';
import { yamlShapeFix } from './yaml-shape-fix.js';

/** A procedure file read into data, with a way back from any data path to its place in the source. */
export interface LoadedFile {
  file: string;
  /** The decoded text (BOM removed), or '' when the file could not be decoded. */
  text: string;
  /** The data with every string NFC-normalised; undefined when the file could not be parsed. */
  data: unknown;
  /** Problems found while reading: encoding and YAML syntax (rule `parse`). */
  diagnostics: Diagnostic[];
  /** Where a data path stands in the source: the value, or with `key` the key of a map entry. */
  locate(path: NodePath, target?: 'key' | 'value'): SourceRange;
  /** Channels written by name and limit, which `data` holds as `{ kind, time_limit }` (see readChannelMaps). */
  namedChannels?: NamedChannels;
  /** Lists written as lines that each start with a bullet, which `data` holds as the lists they are (see readBulletedLists). */
  bulletedLists?: BulletedList[];
  /** Full-width colons written after a key (`duration： 4h`), which procmap reads as ":" (see keyColons). */
  keyColons?: SourceRange[];
  /** Texts written in typographic quotes (`“01/03/2025”`), which `data` holds without them (see readQuotedValues). */
  quotedValues?: NodePath[];
  /** Values written with full-width characters (`０５ ngày làm việc`), which `data` holds in ASCII (see readLookalikes). */
  lookalikes?: LookalikeValue[];
  /** Dates written with their decision (`Quyết định số 123/QĐ-UBND ngày 01/07/2025`), which `data` holds alone. */
  citedDates?: CitedDate[];
  /** Marks with nothing after them (`id: &receive`), told in place of what the schema says of their empty values. */
  emptyMarks?: EmptyMark[];
  /** Texts whose first word YAML read as a name for the rest (`body: &cm CM`), read whole. */
  anchoredValues?: AnchoredValue[];
  /**
   * The warning on a `%YAML` line asking for another version than 1.2, which procmap does not follow (also among
   * `diagnostics`): a settings file, which has no warnings to tell, refuses it.
   */
  versionDirective?: Diagnostic;
}

/**
 * A text whose first word YAML reads as a name for the rest (`body: &cm CM`), which nothing refers to: the data holds
 * the whole text, as written, unless the field cannot hold it (src/lint/anchored-values.ts).
 */
export interface AnchoredValue {
  /** Where the value YAML reads starts: where the data's value is located. */
  value: SourceRange;
  /** The value YAML reads, without the mark. */
  read: unknown;
  /** The warning told (among `diagnostics`): put the whole text in quotes. */
  diagnostic: Diagnostic;
  /** The warning told instead where the field cannot hold the whole text: remove the mark. */
  named: Diagnostic;
  /** The problem told instead where no field chooses (a settings file): remove the mark, or quote the text. */
  either: Diagnostic;
}

/** A mark with no value after it: where the empty value stands, and the problem told when that value is needed. */
export interface EmptyMark {
  value: SourceRange;
  /** The mark as written (`&receive`): the value its quotes would make. */
  written: string;
  diagnostic: Diagnostic;
  /** The problem told instead where the field cannot hold the mark (a step id): the word without the "&" or "!". */
  bare?: Diagnostic;
  /**
   * Set when `data` holds the mark as the value's text (`id: !B1`) and `diagnostic` is among the file's own: `bare`
   * takes its place only where the field refuses the mark and takes the word.
   */
  told?: true;
}

// The loader runs before anyone knows the reader's language (and in lint workers): its diagnostics carry English,
// with every language kept aside for `localised` to pick from.
const TRANSLATIONS = new WeakMap<Diagnostic, Translated>();

function parseDiagnostic(
  file: string,
  range: SourceRange,
  message: Translated,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  const diagnostic: Diagnostic = { file, ...range, severity, rule: 'parse', message: message.en };
  TRANSLATIONS.set(diagnostic, message);
  return diagnostic;
}

/** A loader diagnostic in a language (others come back as they are). */
export function localised(diagnostic: Diagnostic, lang: Lang): Diagnostic {
  const message = TRANSLATIONS.get(diagnostic)?.[lang];
  return message === undefined || message === diagnostic.message ? diagnostic : { ...diagnostic, message };
}

const TOO_DEEP: Translated = {
  en: `Nesting deeper than ${LIMITS.maxDepth} levels; a procedure needs a few`,
  vi: `Lồng nhau sâu quá ${LIMITS.maxDepth} mức; một quy trình chỉ cần vài mức`,
};
const TOO_DEEP_SETTINGS: Translated = {
  en: `Nesting deeper than ${LIMITS.maxDepth} levels; a configuration or calendar file needs a few`,
  vi: `Lồng nhau sâu quá ${LIMITS.maxDepth} mức; một tệp cấu hình hay tệp lịch chỉ cần vài mức`,
};

const TOO_MANY_ALIASES: Translated = {
  en: `Too many alias expansions (limit ${LIMITS.maxAliasCount}): the file repeats its references (*name) more often than a procedure needs; write each text once where it is used`,
  vi: `Quá nhiều lần dùng tham chiếu (*) (tối đa ${LIMITS.maxAliasCount}): tệp lặp lại tham chiếu (*tên) nhiều hơn một quy trình cần; hãy ghi thẳng từng nội dung ở nơi dùng nó`,
};
const TOO_MANY_ALIASES_SETTINGS: Translated = {
  en: `Too many alias expansions (limit ${LIMITS.maxAliasCount}): the file repeats its references (*name) more often than a configuration or calendar file needs; write each value once where it is used`,
  vi: `Quá nhiều lần dùng tham chiếu (*) (tối đa ${LIMITS.maxAliasCount}): tệp lặp lại tham chiếu (*tên) nhiều hơn một tệp cấu hình hay tệp lịch cần; hãy ghi thẳng từng giá trị ở nơi dùng nó`,
};
const MULTIPLE_DOCS: Translated = {
  en: 'A procedure file holds one YAML document; this one starts a second with "---"',
  vi: 'Mỗi tệp quy trình chỉ chứa một tài liệu YAML; tệp này bắt đầu tài liệu thứ hai bằng "---"',
};
const MULTIPLE_DOCS_SETTINGS: Translated = {
  en: 'A configuration or calendar file holds one YAML document; this one starts a second with "---"',
  vi: 'Mỗi tệp cấu hình hay tệp lịch chỉ chứa một tài liệu YAML; tệp này bắt đầu tài liệu thứ hai bằng "---"',
};
// The words naming a procedure, by the words naming a configuration or calendar file instead.
const AS_SETTINGS = new Map<Translated, Translated>([
  [TOO_DEEP, TOO_DEEP_SETTINGS],
  [TOO_MANY_ALIASES, TOO_MANY_ALIASES_SETTINGS],
  [MULTIPLE_DOCS, MULTIPLE_DOCS_SETTINGS],
]);

/** A loader diagnostic as said of a configuration file: the words that name a procedure name the file it is. */
export function ofSettingsFile(diagnostic: Diagnostic): Diagnostic {
  const words = AS_SETTINGS.get(TRANSLATIONS.get(diagnostic)!);
  if (words === undefined) return diagnostic;
  const said = { ...diagnostic, message: words.en };
  TRANSLATIONS.set(said, words);
  return said;
}

// yaml's messages by error code in plain words, for readers who are not programmers (yaml's name its grammar: "implicit
// keys", "mapping items"); a code not listed keeps yaml's own words in English.
const YAML_EN: Record<string, string> = {
  BAD_INDENT:
    'Wrong indentation: the items of one level must start at the same column; indent this line as the lines of its level',
  TAB_AS_INDENT: 'This line is indented with a Tab, which YAML does not count as indentation: indent it with spaces',
  MULTILINE_IMPLICIT_KEY:
    'A field name must stand on one line, followed by ":"; a ":" may be missing here, or the line before is indented wrongly',
  BLOCK_AS_IMPLICIT_KEY:
    'A field name must stand on one line, followed by ":"; a ":" may be missing here, or the indentation is wrong',
  MISSING_CHAR: 'A closing mark is missing: a bracket or a quote is not closed',
  UNEXPECTED_TOKEN: 'This cannot stand here; a ":" may be missing, or the indentation is wrong',
  BAD_SCALAR_START: 'A value cannot start with this character: put the whole value in quotes "…"',
  BLOCK_IN_FLOW: 'Inside [ ] or { }, write no list or map over several lines',
};

// yaml's messages by error code, for Vietnamese readers.
const YAML_VI: Record<string, string> = {
  BAD_INDENT: 'Thụt lề không đúng: các mục cùng cấp phải thẳng cột với nhau',
  TAB_AS_INDENT: 'Dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  MULTILINE_IMPLICIT_KEY: 'Tên trường phải nằm trên một dòng; có thể thiếu dấu ":" hoặc thụt lề sai ở dòng trước',
  BLOCK_AS_IMPLICIT_KEY: 'Tên trường phải nằm trên một dòng; có thể thiếu dấu ":" hoặc thụt lề sai',
  MISSING_CHAR: 'Thiếu ký tự đóng: dấu ngoặc hoặc dấu nháy chưa được đóng',
  UNEXPECTED_TOKEN: 'Ký tự không mong đợi ở đây; có thể thiếu dấu ":" hoặc thụt lề sai',
  BAD_SCALAR_START: 'Giá trị không thể bắt đầu bằng ký tự này; hãy đặt cả giá trị trong dấu nháy "…"',
  BAD_DQ_ESCAPE: 'Dấu "\\" trong chuỗi đặt trong nháy kép phải đi kèm ký tự hợp lệ; viết "\\\\" cho một dấu "\\"',
  BLOCK_IN_FLOW: 'Không dùng danh sách hay bảng nhiều dòng bên trong [ ] hoặc { }',
  BAD_ALIAS: 'Tham chiếu (*) không hợp lệ',
  ALIAS_PROPS: 'Tham chiếu (*) không được có nhãn hay thẻ',
  MULTIPLE_ANCHORS: 'Một giá trị chỉ có một nhãn (&)',
  MULTIPLE_TAGS: 'Một giá trị chỉ có một thẻ (!)',
  BAD_PROP_ORDER: 'Nhãn (&) và thẻ (!) phải đứng trước giá trị',
  BAD_DIRECTIVE: 'Chỉ thị YAML (%) không hợp lệ',
  KEY_OVER_1024_CHARS: 'Tên trường dài quá 1024 ký tự',
  NON_STRING_KEY: 'Tên trường phải là văn bản',
  TAG_RESOLVE_FAILED: 'Không đọc được giá trị theo thẻ (!) đã ghi',
  BAD_COLLECTION_TYPE: 'Kiểu danh sách hay bảng không hợp lệ',
};

// yaml gives MISSING_CHAR for several marks; the ones officers meet, by yaml's own words, said as what to write.
const MISSING_MARK: readonly [RegExp, Translated][] = [
  [
    /^Implicit map keys need to be followed by map values/,
    {
      en: 'This line has no ":" after a field name: write "field: value", start a note with "#", or indent a text that goes on from the line above as that text',
      vi: 'Dòng này không có dấu ":" sau tên trường: hãy ghi "tên trường: giá trị", thêm "#" ở đầu dòng nếu là ghi chú, hoặc thụt lề thẳng với văn bản phía trên nếu là phần tiếp theo của nó',
    },
  ],
  [
    /^Comments must be separated from other tokens by white space/,
    {
      en: 'A "#" right after a value starts no note: put a space before "#" for a note, or the whole value in quotes "…"',
      vi: 'Dấu "#" dính liền giá trị nên không mở ghi chú: thêm dấu cách trước "#" nếu là ghi chú, hoặc đặt cả giá trị trong dấu nháy "…"',
    },
  ],
  [
    /^Missing ,(?: or :)? between flow (?:map|sequence|collection) items/,
    {
      en: 'Inside [ ] or { }, items are separated by commas: a comma may be missing here, or a value holding ":" or "," needs quotes "…"',
      vi: 'Trong [ ] hoặc { }, các mục cách nhau bằng dấu phẩy: có thể thiếu dấu phẩy ở đây, hoặc giá trị có dấu ":" hay "," cần đặt trong dấu nháy "…"',
    },
  ],
];

// The errors yaml gives for a list item's lines out of line (or "-id:"), whatever it makes of them.
const LIST_ITEM_CODES = new Set(['BAD_INDENT', 'MISSING_CHAR', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

const TOO_MUCH_TEXT: Translated = {
  en: `The file holds more than ${LIMITS.maxExpandedText / 1048576} MiB of text once its aliases are expanded; write each text once`,
  vi: `Tệp chứa hơn ${LIMITS.maxExpandedText / 1048576} MiB văn bản khi các tham chiếu (*) được mở ra; hãy viết mỗi đoạn văn bản một lần`,
};

/**
 * How `normalise` treats each string: already NFC (skip normalising), and whether the text may hold invisible
 * characters, as they are or as escapes ("\u200b"): a name of one alone is empty either way.
 */
interface TextForm {
  nfc: boolean;
  invisible: boolean;
}

/**
 * Deep-copies YAML data, normalising strings to NFC (unless they are known to be: `nfc`) and refusing depth beyond
 * the limit, and more text in all than the limit: an alias repeats a string without repeating its bytes, and every
 * output would repeat it in full. Invisible characters (a zero-width space pasted from a web page after "30 ngày làm
 * việc") are read as nothing, as the officer sees them: rule invisible-characters reports them and --fix deletes them.
 */
function normalise(
  value: unknown,
  depth = 0,
  budget = { text: LIMITS.maxExpandedText },
  form: TextForm = { nfc: false, invisible: true },
): unknown {
  if (depth > LIMITS.maxDepth) throw new RangeError(TOO_DEEP.en);
  if (typeof value === 'string') {
    budget.text -= value.length;
    if (budget.text < 0) throw new RangeError(TOO_MUCH_TEXT.en);
    return readable(value, form);
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item, depth + 1, budget, form));
  // `!!set` and `!!omap` make a Set and a Map (yaml-marks.ts reports the tag): read as the list and the map written.
  if (value instanceof Set) return normalise([...value], depth, budget, form);
  if (value instanceof Map) return normalise(Object.fromEntries(value), depth, budget, form);
  if (value !== null && typeof value === 'object') {
    // No Object.prototype in the chain: a `__proto__` key in a procedure stays a plain key, never a prototype.
    const out = dataObject();
    for (const [key, item] of Object.entries(value))
      out[readable(key, form)] = normalise(item, depth + 1, budget, form);
    return out;
  }
  return value;
}

/** A string as procmap reads it: NFC, without invisible characters. */
function readable(text: string, form: TextForm): string {
  const seen = form.invisible ? withoutInvisible(text) : text;
  return form.nfc ? seen : seen.normalize('NFC');
}

/**
 * Whether every string parsed from this text is already NFC, so that normalising each one (ICU, per string: about a
 * tenth of a lint) can be skipped. Without an escape (`\`), a parsed string is pieces of the text joined by spaces,
 * line breaks or a quote; pieces of NFC text are NFC and those joins compose with nothing, so the strings of an NFC
 * text are NFC. Checked over millions of random strings and by test/model/nfc-fast-path.test.ts against normalising
 * each string.
 */
function stringsAreNfc(text: string): boolean {
  return !text.includes('\\') && isNfcText(text);
}

/** Whether a map's key is left out (`: x`): a null scalar of no width, where `~` or `null` would be written. */
function isEmptyKey(key: Scalar): boolean {
  return key.value === null && key.range !== undefined && key.range?.[0] === key.range?.[1];
}

/**
 * Where a key left out (`    : Thẩm định`) is written: its colon. `yaml` places the missing key where the line (or
 * the text after the previous value) starts, which would point at the indentation, or at the map's first line.
 */
function emptyKeyRange(key: unknown, text: string, lines: LineIndex): SourceRange | undefined {
  if (!yaml().isScalar(key) || !isEmptyKey(key)) return undefined;
  let at = key.range![0];
  for (;;) {
    while (at < text.length && /[ \t\r\n]/.test(text[at]!)) at++;
    if (text[at] !== '#') break;
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  }
  return text[at] === ':' ? lines.range(at, at + 1) : undefined;
}

function nodeRange(node: Node | null | undefined, lines: LineIndex): SourceRange | undefined {
  const range = node?.range;
  return range ? lines.range(range[0], range[1]) : undefined;
}

function keyText(key: unknown): string | undefined {
  // A key left out (`: x`) is the data's "" key; `~: x`, null written, is its "null".
  if (yaml().isScalar(key) && isEmptyKey(key)) return '';
  if (yaml().isScalar(key)) return withoutInvisible(String(key.value)).normalize('NFC');
  return undefined;
}

// Each map's pairs by key text, the first of a key that is written twice as the data keeps it: a file with twenty
// thousand problems in one map is located in one pass over it, not one per problem.
const pairsByKey = new WeakMap<object, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let pairs = pairsByKey.get(map);
  if (pairs) return pairs;
  pairs = new Map();
  for (const item of map.items) {
    const key = keyText(item.key);
    if (key !== undefined && !pairs.has(key)) pairs.set(key, item);
  }
  pairsByKey.set(map, pairs);
  return pairs;
}

/** Finds the node at a data path, falling back to the deepest node that exists. */
function locateIn(doc: Document, text: string, lines: LineIndex, path: NodePath, target: 'key' | 'value'): SourceRange {
  let node: unknown = doc.contents;
  let best = nodeRange(doc.contents as Node, lines) ?? FILE_START;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (yaml().isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
      if (!pair) return best;
      const keyRange = emptyKeyRange(pair.key, text, lines) ?? nodeRange(pair.key as Node, lines);
      if (last && target === 'key' && keyRange) return keyRange;
      node = pair.value;
      best = nodeRange(node as Node, lines) ?? keyRange ?? best;
    } else if (yaml().isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return best;
      best = nodeRange(node as Node, lines) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

/** A file refused for its size before it is read, so a huge file never sits in memory. */
export function tooLargeFile(file: string, bytes: number): LoadedFile {
  const data = { size: (bytes / 1048576).toFixed(1), max: LIMITS.maxFileBytes / 1048576 };
  return unreadableFile(file, {
    en: fill('File is {size} MiB; procmap reads procedure files up to {max} MiB', data),
    vi: fill('Tệp nặng {size} MiB; procmap đọc tệp quy trình tối đa {max} MiB', data),
  });
}

/** A file that could not be read at all (too large, a link git cannot follow), with the reason at its start. */
export function unreadableFile(file: string, message: Translated): LoadedFile {
  const diagnostic = parseDiagnostic(file, FILE_START, message);
  return { file, text: '', data: undefined, diagnostics: [diagnostic], locate: () => FILE_START };
}

interface CstToken {
  type?: string;
  offset?: number;
  source?: string;
  start?: { source?: string };
  end?: CstToken[];
}

/** Every token of yaml's concrete syntax tree for a text, outer before inner, in source order. */
function* cstTokens(text: string): Generator<CstToken> {
  function* walk(token: unknown): Generator<CstToken> {
    if (token === null || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      for (const item of token) yield* walk(item);
      return;
    }
    yield token as CstToken;
    for (const [key, value] of Object.entries(token)) if (key !== 'source') yield* walk(value);
  }
  for (const token of new (yaml().Parser)().parse(text)) yield* walk(token);
}

/** Where the quoted scalar that runs on to `end` (never closed) opens, and its quote character. */
function unclosedQuoteAt(text: string, end: number): { offset: number; quote: string } | undefined {
  for (const t of cstTokens(text)) {
    if (
      (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') &&
      t.offset !== undefined &&
      t.offset < end &&
      t.offset + t.source!.length >= end
    )
      return { offset: t.offset, quote: t.source![0]! };
  }
  return undefined;
}

/** Where the innermost bracket (`[` or `{`) opened before `end` and never closed stands, and which it is. */
function unclosedBracketBefore(text: string, end: number): { offset: number; bracket: string } | undefined {
  let found: { offset: number; bracket: string } | undefined;
  for (const t of cstTokens(text)) {
    if (t.type !== 'flow-collection' || t.offset === undefined || t.offset >= end) continue;
    const closed = t.end?.some((e) => e.type === 'flow-seq-end' || e.type === 'flow-map-end');
    if (!closed) found = { offset: t.offset, bracket: t.start?.source ?? '[' };
  }
  return found;
}

/** The text of the line where `at` stands, without its line break (LF or CRLF, as `yaml` reads lines). */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

// The key at the start of a `key: value` line (or of `- key: value`), with the colon and the spaces after it.
const KEY_OF_LINE = /^\s*(?:-\s+)?([^\s#"'[{][^:#]*?):\s+/;

/** The key of a `key: value` line where `at` stands, when it has one. */
function keyOfLine(text: string, at: number): string | undefined {
  return KEY_OF_LINE.exec(lineAt(text, at))?.[1];
}

/** A `key:value` line without the space after the colon, or a `key = value` line: the key, the value, which. */
function keyWrittenWithout(line: string): { key: string; value: string; mark: ':' | '=' | '：' } | undefined {
  const colon = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):(\S.*)$/.exec(line);
  if (colon) return { key: colon[1]!, value: colon[2]!.trim(), mark: ':' };
  // The full-width colon some input methods type, which YAML takes for a letter.
  const other = /^\s*(?:-\s+)?([A-Za-z_][\w-]*) ?([=：]) ?(\S.*)$/.exec(line);
  if (other) return { key: other[1]!, value: other[3]!.trim(), mark: other[2] as '=' | '：' };
  // A key in any words alone on its line, a label of `next` (`Không đạt：B5`): the full-width colon is its colon.
  const words = /^[ \t]*([^\s#"'[\]{}|>&*!%@`,?:：-][^#:："'\n]*?) ?：(\S.*)$/.exec(line);
  return words ? { key: words[1]!, value: words[2]!.trim(), mark: '：' } : undefined;
}

// A field's name as the schema spells them (`name`, `time_limit`): a list item that starts with any other words before
// ": " is a line of text (`- Đơn (Bản chính: 1 - Bản sao: 0)`), never a field and its value.
const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * The key and the plain value of the line where `at` stands, when the value holds ": " (or ends with ":"), which
 * YAML reads as a key inside the value: `time_limit: 10 ngày (trực tuyến: 8 ngày)`. With where the value starts, and
 * whether it is all on that line (no deeper line below goes on with it), so that quoting it is the whole fix. A list
 * item whose words before ": " are no field's name is one value from its first word, and has no key.
 */
function colonInValue(
  text: string,
  at: number,
): { key?: string; value: string; start: number; whole: boolean } | undefined {
  const line = lineAt(text, at);
  const key = KEY_OF_LINE.exec(line);
  if (!key) return undefined;
  // The value up to a comment; cut without a pattern that backtracks over long runs of spaces.
  const rest = line.slice(key[0].length);
  const comment = /\s#/.exec(rest);
  const value = (comment ? rest.slice(0, comment.index) : rest).trim();
  if (!/^[^\s"'[{|>&*!%@`#]/.test(value) || !/:(?:\s|$)/.test(value)) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // The next line with text: indented deeper than the key, it may be the value going on (or what the officer nested).
  const keyIndent = key[0].length - key[0].trimStart().length + (/^\s*-\s+/.exec(key[0])?.[0].trimStart().length ?? 0);
  const below = text
    .slice(lineStart + line.length)
    .split('\n')
    .find((next) => next.trim() !== '' && !next.trimStart().startsWith('#'));
  const whole = below === undefined || /^[ \t]*/.exec(below)![0].length <= keyIndent;
  const item = /^\s*-\s+/.exec(key[0]);
  if (item && !FIELD_NAME.test(key[1]!)) {
    const start = item[0].length;
    const end = key[0].length + (comment ? comment.index : rest.length);
    return { value: line.slice(start, end).trim(), start: lineStart + start, whole };
  }
  return { key: key[1]!, value, start: lineStart + key[0].length, whole };
}

/**
 * A list item with ": " in its text and items under it (`- Trường hợp 1: Cá nhân đăng ký` and `- Đơn đề nghị` below):
 * a heading, which YAML reads only as a key in quotes. Where the heading's text starts and ends, and the text; `at` is
 * where YAML stopped, at the first item under it.
 */
function headingItem(text: string, at: number): { start: number; end: number; heading: string } | undefined {
  const line = lineAt(text, at);
  const item = /^([ \t]*)- /.exec(line);
  if (!item) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let before = lineStart - 1;
  let above = '';
  while (before > 0) {
    const start = text.lastIndexOf('\n', before - 1) + 1;
    above = text.slice(start, before).replace(/\r$/, '');
    if (above.trim() !== '' && !above.trimStart().startsWith('#')) {
      before = start;
      break;
    }
    before = start - 1;
  }
  const heading = /^([ \t]*)- +([^\s"'#[{&*!|>%@`-][^#]*?: [^#]*?)[ \t]*(?:#.*)?$/.exec(above);
  if (!heading || heading[1]!.length >= item[1]!.length || heading[2]!.endsWith(':')) return undefined;
  const start = before + above.indexOf(heading[2]!, heading[1]!.length);
  return { start, end: start + heading[2]!.length, heading: heading[2]! };
}

/** An error of `yaml`'s, or one made as it makes it. */
interface YamlError {
  pos: [number, number];
  code: string;
  message: string;
}

/**
 * The document's errors with a repeated key of a map among them, where `yaml` with `uniqueKeys` puts it: at the key
 * (a scalar's value compared as `yaml` compares it), before the later errors it found.
 */
function withRepeatedKeys(doc: Document): YamlError[] {
  const repeated: YamlError[] = [];
  yaml().visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!yaml().isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const at = pair.key.range?.[0] ?? 0;
          repeated.push({ pos: [at, at + 1], code: 'DUPLICATE_KEY', message: 'Map keys must be unique' });
        } else seen.add(pair.key.value);
      }
    },
  });
  if (repeated.length === 0) return doc.errors;
  return [...doc.errors, ...repeated].sort((a, b) => a.pos[0] - b.pos[0]);
}

/** Parses with `yaml` keeping positions: the authority for messages and locations. */
function loadWithPositions(file: string, text: string): LoadedFile {
  const lines = new LineIndex(text);
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    const range = lines.range(tooDeep, tooDeep + 1);
    return { file, text, data: undefined, diagnostics: [parseDiagnostic(file, range, TOO_DEEP)], locate: () => range };
  }
  // Keys are checked for repeats here, in one pass: yaml's own check compares each key with every key before it, which
  // took minutes for a hostile map of a hundred thousand keys.
  // The core schema whatever a `%YAML` line asks for (version-directive.ts): the values are those written.
  const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: false, strict: true, schema: 'core' });
  const errors = withRepeatedKeys(doc);
  const diagnostics: Diagnostic[] = [];
  const version = versionDirective(text);
  let versionWarning: Diagnostic | undefined;
  if (version !== undefined) {
    const message = versionDirectiveMessage(version);
    versionWarning = parseDiagnostic(file, lines.range(version.start, version.end), message, 'warning');
    versionWarning.fix = { range: lines.range(version.start, version.next), text: '' };
    diagnostics.push(versionWarning);
  }
  const versioned = versionWarning ? { versionDirective: versionWarning } : {};
  const yamlProblem =
    (severity: Diagnostic['severity']) => (error: { pos: [number, number]; message: string; code: string }) => {
      // yaml quotes the offending source text, which may hold control characters: keep them off the terminal.
      const own = escapeControls(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
      let message: Translated = {
        en: YAML_EN[error.code] ?? own,
        vi: YAML_VI[error.code] ?? `Lỗi cú pháp YAML: ${own}`,
      };
      if (error.code === 'MISSING_CHAR') message = MISSING_MARK.find(([said]) => said.test(own))?.[1] ?? message;
      // `!custom 3 ngày`, `!!float 4`: a tag YAML does not know, or whose kind the value is not; yaml reads the text.
      const tag = error.code === 'TAG_RESOLVE_FAILED' ? /^Unresolved tag: (\S+)/.exec(own)?.[1] : undefined;
      if (tag !== undefined) {
        const mark = tag.replace(/^tag:yaml\.org,2002:/, '!!');
        message = {
          en: `YAML cannot read this value by the mark "${mark}", and reads it as text: remove "${mark}"`,
          vi: `YAML không đọc được giá trị này theo dấu "${mark}" nên đọc là văn bản: hãy bỏ "${mark}"`,
        };
      }
      // `%FOO`: a line starting with "%" is a directive to YAML, of which it knows `%YAML` and `%TAG` only.
      const directive = error.code === 'BAD_DIRECTIVE' ? /^Unknown directive (\S+)/.exec(own)?.[1] : undefined;
      if (directive !== undefined) {
        message = {
          en: `A line starting with "%" is a directive to YAML, which knows none called "${directive}" and skips the line: remove it, or start a note with "#"`,
          vi: `Dòng bắt đầu bằng "%" là chỉ thị cho YAML, YAML không có chỉ thị nào tên "${directive}" nên bỏ qua dòng này: hãy xóa dòng, hoặc thay "%" bằng "#" nếu là ghi chú`,
        };
      }
      if (error.code === 'DUPLICATE_KEY') {
        const key = quoted(writtenKey(text.slice(error.pos[0])));
        message = {
          en: `Duplicate key ${key}; a key may appear once in a map`,
          vi: `Trường ${key} bị lặp; mỗi trường chỉ ghi một lần`,
        };
      }
      if (error.code === 'MULTIPLE_DOCS') message = MULTIPLE_DOCS;
      const colon = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? colonInValue(text, error.pos[0]) : undefined;
      let quotedFix: Diagnostic['fix'];
      if (colon !== undefined) {
        // A long value is shown by its start: the message is one line to read, not a copy of the file.
        // A value in typographic quotes is advised in straight ones, not in both: fee: "Cấp mới: …".
        const value = unquotedValue(colon.value) ?? colon.value;
        const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
        const inQuotes = `"${shown.replace(/["\\]/g, '\\$&')}"`;
        const example = escapeControls(colon.key === undefined ? `- ${inQuotes}` : `${colon.key}: ${inQuotes}`);
        message = {
          en: `This value holds a colon followed by a space (": "), which YAML reads as the start of another key: put the whole value in quotes, e.g. ${example}`,
          vi: `Giá trị này có dấu hai chấm và dấu cách (": "), YAML hiểu đó là một tên trường mới: hãy đặt cả giá trị trong dấu nháy, ví dụ ${example}`,
        };
        // The value is on its line alone: in quotes it is read as the officer wrote it, which --fix writes.
        if (colon.whole)
          quotedFix = {
            range: lines.range(colon.start, colon.start + colon.value.length),
            text: JSON.stringify(value),
          };
      }
      // `- name: A` with `  - name: B` under it, a key deeper than the one above, "title Thử": the line to write.
      const shape = colon === undefined ? yamlShapeFix(text, error.pos[0], error.code) : undefined;
      // A heading of items, `- Trường hợp 1: Cá nhân đăng ký` and the items under it: a key in quotes.
      const heading =
        error.code === 'BLOCK_AS_IMPLICIT_KEY' && colon === undefined && shape === undefined
          ? headingItem(text, error.pos[0])
          : undefined;
      if (heading !== undefined) {
        const written = `${JSON.stringify(heading.heading)}:`;
        const example = escapeControls(`- ${written}`);
        message = {
          en: `A list item with items under it is their heading, which YAML reads only when it ends with ":" and, holding ": " itself, stands in quotes: write ${example}`,
          vi: `Mục danh sách có các mục con bên dưới là tiêu đề của chúng, YAML chỉ đọc được khi tiêu đề kết thúc bằng ":" và, vì có dấu ": ", được đặt trong dấu nháy: hãy viết ${example}`,
        };
        quotedFix = { range: lines.range(heading.start, heading.end), text: written };
      }
      // `fee: -` or `legal_basis: - Nghị định …`: a list item cannot share its key's line.
      const dashKey =
        error.code === 'UNEXPECTED_TOKEN' && /block-seq-ind/.test(error.message)
          ? keyOfLine(text, error.pos[0])
          : undefined;
      const shownKey = dashKey === undefined ? undefined : escapeControls(dashKey);
      if (dashKey !== undefined) {
        // A lone dash is how tables write "none"; anything after it is a list item.
        const end = text.indexOf('\n', error.pos[0]);
        const lone = /^-\s*(?:#.*)?$/.test(text.slice(error.pos[0], end === -1 ? undefined : end).trimEnd());
        message = lone
          ? {
              en: `A lone "-" starts a list item, which cannot share the line of its key: if "-" is the value, put it in quotes: ${shownKey}: "-"`,
              vi: `Dấu "-" đứng một mình là đầu một mục danh sách, không được nằm trên dòng của tên trường: nếu "-" chính là giá trị, hãy đặt trong dấu nháy: ${shownKey}: "-"`,
            }
          : {
              en: 'A list item ("- ") cannot start on the line of its key: put each item on a line of its own below the key, indented',
              vi: 'Mục danh sách ("- ") không được bắt đầu trên dòng của tên trường: hãy viết mỗi mục trên một dòng riêng bên dưới tên trường, thụt lề',
            };
      }
      // `- "Bản chính" không bị tẩy xóa`, `- [Mẫu 01] Tờ khai`: a value that opens with a quote or a bracket is over
      // where it closes, and words after it are none of it. The whole line in single quotes keeps them.
      const trailing =
        error.code === 'UNEXPECTED_TOKEN' && /^Unexpected scalar at node end/.test(error.message)
          ? closedThenWords(lineAt(text, error.pos[0]))
          : undefined;
      if (trailing !== undefined) {
        const example = escapeControls(trailing.length > 80 ? `${trailing.slice(0, 79)}…` : trailing);
        const quotedLine = `'${example.replace(/'/g, "''")}'`;
        message = {
          en: `A value that starts with a quote or a bracket ends where it closes, so the words after it cannot be read: put the whole value in single quotes, e.g. ${quotedLine}`,
          vi: `Giá trị bắt đầu bằng dấu nháy hoặc dấu ngoặc thì kết thúc ở chỗ đóng, nên phần chữ sau đó không đọc được: hãy đặt cả giá trị trong dấu nháy đơn, ví dụ ${quotedLine}`,
        };
      }
      // `title:Chứng thực` or `title = Chứng thực`: yaml sees a key running on to the next line.
      // On the last line, yaml misses the ":" it waits for instead.
      const written =
        error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'MISSING_CHAR'
          ? keyWrittenWithout(lineAt(text, error.pos[0]))
          : undefined;
      if (written !== undefined) {
        const shown = written.value.length > 60 ? `${written.value.slice(0, 59)}…` : written.value;
        const example = escapeControls(`${written.key}: ${shown}`);
        message =
          written.mark === ':'
            ? { en: `Put a space after the colon: ${example}`, vi: `Cần một dấu cách sau dấu hai chấm: ${example}` }
            : {
                en: `Write a key with a colon, not "${written.mark}"${written.mark === '：' ? ' (a full-width colon)' : ''}: ${example}`,
                vi: `Tên trường viết với dấu hai chấm, không phải "${written.mark}"${written.mark === '：' ? ' (dấu hai chấm toàn độ rộng của bộ gõ)' : ''}: ${example}`,
              };
      }
      // `- * Đối với tổ chức`, `name: & Thẩm định hồ sơ`, `name: !Lưu ý hồ sơ`: a text starting with a mark YAML read.
      const found = markAtError(text, error);
      const mark = found !== undefined && found.start <= error.pos[0] ? found : undefined;
      if (mark !== undefined) {
        message = mark.message;
        quotedFix = mark.fix && { range: lines.range(mark.fix.start, mark.fix.end), text: mark.fix.text };
      }
      let range = lines.range(error.pos[0], error.pos[1]);
      if (heading !== undefined) range = lines.range(heading.start, heading.end);
      if (mark !== undefined) range = lines.range(mark.start, mark.end);
      if (shape !== undefined && mark === undefined && written === undefined) {
        range = lines.range(shape.offset, shape.offset + Math.max(1, shape.indent));
        message = shape.message;
      }
      // A step's lines out of line with each other, or "-id:": say which line to move and where (unless a message
      // above already named the mistake); its own words for a step's keys stand before the shape's.
      const named =
        colon !== undefined ||
        heading !== undefined ||
        dashKey !== undefined ||
        written !== undefined ||
        trailing !== undefined ||
        mark !== undefined;
      const item = !named && LIST_ITEM_CODES.has(error.code) ? listItemProblem(text, error.pos[0]) : undefined;
      if (item !== undefined) {
        range = lines.range(item.offset, item.offset + Math.max(1, item.indent));
        message = item.message;
      }
      // yaml finds a missing closing quote at the end of the file; the mistake is where the quote opens.
      const opening = error.code === 'MISSING_CHAR' ? unclosedQuoteAt(text, error.pos[0]) : undefined;
      if (opening !== undefined) {
        range = lines.range(opening.offset, opening.offset + 1);
        message = {
          en: `This quote (${opening.quote}) is never closed: close it at the end of the value, or remove it`,
          vi: `Dấu nháy (${opening.quote}) này không được đóng: thêm dấu nháy đóng ở cuối giá trị, hoặc bỏ dấu nháy này`,
        };
      }
      // yaml reports a bracket left open as bad indentation where it gives up; the mistake is where it opens.
      const bracket = error.code === 'BAD_INDENT' ? unclosedBracketBefore(text, error.pos[1]) : undefined;
      if (bracket !== undefined) {
        const close = bracket.bracket === '{' ? '}' : ']';
        range = lines.range(bracket.offset, bracket.offset + 1);
        message = {
          en: `This bracket (${bracket.bracket}) is never closed: add ${close} to close it or, if it is part of the text, put the whole value in quotes "…"`,
          vi: `Dấu ngoặc (${bracket.bracket}) này không được đóng: thêm ${close} để đóng, hoặc nếu đó là chữ thì đặt cả giá trị trong dấu nháy "…"`,
        };
      }
      // yaml sometimes reports one mistake twice at the same place: one diagnostic per place is enough.
      if (diagnostics.some((d) => d.line === range.line && d.column === range.column)) return;
      const diagnostic = parseDiagnostic(file, range, message, severity);
      // A full-width colon is a colon typed by an input method: nothing else is meant, so --fix writes the colon.
      if (quotedFix !== undefined && item === undefined && opening === undefined && bracket === undefined)
        diagnostic.fix = quotedFix;
      if (written?.mark === '：') {
        const start = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
        const line = lineAt(text, error.pos[0]);
        const fixed = line.replace(/^([^：]*?) ?： ?/, '$1: ');
        diagnostic.fix = { range: lines.range(start, start + line.length), text: fixed };
      }
      diagnostics.push(diagnostic);
    };
  const toldAs = (
    severity: Diagnostic['severity'],
    problem: Pick<MarkProblem, 'start' | 'end' | 'message' | 'fix'>,
  ): Diagnostic => {
    const diagnostic = parseDiagnostic(file, lines.range(problem.start, problem.end), problem.message, severity);
    if (problem.fix)
      diagnostic.fix = { range: lines.range(problem.fix.start, problem.fix.end), text: problem.fix.text };
    return diagnostic;
  };
  // `  !MC: { name: … }` in a map: a mark before a key loses the key, and yaml's error on the lines below is that.
  const keyMarks = text.includes('!') || text.includes('&') ? markedKeys(text, doc.warnings) : [];
  const firstKeyMark = keyMarks[0]?.problem.start ?? Infinity;
  // After the first syntax error yaml's further errors are mostly its consequences: report the cause only.
  errors
    .slice(0, 1)
    .filter((error) => error.pos[0] < firstKeyMark)
    .forEach(yamlProblem('error'));
  for (const { problem } of keyMarks) diagnostics.push(toldAs('error', problem));
  const stopped = errors.length > 0 || keyMarks.length > 0;
  // `name: !NEW Thẩm định`: the officer's "!" before a word, told in place of yaml's warning about the tag it makes.
  // Told in procmap's words whether or not another mistake stops the file: yaml's own names the tag, not the text.
  const ownTagged = text.includes('!') ? ownTags(yaml(), doc, text) : [];
  const told = new Set(ownTagged.map((problem) => problem.start));
  // yaml's own warning on a version it does not know (`%YAML 1.3`) is said by the one above.
  const onVersionLine = (at: number) => version !== undefined && at >= version.start && at <= version.end;
  const keyWarnings = new Set<unknown>(keyMarks.map(({ warning }) => warning));
  // `body: &MC: Bộ phận`: yaml's warning on a name ending in ":" waits for procmap's on the same name (unusedAnchors),
  // which says what the field makes of it; told only where that says nothing.
  const ambiguousAnchors = doc.warnings.filter(
    (warning) =>
      !keyWarnings.has(warning) && warning.code === 'BAD_ALIAS' && warning.message.startsWith('Anchor ending in :'),
  );
  doc.warnings
    .filter((warning) => !keyWarnings.has(warning) && !ambiguousAnchors.includes(warning))
    .filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED' || !told.has(warning.pos[0]))
    .filter((warning) => warning.code !== 'BAD_DIRECTIVE' || !onVersionLine(warning.pos[0]))
    .forEach(yamlProblem('warning'));
  const locate = (path: NodePath, target: 'key' | 'value' = 'value') => locateIn(doc, text, lines, path, target);
  const emptyMarks: EmptyMark[] = [];
  const anchoredValues: AnchoredValue[] = [];
  const marked = (severity: Diagnostic['severity']) => (problem: MarkProblem) => {
    const diagnostic = toldAs(severity, problem);
    const { named } = problem;
    if (named !== undefined) {
      const at = named.fix.end;
      const told = toldAs(severity, { ...problem, message: named.message, fix: named.fix });
      const either = toldAs(severity, { start: problem.start, end: problem.end, message: named.either });
      anchoredValues.push({ value: lines.range(at, at), read: named.read, diagnostic, named: told, either });
    }
    // An empty value may be meant (an optional field): the mark is told only where the schema needs a value there.
    // A mark read as the value's text (`id: !B1`) is told wherever it stands, as a text may hold it.
    if (problem.empty === undefined || problem.readAsText) diagnostics.push(diagnostic);
    if (problem.empty === undefined) return;
    emptyMarks.push({
      value: lines.range(problem.empty, problem.empty),
      written: text.slice(problem.start, problem.end),
      diagnostic,
      ...(problem.readAsText && { told: true as const }),
      ...(problem.bare && { bare: toldAs(severity, { ...problem, ...problem.bare }) }),
    });
  };
  if (stopped) {
    // A mark the syntax error is told at (`name: !Lưu ý`, where yaml stops) is told once, by it.
    const atError = (problem: MarkProblem) => {
      const at = lines.range(problem.start, problem.start);
      return diagnostics.some((d) => d.severity === 'error' && d.line === at.line && d.column === at.column);
    };
    // A word alone (`next: !B2`, `name: !B1`) wants its quotes or the word, a label (`body: !MC: Bộ phận`) its quotes
    // or the value after it, by its field: told as in a file that reads where the values read so far name the field
    // (stopped-marks.ts), else without a fix (an id's is known: `id: !B1`).
    const anchored = mayHaveAliases(text) ? unusedAnchors(yaml(), doc, text) : [];
    const read = readSoFar(doc);
    const sure = (problem: MarkProblem): MarkProblem => {
      const told = toldByField(read, text, problem);
      if (told !== undefined) return told;
      if ((problem.bare === undefined && problem.named === undefined) || problem.fix === problem.bare?.fix)
        return problem;
      const { fix: _unsure, ...unsure } = problem;
      return unsure;
    };
    for (const problem of ownTagged.filter((problem) => !atError(problem)))
      diagnostics.push(toldAs('warning', sure(problem)));
    // A name (&) is told here only where its field makes it another's than yaml's warning says (`body: &MC:`, `id:
    // &Buoc 3`): an unused name before a text waits for the file to read, as it did.
    for (const problem of anchored.filter((problem) => !atError(problem))) {
      const id = problem.bare !== undefined && problem.fix === problem.bare.fix;
      const told = id ? problem : toldByField(read, text, problem);
      if (told !== undefined && (id || told.message !== problem.message)) diagnostics.push(toldAs('warning', told));
    }
    ambiguousAnchors.forEach(yamlProblem('warning'));
    return { file, text, data: undefined, diagnostics, locate, ...versioned };
  }
  // Marks YAML read where text was meant (yaml-marks.ts): a reference to nothing cannot be read; an unused name and a
  // tag are read as the text written, which other programs would not.
  if (mayHaveAliases(text)) {
    const unresolved = unresolvedAlias(yaml(), doc, text);
    if (unresolved !== undefined) {
      marked('error')(unresolved);
      ambiguousAnchors.forEach(yamlProblem('warning'));
      return { file, text, data: undefined, diagnostics, locate, ...versioned };
    }
    unusedAnchors(yaml(), doc, text).forEach(marked('warning'));
  }
  // After procmap's own (one diagnostic per place is told).
  ambiguousAnchors.forEach(yamlProblem('warning'));
  if (text.includes('!!')) foreignTags(yaml(), doc, text).forEach(marked('warning'));
  ownTagged.forEach(marked('warning'));
  // A list or a map as a key cannot be read as data (JavaScript keys are text): told where it stands, before toJS.
  const keys = mayHaveCollectionKeys(text) ? collectionKeys(yaml(), doc, text) : [];
  if (keys.length > 0) {
    for (const key of keys) diagnostics.push(toldAs('error', key));
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    return { file, text, data: undefined, diagnostics, locate, ...versioned };
  }
  // `&a {x: *a}`: told at the alias, before toJS builds a value that holds itself and is refused at the top as too deep.
  const cycles = mayHaveAliases(text) ? selfAliases(yaml(), doc) : [];
  if (cycles.length > 0) {
    for (const cycle of cycles) diagnostics.push(toldAs('error', cycle));
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    return { file, text, data: undefined, diagnostics, locate, ...versioned };
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  try {
    const form = { nfc: false, invisible: hasInvisible(text) || mayHoldInvisibleEscape(text) };
    const data = normalise(doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }), 0, undefined, form);
    return {
      file,
      text,
      data,
      diagnostics,
      locate,
      ...versioned,
      ...(emptyMarks.length > 0 ? { emptyMarks } : {}),
      ...(anchoredValues.length > 0 ? { anchoredValues } : {}),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason: Translated = /excessive alias/i.test(message)
      ? TOO_MANY_ALIASES
      : message === TOO_DEEP.en
        ? TOO_DEEP
        : message === TOO_MUCH_TEXT.en
          ? TOO_MUCH_TEXT
          : { en: message, vi: message };
    return { file, text, data: undefined, diagnostics: [parseDiagnostic(file, FILE_START, reason)], locate };
  }
}

// Anchors and aliases need the alias limit that only the `yaml` path enforces: `&` or `*` before a non-space.
// Searched with indexOf, not a pattern: a pattern without a fixed first character tries every position of the text.
/** Whether the text may hold an anchor or an alias (`&` or `*` before a non-space). */
export function mayHaveAliases(text: string): boolean {
  for (const mark of ['&', '*']) {
    for (let at = text.indexOf(mark); at !== -1 && at + 1 < text.length; at = text.indexOf(mark, at + 1))
      if (!/\s/.test(text[at + 1]!)) return true;
  }
  return false;
}

// js-yaml reads `name: ! Thẩm định` as "Thẩm định" without a word: the "!" alone, YAML's mark for plain text, is told
// by `yaml` (ownTags). Searched with indexOf, as above: a "!" is rare in procedures, and one after a key's colon or a
// list's dash, with a space after it, rarer.
/** Whether the text may hold a "!" alone before a value (`name: ! Thẩm định`, `- ! Thẩm định`). */
export function mayHaveBareTag(text: string): boolean {
  for (let at = text.indexOf('!'); at !== -1 && at + 1 < text.length; at = text.indexOf('!', at + 1)) {
    if (text[at + 1] !== ' ' && text[at + 1] !== '\t') continue;
    let before = at - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
    if (before < 0 || ':-,[{\n'.includes(text[before]!)) return true;
  }
  return false;
}

// `%YAML 1.1` (told, and not followed: version-directive.ts), `%TAG` and unknown directives draw a warning from the
// `yaml` path that js-yaml would not give: a file with a line starting with `%` takes the `yaml` path (a line starts
// where `^` with the m flag would match).
/** Whether a line of the text starts with `%`, a YAML directive. */
export function mayHaveDirectives(text: string): boolean {
  // A "%" anywhere is rare: its own search (memchr) is far quicker than the four for a line break before one.
  if (!text.includes('%')) return false;
  return text.startsWith('%') || ['\n%', '\r%', '\u2028%', '\u2029%'].some((start) => text.includes(start));
}

// A colon right after the "{" or "," of a map in braces, with nothing before it: a key left out.
const EMPTY_FLOW_KEY = /[{,]\s*:(?=[\s,}]|$)/;

let yamlLocatorOnly = false;

/** Makes files with problems placed by `yaml` alone, as before the fast locator: for the differential tests. */
export function useYamlLocator(only: boolean): void {
  yamlLocatorOnly = only;
}

/**
 * Parses fast with js-yaml (about ten times faster than `yaml` with positions) and finds positions only when someone
 * asks where something is — which happens only for files with a problem — with js-yaml's listener, or `yaml` for
 * shapes the listener cannot place. Anything the fast parser rejects, and any file with anchors, aliases, directives
 * or a "!" alone before a value, goes through `yaml` for exact messages and limits.
 */
function loadFast(file: string, text: string): LoadedFile | undefined {
  if (mayHaveAliases(text) || mayHaveDirectives(text) || mayHaveBareTag(text) || mayHaveCollectionKeys(text))
    return undefined;
  // js-yaml reads a key left out in braces (`{ name: A, : x }`) as the key "null", which `~` writes: `yaml` reads it
  // as the key left out that it is, so the message is the same in braces as on a line of its own.
  if (EMPTY_FLOW_KEY.test(text)) return undefined;
  let raw: unknown;
  try {
    raw = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = normalise(raw ?? null, 0, undefined, {
      nfc: stringsAreNfc(text),
      invisible: hasInvisible(text) || mayHoldInvisibleEscape(text),
    });
  } catch {
    return undefined;
  }
  let positioned: LoadedFile | undefined;
  let placed: ReturnType<typeof placeFile> | null = yamlLocatorOnly ? undefined : null;
  let entries: ReturnType<typeof topLevelEntries> | null = yamlLocatorOnly ? undefined : null;
  const placedEntries = new Map<string, ReturnType<typeof placeEntry>>();
  let lines: LineIndex | undefined;
  return {
    file,
    text,
    data,
    diagnostics: [],
    locate: (path, target = 'value') => {
      // Most problems lie in one top-level entry: parsing that entry alone places them (null: not tried yet).
      if (entries === null) entries = isMap(raw) ? topLevelEntries(text, Object.keys(raw)) : undefined;
      const head = String(path[0]);
      const span = path.length > 0 ? entries?.get(head) : undefined;
      if (span !== undefined) {
        if (!placedEntries.has(head)) placedEntries.set(head, placeEntry(text, span));
        const entry = placedEntries.get(head);
        if (entry !== undefined) return locatePlaced(entry, (lines ??= new LineIndex(text)), path, target);
      }
      // The js-yaml locator when it can place the file, else `yaml` (null: not tried yet).
      if (placed === null) placed = placeFile(text);
      if (placed !== undefined) return locatePlaced(placed, (lines ??= new LineIndex(text)), path, target);
      return (positioned ??= loadWithPositions(file, text)).locate(path, target);
    },
  };
}

/** Whether a map's keys, or those of the maps in it, start with a space YAML reads as text (a line indented with them). */
function oddKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object' || depth > LIMITS.maxDepth) return false;
  if (Array.isArray(value)) return value.some((item) => oddKey(item, depth + 1));
  return Object.entries(value).some(([key, item]) => startsWithOddSpace(key) || oddKey(item, depth + 1));
}

/**
 * Lines pasted from Word or a web page that YAML read otherwise than the officer wrote them, where they cause the
 * problem: indented with no-break or invisible spaces (YAML then reads a key beginning with them, or stops at or after
 * the line), or bulleted with "*" (YAML stops at or after the line).
 */
function pastedLines(loaded: LoadedFile): PastedProblem | undefined {
  const { text, data } = loaded;
  const stopped = data === undefined ? loaded.diagnostics.find((d) => d.severity === 'error')?.line : undefined;
  const mayBeOdd = mayHaveOddIndent(text);
  const odd = mayBeOdd ? oddIndent(text) : undefined;
  // When YAML read the file, a key that begins with such a space is a pasted line only when nothing indents it before
  // (a label may begin with one, indented with ordinary spaces, as written).
  if (odd && ((stopped !== undefined && odd.range.line <= stopped) || (odd.range.column === 1 && oddKey(data))))
    return odd;
  // A pasted list whose items all hold ": " reads as a map: no error, but the same list to write.
  if (data !== undefined) return bulletedKeys(text, data, loaded.locate);
  if (stopped === undefined) return undefined;
  // The line YAML stopped at is the one after the key it could not read, or the key's own.
  const afterColon = mayBeOdd ? oddAfterColon(text, stopped) : undefined;
  return (
    afterColon ??
    tabIndent(text, stopped) ??
    (text.includes('*') ? starBullet(text, stopped) : undefined) ??
    pastedBullets(text, stopped) ??
    bulletAmongDashes(text, stopped)
  );
}

/**
 * The value of a line (after its key or its list item's dash) when it opens with a quote or a bracket that closes
 * before the words that follow (`"Bản chính" không bị tẩy xóa`); undefined otherwise.
 */
function closedThenWords(line: string): string | undefined {
  // By position, not one pattern: a lazy value before optional spaces and a comment is quadratic over a run of spaces.
  const head = /^[ \t]*(?:- +)?(?:[^\s#:"'[{][^#:]*?:[ \t]+)?/.exec(line)![0];
  const rest = line.slice(head.length);
  const close = ({ '"': '"', "'": "'", '[': ']', '{': '}' } as Record<string, string>)[rest.charAt(0)];
  if (close === undefined) return undefined;
  const end = rest.indexOf(close, 1);
  if (end < 0) return undefined;
  const comment = rest.indexOf(' #', end);
  const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  return /\S/.test(value.slice(end + 1)) ? value : undefined;
}

/**
 * Parses the text with a ":" for each full-width colon after a key, which is what the officer meant; unless that
 * makes a text YAML read break, in which case the colon was the text's. The loaded file keeps the text as written.
 */
function readKeyColons(file: string, text: string): LoadedFile {
  const read = (source: string) => loadFast(file, source) ?? loadWithPositions(file, source);
  const colons = keyColons(text);
  if (colons.length === 0) return read(text);
  const loaded = read(withColons(text, colons));
  if (loaded.data === undefined) {
    const asWritten = read(text);
    if (asWritten.data !== undefined) return asWritten;
  }
  const lines = new LineIndex(text);
  return { ...loaded, text, keyColons: colons.map((at) => lines.range(at, at + 1)) };
}

/** Reads one procedure file: decodes it, parses YAML, converts to NFC data within the limits; positions on demand. */
export function loadFile(file: string, bytes: Uint8Array): LoadedFile {
  if (bytes.length > LIMITS.maxFileBytes) return tooLargeFile(file, bytes.length);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const range = decoded.range;
    return {
      file,
      text: '',
      data: undefined,
      diagnostics: [parseDiagnostic(file, range, decoded.message)],
      locate: () => range,
    };
  }
  const text = loneCrAsLf(decoded.text);
  // A merge conflict's markers break YAML wherever they stand, and yaml's message would name the wrong mistake.
  const markers = conflictMarkers(text);
  if (markers.length > 0) {
    const lines = new LineIndex(text);
    const ranges = markers.map(({ offset, marker }) => lines.range(offset, offset + marker.length));
    const diagnostics = ranges.map((range) => parseDiagnostic(file, range, CONFLICT_MESSAGE));
    return { file, text, data: undefined, diagnostics, locate: () => ranges[0]! };
  }
  const loaded = readKeyColons(file, text);
  const pasted = pastedLines(loaded);
  if (pasted !== undefined) {
    const diagnostic = parseDiagnostic(file, pasted.range, pasted.message);
    if (pasted.fix) diagnostic.fix = pasted.fix;
    return { file, text, data: undefined, diagnostics: [diagnostic], locate: loaded.locate };
  }
  keepWrittenNumbers(loaded.data, text, loaded.locate);
  keepNumberWords(loaded.data, text, loaded.locate);
  const quotedValues = mayHaveQuotedValues(text) ? readQuotedValues(loaded.data) : [];
  if (quotedValues.length > 0) loaded.quotedValues = quotedValues;
  // Before the lists and channels are read from the data: their readers look for ":" and digits.
  const lookalikes = hasLookalikes(text)
    ? [...readLookalikes(loaded.data), ...readDossierLineLookalikes(loaded.data)]
    : [];
  if (lookalikes.length > 0) loaded.lookalikes = lookalikes;
  trimReadFields(loaded.data);
  const citedDates = readCitedDates(loaded.data);
  if (citedDates.length > 0) loaded.citedDates = citedDates;
  const bulletedLists = readBulletedLists(loaded.data, text, loaded.locate);
  if (bulletedLists) loaded.bulletedLists = bulletedLists;
  readKeyedItems(loaded.data);
  const namedChannels = readChannelMaps(loaded.data);
  if (namedChannels) loaded.namedChannels = namedChannels;
  keepWrittenOrders(loaded);
  return loaded;
}

/**
 * The key a line starts with, as the officer means it: a key written in quotes (`"id": …`, `'a: b': …`) without them,
 * which the message puts in quotes of its own ("id" was shown as ""id""), and a colon inside them kept.
 */
function writtenKey(line: string): string {
  const double = /^"((?:[^"\\\n]|\\.)*)"/.exec(line);
  if (double) return double[1]!.replace(/\\(.)/g, '$1');
  const single = /^'((?:[^'\n]|'')*)'/.exec(line);
  if (single) return single[1]!.replace(/''/g, "'");
  return /^[^:\n]*/.exec(line)![0].trim();
}
