import { createHash } from 'node:crypto';
import { dataObject, isMap } from '../model/data-object.js';
import { loadFile, type LoadedFile } from '../model/load.js';
import { validateProcedure } from '../model/schema.js';
import { sizeProblems } from '../model/size-limits.js';
import type { Procedure } from '../model/types.js';
import { RULES } from '../rules/index.js';
import { finishLint, lintEachFile, type FilePass, type LintOptions, type LintResult } from './linter.js';

// What a build keeps of each clean file's lint between runs, so that a rebuild parses and lints only the files that
// changed: the canonical procedure and the facts catalog rules collect, by the file's name and the hash of its bytes.
// The cache lies in the site folder, which gets published: files are named in it by a hash of their path only.
// Only files with nothing to say are kept (no diagnostic, no suppression comment), so a cached pass is always the
// same empty report. The whole cache belongs to one `key`: procmap's version, the settings, the calendar and the day.

/** One clean file's pass as kept between builds. */
export interface CachedPass {
  hash: string;
  procedure: Procedure;
  /** The facts each catalog rule collected from the file, by rule id. */
  facts: Record<string, unknown>;
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Whether a value comes back the same from JSON: plain data with finite numbers, no -0 and no undefined member, so
 * that a procedure read from the cache is the one the file gave.
 */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !survivesJson(value[i])) return false;
    return true;
  }
  if (typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== null && prototype !== Object.prototype && Object.getPrototypeOf(prototype) !== null) return false;
  for (const key of Object.keys(value)) if (!survivesJson((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** Copies parsed JSON into data objects (no inherited properties), as procedures read from files are. */
function asData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asData);
  if (value === null || typeof value !== 'object') return value;
  const out = dataObject();
  for (const key of Object.keys(value)) out[key] = asData((value as Record<string, unknown>)[key]);
  return out;
}

/**
 * A cached procedure as the input schema knows it, to check it against: a choice (`next: { oneOf: [B2, B3] }`, what
 * procmap reads "B2 hoặc B3" as) is no form a file writes, and is checked as the list of the steps it names. Anything
 * else in `next`, as written.
 */
function asWritten(procedure: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(procedure.steps)) return procedure;
  const steps = procedure.steps.map((step: unknown) => {
    if (!isMap(step) || !isMap(step.next) || Object.keys(step.next).length !== 1) return step;
    return Array.isArray(step.next.oneOf) ? { ...step, next: step.next.oneOf } : step;
  });
  return { ...procedure, steps };
}

/**
 * The passes worth keeping from a finished lint: per file, its procedure and facts, when the file had no diagnostic,
 * no suppression comment, and a procedure that survives JSON. `hashes` gives each file's content hash.
 */
export function cacheablePasses(pass: FilePass, hashes: ReadonlyMap<string, string>): Map<string, CachedPass> {
  const noisy = new Set([...pass.diagnostics.map((d) => d.file), ...pass.directives.map(([file]) => file)]);
  const facts = new Map<string, Record<string, unknown>>();
  for (const [rule, entries] of Object.entries(pass.collected))
    for (const { file, facts: value } of entries)
      if (value !== undefined) (facts.get(file) ?? facts.set(file, {}).get(file)!)[rule] = value;
  const kept = new Map<string, CachedPass>();
  for (const { file, procedure } of pass.procedures) {
    const hash = hashes.get(file);
    const collected = facts.get(file) ?? {};
    if (hash === undefined || noisy.has(file) || !survivesJson(procedure) || !survivesJson(collected)) continue;
    kept.set(file, { hash, procedure, facts: collected });
  }
  return kept;
}

/** How the cache names a file: a hash of its path, so that a published site shows no folder of the officer's machine. */
export function cacheName(file: string): string {
  return createHash('sha256').update(`procmap file\u0000${file}`).digest('hex');
}

/** The cache file's text for a run's key. */
export function passCacheText(key: string, passes: ReadonlyMap<string, CachedPass>): string {
  const files = Object.fromEntries([...passes].map(([file, pass]) => [cacheName(file), pass]));
  return `${JSON.stringify({ version: 1, key, files })}\n`;
}

/**
 * Reads a cache file's text for a run's key, by `cacheName`: nothing when it belongs to another key, and nothing at
 * all when any part is not what procmap writes (a procedure the schema refuses included), so a damaged cache only
 * costs a lint.
 */
export function parsePassCache(text: string | undefined, key: string): Map<string, CachedPass> {
  const passes = new Map<string, CachedPass>();
  if (text === undefined) return passes;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return passes;
  }
  if (!isMap(data) || data.version !== 1 || data.key !== key || !isMap(data.files)) return passes;
  for (const [name, entry] of Object.entries(data.files)) {
    if (!HASH.test(name) || !isMap(entry) || typeof entry.hash !== 'string' || !HASH.test(entry.hash)) return new Map();
    if (!isMap(entry.facts)) return new Map();
    const procedure = asData(entry.procedure);
    // What lint checks before the rules, checked again: a cache is a file in the site, which anyone may have edited.
    if (!isMap(procedure) || validateProcedure(asWritten(procedure)).length > 0) return new Map();
    if (sizeProblems(procedure as unknown as Procedure).length > 0) return new Map();
    passes.set(name, {
      hash: entry.hash,
      procedure: procedure as unknown as Procedure,
      facts: asData(entry.facts) as Record<string, unknown>,
    });
  }
  return passes;
}

/**
 * The pass of a file whose cached result still holds: its procedure and facts, no diagnostics. Its source is read
 * from the bytes only if a catalog rule has to place a diagnostic in it.
 */
export function cachedFilePass(
  file: string,
  cached: CachedPass,
  load: () => LoadedFile,
  catalogRules: readonly string[],
): FilePass {
  let source: LoadedFile | undefined;
  const loaded = (): LoadedFile => (source ??= load());
  const lazy: LoadedFile = {
    file,
    get text() {
      return loaded().text;
    },
    get data() {
      return loaded().data;
    },
    get diagnostics() {
      return loaded().diagnostics;
    },
    locate: (path, target) => loaded().locate(path, target),
  };
  return {
    diagnostics: [],
    procedures: [{ file, procedure: cached.procedure, source: lazy }],
    // Every catalog rule collects from every valid file, facts or not (undefined is not kept).
    collected: Object.fromEntries(catalogRules.map((rule) => [rule, [{ file, facts: cached.facts[rule] }]])),
    directives: [],
  };
}

/** A catalog file as read: its bytes, or a file already loaded (one too large to parse). */
export type ReadFile = { file: string; bytes: Uint8Array } | LoadedFile;

/**
 * Lints a catalog read into memory, taking each file whose bytes hash as cached from the cache (as parsePassCache
 * reads it) instead of parsing and linting it: the result is the one a full lint gives. Also returns what to cache
 * from this run, by file.
 */
export function lintWithCache(
  files: readonly ReadFile[],
  cache: ReadonlyMap<string, CachedPass>,
  hashes: ReadonlyMap<string, string>,
  options: LintOptions,
): { result: LintResult; cacheable: Map<string, CachedPass> } {
  const catalogRules = (options.rules ?? RULES).filter((rule) => rule.checkCatalog).map((rule) => rule.id);
  const passes: FilePass[] = [];
  let batch: LoadedFile[] = [];
  const flush = (): void => {
    if (batch.length > 0) passes.push(lintEachFile(batch, options));
    batch = [];
  };
  for (const read of files) {
    if (!('bytes' in read)) {
      batch.push(read);
      continue;
    }
    const cached = cache.get(cacheName(read.file));
    if (cached === undefined || cached.hash !== hashes.get(read.file)) {
      batch.push(loadFile(read.file, read.bytes));
      continue;
    }
    // Passes stay in file order: catalog rules report against the first file.
    flush();
    passes.push(cachedFilePass(read.file, cached, () => loadFile(read.file, read.bytes), catalogRules));
  }
  flush();
  const cacheable = new Map<string, CachedPass>();
  for (const pass of passes) for (const [file, kept] of cacheablePasses(pass, hashes)) cacheable.set(file, kept);
  return { result: finishLint(passes, options), cacheable };
}
