import type { LoadedFile } from '../model/load.js';
import type { ChannelEdits } from '../model/channel-split.js';
import { isMap } from '../model/data-object.js';
import type { PerChannelLimits } from '../model/duration-check.js';
import type { SplitChannel } from '../model/duration.js';
import { channelNote } from '../model/channel-words.js';
import type { DossierCaseItem, Rejoin, SchemaProblem } from '../model/schema.js';
import { lineEndOf, type LineIndex } from '../model/source.js';
import { wholeLines } from '../model/total-rows.js';
import type { Fix, NodePath, SourceRange } from '../model/types.js';
import { yamlName, yamlQuantity } from '../rules/written-value.js';

// The schema's problems whose message or fix needs the file's text, not only its data: a comma the source shows, the
// span a value is joined over, where an entry can be written.

/**
 * Whether the source shows the comma that ended a value in braces right before a valueless key (`{ next: B2, B3 }`),
 * not a key of its own on a line of a block map.
 */
export function commaBefore(
  source: LoadedFile,
  lines: LineIndex,
  key: NodePath,
  split: NonNullable<SchemaProblem['split']>,
): boolean {
  const before = source.locate(split.after, split.afterKey ? 'key' : 'value');
  const at = source.locate(key, 'key');
  const between = source.text.slice(lines.offset(before.endLine, before.endColumn), lines.offset(at.line, at.column));
  return /^[ \t]*,\s*$/.test(between);
}

/**
 * The fix that joins a value a comma in braces cut short: the text from the field's value to the last valueless key,
 * in quotes or brackets. None when the value was quoted itself, or a comment runs between, which cannot simply be joined.
 */
export function rejoinFix(source: LoadedFile, lines: LineIndex, rejoin: Rejoin): { fix?: Fix } {
  const from = source.locate(rejoin.from, 'value');
  const to = source.locate(rejoin.to, 'key');
  const text = rejoinedText(source, lines, rejoin);
  // A piece with a full-width colon may be a key written with one (`duration：4h`): joined, it would be lost in a text.
  if (text === undefined || text.includes('：')) return {};
  const range = { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn };
  return { fix: { range, text: rejoin.wrap === 'quotes' ? JSON.stringify(text) : `[${text}]` } };
}

/**
 * The fix that writes an item pasted after two "- " (`- - • Nam …`) after one (`- Nam …`): the inner list, at `range`,
 * becomes the item's text. None when that list is written in brackets, or a comment runs inside it.
 */
export function nestedItemFix(source: LoadedFile, lines: LineIndex, range: SourceRange, item: string): { fix?: Fix } {
  const start = lines.offset(range.line, range.column);
  // The list's range runs to the next item's line: the text ends where its last word does, a comment after it kept.
  const written = source.text.slice(start, lines.offset(range.endLine, range.endColumn)).trimEnd();
  const text = written.includes('\n') ? written : written.replace(/[ \t]+#.*$/, '');
  if (!text.startsWith('-') || /\s#/.test(text)) return {};
  return { fix: { range: lines.range(start, start + text.length), text: item } };
}

/**
 * The value a comma in braces cut short as the file writes it, on one line (`1,5 ngày làm việc`, the comma as typed);
 * undefined when the value was quoted itself, or a comment runs between.
 */
export function rejoinedText(source: LoadedFile, lines: LineIndex, rejoin: Rejoin): string | undefined {
  const from = source.locate(rejoin.from, 'value');
  const to = source.locate(rejoin.to, 'key');
  const written = source.text.slice(lines.offset(from.line, from.column), lines.offset(to.endLine, to.endColumn));
  if (/^["'[{]/.test(written) || /\s#/.test(written)) return undefined;
  // A flow map may run over lines: the text is one line.
  return written.replace(/\s*\r?\n\s*/g, ' ');
}

/**
 * The fix that writes a missing entry first in its map: `id: B2` on a line of its own, indented as the key after it,
 * or after the brace of a map in braces. None where the map starts otherwise (a map that is no map in the source).
 */
export function insertFix(
  source: LoadedFile,
  lines: LineIndex,
  map: SourceRange,
  entry: { key: string; value: string; after?: NodePath },
): { fix?: Fix } {
  const next = entry.after === undefined ? undefined : insertAfter(source, lines, entry.after, entry);
  if (next) return next;
  const start = lines.offset(map.line, map.column);
  // Only indent and a list item's dash before the map: an anchor (`&base`) is a map other steps may share.
  if (!/^[ -]*$/.test(source.text.slice(start - (map.column - 1), start))) return {};
  const written = `${entry.key}: ${yamlName(entry.value)}`;
  const at = { line: map.line, column: map.column, endLine: map.line, endColumn: map.column };
  if (source.text[start] === '{') {
    const spaced = /\s/.test(source.text[start + 1] ?? '');
    const after = { ...at, column: map.column + 1, endColumn: map.column + 1 };
    return { fix: { range: after, text: spaced ? ` ${written},` : ` ${written}, ` } };
  }
  // A block map's first key, not an alias or a tag, which the entry cannot go before.
  if (!/^[\p{L}\p{N}"'_]/u.test(source.text.slice(start, start + 1))) return {};
  return { fix: { range: at, text: `${written}${lineEndOf(source.text)}${' '.repeat(map.column - 1)}` } };
}

/**
 * The fix that writes a new entry right after the one-line entry at `path` (a step's body after its role, where the
 * officer reads them together): on a line of its own indented as that key, after any comment; after its value in
 * braces. None when the entry runs over lines or starts no line of its own.
 */
function insertAfter(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  entry: { key: string; value: string },
): { fix: Fix } | undefined {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (key.line !== value.endLine || value.column === value.endColumn) return undefined;
  const written = `${entry.key}: ${yamlName(entry.value)}`;
  const before = source.text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (/[{,][ \t]*$/.test(before)) {
    const at = { line: value.endLine, column: value.endColumn, endLine: value.endLine, endColumn: value.endColumn };
    return { fix: { range: at, text: `, ${written}` } };
  }
  if (!/^[ \t]*(?:- )?$/.test(before)) return undefined;
  // After the whole line, a comment and all, before its line break.
  const lineStart = lines.offset(key.line, 1);
  const rest = source.text.slice(lineStart);
  const length = /^[^\r\n]*/.exec(rest)![0].length;
  const end = { line: key.line, column: length + 1, endLine: key.line, endColumn: length + 1 };
  return { fix: { range: end, text: `${lineEndOf(source.text)}${' '.repeat(key.column - 1)}${written}` } };
}

/**
 * The fix that writes a map entry anew in place of one on a single line: from its key to the end of its value
 * (`Bộ phận Một cửa: MC` → `MC: Bộ phận Một cửa`), or to its colon when it has none (`Bộ phận Một cửa:`, a comment
 * after it kept).
 */
export function entryFix(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  entry: { key: string; value: string },
): { fix?: Fix } {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (key.endLine !== key.line) return {};
  // Only a key that starts its entry: after the indent, a list item's dash or a brace; not an explicit "? " key.
  const before = source.text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (!/^[ \t]*(?:- )?$|[{,][ \t]*$/.test(before)) return {};
  let end = value.endColumn;
  if (value.column === value.endColumn) {
    // A key with nothing after its colon but a comment: an anchor or a tag there (`&x`, `!!null`) is no name's.
    const colon = /^[ \t]*:(?=[ \t]*(?:#.*)?\r?$)/m.exec(source.text.slice(lines.offset(key.endLine, key.endColumn)));
    if (!colon || colon.index !== 0) return {};
    end = key.endColumn + colon[0].length;
  } else if (value.line !== key.line || value.endLine !== key.line) return {};
  const range = { line: key.line, column: key.column, endLine: key.line, endColumn: end };
  return { fix: { range, text: `${entry.key}: ${yamlName(entry.value)}` } };
}

/** Text replacing what stands between two offsets of the file. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Edits that do not overlap as one fix, over the span from the first to the last; none when two overlap. */
function combined(source: LoadedFile, lines: LineIndex, edits: readonly Edit[]): { fix?: Fix } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  let at = sorted[0]?.start ?? 0;
  for (const edit of sorted) {
    if (edit.start < at) return {};
    text += source.text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return sorted.length === 0 ? {} : { fix: { range: lines.range(sorted[0]!.start, at), text } };
}

/** The offset where the line holding `offset` ends, before its line break. */
function lineEndAt(text: string, offset: number): number {
  const end = text.slice(offset).search(/\r?\n|\r/);
  return end < 0 ? text.length : offset + end;
}

/** The offset after the last character of a range that is not white space (a block ends at the next line). */
function contentEnd(text: string, lines: LineIndex, range: SourceRange): number {
  let end = lines.offset(range.endLine, range.endColumn);
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

// A comment in YAML: a # at a line's start or after a space (a # inside quotes makes a fix refuse too: rare, safe).
const COMMENT = /(?:^|\s)#/;

/**
 * A channel as the flow map --fix writes: `{ kind: online, time_limit: 04 ngày làm việc }`, with the grade of online
 * filing as its note (`note: Trực tuyến toàn trình`, words of procmap's own that need no quotes).
 */
function channelEntry({ kind, limit, note }: SplitChannel): string {
  const fields = [`kind: ${kind}`, note && `note: ${note}`, limit && `time_limit: ${yamlQuantity(limit)}`];
  return `{ ${fields.filter(Boolean).join(', ')} }`;
}

/**
 * The fix that splits a time limit per way of filing: `time_limit` keeps one limit, a comment after it kept, and every
 * channel named goes in `channels`: a new line after time_limit at its indent when the file has none
 * (`channels: [{ kind: in_person }, { kind: online, time_limit: 04 ngày làm việc }]`), else each listed channel
 * gets its limit and the channels it lacks are added at the end of the list. The limit written over several lines
 * (a line each, or a list) becomes one line. None where a comment stands inside what is rewritten, or the list is
 * written in a way whose entries cannot be added to.
 */
export function channelsFix(source: LoadedFile, lines: LineIndex, split: PerChannelLimits): { fix?: Fix } {
  const text = source.text;
  const key = source.locate(['time_limit'], 'key');
  const before = text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (key.endLine !== key.line || !/^[ \t]*$/.test(before)) return {};
  const eol = lineEndOf(text);
  const listed = isMap(source.data) && Object.hasOwn(source.data, 'channels');
  const newLine =
    'write' in split.edits && !listed
      ? `${eol}${before}channels: [${split.edits.write.map(channelEntry).join(', ')}]`
      : '';
  const edits = limitEdits(source, lines, ['time_limit'], split.limit, newLine);
  if (edits === undefined) return {};
  if (listed) {
    const more = listEdits(source, lines, split.edits);
    if (more === undefined) return {};
    edits.push(...more);
  }
  return combined(source, lines, edits);
}

/**
 * The fix that writes a limit per agency of a liên thông dossier as their total, each agency's time in brackets:
 * `time_limit: "10 ngày làm việc (UBND cấp xã: 03 ngày làm việc; Sở Tư pháp: 07 ngày làm việc)"`.
 */
export function totalFix(source: LoadedFile, lines: LineIndex, path: NodePath, total: string): { fix?: Fix } {
  const edits = limitEdits(source, lines, path, total, '');
  return edits === undefined ? {} : combined(source, lines, edits);
}

/**
 * The edits that write one limit in place of a limit's value, `newLine` after it (after the comment ending its line):
 * on the key's line, the lines under it gone when it was written a line each (`|`) or as a list. None where a comment
 * stands inside what is rewritten.
 */
function limitEdits(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  limit: string,
  newLine: string,
): Edit[] | undefined {
  const text = source.text;
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (value.line === key.line && value.endLine === key.line) {
    const [start, end] = [lines.offset(value.line, value.column), lines.offset(value.endLine, value.endColumn)];
    // The new line goes after the comment that ends the key's line, which stays with its value.
    const lineEnd = lineEndAt(text, end);
    return [
      { start, end, text: yamlQuantity(limit) },
      ...(newLine === '' ? [] : [{ start: lineEnd, end: lineEnd, text: newLine }]),
    ];
  }
  // A line each (`|`), or a list: the key's line takes the one limit, the lines under it go.
  const keyEnd = lines.offset(key.endLine, key.endColumn);
  const end = contentEnd(text, lines, value);
  if (value.line < key.line || end <= keyEnd || COMMENT.test(text.slice(keyEnd, end))) return undefined;
  return [{ start: keyEnd, end, text: `: ${yamlQuantity(limit)}${newLine}` }];
}

/** The edits that write a split limit's channels in the list the file has; undefined where it cannot be done safely. */
function listEdits(source: LoadedFile, lines: LineIndex, edits: ChannelEdits): Edit[] | undefined {
  const text = source.text;
  const value = source.locate(['channels'], 'value');
  const start = lines.offset(value.line, value.column);
  if ('write' in edits) {
    // The names on one line: the list takes their place, a comment after them kept.
    if (!isMap(source.data) || typeof source.data.channels !== 'string' || value.endLine !== value.line)
      return undefined;
    const end = lines.offset(value.endLine, value.endColumn);
    return [{ start, end, text: `[${edits.write.map(channelEntry).join(', ')}]` }];
  }
  const out: Edit[] = [];
  const data = isMap(source.data) && Array.isArray(source.data.channels) ? source.data.channels : undefined;
  if (data === undefined || source.namedChannels === 'map')
    return edits.set.length + edits.add.length > 0 ? undefined : [];
  for (const { index, kind, limit } of edits.set) {
    const item = source.locate(['channels', index], 'value');
    const itemStart = lines.offset(item.line, item.column);
    if (typeof data[index] === 'string') {
      // A channel by its name alone: its map has room for the limit, and the grade its name says goes in its note.
      if (item.endLine !== item.line) return undefined;
      const note = channelNote(data[index] as string, undefined);
      out.push({
        start: itemStart,
        end: lines.offset(item.endLine, item.endColumn),
        text: channelEntry({ kind, limit, ...(note === undefined ? {} : { note }) }),
      });
      continue;
    }
    const kindKey = source.locate(['channels', index, 'kind'], 'key');
    const kindValue = source.locate(['channels', index, 'kind'], 'value');
    const after = lines.offset(kindValue.endLine, kindValue.endColumn);
    if (text[itemStart] === '{') out.push({ start: after, end: after, text: `, time_limit: ${yamlQuantity(limit)}` });
    else {
      const lead = text.slice(lines.offset(kindKey.line, 1), lines.offset(kindKey.line, kindKey.column));
      if (!/^[ \t]*(?:- +)?$/.test(lead)) return undefined;
      const end = lineEndAt(text, after);
      out.push({
        start: end,
        end,
        text: `${lineEndOf(text)}${' '.repeat(kindKey.column - 1)}time_limit: ${yamlQuantity(limit)}`,
      });
    }
  }
  if (edits.add.length === 0) return out;
  if (text[start] === '[') {
    const end = contentEnd(text, lines, value);
    if (text[end - 1] !== ']') return undefined;
    const empty = /^\[\s*$/.test(text.slice(start, end - 1));
    const added = edits.add.map(channelEntry).join(', ');
    out.push({ start: end - 1, end: end - 1, text: empty ? added : `, ${added}` });
    return out;
  }
  if (data.length === 0) return undefined;
  // A block list: each channel added as an item of its own after the last, at the dash's indent.
  const first = source.locate(['channels', 0], 'value');
  const dash = text.slice(lines.offset(first.line, 1), lines.offset(first.line, first.column));
  if (!/^[ \t]*- +$/.test(dash)) return undefined;
  const end = lineEndAt(text, contentEnd(text, lines, source.locate(['channels', data.length - 1], 'value')));
  const eol = lineEndOf(text);
  out.push({ start: end, end, text: edits.add.map((channel) => `${eol}${dash}${channelEntry(channel)}`).join('') });
  return out;
}

/**
 * The fix that writes a step table's row as a step: `Bước 1: Tiếp nhận hồ sơ` becomes `id: B1` and `name: Tiếp nhận
 * hồ sơ` on the next line at its indent (the name as written), or the one of them the step lacks; `Bước 1:` with fields
 * under it becomes `id: B1` with those lines moved to its indent. None where the row is written otherwise (over
 * several lines, in braces).
 */
export function stepRowFix(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  row: { id?: string; name?: string; nested?: boolean },
): { fix?: Fix } {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (key.endLine !== key.line) return {};
  const before = source.text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (!/^[ \t]*(?:- +)?$/.test(before)) return {};
  const eol = lineEndOf(source.text);
  const indent = ' '.repeat(key.column - 1);
  const start = { line: key.line, column: key.column };
  if (!row.nested) {
    if (value.line !== key.line || value.endLine !== key.line) return {};
    const written = source.text.slice(
      lines.offset(value.line, value.column),
      lines.offset(value.endLine, value.endColumn),
    );
    if (/^[|>]/.test(written)) return {};
    const range = { ...start, endLine: key.line, endColumn: value.endColumn };
    const fields = [
      ...(row.id === undefined ? [] : [`id: ${row.id}`]),
      ...(row.name === undefined ? [] : [`name: ${written}`]),
    ];
    return fields.length === 0 ? {} : { fix: { range, text: fields.join(`${eol}${indent}`) } };
  }
  if (row.id === undefined) return {};
  // The fields under the number: whole lines, each indented at least as the first.
  if (value.line <= key.line) return {};
  const last = value.endColumn === 1 ? value.endLine - 1 : value.endLine;
  const text = source.text.slice(lines.offset(value.line, 1), lines.offset(last + 1, 1)).replace(/\r?\n$/, '');
  const depth = value.column - key.column;
  if (depth <= 0) return {};
  const moved = text.split('\n').map((line) => (line.trim() === '' ? line : line.slice(depth)));
  if (!text.split('\n').every((line) => line.trim() === '' || /^ *$/.test(line.slice(0, value.column - 1)))) return {};
  const end = lines.offset(value.line, 1) + text.length;
  const range = { ...start, ...endOf(lines.range(end, end)) };
  return { fix: { range, text: `id: ${row.id}${eol}${moved.join('\n')}` } };
}

function endOf(range: SourceRange): { endLine: number; endColumn: number } {
  return { endLine: range.line, endColumn: range.column };
}

// A text written plain in a block map when it reads back as itself; in quotes otherwise.
const PLAIN_BLOCK = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:(?!: | #)[^\u0000-\u001f\u007f-\u009f\u2028\u2029])*(?<![\s:])$/u;

/**
 * The fix that writes dossier items under their case (`- Trường hợp …:` and the items below it) as items each with
 * its case, moved to the case's indent: a line becomes `- name: …` with its counts (`copies: …`) and `case: …` below,
 * a map gets `case: …` as its last entry. Every comment stays: an item's on its line, the case's after the first
 * item's `case:`. None where the case is not a list item of its own line, or its items are written otherwise.
 */
export function dossierCaseFix(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  found: { case: string; items: DossierCaseItem[] },
): { fix?: Fix } {
  const text = source.text;
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (key.endLine !== key.line || value.line <= key.line) return {};
  const headStart = lines.offset(key.line, 1);
  const dash = text.slice(headStart, lines.offset(key.line, key.column));
  if (!/^[ \t]*- +$/.test(dash)) return {};
  // After the case's colon only a comment, which goes with the case.
  const afterKey = text.slice(lines.offset(key.endLine, key.endColumn), lineEndAt(text, headStart));
  const head = /^\s*:(\s*#.*)?$/.exec(afterKey);
  if (!head) return {};
  const eol = lineEndOf(text);
  const caseText = yamlText(found.case);
  const outer = dash.indexOf('-');
  const items = found.items.map((_, j) => source.locate([...path, j], 'value'));
  const first = items[0]!;
  const inner = text.slice(lines.offset(first.line, 1), lines.offset(first.line, first.column));
  if (!/^ *- +$/.test(inner) || inner.indexOf('-') <= outer) return {};
  const shift = inner.indexOf('-') - outer;
  const end = lineEndAt(text, contentEnd(text, lines, value));
  const segments: string[] = [];
  for (const [j, item] of found.items.entries()) {
    const range = items[j]!;
    // The first item's segment holds the lines between the case and it (comments), which move with it.
    const start = lines.offset(j === 0 ? key.line + 1 : range.line, 1);
    const prefix = text.slice(lines.offset(range.line, 1), lines.offset(range.line, range.column));
    if (prefix !== inner) return {};
    const segEnd = j + 1 < items.length ? lines.offset(items[j + 1]!.line, 1) : end;
    const itemStart = lines.offset(range.line, range.column);
    const itemEnd = contentEnd(text, lines, range);
    const indent = ' '.repeat(range.column - 1);
    const caseLine = `${indent}case: ${caseText}${j === 0 ? (head[1] ?? '') : ''}`;
    const edits: Edit[] = [];
    if ('line' in item) {
      // A line, or a one-entry map YAML read from it: the name and its counts as the fields they are.
      if (range.endLine !== range.line && itemEnd > lineEndAt(text, itemStart)) return {};
      const fields = itemFields(item.line);
      edits.push({ start: itemStart, end: itemEnd, text: fields.join(`${eol}${indent}`) });
      const lineEnd = lineEndAt(text, itemEnd);
      edits.push({ start: lineEnd, end: lineEnd, text: `${eol}${caseLine}` });
    } else if (text[itemStart] === '{') {
      const close = itemEnd - 1;
      if (text[close] !== '}') return {};
      let at = close;
      while (/\s/.test(text[at - 1]!)) at--;
      edits.push({ start: at, end: at, text: `, case: ${caseText}` });
      if (j === 0 && head[1]) {
        // The case's comment after the map, or on a line of its own above it when the map has its own comment.
        const lineEnd = lineEndAt(text, itemEnd);
        if (!/\s#/.test(text.slice(itemEnd, lineEnd))) edits.push({ start: lineEnd, end: lineEnd, text: head[1] });
        else edits.push({ start, end: start, text: `${' '.repeat(outer + shift)}${head[1].trim()}${eol}` });
      }
    } else {
      // A map of its own lines: the case its last entry, at its keys' indent.
      const lineEnd = lineEndAt(text, itemEnd);
      edits.push({ start: lineEnd, end: lineEnd, text: `${eol}${caseLine}` });
    }
    const written = applyEdits(text, start, segEnd, edits);
    const moved = written.split(/\r?\n/).map((line) => {
      const lead = /^ */.exec(line)![0].length;
      return line.slice(Math.min(lead, shift));
    });
    segments.push(moved.join(eol).replace(/\r?\n$/, ''));
  }
  const written = segments.join(eol);
  return { fix: { range: lines.range(headStart, end), text: written } };
}

/**
 * The fix that writes dossier items after a case heading written flat (`- Trường hợp 1: …`, then the items at the same
 * indent) each with its case, the heading's line removed: a line becomes `- name: …` with its counts and `case: …`
 * below, a flow map gets `case: …` as its last entry. None where a line holds a comment or anything but one item, or
 * the items are not on the lines right after the heading: those are the officer's to move.
 */
export function dossierFlatCaseFix(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  found: { case: string; items: DossierCaseItem[] },
): { fix?: Fix } {
  const text = source.text;
  const index = path[1] as number;
  const eol = lineEndOf(text);
  const caseText = yamlText(found.case);
  const heading = source.locate(path, 'value');
  const start = lines.offset(heading.line, 1);
  const dash = text.slice(start, lines.offset(heading.line, heading.column));
  if (!/^[ \t]*- +$/.test(dash) || heading.endLine > heading.line + 1) return {};
  const indent = ' '.repeat(dash.length);
  const out: string[] = [];
  let line = heading.line;
  let end = lineEndAt(text, start);
  if (/#/.test(text.slice(start, end))) return {};
  for (const [j, item] of found.items.entries()) {
    const range = source.locate(['dossier', index + 1 + j], 'value');
    if (range.line !== line + 1) return {};
    line = range.line;
    const lineStart = lines.offset(range.line, 1);
    if (text.slice(lineStart, lines.offset(range.line, range.column)) !== dash) return {};
    const itemStart = lines.offset(range.line, range.column);
    const itemEnd = contentEnd(text, lines, range);
    end = lineEndAt(text, lineStart);
    if (itemEnd > end || text.slice(itemEnd, end).trim() !== '') return {};
    const written = text.slice(itemStart, itemEnd);
    if ('line' in item) {
      if (/#/.test(written)) return {};
      const fields = [...itemFields(item.line), `case: ${caseText}`];
      out.push(`${dash}${fields.join(`${eol}${indent}`)}`);
    } else if (written.startsWith('{') && written.endsWith('}')) {
      out.push(`${dash}${written.slice(0, -1).trimEnd()}, case: ${caseText} }`);
    } else return {};
  }
  return { fix: { range: lines.range(start, end), text: out.join(eol) } };
}

/** A dossier item read from one line as the block map's entries: `name: …`, then its counts. */
function itemFields(line: Extract<DossierCaseItem, { line: unknown }>['line']): string[] {
  const { name, ...counts } = line;
  return [
    `name: ${yamlText(name)}`,
    ...Object.entries(counts).map(([k, v]) => `${k}: ${typeof v === 'number' ? v : yamlText(v)}`),
  ];
}

/** The text between two offsets with edits inside it applied. */
function applyEdits(text: string, from: number, to: number, edits: readonly Edit[]): string {
  let out = '';
  let at = from;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at, to);
}

/** A text as a block map writes it: plain when it reads back as itself, else in quotes. */
function yamlText(text: string): string {
  return PLAIN_BLOCK.test(text) && !/^(?:true|false|null|yes|no|~|[-+]?\d[\d.]*)$/i.test(text)
    ? text
    : JSON.stringify(text);
}

/** The fix that deletes an entry's whole lines; none when other text shares them. */
export function removeFix(source: LoadedFile, lines: LineIndex, path: NodePath): { fix?: Fix } {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  const entry = { line: key.line, column: key.column, endLine: value.endLine, endColumn: value.endColumn };
  const range = wholeLines(source.text, lines, entry, false);
  return range ? { fix: { range, text: '' } } : {};
}

/**
 * The fix that renames a body key (`P.ĐT` → `P_DT`) and the step bodies written as that key, in one edit from the key
 * to the last of them, so that the steps name the key the map has; the key alone when no step writes it so.
 */
export function bodyRenameFix(source: LoadedFile, lines: LineIndex, path: NodePath, rename: string): { fix?: Fix } {
  const key = source.locate(path, 'key');
  const edits: Edit[] = [
    { start: lines.offset(key.line, key.column), end: lines.offset(key.endLine, key.endColumn), text: rename },
  ];
  const written = path.at(-1);
  const steps = (source.data as { steps?: unknown } | null)?.steps;
  if (path[0] === 'bodies' && typeof written === 'string' && Array.isArray(steps))
    steps.forEach((step: unknown, i) => {
      if ((step as { body?: unknown } | null)?.body !== written) return;
      const value = source.locate(['steps', i, 'body']);
      // A body on one line, as written: a step before the map, or one in a block scalar, is left to the reading.
      const start = lines.offset(value.line, value.column);
      if (value.endLine !== value.line || start < edits[0]!.end) return;
      edits.push({ start, end: lines.offset(value.endLine, value.endColumn), text: rename });
    });
  return combined(source, lines, edits);
}
