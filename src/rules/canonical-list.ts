import { itemsInText } from '../model/items-in-text.js';
import { listPaths } from '../model/lenient.js';
import { LineIndex } from '../model/source.js';
import { nothingSaid } from '../model/none-words.js';
import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

/** The one text of a list written as one text or a list of one, or undefined. */
function onlyText(value: unknown): string | undefined {
  const only = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return typeof only === 'string' ? only : undefined;
}

/** `legal_basis: Nghị định 23/2015/NĐ-CP` reads as a list of one; the list form shows where the next item goes. */
export const rule = defineRule({
  id: 'canonical-list',
  description: {
    en: 'Lists written as one text should be written as lists',
    vi: 'Danh sách ghi thành một dòng nên ghi dạng danh sách',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    list: {
      en: 'Write {field} as a list: put "{text}" in [ ]',
      vi: 'Hãy ghi {field} dạng danh sách: đặt "{text}" trong [ ]',
    },
    none: {
      en: '"{text}" says {field} has nothing: write it as an empty list, []',
      vi: '"{text}" nghĩa là {field} không có gì: hãy ghi danh sách trống, []',
    },
  },
  check({ source, report }) {
    if (source.data === null || typeof source.data !== 'object') return;
    // Several items typed as one text are items-in-one-text's: `[A; B]` would make that one item for good.
    const several = new Set(itemsInText(source).map((found) => found.path.join('/')));
    for (const path of listPaths(source.data as Record<string, unknown>)) {
      const written = writtenAt(source, path);
      const field = String(path.at(-1));
      const only = onlyText(written);
      const said = only === undefined ? undefined : nothingSaid(only);
      // "Chưa quy định" (nothing laid down yet) reads as the list left out, as the document prints it.
      if (said === 'unset') continue;
      if (said === 'none' && only !== undefined) {
        // The whole value gives way to `[]`; a block list's up to the end of its one item, as its range runs on to the
        // next key.
        const whole = source.locate(path);
        const block =
          Array.isArray(written) &&
          !source.text.startsWith('[', new LineIndex(source.text).offset(whole.line, whole.column));
        const item = block ? source.locate([...path, 0]) : whole;
        const range = { ...whole, endLine: item.endLine, endColumn: item.endColumn };
        report({ messageId: 'none', data: { field, text: only }, path, fix: { range, text: '[]' } });
        continue;
      }
      if (typeof written !== 'string' || several.has(path.join('/'))) continue;
      const fix = wrapFix(source, path, (text) => `[${text}]`);
      report({ messageId: 'list', data: { field, text: written }, path, ...(fix ? { fix } : {}) });
    }
  },
});
