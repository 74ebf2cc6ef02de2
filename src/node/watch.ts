import { existsSync, lstatSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

// Folders that never hold procedures and can be huge.
const SKIPPED = new Set(['node_modules', '.git']);

// How often a watched root that is gone (deleted, or replaced by a checkout or an unpacked copy) is looked for.
const ROOT_POLL_MS = 500;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Watches a folder tree for saved, added, renamed and deleted files, with one non-recursive watcher per folder.
 * Node 20's recursive `fs.watch` on Linux loses a file that an editor replaces on save (write to a temporary, then
 * rename), so every change after the first went unseen; a folder watcher sees the rename itself. A folder deleted or
 * moved away is forgotten and, made again, watched again; so is the root (a `git checkout`, a fresh copy unpacked in
 * its place): while it is gone it is looked for twice a second and, once back, watched anew and reported as changed.
 * A path `skipped` says is not the catalog's (a folder `ignores:` names) is neither watched nor reported.
 */
export function watchTree(
  root: string,
  onChange: (path: string) => void,
  skipped: (path: string) => boolean = () => false,
): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  let poll: NodeJS.Timeout | undefined;
  // A folder gone: its watchers and those below it are dead, and would keep the folder made again unwatched.
  const forget = (dir: string) => {
    for (const [path, watcher] of watchers)
      if (path === dir || path.startsWith(`${dir}${sep}`)) {
        watcher.close();
        watchers.delete(path);
      }
  };
  // The root back (at once, when it was deleted and made again): watched anew and reported, once, as changed.
  const rootBack = (): boolean => {
    if (!isFolder(root)) return false;
    if (poll) clearInterval(poll);
    poll = undefined;
    add(root);
    onChange(root);
    return true;
  };
  const awaitRoot = () => {
    if (!rootBack()) poll ??= setInterval(rootBack, ROOT_POLL_MS);
  };
  const add = (dir: string) => {
    if (watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        const path = name === null ? dir : join(dir, String(name));
        // Linux tells a watcher its own folder went (deleted, moved) as an event under the folder's own name.
        // It may be back already (deleted and made again at once): a new folder, which the old watcher does not see.
        if (name !== null && String(name) === basename(dir) && !existsSync(path)) {
          forget(dir);
          if (dir === root) return awaitRoot();
          if (isFolder(dir)) add(dir);
          onChange(dir);
          return;
        }
        // A save in a folder the catalog ignores (broken test fixtures) must not rebuild the site.
        if (path !== dir && skipped(path)) return;
        try {
          if (lstatSync(path).isDirectory()) add(path);
        } catch {
          forget(path); // Deleted or renamed away: nothing to add, and its watchers are dead.
        }
        onChange(path);
      });
    } catch {
      if (dir === root) awaitRoot();
      return; // A folder that vanished or cannot be read: its files cannot be procedures either.
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(dir);
      if (dir === root) awaitRoot();
    });
    watchers.set(dir, watcher);
    try {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && !SKIPPED.has(entry.name) && !skipped(join(dir, entry.name)))
          add(join(dir, entry.name));
      }
    } catch {
      // Gone while being read: the event that says so follows.
    }
  };
  add(root);
  return {
    close() {
      if (poll) clearInterval(poll);
      poll = undefined;
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
