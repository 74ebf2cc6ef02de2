import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_COPY, MermaidModules, patchGetConfig } from '../../src/render/mermaid-modules.js';

// getConfig() copies mermaid's configuration through procmap's CONFIG_COPY instead of mermaid's assignWithDepth
// (src/render/mermaid-modules.ts). Differential: on random configurations (nested four deep, arrays with repeated
// items, nulls, undefined, functions, `__proto__` keys) both give the same keys in the same order, the same values,
// and share the same objects below the copied depth.

const ROOT = join(import.meta.dirname, '..', '..');
const CHUNKS = join(ROOT, 'node_modules/mermaid/dist/chunks/mermaid.esm.min');

/** The module of the pinned mermaid that holds getConfig and assignWithDepth, as published. */
function configModule(): string {
  const name = readdirSync(CHUNKS).find((file) =>
    readFileSync(join(CHUNKS, file), 'utf8').includes('"assignWithDepth")'),
  );
  return readFileSync(join(CHUNKS, name!), 'utf8');
}

type Copy = (source: object) => unknown;

/** mermaid's own assignWithDepth, cut out of its module as published, as getConfig calls it: into a new object. */
function mermaidCopy(): Copy {
  const code = configModule();
  const end = code.indexOf(',"assignWithDepth")');
  const start = code.lastIndexOf('var ', end);
  const head = /^var (\w+)=\w+\(/.exec(code.slice(start, end))!;
  const assignWithDepth = new Function(
    `const ${head[1]} = (${code.slice(start + head[0].length, end)}); return ${head[1]};`,
  )() as (target: object, source: object, options?: { depth: number }) => unknown;
  return (source) => assignWithDepth({}, source);
}

const procmapCopy: Copy = (source) =>
  (new Function(`${CONFIG_COPY}; return __procmapConfigCopy;`)() as (t: object, r: number) => unknown)(source, 2);

/** An object from entries, with `__proto__` as an own key when it is one (not a prototype). */
function record(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  return out;
}

const key = fc.oneof(
  fc.constantFrom('a', 'b', 'fontSize', 'theme', '__proto__', 'constructor'),
  fc.string({ maxLength: 3 }),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(Math.max),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(fc.oneof(fc.constantFrom('x', 'y', 1), tie('value')), { maxLength: 5 }),
  map: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map(record),
}));
const configuration = fc.array(fc.tuple(key, value), { maxLength: 8 }).map(record);

/** Everything observable about a copy: own keys in order, each property's descriptor, values all the way down. */
function shape(value: unknown, seen = new Map<object, string>(), at = '$'): unknown {
  if (typeof value !== 'object' || value === null)
    return typeof value === 'function' ? `function ${value.name}` : value;
  if (seen.has(value)) return `same object as ${seen.get(value)}`;
  seen.set(value, at);
  return {
    array: Array.isArray(value),
    prototype: Object.getPrototypeOf(value) === (Array.isArray(value) ? Array.prototype : Object.prototype),
    own: Reflect.ownKeys(value).map((k) => {
      const { value: item, ...flags } = Object.getOwnPropertyDescriptor(value, k)!;
      return [String(k), flags, shape(item, seen, `${at}.${String(k)}`)];
    }),
  };
}

/** The objects four levels down in the source that the copy holds itself (not copies of them). */
function sharedBelow(source: unknown, copy: unknown, depth = 0): number {
  if (typeof source !== 'object' || source === null || typeof copy !== 'object' || copy === null) return 0;
  if (depth >= 3) return source === copy ? 1 : 0;
  return Object.keys(source).reduce(
    (sum, k) =>
      sum + sharedBelow((source as Record<string, unknown>)[k], (copy as Record<string, unknown>)[k], depth + 1),
    0,
  );
}

describe("getConfig's configuration copy", () => {
  it('gives what mermaid’s assignWithDepth gives, on random configurations', () => {
    const reference = mermaidCopy();
    let shared = 0;
    fc.assert(
      fc.property(configuration, (source) => {
        const [copy, expected] = [procmapCopy(source), reference(source)];
        expect(shape(copy)).toEqual(shape(expected));
        expect(sharedBelow(source, copy)).toBe(sharedBelow(source, expected));
        shared += sharedBelow(source, copy);
      }),
      { numRuns: 1000 },
    );
    // The random configurations reach below the copied depth, where both share the source's objects.
    expect(shared).toBeGreaterThan(0);
  });

  it('is what the pinned mermaid serves: getConfig patched once, in one module', async () => {
    const code = configModule();
    const patched = patchGetConfig(code);
    expect(patched.match(/\(\)=>__procmapConfigCopy\(\w+,2\),"getConfig"\)/g)).toHaveLength(1);
    expect(patched.endsWith(`${CONFIG_COPY}\n`)).toBe(true);
    const modules = new MermaidModules();
    const name = readdirSync(CHUNKS).find((file) => readFileSync(join(CHUNKS, file), 'utf8') === code)!;
    expect(await modules.read(`chunks/mermaid.esm.min/${name}`)).toContain('__procmapConfigCopy(');
    // Another mermaid, without the expected text: used as it is.
    expect(patchGetConfig('var x=1;')).toBe('var x=1;');
  });
});
