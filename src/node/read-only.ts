import { accessSync, constants, statSync } from 'node:fs';
import type { Translated } from '../i18n.js';

/**
 * Why a file is read-only for procmap: marked so (no write permission for anyone), not this user's to write, or on a
 * disk mounted read-only (a CD, a snapshot, a container's read-only layer), where no permission would help.
 */
export type ReadOnly = 'marked' | 'denied' | 'disk';

/**
 * Whether a file is read-only as an editor sees it (vim's check): with no write permission for anyone it is marked
 * "do not change this", which root too must respect (root may write anything); else it is read-only when the
 * system would not let this process write it. A replace-by-rename needs only the folder's permission, so without
 * this check `lint --fix` rewrote files their owner had locked.
 */
export function readOnly(mode: number, writable: boolean): ReadOnly | undefined {
  if ((mode & 0o222) === 0) return 'marked';
  return writable ? undefined : 'denied';
}

/** readOnly for a file on disk; undefined when it cannot be looked at (the write then says why). */
export function fileReadOnly(path: string): ReadOnly | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return undefined;
  }
  let writable = true;
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EROFS') return 'disk';
    writable = false;
  }
  return readOnly(mode, writable);
}

/**
 * Why procmap leaves a read-only file as it is, and what would let it write: `fix` for `lint --fix`, `replace` for an
 * output or an import over a file. One wording for every command, so that the officer learns one rule.
 */
export function readOnlyWords(file: string, why: ReadOnly, purpose: 'fix' | 'replace'): Translated {
  if (why === 'disk')
    return {
      en: `Cannot write "${file}": the disk it is on is read-only; write elsewhere, or mount the disk for writing`,
      vi: `Không ghi được "${file}": ổ đĩa chứa tệp chỉ cho đọc; hãy ghi ra nơi khác, hoặc gắn ổ đĩa ở chế độ ghi được`,
    };
  if (why === 'denied')
    return {
      en: `Cannot write "${file}": you have no permission to write it; ask its owner, or run as a user who may`,
      vi: `Không ghi được "${file}": bạn không có quyền ghi tệp này; hãy nhờ người sở hữu tệp, hoặc chạy bằng tài khoản có quyền`,
    };
  const [en, vi] =
    purpose === 'fix' ? ['to have it fixed', 'muốn sửa'] : ['to have procmap replace it', 'muốn procmap ghi đè'];
  return {
    en: `Cannot write "${file}": it is read-only; ${en}, make it writable first (chmod u+w "${file}")`,
    vi: `Không ghi được "${file}": tệp chỉ cho đọc; ${vi}, hãy cho phép ghi tệp trước (chmod u+w "${file}")`,
  };
}

/**
 * Whether a file has another name too (a hard link): a replacement renamed over one name would leave the other with
 * the old text, splitting what the user made one file; so procmap writes neither, as it writes no read-only file.
 */
export function hardLinked(path: string): boolean {
  return (statSync(path, { throwIfNoEntry: false })?.nlink ?? 1) > 1;
}

/** Why procmap leaves a hard-linked file as it is when it would replace it (an import), and how to let it. */
export function hardLinkWords(file: string): Translated {
  return {
    en: `Cannot write "${file}": it has another name too (a hard link), which would keep the old text; to have procmap replace it, make it a file of its own first (cp it to a new name, then move that over it)`,
    vi: `Không ghi được "${file}": tệp còn có một tên khác (liên kết cứng), tên đó sẽ giữ nội dung cũ; muốn procmap ghi đè, hãy tách thành tệp riêng trước (chép sang tên mới rồi đổi tên đè lên nó)`,
  };
}
