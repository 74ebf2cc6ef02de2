// Procedure data is read into objects whose prototype chain holds no Object.prototype, so that a key such as
// `__proto__` or `constructor` stays plain data. `Object.create(null)` gives that, but V8 keeps such objects in
// dictionary mode, where every property read is a hash lookup: the schema validator, the rules and every later stage
// read procedure fields many times. An object made from a shared empty null-prototype object has the same chain for
// every purpose (no inherited property, `__proto__` an own key) and stays in V8's fast mode.
const NO_PROPERTIES: object = Object.freeze(Object.create(null) as object);

/** A new empty object for data read from a file: no inherited properties, and fast to read. */
export function dataObject<T = unknown>(): Record<string, T> {
  return Object.create(NO_PROPERTIES) as Record<string, T>;
}

/** Whether a value read from a file is a map (an object that is not a list). */
export function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at a path into data read from a file (keys of maps, indexes of lists), or undefined where there is none. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * A copy of data read from a file with `value` at `path` (an existing place): only the maps and lists along the path
 * are copied, the rest is shared.
 */
export function withValueAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0 || data === null || typeof data !== 'object') return path.length === 0 ? value : data;
  const [head, ...rest] = path;
  const copy = Array.isArray(data) ? [...(data as unknown[])] : Object.assign(dataObject(), data);
  (copy as Record<string | number, unknown>)[head!] = withValueAt(
    (data as Record<string | number, unknown>)[head!],
    rest,
    value,
  );
  return copy;
}
