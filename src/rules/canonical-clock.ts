import { canonicalCutoff } from '../model/lenient.js';
import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `15h`, `15h30` and `15 giờ 30 phút` read well; `15:00` is the one form every tool and the schema's examples use. */
export const rule = defineRule({
  id: 'canonical-clock',
  description: {
    en: 'Times of day should be written HH:MM',
    vi: 'Giờ nên viết dạng HH:MM',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    clock: { en: 'Write time "{text}" as "{clock}"', vi: 'Hãy viết giờ "{text}" thành "{clock}"' },
  },
  check({ source, report }) {
    const text = writtenAt(source, ['cutoff']);
    if (typeof text !== 'string') return;
    const clock = canonicalCutoff(text);
    if (clock === undefined || clock === text) return;
    report({ messageId: 'clock', data: { text, clock }, path: ['cutoff'], fix: { path: ['cutoff'], value: clock } });
  },
});
