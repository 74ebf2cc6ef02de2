import { canonicalStepId } from '../model/lenient.js';
import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/**
 * The portal prints a step's heading with a colon ("Bước 1: Tiếp nhận hồ sơ") and officers copy it into the id: procmap
 * reads "Bước 1:" as "Bước 1", and this rule asks for the id the document, the chart and `next:` name the step by.
 */
export const rule = defineRule({
  id: 'canonical-step-id',
  description: {
    en: 'Step ids should be written without the colon or full stop of a heading',
    vi: 'Mã bước nên ghi không kèm dấu ":" hay "." của tiêu đề bước',
  },
  severity: 'warning',
  // On in recommended: the colon is a paste, not a choice of spelling, and other tools do not read it away.
  recommended: true,
  fixable: true,
  messages: {
    id: { en: 'Write step id "{text}" as "{id}"', vi: 'Hãy ghi mã bước "{text}" thành "{id}"' },
  },
  check({ source, report }) {
    const steps = writtenAt(source, ['steps']);
    if (!Array.isArray(steps)) return;
    steps.forEach((_, i) => {
      const path = ['steps', i, 'id'];
      const text = writtenAt(source, path);
      if (typeof text !== 'string') return;
      const id = canonicalStepId(text);
      // Spaces around the id are the schema's to refuse; a mark of the heading is this rule's.
      if (id === text.trim() || id === '') return;
      report({ messageId: 'id', data: { text, id }, path, fix: { path, value: id } });
    });
  },
});
