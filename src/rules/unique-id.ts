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
  checkCatalog({ entries, report }) {
    const firstFile = new Map<string, string>();
    for (const { file, procedure } of entries) {
      const other = firstFile.get(procedure.id);
      if (other === undefined) firstFile.set(procedure.id, file);
      else report(file, { messageId: 'duplicate', data: { id: procedure.id, other }, path: ['id'] });
    }
  },
};
