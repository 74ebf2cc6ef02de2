import { itemsInText } from '../model/items-in-text.js';
import { defineRule } from './define-rule.js';

/**
 * A list's items typed without their "- " (on lines of their own, or legal documents one after another on a line) are
 * one text, which procmap reads, and prints, as one item. It does not split them itself (a paper's name may hold
 * commas, a sentence may wrap): it says so, and `--fix` writes the "- " of each (src/model/items-in-text.ts).
 */
export const rule = defineRule({
  id: 'items-in-one-text',
  description: {
    en: 'List items typed without "- " are read as one item',
    vi: 'Các mục danh sách không có "- " được hiểu là một mục',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    lines: {
      en: '{field} is written on {count} lines, which procmap reads as ONE item: "{text}". If they are {count} items, write each on a line starting with "- "',
      vi: '{field} ghi {count} dòng nhưng procmap đang hiểu là MỘT mục: "{text}". Nếu là {count} mục, hãy viết mỗi mục trên một dòng bắt đầu bằng "- "',
    },
    documents: {
      en: '{field} names {count} legal documents on one line, which procmap reads as ONE item: "{text}". Write each on a line starting with "- "',
      vi: '{field} ghi {count} văn bản trên một dòng nhưng procmap đang hiểu là MỘT mục: "{text}". Hãy viết mỗi văn bản trên một dòng bắt đầu bằng "- "',
    },
  },
  check({ source, report }) {
    for (const found of itemsInText(source)) {
      const at = found.path.at(-1);
      // An item of a list is named with its field and number: "dossier, item 1".
      const field = typeof at === 'number' ? `${String(found.path.at(-2))}[${at + 1}]` : String(at);
      report({
        messageId: found.kind,
        data: { field, count: found.items.length, text: found.text },
        path: found.path,
        ...(found.fix ? { fix: found.fix } : {}),
      });
    }
  },
});
