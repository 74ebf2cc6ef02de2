/**
 * Items grouped by a key, in the order keys first appear, each group in the items' order (Node 20 has no Map.groupBy).
 * Each item is pushed once: copying a group for every item made a file of a hundred thousand problems quadratic.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K, groups = new Map<K, T[]>()): Map<K, T[]> {
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
