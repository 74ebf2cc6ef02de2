import { isMap } from './data-object.js';

// A decision written as a list, one case a line, as officers write it (`- Hợp lệ: B2`, `- Không hợp lệ: B5`): each
// item a map of one case and its step. It says nothing a map would not, so it is read as the decision's map; a list
// whose items are not all so (a plain id among them, an item of two cases) could mean two things and is refused.

/** The case and step of a list's item written `- Hợp lệ: B2`: a map of one key whose value is a step as text. */
export function listedBranch(item: unknown): [label: string, target: string] | undefined {
  if (!isMap(item)) return undefined;
  const keys = Object.keys(item);
  if (keys.length !== 1) return undefined;
  const value = item[keys[0]!];
  return typeof value === 'string' || typeof value === 'number' ? [keys[0]!, String(value)] : undefined;
}

/** What makes a list with cases in it (`- Hợp lệ: B2`) no decision: an item of several cases, or one that is no case. */
export type ListedBranchFault =
  { kind: 'keys'; at: number; keys: string[] } | { kind: 'mixed'; at: number; item: string; label: string };

/** The first fault of a `next` list where an item is a map (a case and its step), or undefined when there is none. */
export function listedBranchFault(next: unknown): ListedBranchFault | undefined {
  if (!Array.isArray(next) || !next.some(isMap)) return undefined;
  const several = next.findIndex((item) => isMap(item) && Object.keys(item).length > 1);
  if (several >= 0) return { kind: 'keys', at: several, keys: Object.keys(next[several] as object) };
  const plain = next.findIndex((item) => !isMap(item));
  const label = next.map(listedBranch).find((branch) => branch !== undefined)?.[0];
  if (plain >= 0 && label !== undefined) return { kind: 'mixed', at: plain, item: String(next[plain]), label };
  return undefined;
}
