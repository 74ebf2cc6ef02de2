import { isMap, valueAt } from './data-object.js';
import { PROCEDURE_LISTS, STEP_LISTS } from './lenient.js';
import { INVISIBLE, withoutInvisible } from './quote.js';
import { LineIndex } from './source.js';
import type { NodePath, SourceRange } from './types.js';

// A list pasted from Word or a web page keeps its bullets or its numbers and loses its "- ": YAML reads its lines as one
// text, "• Nghị định 23/2015/NĐ-CP • Thông tư 01/2020/TT-BTP". Where a field holds a list, each line that starts with a
// bullet is an item, as the officer meant it.

// A bullet as Word, web pages and typists write one, with the spaces after it; text may follow it at once ("-Phiếu").
// U+F0B7, U+F0A7 and U+F0D8 are Word's Symbol and Wingdings bullets when pasted as text.
const SYMBOL = /^[•◦▪▫■□●○◆◇❖➢➤►▸✓✔·‣⁃∙–—‐−\uf0b7\uf0a7\uf0d8+*-][ \t\u00a0]*(?=\S)/u;
// A number or a letter that numbers an item ("1.", "2)", "(3)", "a)", "b.", "iv."), then a space: "1.5 ngày" is text.
const NUMBER = /^(?:\(?(?:\d{1,3}|[a-zđ]|[ivx]{1,4})[.)])[ \t\u00a0]+(?=\S)/iu;

/** The bullet symbol that starts a line (•, –, +, *…, not a number or a letter), with the spaces after it; or ''. */
export function symbolBulletOf(line: string): string {
  return SYMBOL.exec(line)?.[0] ?? '';
}

/** The bullet or number that starts a line (without the spaces after it), and where its text starts; or undefined. */
export function bulletOf(line: string): { bullet: string; text: number } | undefined {
  const found = SYMBOL.exec(line) ?? NUMBER.exec(line);
  return found ? { bullet: found[0].trimEnd(), text: found[0].length } : undefined;
}

/** A list field that was written as lines each starting with a bullet, read as the list of their texts. */
export interface BulletedList {
  path: NodePath;
  /** The items, without their bullets, as the data now holds them. */
  items: string[];
  /** The first bullet as written ("•", "1.", "a)"). */
  bullet: string;
  /** Where the first bullet stands. */
  at: SourceRange;
  /** The text written as a YAML list (a "- " for each bullet, the rest as written) in place of `range`; none when unsafe. */
  fix?: { range: SourceRange; text: string };
}

/** Where a procedure may hold a list written as one text: its lists, `applicants`, `channels` and each step's `next`. */
function listPaths(data: Record<string, unknown>): NodePath[] {
  const paths: NodePath[] = [...PROCEDURE_LISTS, 'applicants', 'channels'].map((key) => [key]);
  if (Array.isArray(data.steps))
    data.steps.forEach((step, i) => {
      if (isMap(step)) for (const key of [...STEP_LISTS, 'next']) if (key in step) paths.push(['steps', i, key]);
    });
  return paths;
}

const isBlank = (line: string) => line.trim() === '';
// A key's line up to its value in a block map: its indent, a list's "- " maybe, the key and its colon; no brace.
// The value may start on a line below, after a comment or a block text's `|` or `>`.
const BLOCK_KEY = /^[ \t]*(?:-[ \t]+)*[^\s{}[\],#][^{}[\],\n]*:[ \t]*(?:[|>][-+]?[ \t]*)?(?:#[^\n]*)?\s*$/;
// The bullets Word and web pages print, which no text begins with; a dash, a plus or a star may ("+84 …", "-->").
const WORD_BULLET = /^[•◦▪▫■□●○◆◇❖➢➤►▸✓✔·‣⁃∙\uf0b7\uf0a7\uf0d8]$/u;
const LIST_FIELDS = new Set<string>([...PROCEDURE_LISTS, ...STEP_LISTS]);
/** Whether a path is one of the lists one text may stand for (lenient.ts), not `applicants`, `channels` or `next`. */
const isListField = (path: NodePath) => LIST_FIELDS.has(String(path.at(-1)));
// Invisible characters before a bullet (a byte order mark left where files were joined): the loader reads the value
// without them, so the bullet after them is the first thing it reads.
const HIDDEN = new RegExp(`^(?:${INVISIBLE.source})*`);
// A "- " after invisible characters alone: YAML takes it for text, where without them it refuses a list item there.
const HIDDEN_DASH = new RegExp(`^(?:${INVISIBLE.source})+-[ \\t]`);

/** The bullet that starts a line, invisible characters before it aside; `text` counts them. */
function bulletAfterHidden(content: string): { bullet: string; text: number; hidden: number } | undefined {
  const hidden = HIDDEN.exec(content)![0].length;
  const found = bulletOf(content.slice(hidden));
  return found ? { bullet: found.bullet, text: found.text + hidden, hidden } : undefined;
}
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
// Invisible characters aside, as the loader reads the value without them.
const collapse = (text: string) => withoutInvisible(text).normalize('NFC').replace(/\s+/g, ' ').trim();

// A plain item YAML would read as something else than its text: a number, a yes or no, an indicator first, ": " or " #".
const NOT_PLAIN =
  /^[-?:,[\]{}#&*!|>'"%@`]|: |:$| #|^[-+]?[\d_:.]+(?:[eE][-+]?\d+)?$|^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/** An item as YAML reads it back: plain when it reads as its text, else in double quotes. */
export function itemText(text: string): string {
  return NOT_PLAIN.test(text) ? JSON.stringify(text) : text;
}

interface Read {
  items: string[];
  bullet: string;
  /** Offset of the first bullet. */
  bulletAt: number;
  /** Where the text to replace starts (the value, or the spaces before it when its first line moves). */
  from: number;
  /** The text written as a YAML list; undefined when an item over several lines would need quotes. */
  written?: string;
}

/**
 * Reads a list written as bulleted lines from the text where it stands (`start`–`end`): the items, and the text with
 * a "- " for each bullet. Undefined unless every line starts with a bullet, all at one indent, or continues the item
 * above it, indented deeper. With `comments`, the lines are not one text but lines of their own (bullets YAML could
 * not read), whose comments stay comments.
 */
export function readBullets(
  text: string,
  start: number,
  end: number,
  keyIndent: number,
  comments = false,
): Read | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.includes('\r\n') ? '\r\n' : '\n';
  const whole = text.slice(start, end);
  let from = start;
  let head = '';
  let bodyStart = start;
  // `records: |` or `>`: the lines below the indicator; the indicator goes, a comment after it stays.
  const block = /^[|>][-+]?[ \t]*(?=#|\r?\n)/.exec(whole);
  const onKeyLine = !block && text.slice(lineStart, start).trim() !== '';
  if (block) {
    const headerEnd = whole.indexOf('\n');
    if (headerEnd < 0) return undefined;
    const cut = whole[headerEnd - 1] === '\r' ? headerEnd - 1 : headerEnd;
    head = whole.slice(block[0].length, cut);
    bodyStart = start + cut;
  } else if (/^[|>]/.test(whole)) return undefined;
  // A value on lines of its own is read from the start of its first line, its indent with it.
  else if (!onKeyLine) bodyStart = from = lineStart;
  // Without a comment to keep, the spaces before the indicator go too; and before a first item that moves to a line
  // of its own (`conditions: – Không …`).
  if ((block && head === '') || onKeyLine) while (from > lineStart && /[ \t]/.test(text[from - 1]!)) from--;
  const lines = text.slice(bodyStart, end).split('\n');
  const bulleted = (line: string) => !isBlank(line) && bulletAfterHidden(line.trimStart()) !== undefined;
  const later = lines.slice(onKeyLine ? 1 : 0).find(bulleted);
  const itemIndent = later !== undefined ? indentOf(later) : keyIndent + 2;
  const items: { text: string; lines: number }[] = [];
  // The lines to write: as they are, or an item's "- " and its text.
  const out: (string | { lead: string; item: number; rest: string; tail: string })[] = [];
  let bullet: string | undefined;
  let bulletAt = 0;
  let offset = bodyStart;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const first = i === 0 && onKeyLine;
    const indent = first ? itemIndent : indentOf(line);
    const content = first ? line : line.slice(indent);
    const found = isBlank(line) ? undefined : bulletAfterHidden(content);
    if (isBlank(line)) out.push(line);
    else if (found && indent === itemIndent) {
      let rest = content.slice(found.text).replace(/\r$/, '');
      const comment = comments ? /[ \t]+#.*$/.exec(rest) : null;
      if (comment) rest = rest.slice(0, comment.index);
      if (bullet === undefined) {
        bullet = found.bullet;
        bulletAt = offset + (first ? 0 : indent) + found.hidden;
      }
      const lead = first ? `${lineEnd}${' '.repeat(itemIndent)}` : line.slice(0, indent);
      out.push({ lead, item: items.length, rest, tail: `${comment?.[0] ?? ''}${line.endsWith('\r') ? '\r' : ''}` });
      items.push({ text: rest.trim(), lines: 1 });
    } else if (!found && items.length > 0 && indent > itemIndent) {
      items.at(-1)!.text += ` ${content.trim()}`;
      items.at(-1)!.lines++;
      out.push(line);
    } else return undefined;
    offset += line.length + 1;
  }
  if (bullet === undefined || items.some((item) => item.text === '')) return undefined;
  const read: Read = { items: items.map((item) => item.text), bullet, bulletAt, from };
  // An item YAML would read as something else than its text is quoted; one over several lines cannot simply be.
  const quote = items.map((item) => NOT_PLAIN.test(item.text));
  if (items.some((item, i) => quote[i] && item.lines > 1)) return read;
  const written = out.map((line) =>
    typeof line === 'string'
      ? line
      : `${line.lead}- ${quote[line.item] ? JSON.stringify(line.rest.trim()) : line.rest}${line.tail}`,
  );
  read.written = `${head}${written.join('\n')}`;
  return read;
}

/**
 * Reads every list field written as one text whose lines each start with a bullet or a number (`• Nghị định …` on one
 * line, `• Thông tư …` on the next, as a list pasted from Word keeps them) as the list of those lines, without their
 * bullets, before the schema sees them; returns them with where they stand and the YAML list to write instead. Only
 * texts that start with a bullet are located, so other files pay nothing.
 */
export function readBulletedLists(
  data: unknown,
  text: string,
  locate: (path: NodePath, target?: 'key' | 'value') => SourceRange,
): BulletedList[] | undefined {
  if (!isMap(data)) return undefined;
  const found: BulletedList[] = [];
  let lines: LineIndex | undefined;
  for (const path of listPaths(data)) {
    const value = valueAt(data, path);
    if (typeof value !== 'string' || !bulletOf(value.trimStart())) continue;
    const range = locate(path);
    lines ??= new LineIndex(text);
    const start = lines.offset(range.line, range.column);
    const end = lines.offset(range.endLine, range.endColumn);
    // Quoted text is as the officer wanted it.
    if (/^["']/.test(text.slice(start, start + 1))) continue;
    const key = locate(path, 'key');
    // A tag before the text (`!!str |`) says what it is: text, as the officer tagged it.
    if (text.slice(lines.offset(key.endLine, key.endColumn), start).includes('!')) continue;
    const read = readBullets(text, start, end, key.column - 1);
    if (read === undefined) continue;
    // One item alone may be a text that begins so ("1) …", "-->", "+84 …"): only two bulleted lines or more are a list,
    // or a "- " that only invisible characters keep YAML from refusing as a list item on its key's line.
    // A Word bullet ("•") begins no text: one line after it is a list of one, in the lists a text may stand for.
    const single = HIDDEN_DASH.test(text.slice(start, end)) || (WORD_BULLET.test(read.bullet) && isListField(path));
    if (read.items.length < 2 && !single) continue;
    // The items must be the text YAML read, line breaks and spaces aside: anything else was not read from these lines.
    const seen = collapse(text.slice(start, end).replace(/^[|>][-+]?[ \t]*(?:#[^\n]*)?/, ''));
    if (collapse(value) !== seen) continue;
    const items = read.items.map((item) => item.normalize('NFC'));
    (valueAt(data, path.slice(0, -1)) as Record<string | number, unknown>)[path.at(-1)!] = items;
    const at = lines.range(read.bulletAt, read.bulletAt + read.bullet.length);
    const entry: BulletedList = { path, items, bullet: read.bullet, at };
    // Inside braces or brackets (`{ …, inputs: • Tờ khai }`) a block list cannot stand: told, not fixed.
    const before = text.slice(lines.offset(key.line, 1), start);
    if (read.written !== undefined && BLOCK_KEY.test(before))
      entry.fix = { range: lines.range(read.from, end), text: read.written };
    found.push(entry);
  }
  return found.length > 0 ? found : undefined;
}
