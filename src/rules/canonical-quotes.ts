import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/**
 * A value pasted from Word keeps the typographic quotes around it (`“01/03/2025”`): procmap reads the text inside them
 * (src/model/typographic-quotes.ts), and this rule asks for the value without them, as every other tool reads it.
 */
export const rule = defineRule({
  id: 'canonical-quotes',
  description: {
    en: 'A value should not be wrapped in typographic quotes (“…”)',
    vi: 'Giá trị không nên đặt trong dấu nháy kiểu Word (“…”)',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    quotes: {
      en: 'The quotes “…” around "{text}" are not part of the value: write {text}',
      vi: 'Dấu nháy “…” quanh "{text}" không thuộc giá trị: hãy viết {text}',
    },
  },
  check({ source, report }) {
    for (const path of source.quotedValues ?? []) {
      const text = writtenAt(source, path);
      if (typeof text !== 'string') continue;
      report({ messageId: 'quotes', data: { text }, path, fix: { path, value: text } });
    }
  },
});
