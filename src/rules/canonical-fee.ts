import { feeAmount } from '../model/fee-amount.js';
import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/** `fee: 100000` is read as đồng; written out ("100.000 đồng") the unit is on the page for every reader. */
export const rule = defineRule({
  id: 'canonical-fee',
  description: {
    en: 'A fee should be written as text with its unit ("100.000 đồng")',
    vi: 'Phí, lệ phí nên ghi kèm đơn vị ("100.000 đồng")',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    number: { en: 'Write fee {amount} as "{fee}"', vi: 'Hãy ghi phí {amount} thành "{fee}"' },
  },
  check({ source, procedure, report }) {
    const amount = writtenAt(source, ['fee']);
    // A number, or an amount alone as text ("1.000.000", "100,000"), which the loader reads as đồng.
    const bare = typeof amount === 'number' || (typeof amount === 'string' && feeAmount(amount) !== undefined);
    if (!bare || procedure.fee === undefined || amount === procedure.fee) return;
    report({
      messageId: 'number',
      data: { amount, fee: procedure.fee },
      path: ['fee'],
      fix: { path: ['fee'], value: procedure.fee },
    });
  },
});
