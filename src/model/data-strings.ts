import { isMap } from './data-object.js';
import type { NodePath } from './types.js';

/** Each string value of the data with its path, in order (keys are not values: they are left out). */
export function* dataStrings(data: unknown, path: NodePath = []): Generator<[NodePath, string]> {
  if (typeof data === 'string') yield [path, data];
  else if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* dataStrings(item, [...path, i]);
  else if (isMap(data)) for (const [key, item] of Object.entries(data)) yield* dataStrings(item, [...path, key]);
}
