import { sameSets, setsItemOf } from '../model/dossier-sets.js';
import type { LoadedFile } from '../model/load.js';
import { LineIndex, lineEndOf } from '../model/source.js';
import type { Fix } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { writtenAt, yamlQuantity } from './written-value.js';

/**
 * The national record's "Thành phần hồ sơ" ends with "Số lượng hồ sơ: 01 (bộ)": copied as a dossier item, it is the
 * number of sets, not a paper. procmap reads it as `dossier_count` and leaves it out of the papers; the file should say so.
 */
export const rule = defineRule({
  id: 'dossier-count-item',
  description: {
    en: 'The number of dossier sets ("Số lượng hồ sơ: 01 bộ") should be written as dossier_count, not as a dossier item',
    vi: 'Số lượng hồ sơ ("Số lượng hồ sơ: 01 bộ") nên ghi ở dossier_count, không ghi như một giấy tờ trong dossier',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    move: {
      en: 'Dossier item "{line}" is the number of dossier sets, not a paper: remove it from dossier and write dossier_count: {count}',
      vi: 'Dòng "{line}" trong thành phần hồ sơ là số lượng hồ sơ, không phải một giấy tờ: hãy bỏ dòng này khỏi dossier và ghi dossier_count: {count}',
    },
    again: {
      en: 'Dossier item "{line}" is the number of dossier sets, {count}, which the procedure already gives: remove it from dossier',
      vi: 'Dòng "{line}" trong thành phần hồ sơ là số lượng hồ sơ, {count}, đã ghi ở chỗ khác: hãy bỏ dòng này khỏi dossier',
    },
    differsField: {
      en: 'Dossier item "{line}" gives {count} as the number of dossier sets, but dossier_count says {other}: keep the right number in dossier_count and remove this line from dossier',
      vi: 'Dòng "{line}" trong thành phần hồ sơ ghi số lượng hồ sơ là {count}, nhưng dossier_count ghi {other}: hãy giữ số đúng ở dossier_count và bỏ dòng này khỏi dossier',
    },
    differsLine: {
      en: 'Dossier item "{line}" gives {count} as the number of dossier sets, but an item above gives {other}: write the right number as dossier_count and remove both lines from dossier',
      vi: 'Dòng "{line}" trong thành phần hồ sơ ghi số lượng hồ sơ là {count}, nhưng một dòng phía trên ghi {other}: hãy ghi số đúng ở dossier_count và bỏ cả hai dòng khỏi dossier',
    },
  },
  check({ source, report }) {
    const dossier = writtenAt(source, ['dossier']);
    if (!Array.isArray(dossier)) return;
    const field = writtenAt(source, ['dossier_count']);
    const written = typeof field === 'string' || typeof field === 'number' ? String(field) : undefined;
    let first: string | undefined;
    dossier.forEach((item: unknown, i) => {
      const count = setsItemOf(item);
      if (count === undefined) return;
      const path = ['dossier', i];
      const data = { line: String(item), count, other: written ?? first ?? '' };
      const said = written ?? first;
      first ??= count;
      if (said === undefined) {
        // The one edit that moves it: two would leave the file between them, the count in neither place or in both.
        const fix = movedFix(source, i, yamlQuantity(count));
        return report({ messageId: 'move', data, path, ...(fix ? { fix } : {}) });
      }
      if (!sameSets(count, said))
        return report({ messageId: written === undefined ? 'differsLine' : 'differsField', data, path });
      const fix = movedFix(source, i);
      report({ messageId: 'again', data, path, ...(fix ? { fix } : {}) });
    });
  },
});

/**
 * The fix that removes the dossier item at `index`, a line of its own in a block list, and writes `dossier_count:
 * <count>` (when given) on the line after the list, as one edit. None for another layout (a list in brackets, a
 * comment on the item's line, an item over several lines), or where the list would be left empty.
 */
function movedFix(source: LoadedFile, index: number, count?: string): Fix | undefined {
  const text = source.text;
  const lines = new LineIndex(text);
  const list = source.locate(['dossier'], 'value');
  const item = source.locate(['dossier', index], 'value');
  const lineStart = lines.offset(item.line, 1);
  const itemEnd = lines.offset(item.endLine, item.endColumn);
  const after = nextLineStart(text, itemEnd);
  const dossier = writtenAt(source, ['dossier']) as unknown[];
  if (
    dossier.length < 2 ||
    text[lines.offset(list.line, list.column)] !== '-' ||
    !/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, lines.offset(item.line, item.column))) ||
    !/^[ \t]*(?:\r?\n)?$/.test(text.slice(itemEnd, after))
  )
    return undefined;
  if (count === undefined) return { range: lines.range(lineStart, after), text: '' };
  const end = nextLineStart(text, lines.offset(list.endLine, list.endColumn));
  const eol = lineEndOf(text);
  const key = source.locate(['dossier'], 'key');
  // After a last line with no line break, the entry starts a line of its own.
  const lead = end === text.length && !/\n$/.test(text) ? eol : '';
  const entry = `${lead}${' '.repeat(key.column - 1)}dossier_count: ${count}${eol}`;
  return { range: lines.range(lineStart, end), text: text.slice(after, end) + entry };
}

/** The offset of the line after the one `offset` is on; at a line's start already, that offset. */
function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end + 1;
}
