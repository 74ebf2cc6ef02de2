import { isMap } from './data-object.js';
import type { NodePath } from './types.js';

/** Each string value of the data with its path, in order (keys are not values: they are left out). */
export function* dataStrings(data: unknown, path: NodePath = []): Generator<[NodePath, string]> {
  const found: [NodePath, string][] = [];
  forEachDataString(data, (at, text) => found.push([[...at], text]), [...path]);
  yield* found;
}

/**
 * Calls `visit` with each string value of the data, in dataStrings' order, and its path. The path is one array the
 * walk changes as it goes (a copy per string was most of a lint's walk over every text): copy it to keep it.
 */
export function forEachDataString(
  data: unknown,
  visit: (path: readonly (string | number)[], text: string) => void,
  path: (string | number)[] = [],
): void {
  if (typeof data === 'string') visit(path, data);
  else if (Array.isArray(data))
    for (let i = 0; i < data.length; i++) {
      path.push(i);
      forEachDataString(data[i], visit, path);
      path.pop();
    }
  else if (isMap(data))
    for (const key of Object.keys(data)) {
      path.push(key);
      forEachDataString((data as Record<string, unknown>)[key], visit, path);
      path.pop();
    }
}

/** Each string value of the data, in dataStrings' order, without paths: for checks that rarely report. */
export function dataStringValues(data: unknown): string[] {
  const texts: string[] = [];
  forEachDataString(data, (_, text) => texts.push(text));
  return texts;
}
