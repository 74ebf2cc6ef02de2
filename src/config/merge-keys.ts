import type { Lang, Translated } from '../i18n.js';
import { isMap } from '../model/data-object.js';
import { LIMITS } from '../model/limits.js';
import { mergeKeyMessage } from '../model/schema.js';
import type { NodePath } from '../model/types.js';
import { overlaps } from './calendar-dates.js';

// A merge key (`<<: *base`) is YAML 1.1's, and procmap reads 1.2: the key stays a key named "<<", which each check of
// a settings file then refuses in its own words (not a rule id, an unknown rule, not a severity). It is told once.

/** A problem of a settings file, where it stands and what to say. */
interface Problem {
  path: NodePath;
  target: 'key' | 'value';
  message: string;
}

/** The paths of the maps in `data` that hold a merge key. */
function mergingMaps(data: unknown, path: NodePath = []): NodePath[] {
  if (path.length > LIMITS.maxDepth) return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => mergingMaps(item, [...path, i]));
  if (!isMap(data)) return [];
  const inner = Object.entries(data).flatMap(([key, value]) =>
    key === '<<' ? [] : mergingMaps(value, [...path, key]),
  );
  return Object.hasOwn(data, '<<') ? [path, ...inner] : inner;
}

/**
 * The problems of settings data with each merge key told once, naming what it stands in (a holiday, the rules'
 * settings), in place of every other problem found at or inside it.
 */
export function withMergeKeys<P extends Problem>(
  data: unknown,
  problems: readonly P[],
  lang: Lang,
  whole: Translated,
): (P | Problem)[] {
  const merged: Problem[] = mergingMaps(data).map((path) => ({
    path: [...path, '<<'],
    target: 'key',
    message: mergeKeyMessage(path, lang, whole),
  }));
  if (merged.length === 0) return [...problems];
  const kept = problems.filter((p) => !merged.some((m) => p.path.length >= m.path.length && overlaps(m.path, p.path)));
  return [...merged, ...kept];
}
