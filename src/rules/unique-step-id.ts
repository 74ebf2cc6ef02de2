import { defineRule } from './define-rule.js';

/** Two steps with one id make `next` ambiguous. */
export const rule = defineRule({
  id: 'unique-step-id',
  description: { en: 'Step ids must be unique within a procedure', vi: 'Mã bước không được trùng trong một quy trình' },
  severity: 'error',
  recommended: true,
  messages: {
    duplicate: {
      en: 'Step id "{id}" is already used by step {first}',
      vi: 'Mã bước "{id}" đã được dùng ở bước {first}',
    },
    sameName: {
      en: 'Step id "{id}" is "{other}" of step {first} in other letter case: give this step its own id',
      vi: 'Mã bước "{id}" trùng với mã "{other}" của bước thứ {first} (chỉ khác chữ hoa/chữ thường): hãy đặt cho bước này một mã khác',
    },
  },
  check({ procedure, report }) {
    // An officer reads `Bước 2` and `bước 2` as one step, and a `next` written either way as the same one: ids equal
    // but for letter case (and the Unicode form, as unique-id compares procedure ids) are one id.
    const first = new Map<string, number>();
    procedure.steps.forEach((step, i) => {
      const key = step.id.normalize('NFC').toLowerCase();
      const at = first.get(key);
      if (at === undefined) {
        first.set(key, i);
        return;
      }
      const other = procedure.steps[at]!.id;
      const path = ['steps', i, 'id'];
      if (other === step.id) report({ messageId: 'duplicate', data: { id: step.id, first: at + 1 }, path });
      else report({ messageId: 'sameName', data: { id: step.id, other, first: at + 1 }, path });
    });
  },
});
