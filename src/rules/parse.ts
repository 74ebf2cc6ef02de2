import { defineRule } from './define-rule.js';

/**
 * YAML syntax and file encoding; reported by the loader, listed here for its metadata and docs. Lines pasted from a
 * document (indented with no-break spaces, bulleted with "*") come with a fix (src/model/pasted-lines.ts).
 */
export const rule = defineRule({
  id: 'parse',
  description: { en: 'The file must be valid UTF-8 YAML', vi: 'Tệp phải là YAML hợp lệ, mã hóa UTF-8' },
  severity: 'error',
  recommended: true,
  fixable: true,
  messages: {},
});
