import type { Rule } from './types.js';

/** The document code (mã hiệu) identifies a procedure across the catalog, in documents, diffs and the site. */
export const rule: Rule = {
  id: 'unique-id',
  description: { en: 'Procedure ids must be unique across the catalog', vi: 'Mã hiệu quy trình không được trùng trong bộ quy trình' },
  severity: 'error',
  recommended: true,
  messages: {
    duplicate: { en: 'Procedure id "{id}" is already used in {other}', vi: 'Mã hiệu "{id}" đã được dùng trong {other}' },
  },
  collect: (procedure) => procedure.id,
  checkCatalog({ entries, report }) {
    const firstFile = new Map<string, string>();
    for (const { file, facts } of entries) {
      const id = facts as string;
      const other = firstFile.get(id);
      if (other === undefined) firstFile.set(id, file);
      else report(file, { messageId: 'duplicate', data: { id, other }, path: ['id'] });
    }
  },
};
