import { buildFlow, type Flow } from '../model/flow.js';
import { canonicalProcedure } from '../model/lenient.js';
import { dataObject, isMap, valueAt } from '../model/data-object.js';
import { validateProcedure, type SchemaProblem } from '../model/schema.js';
import type { NodePath, Procedure } from '../model/types.js';

/**
 * A file the schema refused, as the rules may still read it (ESLint's way: a file that parses gets every rule whose
 * facts are sound). `procedure`, `data` and `flow` read as usual; reading a place the schema refused (a missing
 * `revision`, a step's unknown `owner`, a list with an item of the wrong type) sets `touched`, and the linter then
 * drops what that rule said: a rule never judges a fact the officer has yet to write well.
 */
export interface Salvaged {
  procedure: Procedure;
  /** The file's data without the places the schema refused, for rules that look at how values were written. */
  data: unknown;
  /** The step graph; reading it sets `touched` when building it read a refused place. */
  flow(): Flow;
  /** Set by any read of a refused place; the linter clears it before each rule. */
  touched: { value: boolean };
  /** The refused places the file writes (not those missing), as paths into its data. */
  written: NodePath[];
}

const SEP = '\u0000';
/** Rounds of setting refused places aside: a wrong value taken out may leave a required field missing. */
const ROUNDS = 3;

/** Where a problem is: a missing property at its own path, a list's item as its whole list (see refusedPaths). */
function placeOf(data: unknown, problem: SchemaProblem): NodePath {
  const parent = valueAt(data, problem.path);
  const missing = problem.target === 'value' && problem.property !== undefined && isMap(parent);
  let path = missing && !(problem.property! in parent) ? [...problem.path, problem.property!] : problem.path;
  // An item cannot be left out of its list without moving the ones after it: the whole list is set aside.
  while (path.length > 0 && typeof path.at(-1) === 'number') path = path.slice(0, -1);
  return path;
}

/**
 * `data` with the places the schema refused set aside: a value taken out, a missing required field given the
 * schema's example (canonical form needs it; any rule reading it is dropped). Copies only the maps and lists along
 * the paths. Undefined when a refused place is the whole file.
 */
function setAside(
  data: Record<string, unknown>,
  problems: readonly SchemaProblem[],
  extra: readonly NodePath[],
): { kept: Record<string, unknown>; paths: NodePath[] } | undefined {
  const copies = new WeakSet<object>();
  const copy = <T extends object>(value: T): T => {
    const made = (Array.isArray(value) ? [...value] : Object.assign(dataObject(), value)) as T;
    copies.add(made);
    return made;
  };
  const kept = copy(data);
  const paths: NodePath[] = [];
  const put = (path: NodePath, example: string | undefined) => {
    paths.push(path);
    let node: Record<string | number, unknown> = kept;
    for (const key of path.slice(0, -1)) {
      const child = node[key];
      if (child === null || typeof child !== 'object') return;
      node = node[key] = copies.has(child)
        ? (child as Record<string, unknown>)
        : copy(child as Record<string, unknown>);
    }
    if (example === undefined) delete node[path.at(-1)!];
    else node[path.at(-1)!] = example;
  };
  let left: readonly SchemaProblem[] = problems;
  for (const path of extra) put(path, undefined);
  for (let round = 0; round < ROUNDS && left.length > 0; round++) {
    for (const problem of left) {
      const path = placeOf(kept, problem);
      if (path.length === 0) return undefined;
      const missing = path.length > problem.path.length && valueAt(kept, path) === undefined;
      put(path, missing ? problem.example : undefined);
    }
    left = validateProcedure(kept);
  }
  return { kept, paths };
}

// Maps and lists of file data (their prototype has none of its own) are watched; dates and other objects are not.
function watchable(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return Array.isArray(value) || prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** `value` with every read of a place in `refused` (keys joined by SEP) setting `touched`. */
function watched<T>(value: T, refused: ReadonlySet<string>, touched: { value: boolean }): T {
  const proxies = new WeakMap<object, object>();
  const parents = new Set([...refused].map((place) => place.split(SEP).slice(0, -1).join(SEP)));
  const watch = (node: unknown, at: string): unknown => {
    if (!watchable(node) || Object.isFrozen(node)) return node;
    const known = proxies.get(node);
    if (known) return known;
    const place = (key: string | symbol) => (at === '' ? String(key) : `${at}${SEP}${String(key)}`);
    const proxy = new Proxy(node, {
      get(target, key, receiver) {
        const found: unknown = Reflect.get(target, key, receiver);
        if (typeof key === 'symbol' || typeof found === 'function') return found;
        if (refused.has(place(key))) touched.value = true;
        return watch(found, place(key));
      },
      // A map or list listed whole while a place in it is refused: the listing lacks it, or holds a stand-in.
      ownKeys(target) {
        if (parents.has(at)) touched.value = true;
        return Reflect.ownKeys(target);
      },
      has(target, key) {
        if (typeof key === 'string' && refused.has(place(key))) touched.value = true;
        return Reflect.has(target, key);
      },
    });
    proxies.set(node, proxy);
    return proxy;
  };
  return watch(value, '') as T;
}

/**
 * The parts of a schema-refused file the rules may read, or undefined when none can be read as a procedure (the
 * refused place is the whole file, or what is left cannot be put in canonical form). `alsoRefused`: places refused
 * beyond the schema's problems (a body written as its mark).
 */
export function salvage(
  data: Record<string, unknown>,
  problems: readonly SchemaProblem[],
  alsoRefused: readonly NodePath[] = [],
): Salvaged | undefined {
  const aside = setAside(data, problems, alsoRefused);
  if (aside === undefined) return undefined;
  const { kept, paths } = aside;
  let canonical: Procedure;
  try {
    canonical = canonicalProcedure(kept);
  } catch {
    return undefined;
  }
  // Canonical form keeps the file's paths; where it moved a refused place's map (steps written otherwise), the whole
  // field is set aside.
  const canonicalPaths = paths.map((path) => {
    const parent = valueAt(canonical, path.slice(0, -1));
    return parent !== null && typeof parent === 'object' ? path : path.slice(0, 1);
  });
  const touched = { value: false };
  const refused = new Set(canonicalPaths.map((path) => path.join(SEP)));
  const procedure = watched(canonical, refused, touched);
  touched.value = false;
  let flow: Flow | undefined;
  try {
    flow = buildFlow(procedure.steps);
  } catch {
    touched.value = true;
  }
  const flowTouched = touched.value;
  return {
    procedure,
    data: watched(kept, new Set(paths.map((path) => path.join(SEP))), touched),
    flow: () => {
      if (flowTouched) touched.value = true;
      // The rule stops here; `touched` tells the linter the crash is the refused place's, not a bug.
      if (flow === undefined) throw new Error('no steps to read');
      return flow;
    },
    touched,
    written: paths.filter((path) => valueAt(data, path) !== undefined),
  };
}
