import { feeAmount, feePerUnit } from '../model/fee-amount.js';
import type { NodePath } from '../model/types.js';
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
    const check = (path: NodePath, fee: string | undefined) => {
      const amount = writtenAt(source, path);
      // A number, or an amount alone as text ("1.000.000", "100,000"), which the loader reads as đồng, or per something
      // ("50.000đ/hồ sơ"), read as đồng per it.
      const bare =
        typeof amount === 'number' ||
        (typeof amount === 'string' && (feeAmount(amount) !== undefined || feePerUnit(amount) !== undefined));
      if (!bare || fee === undefined || amount === fee) return;
      report({ messageId: 'number', data: { amount, fee }, path, fix: { path, value: fee } });
    };
    check(['fee'], procedure.fee);
    // Each way of filing's own fee, as the procedure's (a channel written by its name alone holds none).
    const written = writtenAt(source, ['channels']);
    if (Array.isArray(written) && written.length === procedure.channels?.length)
      procedure.channels.forEach((channel, i) =>
        check(['channels', i, 'fee'], channel.fee === undefined ? undefined : String(channel.fee)),
      );
  },
});
