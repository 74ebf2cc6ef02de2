import { isMap } from './data-object.js';
import { LIMITS } from './limits.js';
import type { NodePath, SourceRange } from './types.js';

// A comma inside braces ends a value in YAML: `{ name: Tiếp nhận, kiểm tra hồ sơ }` is a name "Tiếp nhận" and a key
// "kiểm tra hồ sơ" without a value. The schema's messages find such runs of keys to say what was meant.

/** A value a comma in braces cut short: its field, the value as the officer meant it, and the keys it left. */
export interface SplitValue {
  field: string;
  value: string;
  first: string;
  last: string;
}

// Longer than any real value; a hostile run of ten thousand keys is shown cut, not in every one of its messages.
const SPLIT_SHOWN = 120;

// Each map's runs by each of their keys, with the key before it, found in one pass over the map's keys the first time
// one of them is asked about.
const splitRuns = new WeakMap<object, Map<string, { run: SplitValue; previous: string }[]>>();

/**
 * The field whose value a comma may have cut short in a map written in braces, `{ next: B2, B3 }`, read as `next: B2`
 * and a key `B3` without a value: the run of valueless keys after a field holding one text, and the key before this one.
 * A key that is a whole number (`{ duration: 0,5 }` leaves a key "5") has no place among the others in the data, since
 * JavaScript puts such keys first: each field holding one text or number is a place it may have come from, for the
 * caller to check against the source.
 */
export function splitFrom(map: unknown, name: string): { run: SplitValue; previous: string }[] {
  if (!isMap(map) || map[name] !== null) return [];
  let runs = splitRuns.get(map);
  if (!runs) splitRuns.set(map, (runs = runsIn(map)));
  return runs.get(name) ?? [];
}

// More fields than a step or a channel has: a number key in a bigger map is told as an unknown key.
const MAX_PLACES = 64;

// The keys JavaScript orders first, by number, whatever their place in the file: canonical array indexes.
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;

function isIndexKey(key: string): boolean {
  return INDEX_KEY.test(key) && Number(key) < 2 ** 32 - 1;
}

// The keys of a map that holds a whole-number key, as the file writes them: JavaScript moves such keys first, so
// `{ name: A, 5, B }` would read as the run "5" alone and a key "B" with no field before it.
const writtenOrders = new WeakMap<object, readonly string[]>();

// A whole number between commas or braces (`{ name: A, 5, B }`): only then may a map hold a key left by a comma.
const NUMBER_ITEM = /[{,][ \t]*\d+[ \t]*[,}\r\n]/;

/**
 * Keeps, for each map of a file's data with a whole-number key left without a value, its keys in the order the file
 * writes them, for the runs below. The source is asked where each key is only in such a map, which is a problem.
 */
export function keepWrittenOrders(source: {
  text: string;
  data: unknown;
  locate(path: NodePath, target?: 'key' | 'value'): SourceRange;
}): void {
  if (!NUMBER_ITEM.test(source.text)) return;
  const walk = (value: unknown, path: NodePath, depth: number): void => {
    if (depth > LIMITS.maxDepth) return;
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], depth + 1));
    if (!isMap(value)) return;
    const keys = Object.keys(value);
    for (const key of keys) walk(value[key], [...path, key], depth + 1);
    if (keys.length < 2 || !keys.some((key) => isIndexKey(key) && value[key] === null)) return;
    const at = new Map(keys.map((key) => [key, source.locate([...path, key], 'key')]));
    const written = [...keys].sort((a, b) => {
      const [p, q] = [at.get(a)!, at.get(b)!];
      return p.line - q.line || p.column - q.column;
    });
    writtenOrders.set(value, written);
  };
  walk(source.data, [], 0);
}

/** Every run of valueless keys after a field holding one text, by each key of the run. */
function runsIn(map: Record<string, unknown>): Map<string, { run: SplitValue; previous: string }[]> {
  const runs = new Map<string, { run: SplitValue; previous: string }[]>();
  const all = Object.keys(map);
  const written = writtenOrders.get(map)?.filter((key) => Object.hasOwn(map, key));
  // Without the written order, the other keys keep the order they are written in; a number key among them would end
  // a run the file does not end.
  const keys = written ?? all.filter((key) => !isIndexKey(key));
  const holdsOne = (value: unknown) => typeof value === 'string' || typeof value === 'number';
  for (let k = 1; k < keys.length; k++) {
    const value = map[keys[k - 1]!];
    if (map[keys[k]!] !== null || !holdsOne(value)) continue;
    let end = k;
    while (end < keys.length && map[keys[end]!] === null) end++;
    const run = {
      field: keys[k - 1]!,
      value: shown(String(value), keys.slice(k, end)),
      first: keys[k]!,
      last: keys[end - 1]!,
    };
    for (let i = k; i < end; i++) runs.set(keys[i]!, [{ run, previous: keys[i - 1]! }]);
    k = end;
  }
  for (const key of written ? [] : all) {
    if (!isIndexKey(key) || map[key] !== null) continue;
    const places = keys.filter((field) => holdsOne(map[field]));
    // Each place is checked against the source: a hostile map of thousands of fields is not checked thousands of times.
    if (places.length > MAX_PLACES) continue;
    runs.set(
      key,
      places.map((field) => ({
        run: { field, value: shown(String(map[field]), [key]), first: key, last: key },
        previous: field,
      })),
    );
  }
  return runs;
}

/** The value as the officer meant it, its pieces joined with the comma that cut them, cut short itself when long. */
function shown(value: string, keys: readonly string[]): string {
  return shownSplit([value, ...keys].join(', '));
}

/** A value a comma cut short as a message shows it: cut short itself when long. */
export function shownSplit(text: string): string {
  return text.length > SPLIT_SHOWN ? `${text.slice(0, SPLIT_SHOWN)}…` : text;
}
