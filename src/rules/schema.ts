import { defineRule } from './define-rule.js';

/** JSON Schema violations; reported by the linter from schemas/procedure.schema.json, listed here for its metadata. */
export const rule = defineRule({
  id: 'schema',
  description: {
    en: 'The procedure must match the procedure format (schemas/procedure.schema.json)',
    vi: 'Quy trình phải đúng định dạng (schemas/procedure.schema.json)',
  },
  severity: 'error',
  recommended: true,
  // A key written as the heading of its field ("Thời hạn giải quyết") gets the key procmap reads; a value a comma in
  // braces cut short is joined again, in quotes or brackets.
  fixable: true,
  messages: {},
});
