import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Folders that never hold procedures and can be huge.
const SKIPPED = new Set(['node_modules', '.git']);

/**
 * Watches a folder tree for saved, added, renamed and deleted files, with one non-recursive watcher per folder.
 * Node 20's recursive `fs.watch` on Linux loses a file that an editor replaces on save (write to a temporary, then
 * rename), so every change after the first went unseen; a folder watcher sees the rename itself.
 */
export function watchTree(root: string, onChange: (path: string) => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        const path = name === null ? dir : join(dir, String(name));
        try {
          if (lstatSync(path).isDirectory()) add(path);
        } catch {
          // Deleted or renamed away: nothing to add.
        }
        onChange(path);
      });
    } catch {
      return; // A folder that vanished or cannot be read: its files cannot be procedures either.
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
    });
    watchers.set(dir, watcher);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) add(join(dir, entry.name));
    }
  };
  add(root);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/**
 * Watches one file for saves, through its folder and nothing below it: editors replace a file on save, which a
 * watcher on the file itself would lose, and a configuration in the home folder must not mean watching all of it.
 */
export function watchOneFile(file: string, onChange: (path: string) => void): { close(): void } {
  const name = basename(file);
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(file), (_event, changed) => {
      if (changed === null || String(changed) === name) onChange(file);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    // A folder that cannot be watched: the file is read again on the next rebuild anyway.
  }
  return { close: () => watcher?.close() };
}
