import { describe, expect, it } from 'vitest';
import { filesOfShard, parseShard, stableHash } from '../../src/lint/shard.js';

describe('parseShard', () => {
  it('reads i/n with 1 ≤ i ≤ n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '1/2/3', '-1/2']) expect(parseShard(bad), bad).toBeUndefined();
  });
});

describe('filesOfShard', () => {
  const files = Array.from({ length: 101 }, (_, i) => `procedures/${i % 3 === 0 ? 'tinh' : 'xa'}/p-${i}.yaml`);

  it('puts every file in exactly one shard, sizes differing by at most one', () => {
    const shards = [1, 2, 3, 4].map((index) => filesOfShard(files, { index, count: 4 }));
    expect(shards.map((s) => s.size)).toEqual([25, 25, 25, 26]);
    expect(shards.flatMap((s) => [...s]).sort()).toEqual([...files].sort());
  });

  it('does not depend on the order the files were listed in', () => {
    expect(filesOfShard([...files].reverse(), { index: 2, count: 3 })).toEqual(
      filesOfShard(files, { index: 2, count: 3 }),
    );
  });

  it('uses a hash that is the same everywhere (FNV-1a)', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    expect(stableHash('procedures/xa/đăng-ký.yaml')).toBe(stableHash('procedures/xa/đăng-ký.yaml'));
  });
});
