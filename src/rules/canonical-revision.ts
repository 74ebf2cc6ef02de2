import { revisionOf } from '../model/lenient.js';
import type { NodePath } from '../model/types.js';
import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `revision: Lần ban hành: 02` reads as 2; a number is what sorting, diffs and the revision history compare. */
export const rule = defineRule({
  id: 'canonical-revision',
  description: {
    en: 'Revisions should be written as numbers',
    vi: 'Lần ban hành nên ghi bằng số',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    number: { en: 'Write revision "{text}" as {number}', vi: 'Hãy ghi lần ban hành "{text}" thành {number}' },
  },
  check({ source, report }) {
    const data = source.data as { history?: unknown } | null;
    const history = Array.isArray(data?.history) ? data.history : [];
    const paths: NodePath[] = [['revision'], ...history.map((_, i) => ['history', i, 'revision'])];
    for (const path of paths) {
      const text = writtenAt(source, path);
      if (typeof text !== 'string') continue;
      const number = String(revisionOf(text));
      const fix = wrapFix(source, path, () => number);
      report({ messageId: 'number', data: { text, number }, path, ...(fix ? { fix } : {}) });
    }
  },
});
