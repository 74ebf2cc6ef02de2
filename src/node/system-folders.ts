import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { inRunFolder } from './run-context.js';

// The folders Linux fills with its devices (/dev, its tmpfs /dev/shm and /dev/mqueue among them), its processes
// (/proc) and its kernel's objects (/sys): root may create files in /dev, and a workbook or a lock file made there
// sits among the devices until the next boot. procmap writes a user's files only, so none of them is an output,
// whatever the permissions say; /dev/shm is refused too, as the safe reading of "a folder of devices".
const SYSTEM_FOLDERS = ['/dev', '/proc', '/sys'];

/**
 * The system folder (/dev, /proc, /sys) an output at `path` would be written in, followed through any link on its
 * way; undefined for any other place. Also undefined when the path, or the nearest part of it that exists, is no
 * folder (`-o /dev/stdout`, `-o /dev/null/x.xlsx`): the refusals of a device say more there.
 */
export function systemFolderOf(path: string): string | undefined {
  const target = resolve(inRunFolder(path));
  const own = lstatOrNone(target);
  if (own !== undefined && !own.isFile() && !own.isDirectory()) return undefined;
  let there = target;
  while (lstatOrNone(there) === undefined && dirname(there) !== there) there = dirname(there);
  let real: string;
  try {
    real = realpathSync(there);
  } catch {
    return undefined; // A link to nothing, or in a loop: the write's own refusal says it.
  }
  if (there !== target && lstatOrNone(real)?.isDirectory() !== true) return undefined;
  const reached = join(real, relative(there, target));
  return SYSTEM_FOLDERS.find((folder) => reached === folder || reached.startsWith(folder + sep));
}

function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // ENOTDIR, EACCES on the way: treated as not there.
  }
}
