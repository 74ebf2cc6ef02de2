import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchOneFile, watchTree } from '../../src/node/watch.js';
import { walkIgnores } from '../../src/node/walk-ignores.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('watchOneFile', () => {
  it('sees the file saved, and nothing in the folders beside it (a configuration in the home folder)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'procmap-watch-'));
    folders.push(home);
    const config = join(home, 'procmap.config.yaml');
    writeFileSync(config, 'a: 1\n');
    mkdirSync(join(home, 'projects'));
    const seen: string[] = [];
    const watcher = watchOneFile(config, (path) => seen.push(path));
    try {
      writeFileSync(join(home, 'projects', 'notes.txt'), 'x');
      writeFileSync(join(home, 'other.txt'), 'x');
      await new Promise((done) => setTimeout(done, 300));
      expect(seen).toEqual([]);
      writeFileSync(`${config}.tmp`, 'a: 2\n');
      rmSync(config);
      writeFileSync(config, 'a: 2\n');
      await expect.poll(() => seen.length, { timeout: 5_000, interval: 20 }).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set([config]));
    } finally {
      watcher.close();
    }
  });
});

describe('watchTree', () => {
  it('neither watches nor reports a folder the configuration ignores, as serve rebuilt the site for a test file', async () => {
    const catalog = mkdtempSync(join(tmpdir(), 'procmap-watch-ignores-'));
    folders.push(catalog);
    writeFileSync(join(catalog, 'procmap.config.yaml'), 'ignores:\n  - test\n');
    mkdirSync(join(catalog, 'test'));
    mkdirSync(join(catalog, 'xa'));
    const seen: string[] = [];
    const watcher = watchTree(
      catalog,
      (path) => seen.push(path),
      (path) => walkIgnores(catalog)(path),
    );
    try {
      writeFileSync(join(catalog, 'test', 'broken.yaml'), 'id: [\n');
      writeFileSync(join(catalog, 'test.yaml'), 'id: T\n');
      // The procedure saved after the ignored file: once it is seen, the ignored one would have been too.
      writeFileSync(join(catalog, 'xa', 'a.yaml'), 'id: A\n');
      await expect
        .poll(() => seen.includes(join(catalog, 'xa', 'a.yaml')), { timeout: 5_000, interval: 20 })
        .toBe(true);
      expect(seen).toContain(join(catalog, 'test.yaml'));
      expect(seen.filter((path) => path.startsWith(join(catalog, 'test') + '/'))).toEqual([]);
    } finally {
      watcher.close();
    }
  });

  it('watches a catalog deleted and made again (a checkout, a fresh copy), and a folder in it', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'procmap-watch-tree-'));
    folders.push(parent);
    const catalog = join(parent, 'cat');
    mkdirSync(join(catalog, 'xa'), { recursive: true });
    writeFileSync(join(catalog, 'xa', 'a.yaml'), 'id: A\n');
    const seen: string[] = [];
    const watcher = watchTree(catalog, (path) => seen.push(path));
    try {
      rmSync(catalog, { recursive: true });
      mkdirSync(join(catalog, 'xa'), { recursive: true });
      // Once the root is back it is reported, then what is saved in it is seen.
      await expect.poll(() => seen.includes(catalog), { timeout: 5_000, interval: 20 }).toBe(true);
      seen.length = 0;
      writeFileSync(join(catalog, 'xa', 'b.yaml'), 'id: B\n');
      await expect
        .poll(() => seen.includes(join(catalog, 'xa', 'b.yaml')), { timeout: 5_000, interval: 20 })
        .toBe(true);
      // A folder deleted and made again inside it is watched again too.
      rmSync(join(catalog, 'xa'), { recursive: true });
      await new Promise((done) => setTimeout(done, 200));
      mkdirSync(join(catalog, 'xa'));
      await new Promise((done) => setTimeout(done, 200));
      seen.length = 0;
      writeFileSync(join(catalog, 'xa', 'c.yaml'), 'id: C\n');
      await expect
        .poll(() => seen.includes(join(catalog, 'xa', 'c.yaml')), { timeout: 5_000, interval: 20 })
        .toBe(true);
    } finally {
      watcher.close();
    }
  });
});
