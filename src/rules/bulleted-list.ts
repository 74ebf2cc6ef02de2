import { defineRule } from './define-rule.js';

/**
 * A list pasted from Word or a web page keeps its bullets and loses YAML's "- ": procmap reads each bulleted line as an
 * item (src/model/bulleted-lists.ts), and this rule asks for the list form, which every other tool reads the same.
 */
export const rule = defineRule({
  id: 'bulleted-list',
  description: {
    en: 'List items should start with "- ", not with a bullet or a number pasted from a document',
    vi: 'Mục danh sách nên bắt đầu bằng "- ", không phải dấu đầu dòng hay số thứ tự dán từ văn bản',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    bullets: {
      en: '{field} is written as {count} lines starting with "{bullet}", which procmap reads as {count} items: write each item on a line starting with "- "',
      vi: '{field} được ghi thành {count} dòng bắt đầu bằng "{bullet}", procmap hiểu là {count} mục: hãy viết mỗi mục trên một dòng bắt đầu bằng "- "',
    },
  },
  check({ source, report }) {
    for (const list of source.bulletedLists ?? []) {
      const count = list.items.length;
      const data = { field: String(list.path.at(-1)), bullet: list.bullet, count };
      report({
        messageId: 'bullets',
        data,
        path: list.path,
        range: list.at,
        ...(list.fix ? { fix: list.fix } : {}),
      });
    }
  },
});
