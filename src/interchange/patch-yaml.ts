import { isDeepStrictEqual } from 'node:util';
import { lineEndOf } from '../model/source.js';
import { sameData } from './same-data.js';
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

/** A piece of the file's text to replace: from `start` to `end`, by `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

type Entry = Pair<Node, Node | null>;

/**
 * What the file's value at the same place means, as the model reads it (`revision: 2` for "Lần 2"), when known: a value
 * the import gives that means the same is left as the officer wrote it.
 */
type Meant = unknown;

/** The meaning of the entry `key` of a map whose meaning is `meant`, or of its item `i` of a list. */
function meantAt(meant: Meant, at: string | number): Meant {
  if (meant === null || typeof meant !== 'object') return undefined;
  return (meant as Record<string, unknown>)[at];
}

/** Whether the file's text already says `value`: written so, or read so by the model. */
function says(node: Node, value: unknown, meant: Meant): boolean {
  return sameData(node.toJSON(), value) || (meant !== undefined && sameData(meant, value));
}

/** The offset where the line holding `at` starts. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The offset where the line after the one holding `at` starts (the text's end on its last line). */
function nextLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end + 1;
}

/** The end of a node's own text, before the line break and blank lines a block value's range takes in. */
function endOf(text: string, node: Node): number {
  const [start, end] = node.range!;
  return start + text.slice(start, end).trimEnd().length;
}

/** A value as YAML writes it, each line after the first indented by `indent` spaces; `key: value` with a key. */
function rendered(value: unknown, indent: number, key?: string, clock = key === 'cutoff'): string {
  const doc = new Document(key === undefined ? value : { [key]: value });
  // "15:00" in quotes, as procedureYaml writes the cutoff: YAML 1.1 readers take a plain 15:00 for 900.
  const scalar = key === undefined ? doc.contents : doc.get(key, true);
  if (clock && isScalar(scalar)) scalar.type = 'QUOTE_DOUBLE';
  return doc
    .toString({ lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .join(`\n${' '.repeat(indent)}`);
}

/** The edits that turn a map into `record`: each key in place, new keys before the next one, old keys gone. */
function mapEdits(text: string, map: YAMLMap, record: Record<string, unknown>, meant: Meant): Edit[] | undefined {
  const entries = map.items.filter(isPair) as Entry[];
  const at = new Map<string, Entry>();
  for (const entry of entries) {
    if (!isScalar(entry.key) || !entry.key.range || at.has(String(entry.key.value))) return undefined;
    at.set(String(entry.key.value), entry);
  }
  if (entries.length === 0 || map.flow) return undefined;
  const indent = entries[0]!.key.range![0] - lineStart(text, entries[0]!.key.range![0]);
  const edits: Edit[] = [];
  for (const [key, entry] of at) {
    const start = entry.key.range![0];
    const end = entry.value ? endOf(text, entry.value) : entry.key.range![1];
    if (!Object.hasOwn(record, key)) {
      edits.push({ start: lineStart(text, start), end: nextLine(text, end), text: '' });
      continue;
    }
    const inPlace = nodeEdits(text, entry.value, record[key], key, meantAt(meant, key));
    edits.push(...(inPlace ?? [{ start, end, text: rendered(record[key], indent, key) }]));
  }
  const order = Object.keys(record);
  const last = entries[entries.length - 1]!;
  const after = nextLine(text, last.value ? endOf(text, last.value) : last.key.range![1]);
  order.forEach((key, i) => {
    // A key the file does not write but means, as a cutoff its limit's text states ("nếu tiếp nhận sau 15 giờ").
    if (at.has(key) || (meantAt(meant, key) !== undefined && sameData(meantAt(meant, key), record[key]))) return;
    const next = order.slice(i + 1).find((later) => at.has(later));
    const where = next === undefined ? after : lineStart(text, at.get(next)!.key.range![0]);
    const lead = where === text.length && !text.endsWith('\n') ? '\n' : '';
    edits.push({
      start: where,
      end: where,
      text: `${lead}${' '.repeat(indent)}${rendered(record[key], indent, key)}\n`,
    });
  });
  return edits;
}

/** The id of a list item that is a map with one, for matching the steps of a file and of an import. */
function idOf(value: unknown): string | undefined {
  const id = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * The edits that turn a block list into `items`: item by item when as long; else each kept item in place, new ones
 * inserted, gone ones removed, an item known by its id when every item has one (and the ids both have come in the
 * same order), else by its value (a dossier's papers): an item the import gives as the file says it stays as written,
 * its keys' order and comments included.
 */
function listEdits(text: string, node: Node, items: unknown[], meant: Meant): Edit[] | undefined {
  if (!isSeq(node) || node.flow || node.items.length === 0) return undefined;
  const nodes = node.items as Node[];
  const meantItems = Array.isArray(meant) && meant.length === nodes.length ? meant : undefined;
  if (nodes.length === items.length)
    return gather(nodes.map((item, i) => () => nodeEdits(text, item, items[i], undefined, meantItems?.[i])));
  const kept = keptItems(nodes, items, meant, meantItems);
  if (kept === undefined) return undefined;
  // Each item starts at its "- ": the line of the item's first key, at the dash's column.
  const dash = (item: Node) => text.lastIndexOf('-', item.range![0]);
  const indent = dash(nodes[0]!) - lineStart(text, dash(nodes[0]!));
  const edits: Edit[] = [];
  nodes.forEach((item, i) => {
    if (!kept.has(i))
      edits.push({ start: lineStart(text, dash(item)), end: nextLine(text, endOf(text, item)), text: '' });
  });
  const parts = [...kept].map(
    ([i, at]) =>
      () =>
        nodeEdits(text, nodes[i]!, items[at], undefined, kept.meant(i)),
  );
  const inPlace = gather(parts);
  if (inPlace === undefined) return undefined;
  edits.push(...inPlace);
  const after = nextLine(text, endOf(text, nodes[nodes.length - 1]!));
  const byItem = new Map([...kept].map(([i, at]) => [at, i]));
  items.forEach((item, at) => {
    if (byItem.has(at)) return;
    const next = [...byItem.keys()].filter((later) => later > at).sort((a, b) => a - b)[0];
    const where = next === undefined ? after : lineStart(text, dash(nodes[byItem.get(next)!]!));
    edits.push({ start: where, end: where, text: `${' '.repeat(indent)}${rendered([item], indent)}\n` });
  });
  return edits;
}

/** The file's items that stay, each with the import's item it becomes, in order; and what each meant. */
type Kept = Map<number, number> & { meant: (i: number) => Meant };

// Lists longer than this are matched by value only when as long as the import's: the alignment is quadratic.
const MATCHED_ITEMS_MAX = 1000;

/**
 * Which of the file's list items stay as which of the import's: by id when every item has a distinct one and the ids
 * both have keep their order; else the longest run of items the file already says in order, by value (as the model
 * reads the file, where known). Undefined when ids are given but moved.
 */
function keptItems(nodes: Node[], items: unknown[], meant: Meant, meantItems: unknown[] | undefined): Kept | undefined {
  const written = nodes.map((item) => idOf(item.toJSON()));
  const wanted = items.map(idOf);
  if ([...written, ...wanted].every((id) => id !== undefined)) {
    if (new Set(written).size !== written.length || new Set(wanted).size !== wanted.length) return undefined;
    const order = wanted.filter((id) => written.includes(id));
    if (
      !isDeepStrictEqual(
        order,
        written.filter((id) => wanted.includes(id)),
      )
    )
      return undefined;
    const kept = new Map<number, number>();
    written.forEach((id, i) => {
      if (wanted.includes(id)) kept.set(i, wanted.indexOf(id));
    });
    const byId = (i: number) => (Array.isArray(meant) ? meant.find((entry) => idOf(entry) === written[i]) : undefined);
    return Object.assign(kept, { meant: byId });
  }
  if (nodes.length > MATCHED_ITEMS_MAX || items.length > MATCHED_ITEMS_MAX) return undefined;
  // The longest common run: same[i][j], whether the file's item i says the import's item j.
  const n = nodes.length;
  const m = items.length;
  const longest = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const same = (i: number, j: number) => says(nodes[i]!, items[j], meantItems?.[i]);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      longest[i]![j] = same(i, j) ? longest[i + 1]![j + 1]! + 1 : Math.max(longest[i + 1]![j]!, longest[i]![j + 1]!);
  const kept = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (same(i, j)) kept.set(i++, j++);
    else if (longest[i + 1]![j]! >= longest[i]![j + 1]!) i++;
    else j++;
  }
  return Object.assign(kept, { meant: (i: number) => meantItems?.[i] });
}

/**
 * The edits that turn `node` into `value` without touching what is equal (and the comments about it); undefined
 * when the node must be written anew with its key (a map for a list, a text of several lines for a one-line one).
 */
function nodeEdits(
  text: string,
  node: Node | null,
  value: unknown,
  key: string | undefined,
  meant: Meant,
): Edit[] | undefined {
  if (node === null || !node.range) return undefined;
  if (says(node, value, meant)) return [];
  if (isMap(node) && value !== null && typeof value === 'object' && !Array.isArray(value))
    return mapEdits(text, node, value as Record<string, unknown>, meant);
  if (isSeq(node) && Array.isArray(value)) return listEdits(text, node, value, meant);
  // A list the model reads as the lines of one text (a fee by case, an item a line) stays a list, the items the
  // officer left alone as written: a block in its place would rewrite them all.
  if (isSeq(node) && typeof value === 'string' && value.includes('\n'))
    return listEdits(text, node, value.split('\n'), typeof meant === 'string' ? meant.split('\n') : undefined);
  if (!isScalar(node) || (value !== null && typeof value === 'object')) return undefined;
  // A scalar in its place when it takes one line: the key's line stays as it is.
  const line = rendered(inFileShape(node, value), 0, undefined, key === 'cutoff');
  if (line.includes('\n')) return undefined;
  return [{ start: node.range[0], end: endOf(text, node), text: line }];
}

// An amount as the model reads a number of đồng ("20.000 đồng" for 20000).
const AMOUNT = /^(\d{1,3}(?:\.\d{3})+|\d{1,3}) đồng$/u;

/** The value as a number where the file writes a number and the value is an amount of đồng, else as it is. */
function inFileShape(node: Node, value: unknown): unknown {
  const amount = isScalar(node) && typeof node.value === 'number' && typeof value === 'string' && AMOUNT.exec(value);
  return amount ? Number(amount[1]!.replaceAll('.', '')) : value;
}

/** Every part's edits, or undefined as soon as one part must be written anew. */
function gather(parts: (() => Edit[] | undefined)[]): Edit[] | undefined {
  const all: Edit[] = [];
  for (const part of parts) {
    const edits = part();
    if (edits === undefined) return undefined;
    all.push(...edits);
  }
  return all;
}

/**
 * The file's text with the procedure `data` (keys in the order to write them) put in, changing only what differs:
 * a value in its place, a key added before the next one or removed, a step added or removed by its id, else the
 * smallest entry around the change written anew. Comments and the layout of everything else stay. With `meant`, the
 * file's procedure as the model reads it, a value that means the same as the file's (`level: commune` for "xã") is
 * no change either: the caller reads the result back, as the file's spellings may mean more than their place.
 * Undefined when the file is no plain map this can edit (anchors, several documents, a syntax error).
 */
export function patchedYaml(text: string, data: Record<string, unknown>, meant?: unknown): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !isMap(doc.contents) || /(?:^|\s)[&*][^\s]/m.test(text)) return undefined;
  const edits = mapEdits(text, doc.contents, data, meant);
  if (edits === undefined) return undefined;
  // Applied from the end, so that each edit's offsets still hold; insertions at one place keep their order.
  const sorted = edits.map((edit, i) => ({ edit, i })).sort((a, b) => b.edit.start - a.edit.start || b.i - a.i);
  // Lines written in the file's own line ends (CRLF from Windows editors).
  const end = lineEndOf(text);
  let out = text;
  for (const { edit } of sorted) out = out.slice(0, edit.start) + edit.text.replace(/\n/g, end) + out.slice(edit.end);
  return out;
}
