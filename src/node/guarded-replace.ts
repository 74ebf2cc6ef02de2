import { lstatSync, promises } from 'node:fs';
import type { Translated } from '../i18n.js';
import { displayPath, readBounded, WriteError, type PutInPlace } from './files.js';

/**
 * A file procmap was to write, taken meanwhile by another writer (a second import into the folder, an editor's save):
 * left as that writer made it.
 */
export class ReplacedMeanwhile extends WriteError {
  override name = 'ReplacedMeanwhile';

  constructor(readonly said: Translated) {
    super(said);
  }
}

/** What an import found at the path it writes: nothing, or these bytes (the file it read and is updating). */
export type FoundThere = { bytes: Buffer } | 'nothing';

/**
 * Puts a written file in place only over what the caller found there when it decided to write, checked again as it
 * is written: the caller's check came seconds before (an import reads every source first), and two imports into one
 * folder both said "imported" while one silently replaced the other. Where nothing was, the file is linked into place,
 * which the system refuses when a file is there by now (no check-then-rename gap); on a disk without hard links it is
 * looked for just before the rename. Over a file, its bytes are read again just before the rename.
 */
export function replaceOnly(found: FoundThere, maxBytes: number): PutInPlace {
  return async (temp, target) => {
    if (found === 'nothing') {
      try {
        await promises.link(temp, target);
        await promises.rm(temp, { force: true });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw replacedMeanwhile(target);
        // No hard links here (FAT, some network disks): the narrow check below is the best the disk allows.
      }
      if (lstatSync(target, { throwIfNoEntry: false }) !== undefined) throw replacedMeanwhile(target);
    } else {
      const stats = lstatSync(target, { throwIfNoEntry: false });
      const read = stats?.isFile() && stats.nlink === 1 ? readBounded(target, maxBytes, { follow: false }) : undefined;
      if (!read?.ok || !read.bytes.equals(found.bytes)) throw replacedMeanwhile(target);
    }
    await promises.rename(temp, target);
  };
}

function replacedMeanwhile(target: string): ReplacedMeanwhile {
  const file = displayPath(target);
  const words: Translated = {
    en: `${file} was written by someone else while procmap ran (another import into the folder, an editor); it is left as they wrote it: run the import again`,
    vi: `${file} vừa được ghi bởi người khác trong lúc procmap chạy (một lần nhập khác vào cùng thư mục, trình soạn thảo); tệp được giữ như họ đã ghi: hãy chạy lại lệnh nhập`,
  };
  return new ReplacedMeanwhile(words);
}
