import { canonicalFeeLine, feeText, FREE_FEE } from '../model/fee-amount.js';
import type { LoadedFile } from '../model/load.js';
import { LineIndex } from '../model/source.js';
import type { Fix, NodePath } from '../model/types.js';
import { writtenAt } from './written-value.js';
import { defineRule } from './define-rule.js';

/**
 * The fix of a line of a fee by case: the line in its own quotes when written in quotes, else its amount alone, for
 * YAML read `- Cấp lại: 20000đ/bản` unquoted as a map of one entry, whose value is the amount.
 */
function caseFix(source: LoadedFile, path: NodePath, fee: string): Fix {
  const range = source.locate(path);
  const lines = new LineIndex(source.text);
  const written = source.text.slice(
    lines.offset(range.line, range.column),
    lines.offset(range.endLine, range.endColumn),
  );
  const colon = written.indexOf(': ');
  if (/^["']/.test(written) || colon < 0) return { path, value: fee };
  return { path: [...path, written.slice(0, colon).trimEnd()], value: fee.slice(fee.indexOf(': ') + 2) };
}

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
      const bare = typeof amount === 'number' || (typeof amount === 'string' && canonicalFeeLine(amount) !== amount);
      if (!bare || fee === undefined || amount === fee) return;
      report({ messageId: 'number', data: { amount, fee }, path, fix: { path, value: fee } });
    };
    // A fee by case, a line each: each line's amount as the same amount alone ("- Cấp lại: 20000đ/bản").
    const checkCases = (path: NodePath) => {
      const lines = writtenAt(source, path);
      if (!Array.isArray(lines)) return false;
      lines.forEach((line, i) => {
        if (typeof line !== 'string' && typeof line !== 'number') return;
        // A number is đồng, as the same number alone is (`- 80.000`, which the loader reads as 80000).
        const fee = typeof line === 'number' ? feeText(line) : canonicalFeeLine(line);
        if (fee === line) return;
        report({
          messageId: 'number',
          data: { amount: line, fee },
          path: [...path, i],
          fix: caseFix(source, [...path, i], fee),
        });
      });
      return true;
    };
    if (!checkCases(['fee'])) check(['fee'], procedure.fee);
    // Each way of filing's own fee, as the procedure's (a channel written by its name alone holds none).
    const written = writtenAt(source, ['channels']);
    if (Array.isArray(written) && written.length === procedure.channels?.length)
      procedure.channels.forEach((channel, i) => {
        if (checkCases(['channels', i, 'fee'])) return;
        // A channel's 0 is how procmap's own export writes a free way of filing: it stays; "0 đồng" is "Miễn phí".
        if (writtenAt(source, ['channels', i, 'fee']) === 0) return;
        check(
          ['channels', i, 'fee'],
          channel.fee === 0 ? FREE_FEE : channel.fee === undefined ? undefined : String(channel.fee),
        );
      });
  },
});
