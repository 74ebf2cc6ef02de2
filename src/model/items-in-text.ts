import { itemText } from './bulleted-lists.js';
import { valueAt } from './data-object.js';
import { listPaths } from './lenient.js';
import type { LoadedFile } from './load.js';
import { LineIndex } from './source.js';
import type { Fix, NodePath } from './types.js';

// A list's items typed without their "- " are one text to YAML: three lines under `legal_basis:` fold into one
// reference, "Luật Hộ tịch 2014 Nghị định 123/2015/NĐ-CP Thông tư 04/2020/TT-BTP", and a dossier item with a second
// line into one paper. The loader keeps reading them as one item (a text is never split: a paper's name may hold
// commas, a long sentence may wrap); this module finds the texts that are clearly several items, from the file's own
// lines, for the rule items-in-one-text to ask about and write as a list.

/** A list's text that reads as several items, where it stands, and the YAML list to write instead (none when unsafe). */
export interface ItemsInText {
  path: NodePath;
  /** How the items are told apart: lines of their own, or legal documents one after another on one line. */
  kind: 'lines' | 'documents';
  items: string[];
  /** The text as procmap reads it: one item. */
  text: string;
  fix?: Fix;
}

// A legal document as legal_basis names it: its kind first, then its number ("123/2015/NĐ-CP") or its year ("2014").
const DOCUMENT =
  /^(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|Chỉ thị|Công văn)\s.*(?:\d+\/\d{4}\/[\p{L}\d-]+|\b(?:19|20)\d{2}\b)/u;

// A line break is between two items only when the next line starts as an item does, with a capital letter, and the
// line before it ends as one does. A wrapped sentence breaks after a word that asks for more ("của", "và", ",") or
// inside a name whose words are capitalised ("Bộ / Tư pháp", "Mẫu / TP-HT"): its last word is then a capitalised
// word alone. An item ends with a lower-case word ("khai sinh"), a number ("2014") or a code ("NĐ-CP", "CCCD").
const STARTS_AS_ITEM = /^\p{Lu}/u;
const ASKS_FOR_MORE =
  /(?:[,;:(/&+–—-]|\b(?:và|hoặc|của|theo|tại|số|về|do|cho|với|các|những|từ|đến|trong|ngày|tháng|năm|là|được|bởi|hay|kèm|gồm|để|and|or|of|the|by|for|with))$/iu;
const NAME_WORD = /(?:^|\s)\p{Lu}\p{Ll}+$/u;

/**
 * Whether the lines of a plain text are each an item, as typed without their "- " (see above for when they are not).
 * In `legal_basis` each line must name a legal document with its number or year: a document's long title wraps onto
 * a line that starts with a capital ("…biện pháp thi hành / Luật Hộ tịch").
 */
export function linesAreItems(lines: readonly string[], field?: string | number): boolean {
  if (lines.length < 2 || lines.some((line) => line === '')) return false;
  if (field === 'legal_basis' && !lines.every((line) => DOCUMENT.test(line))) return false;
  return lines.every(
    (line, i) =>
      i === 0 || (STARTS_AS_ITEM.test(line) && !ASKS_FOR_MORE.test(lines[i - 1]!) && !NAME_WORD.test(lines[i - 1]!)),
  );
}

/**
 * The legal documents a one-line text names one after another ("Luật Bảo vệ môi trường 2020; Nghị định
 * 08/2022/NĐ-CP"), or undefined. Every part between "; " or ", " must start with a document's kind and hold its number
 * or year: a title's own commas ("…, sửa đổi bởi …") leave a part that does not.
 */
export function documentsInText(text: string): string[] | undefined {
  // Two parts need a "; " or ", " between them: a text with neither (nearly every one) is passed without the patterns.
  if (!text.includes(',') && !text.includes(';')) return undefined;
  // The first part is a document, so the whole text reads as one: most texts (a paper's name) are passed at once.
  if (text.includes('\n') || !DOCUMENT.test(text.trim())) return undefined;
  for (const separator of [/\s*;\s+/, /\s*,\s+/]) {
    const parts = text.trim().replace(/[.;]$/, '').split(separator);
    if (parts.length >= 2 && parts.every((part) => DOCUMENT.test(part))) return parts;
  }
  return undefined;
}

/** The items of a list's texts that read as several, in the file as written (lines from the source, not the data). */
export function itemsInText(source: LoadedFile): ItemsInText[] {
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const found: ItemsInText[] = [];
  let lines: LineIndex | undefined;
  const look = (path: NodePath, value: string, inList: boolean) => {
    // Locating a value composes the file's YAML document, lint's costliest step (docs/performance.md): a text found
    // as it reads on one line of the file was typed on one line, and is located only when it names several documents.
    // (A folded text whose words also stand on one line elsewhere in the file is passed over: no file seen has one.)
    // The cheap question first: nearly no text names several documents, and the file's text is long to search.
    if (documentsInText(value) === undefined && source.text.includes(value)) return;
    lines ??= new LineIndex(source.text);
    const range = source.locate(path);
    const start = lines.offset(range.line, range.column);
    const end = lines.offset(range.endLine, range.endColumn);
    const written = source.text.slice(start, end);
    // Quoted or block text, or a tag, says how it is meant; a plain text is what was typed.
    if (/^["'|>!&*]/.test(written)) return;
    const lineStart = source.text.lastIndexOf('\n', start - 1) + 1;
    const before = source.text.slice(lineStart, start);
    const eol = source.text.includes('\r\n') ? '\r\n' : '\n';
    const typed = written.split('\n').map((line) => line.trim());
    let kind: ItemsInText['kind'];
    let items: string[];
    if (typed.length > 1) {
      if (!linesAreItems(typed, path[0] === 'steps' ? path[2] : path[0])) return;
      kind = 'lines';
      items = typed;
    } else {
      const documents = documentsInText(value);
      if (documents === undefined) return;
      kind = 'documents';
      items = documents;
    }
    const entry: ItemsInText = { path, kind, items, text: value };
    const fix = listFix(before, inList, items, eol);
    if (fix !== undefined) {
      const from =
        fix.from === 'line'
          ? lineStart
          : fix.from === 'spaces'
            ? start - (before.length - before.trimEnd().length)
            : start;
      entry.fix = { range: lines.range(from, end), text: fix.text };
    }
    found.push(entry);
  };
  for (const path of listPaths(data as Record<string, unknown>)) {
    const value = valueAt(data, path);
    if (typeof value === 'string') look(path, value, false);
    else if (Array.isArray(value))
      value.forEach((item, j) => {
        if (typeof item === 'string') look([...path, j], item, true);
      });
  }
  return found;
}

/**
 * The YAML list to write for the items: an item of a block list becomes that many items at its dash's indent; a
 * field's text, a block list under its key. None inside `[ ]` or after anything but a key or a dash.
 */
function listFix(
  before: string,
  inList: boolean,
  items: string[],
  eol: string,
): { from: 'value' | 'line' | 'spaces'; text: string } | undefined {
  const item = (text: string) => itemText(text);
  if (inList) {
    const dash = /^([ \t]*)-[ \t]+$/.exec(before);
    if (!dash) return undefined;
    return {
      from: 'value',
      text: items.map((text, i) => (i === 0 ? item(text) : `${dash[1]}- ${item(text)}`)).join(eol),
    };
  }
  const key = /^([ \t]*)(?:- )?[^\s#][^#]*:[ \t]*$/.exec(before);
  if (key) {
    const indent = ' '.repeat(
      before.length - before.trimStart().length + (before.trimStart().startsWith('- ') ? 4 : 2),
    );
    return { from: 'spaces', text: items.map((text) => `${eol}${indent}- ${item(text)}`).join('') };
  }
  if (before.trim() === '') return { from: 'line', text: items.map((text) => `${before}- ${item(text)}`).join(eol) };
  return undefined;
}
