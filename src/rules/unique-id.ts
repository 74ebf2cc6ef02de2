import { idFileKey, idFileName } from '../model/id-file-name.js';
import { formsOfLookAlikes } from '../model/name-forms.js';
import { ownString } from '../model/own-string.js';
import { defineRule } from './define-rule.js';

/** The document code (mã hiệu) identifies a procedure across the catalog, in documents, diffs and the site. */
export const rule = defineRule({
  id: 'unique-id',
  description: {
    en: 'Procedure ids must be unique across the catalog',
    vi: 'Mã hiệu quy trình không được trùng trong bộ quy trình',
  },
  severity: 'error',
  recommended: true,
  messages: {
    duplicate: {
      en: 'Procedure id "{id}" is also used in {other} (line {line}): each procedure needs its own id; change it in the file that is the copy',
      vi: 'Mã hiệu "{id}" cũng được dùng trong {other} (dòng {line}): mỗi quy trình cần một mã hiệu riêng; hãy đổi mã hiệu ở tệp là bản sao',
    },
    sameName: {
      en: 'Procedure id "{id}" is "{first}" of {other} (line {line}) in other letter case; both would write the same files on Windows and macOS',
      vi: 'Mã hiệu "{id}" trùng với "{first}" của {other} (dòng {line}) nếu không phân biệt chữ hoa, chữ thường; trên Windows và macOS cả hai sẽ ghi vào cùng một tệp',
    },
    sameFileName: {
      en: 'Procedure id "{id}" and "{first}" of {other} (line {line}) name the same files ({name}), for file names and addresses write Đ as D: give one of them another id',
      vi: 'Mã hiệu "{id}" và "{first}" của {other} (dòng {line}) đặt cùng một tên tệp ({name}), vì tên tệp và địa chỉ trang viết Đ thành D: hãy đổi mã hiệu của một trong hai quy trình',
    },
  },
  // Its own copy: a slice of the file's text would keep the whole text alive to the catalog's end.
  collect: (procedure) => ownString(procedure.id),
  checkCatalog({ entries, report, lineOf, lang }) {
    // Documents are named after the id's file name (Đ as D), and Windows and macOS file names ignore letter case (and
    // macOS the Unicode form): ids that differ only there are one file.
    //
    // Each file of a shared id is told, naming each other one and the line of its id (as ESLint and Spectral report a
    // duplicate across files): which of them is the copy to change is the officer's call, not the file order's.
    const groups = new Map<string, { file: string; id: string }[]>();
    for (const { file, facts: id } of entries) {
      const key = idFileKey(id);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [{ file, id }]);
      else if (!group.some((entry) => entry.file === file)) group.push({ file, id });
    }
    // A file's id line, found once however many copies name it.
    const lines = new Map<string, number>();
    const lineOfId = (file: string) => {
      if (!lines.has(file)) lines.set(file, lineOf(file, ['id']) ?? 1);
      return lines.get(file)!;
    };
    // "also used in cat2/Chứng thực.yaml" names two files where two names differ only in Unicode form: the form says
    // which (the look-alike error of lint stands at those two files only, not at a third that shares the id).
    const forms = formsOfLookAlikes(entries.map(({ file }) => file));
    for (const group of groups.values()) {
      for (const entry of group) {
        for (const other of group) {
          if (other === entry) continue;
          // The line the other file writes its id on; 1 when it cannot be read again (it was removed meanwhile).
          const named = other.file + (forms.get(other.file)?.[lang] ?? '');
          const data = { id: entry.id, other: named, line: lineOfId(other.file) };
          report(
            entry.file,
            other.id === entry.id
              ? { messageId: 'duplicate', data, path: ['id'] }
              : differsBeyondCase(other.id, entry.id)
                ? {
                    messageId: 'sameFileName',
                    data: { ...data, first: other.id, name: idFileName(entry.id) },
                    path: ['id'],
                  }
                : { messageId: 'sameName', data: { ...data, first: other.id }, path: ['id'] },
          );
        }
      }
    }
  },
});

/** Whether two ids that share a file name differ by more than letter case and Unicode form (`QT-ĐKKD-01`, `QT-DKKD-01`). */
function differsBeyondCase(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() !== b.normalize('NFC').toLowerCase();
}
