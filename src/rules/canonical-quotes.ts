import type { LoadedFile } from '../model/load.js';
import type { NodePath } from '../model/types.js';
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
      en: 'The quotes {open}…{close} around "{text}" are not part of the value: write {text}',
      vi: 'Dấu nháy {open}…{close} quanh "{text}" không thuộc giá trị: hãy viết {text}',
    },
  },
  check({ source, report }) {
    for (const path of source.quotedValues ?? []) {
      const text = writtenAt(source, path);
      if (typeof text !== 'string') continue;
      report({ messageId: 'quotes', data: { text, ...marksAt(source, path) }, path, fix: { path, value: text } });
    }
  },
});

/** The marks the value was written between, as the officer sees them (‘B2’ is told ‘…’, not “…”). */
function marksAt(source: LoadedFile, path: NodePath): { open: string; close: string } {
  const { line, column, endLine, endColumn } = source.locate(path);
  const lines = source.text.split('\n');
  const open = lines[line - 1]?.[column - 1];
  const close = lines[endLine - 1]?.[endColumn - 2];
  return open && close && QUOTE_MARKS.test(open) && QUOTE_MARKS.test(close)
    ? { open, close }
    : { open: '“', close: '”' };
}

// The typographic marks a pasted value is wrapped in (src/model/typographic-quotes.ts reads the text inside them).
const QUOTE_MARKS = /^[“”„«»‘’‚‹›]$/u;
