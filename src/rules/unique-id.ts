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
      en: 'Procedure id "{id}" is already used in {other}',
      vi: 'Mã hiệu "{id}" đã được dùng trong {other}',
    },
    sameName: {
      en: 'Procedure id "{id}" is "{first}" of {other} in other letter case; both would write the same files on Windows and macOS',
      vi: 'Mã hiệu "{id}" trùng với "{first}" của {other} nếu không phân biệt chữ hoa, chữ thường; trên Windows và macOS cả hai sẽ ghi vào cùng một tệp',
    },
  },
  collect: (procedure) => procedure.id,
  checkCatalog({ entries, report }) {
    // Documents are named after the id, and Windows and macOS file names ignore letter case (and macOS the
    // Unicode form): ids that differ only there are one file.
    const first = new Map<string, { file: string; id: string }>();
    for (const { file, facts: id } of entries) {
      const key = id.normalize('NFC').toLowerCase();
      const other = first.get(key);
      if (other === undefined) first.set(key, { file, id });
      else if (other.id === id) report(file, { messageId: 'duplicate', data: { id, other: other.file }, path: ['id'] });
      else report(file, { messageId: 'sameName', data: { id, first: other.id, other: other.file }, path: ['id'] });
    }
  },
});
