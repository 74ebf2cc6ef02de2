import jsyaml from 'js-yaml';
import { withoutInvisible } from './quote.js';
import type { LineIndex } from './source.js';
import type { NodePath, SourceRange } from './types.js';

// Places data paths in the source without composing a `yaml` Document (about ten times slower): js-yaml parses
// again with a listener that sees every node open and close, and the offsets are shaped into the ranges `yaml`
// gives. Anything whose ranges this cannot reproduce for sure (tags, anchors, aliases, explicit keys, complex
// keys, kept trailing lines, flow pairs, entries without nodes) makes the whole file defer to `yaml`.
// test/model/locator.test.ts checks every path of every fixture against `yaml`.

/** A node with its `yaml` range: `end` where its value ends, `after` where its line ends (trailing comment included). */
interface Placed {
  start: number;
  end: number;
  after: number;
  entries?: { key: string; start: number; end: number; value: Placed }[];
  items?: Placed[];
}

/** One composeNode call as js-yaml's listener reports it. */
interface Event {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Event[];
}

/** Thrown (and caught below) when a shape cannot be placed exactly as `yaml` places it. */
class Defer extends Error {}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;

function events(text: string): Event | undefined {
  const stack: Event[] = [{ open: 0, close: 0, kind: null, result: null, children: [] }];
  jsyaml.load(text, {
    schema: jsyaml.CORE_SCHEMA,
    listener(type, state) {
      if (type === 'open') {
        stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
        return;
      }
      const event = stack.pop()!;
      event.close = state.position;
      event.kind = state.kind;
      event.result = state.result;
      stack[stack.length - 1]!.children.push(event);
    },
  });
  const top = stack[0]!.children;
  return stack.length === 1 && top.length === 1 ? top[0] : undefined;
}

/** Places every node of a file, or returns undefined when `yaml` must do it. */
export function placeFile(text: string): Placed | undefined {
  const isSpace = (i: number): boolean => text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB;
  const isBreak = (i: number): boolean => text.charCodeAt(i) === LF || text.charCodeAt(i) === CR;
  const lineEnd = (i: number): number => {
    while (i < text.length && !isBreak(i)) i++;
    return i;
  };
  const pastBreak = (i: number): number =>
    text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : text.charCodeAt(i) === LF ? i + 1 : i;
  // Spaces, line breaks and comments before a node.
  const separation = (i: number): number => {
    for (;;) {
      while (isSpace(i) || isBreak(i)) i++;
      if (text.charCodeAt(i) !== HASH) return i;
      i = lineEnd(i);
    }
  };
  const trimBack = (i: number, floor: number): number => {
    while (i > floor && (isSpace(i - 1) || isBreak(i - 1))) i--;
    return i;
  };
  // Where `yaml` ends the line of a node in block context: spaces, a comment, the line break.
  const restOfLine = (i: number): number => {
    while (isSpace(i)) i++;
    if (text.charCodeAt(i) === HASH) i = lineEnd(i);
    return pastBreak(i);
  };
  const unwrap = (event: Event): Event => {
    // A block node first tries to read a mapping, whose first key is then the whole node: same result, one child.
    while (
      event.children.length === 1 &&
      event.children[0]!.result === event.result &&
      event.children[0]!.kind === event.kind
    )
      event = event.children[0]!;
    return event;
  };

  const place = (outer: Event, flow: boolean): Placed => {
    const event = unwrap(outer);
    if (event.kind === null) {
      // An empty node: `yaml` puts it after the spaces; its line includes a comment but not a bare line break.
      let at = event.open;
      while (isSpace(at)) at++;
      if (flow) throw new Defer();
      return { start: at, end: at, after: text.charCodeAt(at) === HASH ? pastBreak(lineEnd(at)) : at };
    }
    const start = separation(event.open);
    const first = text[start];
    if (
      first === '!' ||
      first === '&' ||
      first === '*' ||
      first === '?' ||
      first === '%' ||
      first === '@' ||
      first === '`'
    )
      throw new Defer();
    if (event.kind === 'scalar') {
      if (first === '|' || first === '>') {
        const header = text.slice(start, lineEnd(start));
        if (flow || /^[|>][^#]*\+/.test(header)) throw new Defer();
        const last = trimBack(event.close, start);
        if (last <= start + /^[|>][-+0-9]*/.exec(header)![0].length || last <= lineEnd(start)) throw new Defer();
        const end = pastBreak(lineEnd(last));
        return { start, end, after: end };
      }
      const end = trimBack(event.close, start + 1);
      return { start, end, after: flow ? end : restOfLine(end) };
    }
    const children = event.children;
    if (first === '[' || first === '{') {
      const end = trimBack(event.close, start + 1);
      if (text[end - 1] !== (first === '[' ? ']' : '}')) throw new Defer();
      const placed: Placed = { start, end, after: flow ? end : restOfLine(end) };
      if (event.kind === 'sequence' && first === '[') {
        // `[a: b]` holds a one-pair map the listener reports as two nodes.
        placed.items = children.map((child) => {
          if (text[separation(unwrap(child).close)] === ':') throw new Defer();
          return place(child, true);
        });
        if (placed.items.length !== (event.result as unknown[]).length) throw new Defer();
      } else if (event.kind === 'mapping' && first === '{') {
        placed.entries = [];
        for (let i = 0; i < children.length; i++) {
          const key = children[i]!;
          // A flow key without a value (`{a, b: 1}`): `yaml` has no value node there.
          if (text[separation(unwrap(key).close)] !== ':' || i + 1 >= children.length) throw new Defer();
          placed.entries.push(entry(key, children[++i]!, true));
        }
        if (placed.entries.length !== Object.keys(event.result as object).length) throw new Defer();
      } else {
        throw new Defer();
      }
      return placed;
    }
    if (flow) throw new Defer();
    if (event.kind === 'sequence' && first === '-') {
      const items = children.map((child) => place(child, false));
      // An entry whose node starts on a later, shallower line has no listener event.
      if (items.length === 0 || items.length !== (event.result as unknown[]).length) throw new Defer();
      const end = items[items.length - 1]!.after;
      return { start, end, after: end, items };
    }
    if (event.kind === 'mapping') {
      if (children.length === 0 || children.length % 2 !== 0) throw new Defer();
      const entries = [];
      for (let i = 0; i < children.length; i += 2) entries.push(entry(children[i]!, children[i + 1]!, false));
      if (entries.length !== Object.keys(event.result as object).length) throw new Defer();
      const end = entries[entries.length - 1]!.value.after;
      return { start, end, after: end, entries };
    }
    throw new Defer();
  };

  const entry = (keyEvent: Event, valueEvent: Event, flow: boolean) => {
    const key = unwrap(keyEvent);
    if (key.kind !== 'scalar') throw new Defer();
    const start = separation(key.open);
    if (!/^[^!&*?%@`|>[{\s#-]|^-\S/.test(text.slice(start, start + 2))) throw new Defer();
    const end = trimBack(key.close, start + 1);
    return { key: withoutInvisible(String(key.result)).normalize('NFC'), start, end, value: place(valueEvent, flow) };
  };

  try {
    const root = events(text);
    // An empty document: `yaml` has no node to point at.
    return root === undefined || root.kind === null ? undefined : place(root, false);
  } catch {
    return undefined;
  }
}

/** Where a data path stands, as `yaml`'s Document would say: the deepest node that exists on the way. */
export function locatePlaced(root: Placed, lines: LineIndex, path: NodePath, target: 'key' | 'value'): SourceRange {
  let node = root;
  let best = lines.range(root.start, root.end);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (node.entries) {
      const name = String(segment);
      const found = node.entries.find((item) => item.key === name);
      if (!found) return best;
      if (i === path.length - 1 && target === 'key') return lines.range(found.start, found.end);
      node = found.value;
    } else if (node.items && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      node = item;
    } else {
      return best;
    }
    best = lines.range(node.start, node.end);
  }
  return best;
}

/**
 * Where each entry of a top-level block mapping starts and ends, by its NFC key, when the lines show them for sure:
 * every line at column 0 that is not a comment or a list item is `key:` for the data's next key, in order. Else
 * undefined (flow or indented mappings, quoted or explicit keys, document markers, a value running on at column 0).
 */
export function topLevelEntries(text: string, keys: readonly string[]): Map<string, [number, number]> | undefined {
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next + 1;
    const first = text.charCodeAt(at);
    const listItem = first === 0x2d && /^-(?:[ \t\r\n]|$)/.test(text.slice(at, at + 2));
    if (first !== SPACE && first !== TAB && first !== LF && first !== CR && first !== HASH && !listItem) {
      const key = keys[starts.length];
      if (key === undefined || !text.startsWith(`${key}:`, at)) return undefined;
      const after = text.charCodeAt(at + key.length + 1);
      if (!(Number.isNaN(after) || after === SPACE || after === TAB || after === LF || after === CR)) return undefined;
      // A key that looks like something else in YAML: its range may not be the plain key's.
      if (/^[!&*?%@`|>[\]{}"',#-]/.test(key) || key.trim() !== key) return undefined;
      starts.push(at);
    }
    at = end;
  }
  if (starts.length !== keys.length) return undefined;
  const spans = new Map<string, [number, number]>();
  for (let i = 0; i < keys.length; i++)
    spans.set(withoutInvisible(keys[i]!).normalize('NFC'), [starts[i]!, starts[i + 1] ?? text.length]);
  return spans.size === keys.length ? spans : undefined;
}

/**
 * Places one top-level entry alone, at its offsets in the file. An entry's ranges depend only on its own text, so this
 * equals placing the whole file, at the cost of parsing one entry: its text alone, then moved to where it starts
 * (padding it with the lines before it made each entry cost the whole file, and a file of many entries quadratic).
 */
export function placeEntry(text: string, [start, end]: [number, number]): Placed | undefined {
  const placed = placeFile(text.slice(start, end));
  return placed === undefined ? undefined : moved(placed, start);
}

/** A placed node and everything in it, `by` characters further on. */
function moved(node: Placed, by: number): Placed {
  return {
    start: node.start + by,
    end: node.end + by,
    after: node.after + by,
    ...(node.entries && {
      entries: node.entries.map((e) => ({
        key: e.key,
        start: e.start + by,
        end: e.end + by,
        value: moved(e.value, by),
      })),
    }),
    ...(node.items && { items: node.items.map((item) => moved(item, by)) }),
  };
}
