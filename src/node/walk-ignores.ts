import { dirname, join, relative, resolve, sep } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { yaml } from '../model/yaml-module.js';
import { inRunFolder } from './run-context.js';

// Configurations are small: one larger than this is not read for its ignores (the loader says why it is refused).
const MAX_CONFIG_BYTES = 1024 * 1024;
const CONFIG_NAMES = ['procmap.config.yaml', 'procmap.config.yml'];

/** Whether a path below a walked folder is skipped: an absolute path in, true when `ignores:` names it. */
export type Ignored = (path: string) => boolean;

const NONE: Ignored = () => false;

/**
 * What a folder walk from `root` skips, by `ignores:` in the configuration at or above it (as ESLint's `ignores`):
 * folders or files, relative to that configuration's folder, with `*` for any part of a name and `**` for any
 * folders. Nothing is skipped when the root itself lies in an ignored folder: a folder named on the command line is
 * checked all the same. Why here and not in the loader: the walk must not reach a test folder's broken files (and
 * their configurations) before any configuration is read.
 */
export function walkIgnores(root: string): Ignored {
  const found = nearestConfig(resolve(inRunFolder(root)));
  if (!found) return NONE;
  const patterns = skippedBy(found);
  if (patterns.length === 0) return NONE;
  const base = dirname(found);
  const matches = (path: string) => {
    const rel = relative(base, path).split(sep).join('/');
    if (rel === '' || rel.startsWith('../')) return false;
    return patterns.some((pattern) => pattern.test(rel));
  };
  // The root or a folder above it (below the configuration) ignored: named on the command line, it is walked.
  const top = resolve(inRunFolder(root));
  for (let at = top; at.length >= base.length && at !== dirname(at); at = dirname(at)) if (matches(at)) return NONE;
  return (path) => matches(resolve(inRunFolder(path)));
}

/** The configuration file in `folder` or the nearest folder above it, or undefined. */
function nearestConfig(folder: string): string | undefined {
  for (let at = folder; ; at = dirname(at)) {
    const found = configIn(at);
    if (found !== undefined || dirname(at) === at) return found;
  }
}

/** The configuration file in `folder` itself, or undefined. */
function configIn(folder: string): string | undefined {
  return CONFIG_NAMES.map((name) => join(folder, name)).find(
    (path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true,
  );
}

/**
 * What a configuration file skips, as patterns of paths relative to its folder: its `ignores:`, and the calendar file
 * it names, which is no procedure. The file is read once.
 */
function skippedBy(file: string): RegExp[] {
  const data = configData(file);
  const patterns = ignorePatterns(data);
  const calendar = calendarOf(file, data);
  if (calendar !== undefined) patterns.push(exactly(relative(dirname(file), calendar).split(sep).join('/')));
  return patterns;
}

/** The configuration's names in a folder, to find one among the folder's entries. */
export const CONFIGURATION_NAMES: readonly string[] = CONFIG_NAMES;

/**
 * The calendar file a configuration names (`calendar: lich-2027.yaml`), as an absolute path, or undefined: a walk of
 * the catalog beside it must not read that file as a procedure.
 */
export function namedCalendarFile(file: string): string | undefined {
  return calendarOf(file, configData(file));
}

/** The calendar file a configuration's data names, as an absolute path from the configuration's folder. */
function calendarOf(file: string, data: Record<string, unknown> | undefined): string | undefined {
  const calendar = data?.calendar;
  return typeof calendar === 'string' && calendar.trim() !== '' ? resolve(dirname(file), calendar.trim()) : undefined;
}

/** A configuration file's data, or undefined when it cannot be read as a map (its loader says why). */
function configData(file: string): Record<string, unknown> | undefined {
  try {
    // Only a regular file: a configuration that is a link to /dev/zero or a FIFO is not read here (its loader says why).
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_CONFIG_BYTES) return undefined;
    const data: unknown = yaml().parse(readFileSync(file, 'utf8'));
    return data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A pattern matching one relative path exactly. */
function exactly(path: string): RegExp {
  return new RegExp(`^${path.replace(/[.*+^${}()|[\]\\?]/g, '\\$&')}$`);
}

/** The `ignores:` of a configuration's data as patterns; none when it could not be read (its loader says why). */
function ignorePatterns(data: Record<string, unknown> | undefined): RegExp[] {
  const ignores = data?.ignores;
  const list = typeof ignores === 'string' ? [ignores] : Array.isArray(ignores) ? ignores : [];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map(pattern);
}

/** A pattern (`test`, `test/`, `./bench`, `drafts/*.yaml`, `**\/old`) as a test of a `/`-separated relative path. */
function pattern(written: string): RegExp {
  const path = written
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .replace(/(?:\/\*\*)+$/, '');
  const source = path
    .split('/')
    .map((part) =>
      part === '**' ? '(?:[^/]+/)*' : `${part.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '[^/]*')}/`,
    )
    .join('');
  // Each part was written with its "/": the last one's goes, and a folder matches with everything below it too.
  return new RegExp(`^${source.replace(/\/$/, '')}(?:/.*)?$`);
}

/**
 * Whether a file of a repository (a path from its root, `/`-separated, there or not on disk) lies where the
 * configuration of some folder above it, up to the root, says `ignores:`: a test folder's copies of the catalog are no
 * procedure of it. Unlike a walk's, no folder is exempt for being named: nothing here was named on the command line.
 * Each folder's configuration is read once.
 */
export function ignoredInRepository(root: string): (path: string) => boolean {
  const folders = new Map<string, RegExp[]>();
  const patternsIn = (folder: string): RegExp[] => {
    let found = folders.get(folder);
    if (found === undefined) {
      const config = configIn(folder);
      found = config === undefined ? [] : skippedBy(config);
      folders.set(folder, found);
    }
    return found;
  };
  return (path) => {
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth >= 0; depth--) {
      const below = parts.slice(depth).join('/');
      if (patternsIn(join(root, ...parts.slice(0, depth))).some((pattern) => pattern.test(below))) return true;
    }
    return false;
  };
}
