import { fill, type Translated } from '../i18n.js';
import { bulletOf, itemText, readBullets } from './bulleted-lists.js';
import { isMap } from './data-object.js';
import { PROCEDURE_LISTS, STEP_LISTS } from './lenient.js';
import { escapeControls, jsonString } from './quote.js';
import { LineIndex } from './source.js';
import { mayHoldUnusual } from './text-facts.js';
import type { NodePath, SourceRange } from './types.js';

// Lines pasted from Word or a web page that YAML cannot read as the officer wrote them: indented with spaces YAML does
// not count as spaces, or a list bulleted with "*", which YAML reads as a reference to another value.

/** A problem with its place, the words for it and, when there is one, the fix. */
export interface PastedProblem {
  range: SourceRange;
  message: Translated;
  fix?: { range: SourceRange; text: string };
}

// Spaces YAML reads as text, and characters no one sees: U+00A0 (Word's and the web's no-break space), U+2007, U+202F,
// U+3000 (an input method's full-width space); U+200B, U+2060 and U+FEFF (a byte order mark left where files were joined).
/** A space YAML reads as text, or an invisible character, as a pasted indent may hold. */
export const ODD = /[\u00a0\u2007\u202f\u3000\u200b\u2060\ufeff]/;
// A line's indent when it holds one of them.
const ODD_INDENT = /^[ \t\u00a0\u2007\u202f\u3000\u200b\u2060\ufeff]*/;
const ZERO_WIDTH = /[\u200b\u2060\ufeff]/g;
const WIDE = /[\u00a0\u2007\u202f\u3000]/g;

const SPACES: Readonly<Record<number, { en: string; vi: string; code: string }>> = {
  0x00a0: { en: 'no-break spaces', vi: 'dấu cách không ngắt', code: 'NBSP' },
  0x2007: { en: 'figure spaces', vi: 'dấu cách chữ số', code: 'U+2007' },
  0x202f: { en: 'narrow no-break spaces', vi: 'dấu cách hẹp không ngắt', code: 'U+202F' },
  0x3000: { en: 'full-width spaces', vi: 'dấu cách toàn độ rộng', code: 'U+3000' },
};
const INVISIBLE: Readonly<Record<number, string>> = {
  0x200b: 'zero-width space',
  0x2060: 'word joiner',
  0xfeff: 'zero-width no-break space',
};

/**
 * Whether a key YAML read starts with a space it does not count as one (a line indented with it). Not an invisible
 * character: a key may begin with one without any indent, and invisible-characters reports that.
 */
export function startsWithOddSpace(key: string): boolean {
  return /^[\u00a0\u2007\u202f\u3000]/.test(key);
}

// A line whose value is a block of text below it: `description: |`, `- >-`, with a comment after it or not.
const BLOCK_HEADER = /(?:^[ \t]*-|:)[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?\r?$/;

/**
 * The lines of block texts (`|`, `>`): what is written there is the officer's text, however it is indented or begins,
 * and the pasted-line checks leave it alone. A line ends the block when its ordinary spaces indent it no deeper than
 * the header's line.
 */
export function blockTextLines(lines: readonly string[]): Set<number> {
  const inside = new Set<number>();
  const spaces = (line: string) => /^ */.exec(line)![0].length;
  for (let i = 0; i < lines.length; i++) {
    if (!BLOCK_HEADER.test(lines[i]!)) continue;
    const header = spaces(lines[i]!);
    let j = i + 1;
    for (; j < lines.length && (lines[j]!.trim() === '' || spaces(lines[j]!) > header); j++) inside.add(j);
    i = j - 1;
  }
  return inside;
}

/**
 * Whether a line with such a space after its ordinary spaces is indented by those alone as a key of the map above it:
 * as deep as the key of the line before (a sibling), or deeper when that line opens a map (ends with ":").
 */
function isLabel(lines: readonly string[], i: number): boolean {
  const spaces = /^ */.exec(lines[i]!)![0].length;
  if (spaces === 0) return false;
  for (let j = i - 1; j >= 0; j--) {
    const line = lines[j]!.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (ODD.test(ODD_INDENT.exec(line)![0])) return false;
    const key = /^[ -]*/.exec(line)![0].length;
    return spaces === key || (/:[ \t]*(?:#.*)?$/.test(line) && spaces > key);
  }
  return false;
}

/** Whether the text may hold a line indented with spaces YAML reads as text: a quick look before any line is split. */
export function mayHaveOddIndent(text: string): boolean {
  return mayHoldUnusual(text) && ODD.test(text);
}

/**
 * The lines indented with no-break, full-width or invisible spaces: where the first of them stands, what to say,
 * and the fix that makes every such indent ordinary spaces (an invisible character is deleted). Undefined when none.
 */
export function oddIndent(text: string): PastedProblem | undefined {
  const lines = text.split('\n');
  const blocks = blockTextLines(lines);
  // A line whose ordinary spaces already indent it as the lines around it (`      \u00a0Không đủ: refuse` under
  // `    next:`) holds a label that begins with such a space, as written; the others are pasted indents.
  const odd = lines.flatMap((line, i) => {
    const indent = ODD_INDENT.exec(line)![0];
    const pasted = ODD.test(indent) && indent.length < line.replace(/\r$/, '').length;
    return pasted && !blocks.has(i) && !isLabel(lines, i) ? [i] : [];
  });
  if (odd.length === 0) return undefined;
  const index = new LineIndex(text);
  const first = odd[0]!;
  const indent = ODD_INDENT.exec(lines[first]!)![0];
  const column = indent.search(ODD) + 1;
  const code = indent.codePointAt(column - 1)!;
  const data = { line: first + 1, more: odd.length - 1 };
  const more: Translated =
    data.more === 0
      ? { en: '', vi: '' }
      : {
          en: fill(data.more === 1 ? ', and one more line' : ', and {more} more lines', data),
          vi: fill(' và {more} dòng khác', data),
        };
  const space = SPACES[code];
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const message: Translated = space
    ? {
        en: `Line ${data.line} is indented with ${space.en} (${space.code}, usually from text pasted from Word or a web page)${more.en}, which YAML does not count as spaces: replace them with ordinary spaces`,
        vi: `Dòng ${data.line} thụt lề bằng ${space.vi} (${space.code}, thường do dán từ Word hay trang web)${more.vi}, YAML không coi là dấu cách: hãy thay bằng dấu cách thường`,
      }
    : {
        en: `Line ${data.line} starts with an invisible character, U+${hex} (${INVISIBLE[code]}, usually from text pasted from Word or a web page)${more.en}, which YAML reads as text: delete it`,
        vi: `Dòng ${data.line} bắt đầu bằng ký tự ẩn U+${hex} (${INVISIBLE[code]}, thường do dán từ Word hay trang web)${more.vi}, YAML coi là chữ: hãy xoá ký tự này`,
      };
  // One fix from the first such line to the last: only their indents change.
  const last = odd.at(-1)!;
  const start = index.offset(first + 1, 1);
  const end = index.offset(last + 1, 1) + lines[last]!.length;
  const fixed = lines
    .slice(first, last + 1)
    .map((line) => line.replace(ODD_INDENT, (lead) => lead.replace(ZERO_WIDTH, '').replace(WIDE, ' ')));
  const width = /^[\u00a0\u2007\u202f\u3000\u200b\u2060\ufeff]*/.exec(indent.slice(column - 1))![0].length;
  return {
    range: { line: first + 1, column, endLine: first + 1, endColumn: column + width },
    message,
    fix: { range: index.range(start, end), text: fixed.join('\n') },
  };
}

// A key, then its colon and a space YAML does not count as one: "body:\u00a0Bộ phận Một cửa", as Word pastes it.
const ODD_AFTER_COLON = /^([ \t]*(?:- )?[^\s#:"'{[][^:#]*?:)([\u00a0\u2007\u202f\u3000]+)/;

/**
 * The first line at or before `line` whose key is followed by a no-break or full-width space instead of a space, which
 * YAML then reads as no key at all: where it stands, what to write, and the fix that makes every such space after a
 * key's colon an ordinary one. Undefined when none.
 */
export function oddAfterColon(text: string, line: number): PastedProblem | undefined {
  const lines = text.split('\n');
  const odd = lines.flatMap((each, i) => (ODD_AFTER_COLON.test(each) ? [i] : []));
  if (odd.length === 0 || odd[0]! >= line) return undefined;
  const index = new LineIndex(text);
  const first = odd[0]!;
  const match = ODD_AFTER_COLON.exec(lines[first]!)!;
  const column = match[1]!.length + 1;
  const space = SPACES[match[2]!.codePointAt(0)!]!;
  const data = { line: first + 1, more: odd.length - 1 };
  const more = data.more === 0 ? '' : data.more === 1 ? 'one more line' : `${data.more} more lines`;
  const message: Translated = {
    en: `Line ${data.line} has ${space.en} (${space.code}, usually from text pasted from Word or a web page) after the ":"${more ? `, and so has ${more}` : ''}, which YAML does not count as a space, so it reads no field there: replace it with an ordinary space`,
    vi: `Dòng ${data.line} có ${space.vi} (${space.code}, thường do dán từ Word hay trang web) sau dấu ":"${data.more > 0 ? ` (và ${data.more} dòng khác)` : ''}, YAML không coi là dấu cách nên không đọc được tên trường ở đó: hãy thay bằng dấu cách thường`,
  };
  const last = odd.at(-1)!;
  const start = index.offset(first + 1, 1);
  const end = index.offset(last + 1, 1) + lines[last]!.length;
  const fixed = lines
    .slice(first, last + 1)
    .map((each) => each.replace(ODD_AFTER_COLON, (_, key: string, spaces: string) => key + ' '.repeat(spaces.length)));
  return {
    range: { line: first + 1, column, endLine: first + 1, endColumn: column + match[2]!.length },
    message,
    fix: { range: index.range(start, end), text: fixed.join('\n') },
  };
}

/**
 * The first line at or before `line` that starts with "*" as a bullet ("* Nghị định …", or "*Nghị định" where no "&"
 * names a value of that name), which YAML cannot read: where it stands, what to write, and the fix that writes the
 * bulleted lines there as a YAML list.
 */
export function starBullet(text: string, line: number): PastedProblem | undefined {
  const lines = text.split('\n');
  const blocks = blockTextLines(lines);
  for (let i = 0; i < Math.min(line, lines.length); i++) {
    if (blocks.has(i)) continue;
    const star = /^([ \t]*)(?:[^\s#*"'][^#]*?:[ \t]+)?\*(?:[ \t]|([^\s,[\]{}]+))/.exec(lines[i]!);
    if (!star || (star[2] !== undefined && text.includes(`&${star[2]}`))) continue;
    const index = new LineIndex(text);
    const at = index.offset(i + 1, 1) + star[0].indexOf('*', star[1]!.length);
    const data = { line: i + 1 };
    const problem: PastedProblem = {
      range: index.range(at, at + 1),
      message: {
        en: fill(
          'Line {line} starts with "*", which YAML does not take for a bullet: write each item on a line starting with "- "',
          data,
        ),
        vi: fill(
          'Dòng {line} bắt đầu bằng dấu "*", YAML không nhận là dấu đầu dòng: hãy viết mỗi mục trên một dòng bắt đầu bằng "- "',
          data,
        ),
      },
    };
    // The bulleted lines from this one: each at the indent of the items, or deeper (an item's next line).
    const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
    const onKeyLine = !/^[ \t]*\*/.test(lines[i]!);
    const itemIndent = onKeyLine ? indent(lines[i + 1] ?? '') : indent(lines[i]!);
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      const bulleted = bulletOf(next.trimStart()) !== undefined;
      if (next.trim() === '' || indent(next) < itemIndent || (indent(next) === itemIndent && !bulleted)) break;
      last = j;
    }
    // One line alone is no list: `id: *nothing` is an alias whose anchor is missing, which the parser's message tells,
    // and `description: *Lưu ý* …` a text to quote; a "*" bullet is one only among other bulleted lines.
    if (last === i) continue;
    const end = index.offset(last + 1, 1) + lines[last]!.replace(/\r$/, '').length;
    const read = readBullets(text, at, end, indent(lines[i]!), true);
    if (read?.written !== undefined) problem.fix = { range: index.range(read.from, end), text: read.written };
    return problem;
  }
  return undefined;
}

// A key with nothing after it but a comment: the head of a value on the lines below.
const EMPTY_KEY = /^([ \t]*)(?:- +)?[^\s#"'-][^#]*?:[ \t]*(?:#.*)?\r?$/;

/**
 * A list pasted with its bullets or numbers (`1. Đơn`, `• Nghị định`) under its key, which YAML could not read as one
 * text: where YAML stopped (`line`, 1-based) is in such a list, and an item holds ": " (which starts a key), a comment
 * follows an item (which ends the text), or the items stand at the key's own column (each read as a key). The problem
 * stands at the item with ": ", else at the first bullet; the fix writes each item with "- " (that one in quotes, the
 * comments kept, and under the key when the items stood at its column).
 */
export function pastedBullets(text: string, line: number): PastedProblem | undefined {
  const lines = text.split('\n');
  const indent = (l: string) => /^[ \t]*/.exec(l)![0].length;
  // YAML's own "-" (a list item, or one written "-id:") and "*" (starBullet's) are not the pasted bullets meant here.
  const bulleted = (l: string) => l.trim() !== '' && !/^[ \t]*[-*]/.test(l) && bulletOf(l.trimStart()) !== undefined;
  let first = line - 1;
  if (!bulleted(lines[first] ?? '')) return undefined;
  const itemIndent = indent(lines[first]!);
  // Up to the key: bulleted lines at the items' indent, or an item's lines indented deeper.
  while (first > 0 && (indent(lines[first - 1]!) > itemIndent || bulleted(lines[first - 1]!))) {
    if (indent(lines[first - 1]!) < itemIndent) break;
    first--;
  }
  while (first < lines.length && !bulleted(lines[first]!)) first++;
  const key = EMPTY_KEY.exec(lines[first - 1] ?? '');
  if (!key || key[1]!.length > itemIndent) return undefined;
  const atKeyColumn = key[1]!.length === itemIndent;
  let last = first;
  for (let j = first + 1; j < lines.length; j++) {
    const next = lines[j]!;
    if (next.trim() === '' || indent(next) < itemIndent || (indent(next) === itemIndent && !bulleted(next))) break;
    last = j;
  }
  if (last === first) return undefined;
  const list = lines.slice(first, last + 1);
  const colon = list.findIndex((l) => bulleted(l) && /: |:\r?$/.test(l.replace(/[ \t]+#.*$/, '')));
  const comment = list.findIndex((l) => bulleted(l) && /[ \t]#/.test(l));
  if (colon < 0 && comment < 0 && !atKeyColumn) return undefined;
  const index = new LineIndex(text);
  const start = index.offset(first + 1, 1) + itemIndent;
  const end = index.offset(last + 1, 1) + lines[last]!.replace(/\r$/, '').length;
  const read = readBullets(text, start, end, key[1]!.length, true);
  if (read === undefined) return undefined;
  const problem =
    colon >= 0
      ? colonItem(text, lines, first + colon, read, bulleted)
      : listProblem(first, last, key, read, atKeyColumn);
  problem.range = colon >= 0 ? problem.range : index.range(start, start + read.bullet.length);
  if (read.written !== undefined) {
    // Items written at the key's column go under it, as every list of the file stands.
    const written = atKeyColumn
      ? read.written
          .split('\n')
          .map((l) => (l.trim() === '' ? l : `  ${l}`))
          .join('\n')
      : read.written;
    problem.fix = { range: index.range(read.from, end), text: written };
  }
  return problem;
}

/**
 * The maps in which YAML read a pasted list whose items all hold ": ": a list field's own value (its items under it),
 * or the procedure or step holding an empty list field (its items at the field's column, read as fields).
 */
function mapsOfItems(data: Record<string, unknown>): [NodePath, Record<string, unknown>][] {
  const found: [NodePath, Record<string, unknown>][] = [];
  const add = (owner: Record<string, unknown>, at: NodePath, keys: readonly string[]) => {
    for (const key of keys) {
      const value = owner[key];
      if (isMap(value)) found.push([[...at, key], value]);
      else if (value === null) found.push([at, owner]);
    }
  };
  add(data, [], [...PROCEDURE_LISTS, 'applicants']);
  if (Array.isArray(data.steps))
    data.steps.forEach((step, i) => {
      if (isMap(step)) add(step, ['steps', i], STEP_LISTS);
    });
  return found;
}

// YAML's own "-" and "*" are no pasted bullets.
const pastedKey = (key: string) => !/^[-*]/.test(key) && bulletOf(key) !== undefined;

/**
 * A list pasted with its bullets or numbers whose every item holds ": " (`dossier:` then `1. Tờ khai: 01 bản chính`,
 * `2. Giấy khai sinh: 01 bản sao`): YAML reads no error there but a map, each item a key. What pastedBullets says of
 * a list with one such item, and its fix, at the first list so read; undefined when there is none.
 */
export function bulletedKeys(
  text: string,
  data: unknown,
  locate: (path: NodePath, target?: 'key' | 'value') => SourceRange,
): PastedProblem | undefined {
  if (!isMap(data)) return undefined;
  for (const [path, map] of mapsOfItems(data)) {
    // Two items or more make a list, as readBulletedLists counts them.
    const keys = Object.keys(map).filter(pastedKey);
    if (keys.length < 2) continue;
    const problem = pastedBullets(text, locate([...path, keys[0]!], 'key').line);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** The words for a pasted list whose item at `at` (0-based) holds ": ", and where that item stands. */
function colonItem(
  text: string,
  lines: readonly string[],
  at: number,
  read: { items: string[]; bullet: string },
  bulleted: (line: string) => boolean,
): PastedProblem {
  const index = new LineIndex(text);
  let first = at;
  while (first > 0 && bulleted(lines[first - 1]!)) first--;
  const itemIndent = /^[ \t]*/.exec(lines[at]!)![0].length;
  const item = read.items[lines.slice(0, at + 1).filter((l, i) => i >= first && bulleted(l)).length - 1]!;
  const data = { line: at + 1, bullet: read.bullet, item: jsonString(item) };
  return {
    range: index.range(index.offset(at + 1, 1) + itemIndent, index.offset(at + 1, 1) + lines[at]!.trimEnd().length),
    message: {
      en: fill(
        'Line {line} is an item of a list pasted with its bullets ("{bullet}"), and its ": " makes YAML read a key: write each item on a line starting with "- ", this one in quotes: - {item}',
        data,
      ),
      vi: fill(
        'Dòng {line} là một mục của danh sách dán kèm dấu đầu dòng ("{bullet}"), và dấu ": " trong đó khiến YAML hiểu là tên trường: hãy viết mỗi mục trên một dòng bắt đầu bằng "- ", mục này đặt trong dấu nháy: - {item}',
        data,
      ),
    },
  };
}

/** The words for a pasted list YAML stopped in for a comment after an item, or for items at their key's column. */
function listProblem(
  first: number,
  last: number,
  key: RegExpExecArray,
  read: { items: string[]; bullet: string },
  atKeyColumn: boolean,
): PastedProblem {
  const name = key[0]
    .replace(/\s*#.*$/, '')
    .trim()
    .replace(/^-\s*/, '')
    .replace(/:$/, '');
  const data = {
    from: first + 1,
    to: last + 1,
    bullet: read.bullet,
    key: escapeControls(name),
    item: escapeControls(read.items[0]!),
  };
  const message: Translated = atKeyColumn
    ? {
        en: fill(
          'Lines {from}–{to} are a list pasted with its bullets ("{bullet}") at the column of "{key}", which YAML reads as new fields: write each item under "{key}", indented, on a line starting with "- ", e.g. - {item}',
          data,
        ),
        vi: fill(
          'Dòng {from}–{to} là danh sách dán kèm dấu đầu dòng ("{bullet}") thẳng cột với "{key}", YAML hiểu là các trường mới: hãy viết mỗi mục dưới "{key}", thụt lề, trên một dòng bắt đầu bằng "- ", ví dụ - {item}',
          data,
        ),
      }
    : {
        en: fill(
          'Lines {from}–{to} are a list pasted with its bullets ("{bullet}"), which YAML cannot read with a comment after an item: write each item on a line starting with "- ", e.g. - {item}',
          data,
        ),
        vi: fill(
          'Dòng {from}–{to} là danh sách dán kèm dấu đầu dòng ("{bullet}"), YAML không đọc được khi có ghi chú (#) sau một mục: hãy viết mỗi mục trên một dòng bắt đầu bằng "- ", ví dụ - {item}',
          data,
        ),
      };
  return { range: { line: first + 1, column: 1, endLine: first + 1, endColumn: 1 }, message };
}

/**
 * A list item pasted with its bullet or number (`1. Giấy khai sinh`) among items written with "- ", where YAML stopped
 * (`line`, 1-based): where its bullet stands, what to write, and the fix that writes "- " in place of each such bullet
 * at the items' column, the text and a comment after it kept.
 */
export function bulletAmongDashes(text: string, line: number): PastedProblem | undefined {
  const lines = text.split('\n');
  const indent = (l: string) => /^[ \t]*/.exec(l)![0].length;
  const pasted = (l: string) => l.trim() !== '' && !/^[ \t]*[-*#]/.test(l) && bulletOf(l.trimStart()) !== undefined;
  const at = line - 1;
  if (!pasted(lines[at] ?? '')) return undefined;
  const itemIndent = indent(lines[at]!);
  // The line above at the item's column (deeper lines are the items' own) must be a "- " item of the same list.
  let above = at - 1;
  while (
    above >= 0 &&
    (lines[above]!.trim() === '' || lines[above]!.trimStart().startsWith('#') || indent(lines[above]!) > itemIndent)
  )
    above--;
  if (above < 0 || indent(lines[above]!) !== itemIndent || !/^[ \t]*- /.test(lines[above]!)) return undefined;
  const index = new LineIndex(text);
  const fixes: string[] = [];
  let last = at;
  for (let j = at; j < lines.length; j++) {
    const each = lines[j]!;
    if (each.trim() !== '' && indent(each) < itemIndent) break;
    if (each.trim() !== '' && indent(each) === itemIndent && !pasted(each) && !/^[ \t]*[-#]/.test(each)) break;
    if (pasted(each) && indent(each) === itemIndent) {
      const content = each.slice(itemIndent).replace(/\r$/, '');
      const found = bulletOf(content)!;
      let rest = content.slice(found.text);
      const comment = /[ \t]+#.*$/.exec(rest);
      if (comment) rest = rest.slice(0, comment.index);
      if (rest.trim() === '') return undefined;
      fixes.push(
        `${each.slice(0, itemIndent)}- ${itemText(rest.trim())}${comment?.[0] ?? ''}${each.endsWith('\r') ? '\r' : ''}`,
      );
    } else fixes.push(each);
    last = j;
  }
  while (last > at && lines[last]!.trim() === '') {
    last--;
    fixes.pop();
  }
  const bullet = bulletOf(lines[at]!.slice(itemIndent))!;
  // The item is the file's text: a control character left inside a line must not reach the terminal.
  const data = { line: at + 1, bullet: bullet.bullet, item: escapeControls(fixes[0]!.trim().replace(/\s+#.*$/, '')) };
  const start = index.offset(at + 1, 1);
  const end = index.offset(last + 1, 1) + lines[last]!.replace(/\r$/, '').length;
  return {
    range: index.range(start + itemIndent, start + itemIndent + bullet.bullet.length),
    message: {
      en: fill(
        'Line {line} starts with "{bullet}" among list items that start with "- ", which YAML cannot read: write "- " in its place: {item}',
        data,
      ),
      vi: fill(
        'Dòng {line} bắt đầu bằng "{bullet}" giữa các mục danh sách bắt đầu bằng "- ", YAML không đọc được: hãy viết "- " thay cho nó: {item}',
        data,
      ),
    },
    fix: { range: index.range(start, end), text: fixes.join('\n') },
  };
}

/**
 * The lines indented with Tabs, at or before where YAML stopped (`line`, 1-based), which YAML does not count as
 * indentation: where the first Tab stands and what to write. When every indented line of the file is indented with
 * Tabs alone, each Tab is a level and the fix writes 2 spaces for it (as "- " is 2 wide); else which spaces each Tab
 * stands for is the officer's to say.
 */
export function tabIndent(text: string, line: number): PastedProblem | undefined {
  if (!text.includes('\t')) return undefined;
  const lines = text.split('\n');
  const blocks = blockTextLines(lines);
  const indentOf = (l: string) => /^[ \t]*/.exec(l)![0];
  const written = (i: number) => !blocks.has(i) && lines[i]!.trim() !== '';
  const tabbed = lines.flatMap((l, i) => (written(i) && indentOf(l).includes('\t') ? [i] : []));
  if (tabbed.length === 0 || tabbed[0]! >= line) return undefined;
  const first = tabbed[0]!;
  const column = indentOf(lines[first]!).indexOf('\t') + 1;
  const index = new LineIndex(text);
  const range = index.range(index.offset(first + 1, column), index.offset(first + 1, column) + 1);
  const onlyTabs = lines.every((l, i) => !written(i) || /^\t*(?:[^ \t]|$)/.test(l));
  const data = { line: first + 1, more: tabbed.length - 1 };
  if (!onlyTabs)
    return {
      range,
      message: {
        en: fill(
          'Line {line} is indented with a Tab, which YAML does not count as indentation: replace each Tab with spaces, as many as put the line in line with the others of its level (2 for each level)',
          data,
        ),
        vi: fill(
          'Dòng {line} thụt lề bằng phím Tab, YAML không tính là thụt lề: hãy thay mỗi Tab bằng dấu cách, đủ để dòng thẳng cột với các dòng cùng cấp (2 dấu cách cho mỗi cấp)',
          data,
        ),
      },
    };
  const last = tabbed.at(-1)!;
  const end = index.offset(last + 1, 1) + lines[last]!.length;
  const fixed = lines.slice(first, last + 1).map((l) => l.replace(/^\t+/, (tabs) => '  '.repeat(tabs.length)));
  return {
    range,
    message: {
      en: fill(
        data.more === 0
          ? 'Line {line} is indented with Tabs, which YAML does not count as indentation: indent with spaces, 2 for each Tab'
          : data.more === 1
            ? 'Line {line} is indented with Tabs, and one more line, which YAML does not count as indentation: indent with spaces, 2 for each Tab'
            : 'Line {line} is indented with Tabs, and {more} more lines, which YAML does not count as indentation: indent with spaces, 2 for each Tab',
        data,
      ),
      vi: fill(
        data.more === 0
          ? 'Dòng {line} thụt lề bằng phím Tab, YAML không tính là thụt lề: hãy thụt lề bằng dấu cách, 2 dấu cách cho mỗi Tab'
          : 'Dòng {line} và {more} dòng khác thụt lề bằng phím Tab, YAML không tính là thụt lề: hãy thụt lề bằng dấu cách, 2 dấu cách cho mỗi Tab',
        data,
      ),
    },
    fix: { range: index.range(index.offset(first + 1, 1), end), text: fixed.join('\n') },
  };
}
