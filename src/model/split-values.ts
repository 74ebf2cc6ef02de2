import { isMap } from './data-object.js';

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
const splitRuns = new WeakMap<object, Map<string, { run: SplitValue; previous: string }>>();

/**
 * The field whose value a comma may have cut short in a map written in braces, `{ next: B2, B3 }`, read as `next: B2`
 * and a key `B3` without a value: the run of valueless keys after a field holding one text, and the key before this one.
 */
export function splitFrom(map: unknown, name: string): { run: SplitValue; previous: string } | undefined {
  if (!isMap(map) || map[name] !== null) return undefined;
  let runs = splitRuns.get(map);
  if (!runs) splitRuns.set(map, (runs = runsIn(map)));
  return runs.get(name);
}

/** Every run of valueless keys after a field holding one text, by each key of the run. */
function runsIn(map: Record<string, unknown>): Map<string, { run: SplitValue; previous: string }> {
  const runs = new Map<string, { run: SplitValue; previous: string }>();
  const keys = Object.keys(map);
  for (let k = 1; k < keys.length; k++) {
    const value = map[keys[k - 1]!];
    if (map[keys[k]!] !== null || (typeof value !== 'string' && typeof value !== 'number')) continue;
    let end = k;
    while (end < keys.length && map[keys[end]!] === null) end++;
    const parts = [String(value), ...keys.slice(k, end)].join(', ');
    const shown = parts.length > SPLIT_SHOWN ? `${parts.slice(0, SPLIT_SHOWN)}…` : parts;
    const run = { field: keys[k - 1]!, value: shown, first: keys[k]!, last: keys[end - 1]! };
    for (let i = k; i < end; i++) runs.set(keys[i]!, { run, previous: keys[i - 1]! });
    k = end;
  }
  return runs;
}
