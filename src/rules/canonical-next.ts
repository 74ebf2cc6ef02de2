import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `next: B2` means `next: [B2]`; the list form shows at a glance that more steps can be added. */
export const rule = defineRule({
  id: 'canonical-next',
  description: {
    en: 'A single next step should be written as a list ([B2])',
    vi: 'Một bước tiếp theo nên ghi dạng danh sách ([B2])',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    single: {
      en: 'Write next "{target}" as a list: [{target}]',
      vi: 'Hãy ghi bước tiếp theo "{target}" dạng danh sách: [{target}]',
    },
  },
  check({ source, procedure, report }) {
    procedure.steps.forEach((_, i) => {
      const path = ['steps', i, 'next'];
      const written = writtenAt(source, path);
      if (typeof written !== 'string' && typeof written !== 'number') return;
      const fix = wrapFix(source, path, (text) => `[${text}]`);
      report({ messageId: 'single', data: { target: String(written) }, path, ...(fix ? { fix } : {}) });
    });
  },
});
