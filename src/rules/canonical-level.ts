import { levelOf } from '../model/lenient.js';
import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `level: Cấp xã` reads as commune; one spelling per catalog keeps filters and statistics simple to read. */
export const rule = defineRule({
  id: 'canonical-level',
  description: {
    en: 'The level should be written with its canonical value (commune, district, province, central)',
    vi: 'Cấp thực hiện nên ghi bằng giá trị chuẩn (commune, district, province, central)',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    level: { en: 'Write level "{text}" as "{level}"', vi: 'Hãy ghi cấp "{text}" thành "{level}"' },
  },
  check({ source, procedure, report }) {
    const text = writtenAt(source, ['level']);
    if (typeof text !== 'string' || procedure.level === undefined || text === procedure.level) return;
    report({
      messageId: 'level',
      data: { text, level: procedure.level },
      path: ['level'],
      fix: { path: ['level'], value: levelOf(text)! },
    });
  },
});
