import { flagOf, flagPaths } from '../model/lenient.js';
import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `single_window: có` reads as true; `true` and `false` are what YAML tools and the schema's editors know. */
export const rule = defineRule({
  id: 'canonical-boolean',
  description: {
    en: 'Yes-or-no values should be written true or false',
    vi: 'Giá trị có/không nên ghi là true hoặc false',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    flag: { en: 'Write "{text}" as {flag}', vi: 'Hãy ghi "{text}" thành {flag}' },
  },
  check({ source, report }) {
    if (source.data === null || typeof source.data !== 'object') return;
    for (const path of flagPaths(source.data as Record<string, unknown>)) {
      const text = writtenAt(source, path);
      if (typeof text !== 'string') continue;
      const flag = String(flagOf(text));
      const fix = wrapFix(source, path, () => flag);
      report({ messageId: 'flag', data: { text, flag }, path, ...(fix ? { fix } : {}) });
    }
  },
});
