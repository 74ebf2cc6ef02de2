import type { LoadedFile } from '../model/load.js';
import type { PerChannelLimits } from '../model/duration-check.js';
import type { Rejoin, SchemaProblem } from '../model/schema.js';
import { lineEndOf, type LineIndex } from '../model/source.js';
import type { Fix, NodePath, SourceRange } from '../model/types.js';
import { yamlName } from '../rules/written-value.js';

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
  entry: { key: string; value: string },
): { fix?: Fix } {
  const start = lines.offset(map.line, map.column);
  // Only indent and a list item's dash before the map: an anchor (`&base`) is a map other steps may share.
  if (!/^[ -]*$/.test(source.text.slice(start - (map.column - 1), start))) return {};
  const written = `${entry.key}: ${entry.value}`;
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

/**
 * The fix that splits a time limit per way of filing: `time_limit` keeps one limit and a `channels` entry is written
 * on the line after it, at its indent (`channels: [{ kind: online, time_limit: 05 ngày làm việc }]`). None where the
 * limit is not on one line of its own, or a comment follows it, which the new line would separate from its value.
 */
export function channelsFix(source: LoadedFile, lines: LineIndex, split: PerChannelLimits): { fix?: Fix } {
  const key = source.locate(['time_limit'], 'key');
  const value = source.locate(['time_limit'], 'value');
  if (value.line !== key.line || value.endLine !== key.line) return {};
  const rest = source.text.slice(lines.offset(value.endLine, value.endColumn), lines.offset(value.endLine + 1, 1));
  if (!/^[ \t]*\r?\n?$/.test(rest)) return {};
  const before = source.text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (!/^[ \t]*$/.test(before)) return {};
  const listed = split.channels.map(({ kind, limit }) => `{ kind: ${kind}, time_limit: ${yamlLimit(limit)} }`);
  const text = `${yamlLimit(split.limit)}${lineEndOf(source.text)}${before}channels: [${listed.join(', ')}]`;
  return { fix: { range: value, text } };
}

// A limit as officers write it, a number and words ("05 ngày làm việc"), reads back as itself written plain.
const PLAIN_LIMIT = /^\d+(?:[.,]\d+)?(?: \p{L}+)+$/u;

/** A limit as new YAML: plain when it is a number and words, else as a name is written. */
function yamlLimit(limit: string): string {
  return PLAIN_LIMIT.test(limit) ? limit : yamlName(limit);
}

/**
 * The fix that writes a step table's row as a step: `Bước 1: Tiếp nhận hồ sơ` becomes `id: B1` and `name: Tiếp nhận
 * hồ sơ` on the next line at its indent (the name as written); `Bước 1:` with fields under it becomes `id: B1` with
 * those lines moved to its indent. None where the row is written otherwise (over several lines, in braces).
 */
export function stepRowFix(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  row: { id: string; name?: string },
): { fix?: Fix } {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (key.endLine !== key.line) return {};
  const before = source.text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (!/^[ \t]*(?:- +)?$/.test(before)) return {};
  const eol = lineEndOf(source.text);
  const indent = ' '.repeat(key.column - 1);
  const start = { line: key.line, column: key.column };
  if (row.name !== undefined) {
    if (value.line !== key.line || value.endLine !== key.line) return {};
    const written = source.text.slice(
      lines.offset(value.line, value.column),
      lines.offset(value.endLine, value.endColumn),
    );
    if (/^[|>]/.test(written)) return {};
    const range = { ...start, endLine: key.line, endColumn: value.endColumn };
    return { fix: { range, text: `id: ${row.id}${eol}${indent}name: ${written}` } };
  }
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
 * its case: `- name: …` and `case: …` on the line below, at the indent of the case. None where the case is not a list
 * item of its own line, or its items run over several lines.
 */
export function dossierCaseFix(
  source: LoadedFile,
  lines: LineIndex,
  path: NodePath,
  found: { case: string; items: string[] },
): { fix?: Fix } {
  const key = source.locate(path, 'key');
  const value = source.locate(path, 'value');
  if (key.endLine !== key.line || value.line <= key.line) return {};
  const before = source.text.slice(lines.offset(key.line, 1), lines.offset(key.line, key.column));
  if (!/^[ \t]*- +$/.test(before)) return {};
  const last = value.endColumn === 1 ? value.endLine - 1 : value.endLine;
  if (last - value.line + 1 !== found.items.length) return {};
  const eol = lineEndOf(source.text);
  const indent = ' '.repeat(key.column - 1);
  const dash = before;
  const yaml = (text: string) =>
    PLAIN_BLOCK.test(text) && !/^(?:true|false|null|yes|no|~|[-+]?\d[\d.]*)$/i.test(text) ? text : JSON.stringify(text);
  const written = found.items
    .map((name, i) => `${i === 0 ? '' : dash}name: ${yaml(name)}${eol}${indent}case: ${yaml(found.case)}`)
    .join(eol);
  const endText = source.text.slice(lines.offset(last, 1), lines.offset(last + 1, 1)).replace(/\r?\n$/, '');
  const end = lines.offset(last, 1) + endText.length;
  const endAt = lines.range(end, end);
  return {
    fix: { range: { line: key.line, column: key.column, endLine: endAt.line, endColumn: endAt.column }, text: written },
  };
}
