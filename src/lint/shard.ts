/** One of several parallel CI jobs: `--shard 2/4` is index 2 of count 4. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` with 1 ≤ i ≤ n; undefined when it is not that. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/** 32-bit FNV-1a of a string's UTF-16 code units: tiny, stable across runs, machines and Node versions. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The files of one shard. Files are ordered by a stable hash of their path (so folders of big and small procedures
 * spread over all shards), then cut into `count` runs whose sizes differ by at most one; every file lands in
 * exactly one shard, the same one on every machine that lists the same paths.
 */
export function filesOfShard(files: readonly string[], shard: Shard): Set<string> {
  const ordered = [...files].sort((a, b) => stableHash(a) - stableHash(b) || (a < b ? -1 : a > b ? 1 : 0));
  const start = Math.floor(((shard.index - 1) * ordered.length) / shard.count);
  const end = Math.floor((shard.index * ordered.length) / shard.count);
  return new Set(ordered.slice(start, end));
}
