import type { Document, Node, Pair, Scalar } from 'yaml';
import { fill, type Translated } from '../i18n.js';
import { escapeControls, jsonString } from './quote.js';
import { STEP_NUMBER } from './suggest.js';
import type { NodePath } from './types.js';

// Marks YAML reads at the start of a value where officers write text: "&" names the value (an anchor), "*" stands
// for the value so named (an alias), "!!" says what kind of value follows (a tag). "&Thẩm định hồ sơ" loses "&Thẩm",
// "* Đối với tổ chức" and "*Thẩm định* hồ sơ" do not read, "!!timestamp 2026-07-01" is no text.

/** A mark YAML read where text was meant: where it stands (offsets), what to say, and the fix when there is one. */
export interface MarkProblem {
  start: number;
  end: number;
  message: Translated;
  fix?: { start: number; end: number; text: string };
  /**
   * For a mark with no value after it: where the empty value stands (offset), told only where a value is needed; for a
   * mark before an id's value (`id: !Buoc 3`), where that value stands.
   */
  empty?: number;
  /**
   * For a mark with no value after it: what to say and fix where the field cannot hold the mark (a step id, a body's
   * key), whose quotes would make a value the field refuses: the word without the "&" or "!" (on an id, B and the
   * number for a step named by its number).
   */
  bare?: { message: Translated; fix: { start: number; end: number; text: string } };
  /**
   * For a mark with no value after it that procmap reads as the value's text (`id: !B1` holds "!B1"): told wherever
   * it stands, as a text may hold it; `bare` takes its place where the field refuses the mark and takes the word.
   */
  readAsText?: true;
  /**
   * For a mark before a value (`body: &cm CM`): the value YAML reads (`CM`), and what to say and fix where the field
   * cannot hold the whole text (a body, a duration), where YAML's reading was meant: the value without the mark;
   * `either`, what to say where no field chooses between the two (a settings file, refused whole): both.
   */
  named?: { read: unknown; message: Translated; either: Translated; fix: { start: number; end: number; text: string } };
  /**
   * Where the value stands among the keys and items read (for `bare` and `named`): in a file another mistake stops, the
   * field there chooses between the messages as the schema does in a file that reads.
   */
  path?: NodePath;
}

type Yaml = typeof import('yaml');

/**
 * The keys and item numbers from the document down to `node`, by the ancestors yaml's visitor gives; undefined under a
 * key that is no plain word, or for a key itself.
 */
function pathOf(yaml: Yaml, ancestors: readonly (Document | Node | Pair)[], node: Node): NodePath | undefined {
  const path: (string | number)[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i + 1 < chain.length; i++) {
    const parent = chain[i]!;
    const child = chain[i + 1]!;
    if (yaml.isSeq(parent)) path.push(parent.items.indexOf(child));
    else if (yaml.isPair(parent)) {
      if (child !== parent.value || !yaml.isScalar(parent.key)) return undefined;
      path.push(String(parent.key.value));
    }
  }
  return path;
}

/** A value shown in a message: its start when long, without control characters. */
function shown(text: string): string {
  return escapeControls(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}

/** A plain value starting with a mark: where the mark is, the value as written, and whether quoting it is the whole fix. */
interface MarkedValue {
  start: number;
  value: string;
  whole: boolean;
}

// The start of a line up to a mark opening its value: the indent and dashes, then the key and its colon if any.
const VALUE_HEAD = {
  '*': /^([ \t]*(?:- +)*)([^\s#"'[\]{}*&!|>-][^#{}[\]]*?:[ \t]+)?\*/,
  '&': /^([ \t]*(?:- +)*)([^\s#"'[\]{}*&!|>-][^#{}[\]]*?:[ \t]+)?&/,
  '!': /^([ \t]*(?:- +)*)([^\s#"'[\]{}*&!|>-][^#{}[\]]*?:[ \t]+)?!/,
} as const;

/**
 * The plain value of the line where `at` stands, when it starts with `mark` (after its key or its list item's dash,
 * or after a key or a comma inside brackets): where the mark is, the value up to a comment (or to the comma or bracket
 * that ends it), and whether the value is all on that line (no deeper line below goes on with it), so that quoting it
 * is the whole fix.
 */
function markedValue(text: string, at: number, mark: '*' | '&' | '!'): MarkedValue | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
  const head = VALUE_HEAD[mark].exec(line);
  if (!head) return flowValue(at, mark, lineStart, line);
  const rest = line.slice(head[0].length - 1);
  const comment = /[ \t]#/.exec(rest);
  const value = (comment ? rest.slice(0, comment.index) : rest).trimEnd();
  // A value goes on below when a line is indented deeper than its key, or than the dash of a list item alone.
  const depth = head[2] !== undefined ? head[1]!.length : head[1]!.trimEnd().length - 1;
  const below = nextLineWithText(text, lineEnd);
  const whole = below === undefined || /^[ \t]*/.exec(below)![0].length <= depth;
  return { start: lineStart + head[0].length - 1, value, whole };
}

/**
 * The value inside brackets (`{ name: !Lưu ý hồ sơ, body: MC }`) whose word holding `at` starts with `mark`: it ends
 * at the comma or the bracket after it, and is whole only when that stands on its line and no ": " comes before.
 */
function flowValue(at: number, mark: string, lineStart: number, line: string): MarkedValue | undefined {
  let start = at - lineStart;
  while (start > 0 && !/[\s,[\]{}]/.test(line[start - 1]!)) start--;
  if (line[start] !== mark || !/[:,[{][ \t]*$/.test(line.slice(0, start))) return undefined;
  const rest = line.slice(start);
  const end = /[,[\]{}]|[ \t]#/.exec(rest);
  const value = (end ? rest.slice(0, end.index) : rest).trimEnd();
  const whole = end !== null && end[0].trim() !== '#' && !/:(?:\s|$)/.test(value);
  return { start: lineStart + start, value, whole };
}

/** The first line after the line break at `end` that holds more than spaces and a comment (line by line: a file may be long). */
function nextLineWithText(text: string, end: number): string | undefined {
  for (let at = end; at !== -1 && at < text.length;) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next === -1 ? undefined : next);
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) return line;
    at = next;
  }
  return undefined;
}

/**
 * A value starting with "*" that YAML cannot read as the reference it takes it for (`- * Đối với tổ chức nước
 * ngoài:`, `name: *Thẩm định* hồ sơ`, `title: *ref` with no "&ref" before it), the line holding `at`: at the "*",
 * saying to quote the text or remove the "*", with the quotes as the fix when the value is on its line alone.
 */
export function starProblem(text: string, at: number): MarkProblem | undefined {
  const star = markedValue(text, at, '*');
  if (star === undefined) return undefined;
  const example = shown(jsonString(star.value));
  const problem: MarkProblem = {
    start: star.start,
    end: star.start + 1,
    message: {
      en: fill(
        'The text starts with "*", which YAML reads as a reference to a value marked with "&", not as text: put the whole text in quotes, {example}, or remove the "*"',
        { example },
      ),
      vi: fill(
        'Văn bản bắt đầu bằng dấu "*", YAML hiểu là tham chiếu tới một giá trị được đánh dấu bằng "&", không phải chữ: hãy đặt cả văn bản trong dấu nháy, {example}, hoặc bỏ dấu "*"',
        { example },
      ),
    },
  };
  if (star.whole)
    problem.fix = { start: star.start, end: star.start + star.value.length, text: jsonString(star.value) };
  return problem;
}

// What each mark makes of a text that starts with it, in words: the mark alone is named ("&"), or the word it makes
// (`!Lưu`), since YAML takes the word for a kind of value, not the "!" alone.
const QUOTE_MARKED: Readonly<Record<'&' | '!', Translated>> = {
  '&': {
    en: 'The text starts with "&", which YAML reads as a mark naming the value, not as text: put the whole text in quotes: {example}',
    vi: 'Văn bản bắt đầu bằng dấu "&", YAML hiểu là dấu đặt tên cho giá trị, không phải chữ: hãy đặt cả văn bản trong dấu nháy: {example}',
  },
  '!': {
    en: 'The text starts with "!", which makes YAML read "{word}" as a mark saying what kind of value follows, not as text: put the whole text in quotes: {example}',
    vi: 'Văn bản bắt đầu bằng dấu "!", YAML hiểu "{word}" là dấu chỉ kiểu giá trị, không phải chữ: hãy đặt cả văn bản trong dấu nháy: {example}',
  },
};

/**
 * A text starting with "&" or "!" that YAML cannot read, the line holding `at`: `name: & Thẩm định hồ sơ` (a name
 * with nothing in it), `name: !Lưu ý hồ sơ` (a kind of value running into a letter YAML does not allow in one). At
 * the mark (the whole word for "!"), saying to quote the text, with the quotes as the fix when the value is on its
 * line alone.
 */
function quoteMarked(text: string, at: number, mark: '&' | '!'): MarkProblem | undefined {
  const marked = markedValue(text, at, mark);
  if (marked === undefined || marked.start > at) return undefined;
  const word = /^\S*/.exec(marked.value)![0];
  const data = { word: shown(word), example: shown(jsonString(marked.value)) };
  const end = marked.start + (mark === '!' ? word.length : 1);
  const valueEnd = marked.start + marked.value.length;
  // `id: !Bước 1`: quotes would keep the mark, which no id holds.
  const id = idAdvice(text, marked.start, valueEnd, mark, marked.value, word);
  if (id !== undefined) return { start: marked.start, end, message: id.message, ...(marked.whole && { fix: id.fix }) };
  const problem: MarkProblem = {
    start: marked.start,
    end,
    message: { en: fill(QUOTE_MARKED[mark].en, data), vi: fill(QUOTE_MARKED[mark].vi, data) },
  };
  if (marked.whole) problem.fix = { start: marked.start, end: valueEnd, text: jsonString(marked.value) };
  return problem;
}

// A key `id` before a mark, on its line or inside brackets: `id: !Bước 1`, `- id: !B1`, `{ id: !B2, … }`.
const ID_KEY = /(?:^[ \t]*(?:-[ \t]+)*|[{,][ \t]*)id[ \t]*:[ \t]*$/;

/** Whether the mark at `start` is the value of an `id` key. */
function onIdKey(text: string, start: number): boolean {
  return ID_KEY.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
}

/** The id meant by the value written after a mark on an `id` key: B and the number for a step named by its number. */
function idMeant(written: string): string | undefined {
  const text = written.normalize('NFC').trim();
  // "Bước 1", "Buoc 1", "B.1": the step's number, in the form ids take; a number alone is an id as it stands.
  const number = /^\d/.test(text) ? undefined : STEP_NUMBER.exec(text)?.[1];
  if (number !== undefined) return `B${number}`;
  return /^[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

// What to say of a mark before an id when the id meant is not simply the word after it.
const ID_MARKED: Readonly<Record<'&' | '!', Translated>> = {
  '&': {
    en: 'The text starts with "&", which YAML reads as a mark naming the value, not as text, and an id cannot hold an "&": write id: {id}',
    vi: 'Văn bản bắt đầu bằng dấu "&", YAML hiểu là dấu đặt tên cho giá trị, không phải chữ, và mã không được chứa dấu "&": hãy ghi id: {id}',
  },
  '!': {
    en: 'The text starts with "!", which makes YAML read "{word}" as a mark saying what kind of value follows, not as text, and an id cannot hold a "!": write id: {id}',
    vi: 'Văn bản bắt đầu bằng dấu "!", YAML hiểu "{word}" là dấu chỉ kiểu giá trị, không phải chữ, và mã không được chứa dấu "!": hãy ghi id: {id}',
  },
};

/**
 * For a mark at `start` on an `id` key (`id: !Bước 1`), where quotes would keep a mark no id holds: what to say and
 * the fix writing the id meant in place of the text up to `end` (`written`, the mark's word `word`); undefined
 * elsewhere, or when no id can be made of the text.
 */
function idAdvice(
  text: string,
  start: number,
  end: number,
  mark: '&' | '!',
  written: string,
  word: string,
): NonNullable<MarkProblem['bare']> | undefined {
  if (!onIdKey(text, start)) return undefined;
  const id = idMeant(written.slice(1));
  if (id === undefined) return undefined;
  const data = { word: shown(word), id: shown(id) };
  return {
    message: { en: fill(ID_MARKED[mark].en, data), vi: fill(ID_MARKED[mark].vi, data) },
    fix: { start, end, text: id },
  };
}

/**
 * The mark YAML read where text was meant, by the syntax error it gave at `pos[0]`: a text starting with "*", or with
 * "&" or "!" as `quoteMarked` says; undefined when the error is another's.
 */
export function markAtError(
  text: string,
  error: { code: string; message: string; pos: [number, number] },
): MarkProblem | undefined {
  const at = error.pos[0];
  if (error.code === 'UNEXPECTED_TOKEN') return starProblem(text, at);
  if (error.code === 'BAD_ALIAS') return starProblem(text, at) ?? quoteMarked(text, at, '&');
  if (error.code === 'MISSING_CHAR' && error.message.startsWith('Tags and anchors must be separated'))
    return quoteMarked(text, at, '!');
  return undefined;
}

/**
 * The first reference ("*name") of the document with no value marked "&name" before it (`title: *ref`), which YAML
 * reads without an error but cannot give a value, as a problem at the "*"; undefined when there is none. The first
 * only, as with other syntax errors: the others are read once it is mended.
 */
export function unresolvedAlias(yaml: Yaml, doc: Document, text: string): MarkProblem | undefined {
  // Names as they are set, in the document's order: one pass, however many references (yaml's own look-up walks the
  // document for each).
  const named = new Set<string>();
  let found: MarkProblem | undefined;
  const name = (_: unknown, node: Node) => {
    if (node.anchor !== undefined) named.add(node.anchor);
  };
  yaml.visit(doc, {
    Scalar: name,
    Map: name,
    Seq: name,
    Alias(_, alias) {
      if (named.has(alias.source) || !alias.range) return undefined;
      const start = alias.range[0];
      const mark = { mark: escapeControls(`*${alias.source}`), name: escapeControls(`&${alias.source}`) };
      found = starProblem(text, start) ?? {
        start,
        end: start + 1,
        message: {
          en: fill(
            '"{mark}" refers to a value marked "{name}" before it, and there is none: put the text in quotes',
            mark,
          ),
          vi: fill(
            '"{mark}" tham chiếu tới một giá trị được đánh dấu "{name}" phía trước, nhưng không có: hãy đặt văn bản trong dấu nháy',
            mark,
          ),
        },
      };
      return yaml.visit.BREAK;
    },
  });
  return found;
}

/**
 * The plain values whose first word starts with "&" that nothing refers to (`name: &Thẩm định hồ sơ`): YAML reads
 * "&Thẩm" as a name for the value and drops it, though no "*Thẩm" uses it, so the officer meant the whole text. The
 * document is changed to hold that text (procmap reads what was meant); each comes back as a problem at the "&", with
 * the text in quotes as the fix. A mark with nothing after it (`id: &receive`) leaves the value empty: it comes back
 * with `empty` set, for the reader to tell where the field needs a value (an empty one may be meant elsewhere).
 */
export function unusedAnchors(yaml: Yaml, doc: Document, text: string): MarkProblem[] {
  const used = new Set<string>();
  const named: Scalar[] = [];
  const paths = new Map<Scalar, NodePath | undefined>();
  yaml.visit(doc, {
    Alias(_, alias) {
      used.add(alias.source);
    },
    Scalar(_, scalar, ancestors) {
      if (scalar.anchor === undefined || scalar.type !== 'PLAIN' || !scalar.range) return;
      named.push(scalar);
      paths.set(scalar, pathOf(yaml, ancestors, scalar));
    },
  });
  const problems: MarkProblem[] = [];
  const at = (scalar: Scalar) => {
    const path = paths.get(scalar);
    return path === undefined ? {} : { path };
  };
  for (const scalar of named) {
    if (used.has(scalar.anchor!)) continue;
    const [valueStart, valueEnd] = scalar.range!;
    const mark = `&${scalar.anchor!}`;
    // A tag or a line break between the mark and its value is written on purpose.
    const start = markJustBefore(text, mark, valueStart);
    if (start === undefined) continue;
    if (!scalar.source) {
      problems.push({ ...markAlone(text, mark, start, valueStart), ...at(scalar) });
      continue;
    }
    const meant = `${text.slice(start, valueStart)}${scalar.source}`;
    const read: unknown = scalar.value;
    delete scalar.anchor;
    scalar.value = meant;
    // `id: &Buoc 3`: without the mark the id would be 3, no step's id, and in quotes it keeps an "&": the id meant is
    // told, as for `id: !Bước 1`, in place of the schema's problem with the text read. Where YAML's reading is a text
    // and the words name no step by its number (`id: &b1 B1`), that reading may be meant: told as before a body.
    const id = idAdvice(text, start, valueEnd, '&', meant, mark);
    if (id !== undefined && (typeof read !== 'string' || id.fix.text !== meant.slice(1).trim())) {
      problems.push({
        start,
        end: start + mark.length,
        message: id.message,
        fix: id.fix,
        empty: valueStart,
        readAsText: true,
        bare: id,
        ...at(scalar),
      });
      continue;
    }
    const data = { mark: escapeControls(mark), example: shown(jsonString(meant)) };
    const problem = quoteTheText(start, mark.length, valueEnd, meant, {
      en: fill(
        'The text starts with "&", which YAML reads as a mark naming the value, not as text: other programs read it without "{mark}"; put the whole text in quotes: {example}',
        data,
      ),
      vi: fill(
        'Văn bản bắt đầu bằng dấu "&", YAML hiểu là dấu đặt tên cho giá trị, không phải chữ: các chương trình khác đọc văn bản này mất "{mark}"; hãy đặt cả văn bản trong dấu nháy: {example}',
        data,
      ),
    });
    problems.push({
      ...problem,
      named: namedValue(mark, start, valueStart, meant, scalar.source, read),
      ...at(scalar),
    });
  }
  return problems;
}

// What to say of a mark before a value where YAML's reading may be meant: `either` where no field chooses, `message`
// where the field cannot hold the whole text.
const NAMED: Readonly<Record<'&' | '!', { either: Translated; message: Translated }>> = {
  '&': {
    either: {
      en: 'YAML reads "{mark}" as a name for the value, not as text, and nothing refers to it (no "*{name}"): write {written} without "{mark}" or, if "{mark}" is part of the text, put the whole text in quotes: {whole}',
      vi: 'YAML hiểu "{mark}" là tên đặt cho giá trị, không phải chữ, và không nơi nào dùng đến tên này (không có "*{name}"): hãy ghi {written}, bỏ "{mark}", hoặc nếu "{mark}" là một phần của văn bản thì đặt cả văn bản trong dấu nháy: {whole}',
    },
    message: {
      en: 'YAML reads "{mark}" as a name for the value, not as text, and nothing refers to it (no "*{name}"); this field cannot hold {whole}, so the value is {value}: remove "{mark}"',
      vi: 'YAML hiểu "{mark}" là tên đặt cho giá trị, không phải chữ, và không nơi nào dùng đến tên này (không có "*{name}"); trường này không nhận {whole}, nên giá trị là {value}: hãy bỏ "{mark}"',
    },
  },
  '!': {
    either: {
      en: 'YAML reads "{mark}" as a mark saying what kind of value follows, not as text: write {written} without "{mark}" or, if "{mark}" is part of the text, put the whole text in quotes: {whole}',
      vi: 'YAML hiểu "{mark}" là dấu chỉ kiểu giá trị, không phải chữ: hãy ghi {written}, bỏ "{mark}", hoặc nếu "{mark}" là một phần của văn bản thì đặt cả văn bản trong dấu nháy: {whole}',
    },
    message: {
      en: 'YAML reads "{mark}" as a mark saying what kind of value follows, not as text; this field cannot hold {whole}, so the value is {value}: remove "{mark}"',
      vi: 'YAML hiểu "{mark}" là dấu chỉ kiểu giá trị, không phải chữ; trường này không nhận {whole}, nên giá trị là {value}: hãy bỏ "{mark}"',
    },
  },
};

/**
 * A mark before a value, where the field cannot hold the whole text (`body: &cm CM`, `body: !MC: Bộ phận một cửa`):
 * the value YAML reads was meant, and the fix removes the mark and the spaces after it.
 */
function namedValue(
  mark: string,
  start: number,
  valueStart: number,
  meant: string,
  source: string,
  read: unknown,
): NonNullable<MarkProblem['named']> {
  const data = {
    mark: escapeControls(mark),
    name: escapeControls(mark.slice(1)),
    whole: shown(jsonString(meant)),
    value: shown(jsonString(source)),
    written: shown(source),
  };
  const said = NAMED[mark[0] as '&' | '!'];
  return {
    read,
    either: { en: fill(said.either.en, data), vi: fill(said.either.vi, data) },
    message: { en: fill(said.message.en, data), vi: fill(said.message.vi, data) },
    fix: { start, end: valueStart, text: '' },
  };
}

/**
 * A mark with no value after it (`id: &receive`): YAML reads the word as the value's name and the value as empty, where
 * the officer most likely meant the word itself. At the "&", saying to write the word without it, or in quotes if the
 * "&" is meant, which the fix writes (keeping the text as written, as for a mark before words); with `bare`, the
 * message and fix for a field that cannot hold an "&", where only the word can stand.
 */
function markAlone(text: string, mark: string, start: number, empty: number): MarkProblem {
  const word = mark.slice(1);
  const data = { word: shown(word), example: shown(jsonString(mark)) };
  return {
    start,
    end: start + mark.length,
    message: {
      en: fill(
        'The "&" makes YAML read "{word}" as a name for the value, not as text, so the value is empty: write {word} without the "&", or, if the "&" is meant, put it in quotes: {example}',
        data,
      ),
      vi: fill(
        'Dấu "&" khiến YAML hiểu "{word}" là tên đặt cho giá trị, không phải chữ, nên giá trị bị để trống: hãy ghi {word}, không có dấu "&", hoặc nếu dấu "&" là chữ thì đặt trong dấu nháy: {example}',
        data,
      ),
    },
    fix: { start, end: start + mark.length, text: jsonString(mark) },
    empty,
    ...wordAlone(text, mark, start),
  };
}

// What to say of a mark with nothing after it where the field cannot hold the mark: the word without it.
const BARE_WORD: Readonly<Record<'&' | '!', Translated>> = {
  '&': {
    en: 'The "&" makes YAML read "{word}" as a name for the value, not as text, so the value is empty: write {word} without the "&", which this field cannot hold',
    vi: 'Dấu "&" khiến YAML hiểu "{word}" là tên đặt cho giá trị, không phải chữ, nên giá trị bị để trống: hãy ghi {word}, bỏ dấu "&" vì trường này không nhận dấu "&"',
  },
  '!': {
    en: 'The "!" makes YAML read "{mark}" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write {word} without the "!", which this field cannot hold',
    vi: 'Dấu "!" khiến YAML hiểu "{mark}" là dấu chỉ kiểu giá trị, không phải chữ, nên các chương trình khác đọc giá trị này là trống: hãy ghi {word}, bỏ dấu "!" vì trường này không nhận dấu "!"',
  },
};

// What to say of a mark ending in ":" with nothing after it (`body: !MC:`, a unit typed as a label) where the field
// cannot hold the mark: the word without the mark and the colon.
const BARE_LABEL: Readonly<Record<'&' | '!', Translated>> = {
  '&': {
    en: 'The "&" makes YAML read "{word}:" as a name for the value, not as text, so the value is empty: write {word} without the "&" and the ":", which this field cannot hold',
    vi: 'Dấu "&" khiến YAML hiểu "{word}:" là tên đặt cho giá trị, không phải chữ, nên giá trị bị để trống: hãy ghi {word}, bỏ dấu "&" và dấu ":" vì trường này không nhận chúng',
  },
  '!': {
    en: 'The "!" makes YAML read "{mark}" as a mark saying what kind of value follows, not as text, so other programs read the value as empty: write {word} without the "!" and the ":", which this field cannot hold',
    vi: 'Dấu "!" khiến YAML hiểu "{mark}" là dấu chỉ kiểu giá trị, không phải chữ, nên các chương trình khác đọc giá trị này là trống: hãy ghi {word}, bỏ dấu "!" và dấu ":" vì trường này không nhận chúng',
  },
};

/**
 * The `bare` of a mark with nothing after it (`&receive`, `!B1`) at `start`: the word without its first character, and
 * without the ":" that ends a label (`!MC:`); on an `id` key, B and the number for a step named by its number
 * (`id: !B.1`).
 */
function wordAlone(text: string, mark: string, start: number): Pick<MarkProblem, 'bare'> {
  const label = mark.length > 2 && mark.endsWith(':');
  const written = label ? mark.slice(0, -1) : mark;
  const word = written.slice(1);
  const id = idAdvice(text, start, start + mark.length, mark[0] as '&' | '!', written, mark);
  if (id !== undefined && id.fix.text !== word) return { bare: id };
  // A word YAML reads otherwise without its mark (`&!x`, `!-x`) is no id or key: the quotes are its only fix.
  if (!/^[\p{L}\p{N}]/u.test(word)) return {};
  const said = (label ? BARE_LABEL : BARE_WORD)[mark[0] as '&' | '!'];
  const data = { word: shown(word), mark: shown(mark) };
  return {
    bare: {
      message: { en: fill(said.en, data), vi: fill(said.vi, data) },
      fix: { start, end: start + mark.length, text: word },
    },
  };
}

/** Where `mark` starts when only spaces, on its line, stand between it and the value at `valueStart`. */
function markJustBefore(text: string, mark: string, valueStart: number): number | undefined {
  const start = text.lastIndexOf(mark, valueStart);
  return start >= 0 && /^[ \t]*$/.test(text.slice(start + mark.length, valueStart)) ? start : undefined;
}

/** A mark read as YAML's that the officer meant as text: reported at the mark, fixed by quoting the whole text. */
function quoteTheText(
  start: number,
  markLength: number,
  valueEnd: number,
  meant: string,
  message: Translated,
): MarkProblem {
  return { start, end: start + markLength, message, fix: { start, end: valueEnd, text: jsonString(meant) } };
}

/**
 * The plain values that start with a word after "!" YAML takes for a tag of its own (`name: !Important Tiếp nhận`,
 * `name: !NEW Thẩm định`), or a "!" alone (`name: ! Thẩm định`): procmap uses no such tag, so the "!" is the
 * officer's, and YAML reads the text without the word. The document is changed to hold the whole text, as written;
 * each comes back as a problem at the word, saying to quote the text as for `!Lưu ý`, with the quotes as the fix. A tag before a quoted text, a list or a map, or on a
 * line of its own, is written on purpose and left to YAML's own warning.
 */
export function ownTags(yaml: Yaml, doc: Document, text: string): MarkProblem[] {
  const problems: MarkProblem[] = [];
  yaml.visit(doc, {
    Scalar(_, scalar, ancestors) {
      const tag = scalar.tag;
      // A tag of YAML's own (`!!str`) resolves to its full name. A "!" alone (`name: ! Thẩm định`) is YAML's mark for
      // plain text, which drops it: the officer's too, before a plain value.
      if (tag === undefined || !tag.startsWith('!') || scalar.type !== 'PLAIN' || !scalar.range) return;
      const [valueStart, valueEnd] = scalar.range;
      // An anchor or a line break between the word and its text is written on purpose.
      const start = markJustBefore(text, tag, valueStart);
      if (start === undefined) return;
      // A word alone (`id: !B1`, `{ duration: !custom }`) is the text, without the spaces up to where YAML puts the
      // empty value; it may be an id or a key, which cannot hold the "!": told as `bare` there.
      const alone = !scalar.source;
      const meant = alone ? tag : `${text.slice(start, valueStart)}${String(scalar.source)}`;
      const read: unknown = scalar.value;
      delete scalar.tag;
      scalar.value = meant;
      const end = alone ? start + tag.length : valueEnd;
      const data = { word: shown(tag), example: shown(jsonString(meant)) };
      const bare = alone ? wordAlone(text, tag, start).bare : idAdvice(text, start, end, '!', meant, tag);
      // An id holds no mark, so its quotes are no fix: the id meant is, said wherever the file stops (`id: !Buoc 3`, the
      // value written, takes the schema's problem's place as `id: !B1` does).
      const id = onIdKey(text, start) ? bare : undefined;
      // `body: !MC: Bộ phận một cửa`: a word ending in ":" is a label before the value, no text, where the field
      // cannot hold the whole text: the value YAML reads was meant, as for `body: &MC: Bộ phận`.
      const label = !alone && id === undefined && tag.endsWith(':');
      const path = pathOf(yaml, ancestors, scalar);
      problems.push({
        ...(path && { path }),
        ...((alone || id) && { empty: valueStart, readAsText: true as const, ...(bare && { bare }) }),
        ...(label && { named: namedValue(tag, start, valueStart, meant, String(scalar.source), read) }),
        ...quoteTheText(start, tag.length, end, meant, {
          en: fill(
            'The text starts with "!", which makes YAML read "{word}" as a mark saying what kind of value follows, not as text: other programs read it without "{word}"; put the whole text in quotes: {example}',
            data,
          ),
          vi: fill(
            'Văn bản bắt đầu bằng dấu "!", YAML hiểu "{word}" là dấu chỉ kiểu giá trị, không phải chữ: các chương trình khác đọc văn bản này mất "{word}"; hãy đặt cả văn bản trong dấu nháy: {example}',
            data,
          ),
        }),
        ...(id && { message: id.message, fix: id.fix }),
      });
    },
  });
  return problems;
}

// The kinds of value a tag makes that a procedure holds none of, in words.
const TAGGED: Readonly<Record<string, Translated>> = {
  'tag:yaml.org,2002:binary': { en: 'bytes written in Base64', vi: 'dữ liệu nhị phân viết bằng mã Base64' },
  'tag:yaml.org,2002:timestamp': { en: 'a moment in time', vi: 'một thời điểm (ngày giờ)' },
  'tag:yaml.org,2002:set': { en: 'a set', vi: 'một tập hợp' },
  'tag:yaml.org,2002:omap': { en: 'an ordered map', vi: 'một bảng có thứ tự' },
  'tag:yaml.org,2002:pairs': { en: 'a list of pairs', vi: 'một danh sách các cặp' },
};

/** Where the spaces from `at` end (a sticky pattern: no copy of the rest of the file). */
function spacesAfter(text: string, at: number): number {
  const spaces = /[ \t]*/y;
  spaces.lastIndex = at;
  spaces.exec(text);
  return spaces.lastIndex;
}

/** The text bytes in Base64 hold, when they are UTF-8 text with no control characters. */
function base64Text(written: string): string | undefined {
  const compact = written.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    return decoded !== '' && escapeControls(decoded) === decoded ? decoded.normalize('NFC') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The values marked with a tag that makes them a kind of value no procedure holds (`!!binary`, `!!timestamp`,
 * `!!set`…): each a problem at the tag saying what YAML makes of the value and to remove the tag. The document is
 * changed to hold each value as written (the text Base64 holds, for `!!binary`), so that no other problem is said
 * about a value read as something else; the fix removes the tag where the value written is the text meant.
 */
export function foreignTags(yaml: Yaml, doc: Document, text: string): MarkProblem[] {
  const problems: MarkProblem[] = [];
  const visit = (_: unknown, node: Node) => {
    const kind = node.tag === undefined ? undefined : TAGGED[node.tag];
    if (kind === undefined || !node.range) return;
    const range = node.range;
    const short = `!!${node.tag!.slice('tag:yaml.org,2002:'.length)}`;
    const found = text.lastIndexOf(short, range[0]);
    const start = found < 0 ? range[0] : found;
    const end = found < 0 ? range[0] : found + short.length;
    const scalar = yaml.isScalar(node) ? node : undefined;
    const written = scalar === undefined ? undefined : String(scalar.source ?? '');
    const decoded = written !== undefined && short === '!!binary' ? base64Text(written) : undefined;
    const meant = short === '!!binary' ? decoded : written;
    delete node.tag;
    if (scalar !== undefined) scalar.value = meant ?? written;
    const tag = short;
    const value = shown(written ?? '');
    // Written as the fix writes it: as it stands when only the tag goes, else in quotes.
    const example = meant === written ? value : shown(jsonString(meant ?? ''));
    const what =
      written === undefined
        ? { en: `the value as ${kind.en}`, vi: `giá trị là ${kind.vi}` }
        : { en: `"${value}" as ${kind.en}`, vi: `"${value}" là ${kind.vi}` };
    const write =
      meant !== undefined
        ? { en: ` and write ${example}`, vi: ` và ghi ${example}` }
        : written === undefined
          ? { en: ' and write a list or a map', vi: ' và viết một danh sách hoặc một bảng' }
          : { en: ' and write the text itself', vi: ' và ghi chính văn bản' };
    const problem: MarkProblem = {
      start,
      end,
      message: {
        en: `The mark "${tag}" makes YAML read ${what.en}, ${scalar ? 'not as text' : 'which no procedure holds'}: remove "${tag}"${write.en}`,
        vi: `Dấu "${tag}" khiến YAML đọc ${what.vi}, ${scalar ? 'không phải văn bản' : 'không có trong quy trình nào'}: hãy bỏ "${tag}"${write.vi}`,
      },
    };
    if (found >= 0 && meant !== undefined && scalar !== undefined)
      problem.fix =
        meant === written
          ? { start, end: spacesAfter(text, end), text: '' }
          : { start, end: scalar.range![1], text: jsonString(meant) };
    problems.push(problem);
  };
  yaml.visit(doc, { Scalar: visit, Map: visit, Seq: visit });
  return problems;
}

// What to say of a mark before a key (`!MC: …` in a map): YAML takes the word and its colon for a mark on the value.
const KEY_MARKED: Readonly<Record<'&' | '!', Translated>> = {
  '&': {
    en: 'YAML reads "{mark}" as a name for the value, not as the key "{key}": remove the "&" before it',
    vi: 'YAML hiểu "{mark}" là tên đặt cho giá trị, không phải tên trường "{key}": hãy bỏ dấu "&" phía trước',
  },
  '!': {
    en: 'YAML reads "{mark}" as a mark saying what kind of value follows, not as the key "{key}": remove the "!" before it',
    vi: 'YAML hiểu "{mark}" là dấu chỉ kiểu giá trị, không phải tên trường "{key}": hãy bỏ dấu "!" phía trước',
  },
};

// What to say of a mark before a list item's first key (`- !id: B1`): the item as it is written without the mark.
const ITEM_KEY_MARKED: Readonly<Record<'&' | '!', Translated>> = {
  '&': {
    en: 'YAML reads "{mark}" as a name for the value, not as the key "{key}": remove the "&" before it and write {item}',
    vi: 'YAML hiểu "{mark}" là tên đặt cho giá trị, không phải tên trường "{key}": hãy bỏ dấu "&" phía trước và ghi {item}',
  },
  '!': {
    en: 'YAML reads "{mark}" as a mark saying what kind of value follows, not as the key "{key}": remove the "!" before it and write {item}',
    vi: 'YAML hiểu "{mark}" là dấu chỉ kiểu giá trị, không phải tên trường "{key}": hãy bỏ dấu "!" phía trước và ghi {item}',
  },
};

/** A warning yaml gives, as it gives it. */
interface YamlWarning {
  code: string;
  message: string;
  pos: [number, number];
}

/**
 * The marks written before a key at the start of a line (`  !MC: { name: Bộ phận một cửa }` in `bodies`) or of a list
 * item (`  - !id: B1` in `steps`, told with the item to write), found by
 * yaml's warning on each (a tag it does not know, a name ending in ":"): YAML reads the mark as one on the value, the
 * map loses its key and the lines below no longer read. Each at the mark, saying to remove it, which the fix does,
 * with the warning it is told in place of; in the order of the file.
 */
export function markedKeys<W extends YamlWarning>(
  text: string,
  warnings: readonly W[],
): { problem: MarkProblem; warning: W }[] {
  const found: { problem: MarkProblem; warning: W }[] = [];
  for (const warning of warnings) {
    const start =
      warning.code === 'TAG_RESOLVE_FAILED'
        ? warning.pos[0]
        : warning.code === 'BAD_ALIAS' && warning.message.startsWith('Anchor ending in :')
          ? text.lastIndexOf('&', warning.pos[0])
          : -1;
    if (start < 0) continue;
    const written = /^(?:![^\s!&*,[\]{}]+|&[^\s&*,[\]{}]+):(?=[ \t\r\n]|$)/.exec(text.slice(start, start + 1024))?.[0];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    if (written === undefined || !/^[ \t]*(?:-[ \t]+)*$/.test(before)) continue;
    const mark = written[0] as '&' | '!';
    // On a list item, the item as it reads without the mark, up to a comment: `- id: B1`.
    const lineEnd = text.indexOf('\n', start);
    const rest = text.slice(start + 1, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
    const item = `${before.trimStart()}${rest.replace(/[ \t]#.*$/, '').trimEnd()}`;
    const data = { mark: shown(written), key: shown(written.slice(1, -1)), item: shown(item) };
    const said = before.includes('-') ? ITEM_KEY_MARKED[mark] : KEY_MARKED[mark];
    found.push({
      warning,
      problem: {
        start,
        end: start + written.length,
        message: { en: fill(said.en, data), vi: fill(said.vi, data) },
        fix: { start, end: start + 1, text: '' },
      },
    });
  }
  return found.sort((a, b) => a.problem.start - b.problem.start);
}
