import type { NodePath } from '../model/types.js';
import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/** Dates written day first (01/07/2025) read well; YYYY-MM-DD sorts, diffs and searches the same everywhere. */
export const rule = defineRule({
  id: 'canonical-date',
  description: {
    en: 'Dates should be written YYYY-MM-DD',
    vi: 'Ngày nên viết dạng YYYY-MM-DD',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    date: { en: 'Write date "{text}" as "{date}"', vi: 'Hãy viết ngày "{text}" thành "{date}"' },
  },
  check({ source, procedure, report }) {
    // A date written with its decision is decision-in-date's to tell: a fix here would drop the number unsaid.
    const cited = new Set((source.citedDates ?? []).map((entry) => entry.path.join('\0')));
    const check = (path: NodePath, date: string | undefined) => {
      if (cited.has(path.join('\0'))) return;
      const text = writtenAt(source, path);
      if (typeof text !== 'string' || date === undefined || text === date) return;
      report({ messageId: 'date', data: { text, date }, path, fix: { path, value: date } });
    };
    check(['effective'], procedure.effective);
    check(['issued'], (procedure as { issued?: string }).issued);
    procedure.history?.forEach((entry, i) => check(['history', i, 'date'], entry.date));
  },
});
