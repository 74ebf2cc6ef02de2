import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchOneFile } from '../../src/node/watch.js';

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
