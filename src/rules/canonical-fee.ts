import { canonicalFeeLine, feeText, FREE_FEE, markedFeeLines } from '../model/fee-amount.js';
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

/** A line of a fee as a list's item: plain when YAML reads it back as the same text, else in double quotes. */
function listItem(line: string): string {
  return /^\p{L}[^:#"'\n]*$/u.test(line) && !/\s$/u.test(line) ? line : JSON.stringify(line);
}

/**
 * The fix of a fee pasted as one text of marked lines (`fee: |` then `- Cấp mới: …`): the same lines as a YAML list
 * under the key, an item a line, as the printed fee already reads them.
 */
function listFix(source: LoadedFile, path: NodePath, lines: readonly string[]): Fix {
  const indent = ' '.repeat(source.locate(path, 'key').column + 1);
  const text = lines.map((line) => `\n${indent}- ${listItem(line)}`).join('') + '\n';
  const range = source.locate(path);
  // From the key's colon: the space before "|" would be left at the end of the key's line.
  const at = new LineIndex(source.text).offset(range.line, range.column);
  const spaces = at - source.text.slice(0, at).trimEnd().length;
  return { range: { ...range, column: range.column - spaces }, text };
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
    pasted: {
      en: 'The fee is a list pasted as one text, {count} lines each marked as an item: write it as a list, an item a line without its mark: [{list}]',
      vi: 'Phí là một danh sách dán thành một đoạn, {count} dòng đều có dấu đầu dòng: hãy ghi thành danh sách, mỗi dòng một mục, bỏ dấu đầu dòng: [{list}]',
    },
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
    // A fee by case pasted as one text, every line marked ("fee: |" then "- Cấp mới: …"): the same list, written as one.
    const checkPasted = (path: NodePath) => {
      const text = writtenAt(source, path);
      if (typeof text !== 'string' || !text.includes('\n')) return false;
      const lines = markedFeeLines(text)
        ?.map(canonicalFeeLine)
        .filter((line) => line.trim() !== '');
      if (lines === undefined) return true;
      const list = lines.map((line) => JSON.stringify(line)).join(', ');
      report({ messageId: 'pasted', data: { count: lines.length, list }, path, fix: listFix(source, path, lines) });
      return true;
    };
    if (!checkCases(['fee']) && !checkPasted(['fee'])) check(['fee'], procedure.fee);
    // Each way of filing's own fee, as the procedure's (a channel written by its name alone holds none).
    const written = writtenAt(source, ['channels']);
    if (Array.isArray(written) && written.length === procedure.channels?.length)
      procedure.channels.forEach((channel, i) => {
        if (checkCases(['channels', i, 'fee']) || checkPasted(['channels', i, 'fee'])) return;
        // A channel's 0 is how procmap's own export writes a free way of filing: it stays; "0 đồng" is "Miễn phí".
        if (writtenAt(source, ['channels', i, 'fee']) === 0) return;
        check(
          ['channels', i, 'fee'],
          channel.fee === 0 ? FREE_FEE : channel.fee === undefined ? undefined : String(channel.fee),
        );
      });
  },
});
