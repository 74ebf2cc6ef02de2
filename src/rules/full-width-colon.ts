import { defineRule } from './define-rule.js';

/**
 * Chinese and Japanese input methods type a full-width colon "：" after a key: procmap reads it as ":"
 * (src/model/full-width-colons.ts), and this rule asks for the colon every other tool reads as one.
 */
export const rule = defineRule({
  id: 'full-width-colon',
  description: {
    en: 'A key should be followed by ":", not the full-width colon "：" of an input method',
    vi: 'Sau tên trường nên là dấu ":", không phải dấu hai chấm toàn độ rộng "：" của bộ gõ',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    colon: {
      en: 'The colon after this key is a full-width colon "：", which procmap reads as ":" but other tools read as a letter: write ":"',
      vi: 'Dấu hai chấm sau tên trường này là dấu hai chấm toàn độ rộng "：", procmap hiểu là ":" nhưng công cụ khác coi là chữ: hãy viết ":"',
    },
  },
  check({ source, report }) {
    for (const range of source.keyColons ?? [])
      report({ messageId: 'colon', data: {}, path: [], range, fix: { range, text: ':' } });
  },
});
