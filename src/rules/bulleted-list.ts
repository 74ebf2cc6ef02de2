import { valueAt } from '../model/data-object.js';
import { itemBulletOf, itemMarksOf, textBulletOf } from '../model/item-bullet.js';
import { bodyWritten, PROCEDURE_LISTS, STEP_LISTS, withoutBodyMarks } from '../model/lenient.js';
import { writtenAt } from './written-value.js';
import type { NodePath } from '../model/types.js';
import { defineRule } from './define-rule.js';

/**
 * A list pasted from Word or a web page keeps its bullets and loses YAML's "- ": procmap reads each bulleted line as an
 * item (src/model/bulleted-lists.ts), and this rule asks for the list form, which every other tool reads the same.
 * A bullet kept after the "- " of an item, or before a step's name, is read without it (src/model/item-bullet.ts);
 * the rule asks to delete it, so that the file says what the document prints.
 */
export const rule = defineRule({
  id: 'bulleted-list',
  description: {
    en: 'List items should start with "- ", not with a bullet or a number pasted from a document',
    vi: 'Mục danh sách nên bắt đầu bằng "- ", không phải dấu đầu dòng hay số thứ tự dán từ văn bản',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    bullets: {
      en: '{field} is written as {count} lines starting with "{bullet}", which procmap reads as {count} items: write each item on a line starting with "- "',
      vi: '{field} được ghi thành {count} dòng bắt đầu bằng "{bullet}", procmap hiểu là {count} mục: hãy viết mỗi mục trên một dòng bắt đầu bằng "- "',
    },
    bulletOne: {
      en: '{field} is written as a line starting with "{bullet}", which procmap reads as a list of one item: write the item on a line of its own below {field}, starting with "- "',
      vi: '{field} được ghi thành một dòng bắt đầu bằng "{bullet}", procmap hiểu là danh sách một mục: hãy viết mục đó trên một dòng riêng bên dưới {field}, bắt đầu bằng "- "',
    },
    itemBullet: {
      en: 'Item {n} of {field} starts with the bullet "{bullet}" after its "- ": procmap leaves the bullet out; delete it',
      vi: 'Mục {n} của {field} có dấu đầu dòng "{bullet}" sau "- ": procmap bỏ dấu này; hãy xóa dấu "{bullet}"',
    },
    itemMarks: {
      en: 'Item {n} of {field} starts with the marks "{bullet}" after its "- ": procmap leaves them out; delete "{bullet}"',
      vi: 'Mục {n} của {field} có các dấu "{bullet}" sau "- ": procmap bỏ các dấu này; hãy xóa "{bullet}"',
    },
    textBullet: {
      en: '{field} starts with "{bullet}", pasted with the text: procmap leaves it out; delete it',
      vi: '{field} bắt đầu bằng "{bullet}" dán kèm văn bản: procmap bỏ phần này; hãy xóa "{bullet}"',
    },
    bodyMarks: {
      en: 'The body of step {step} is written "{text}": procmap reads it as {key}, for the key or name of a body holds no bullet or full stop; write body: {key}',
      vi: 'Đơn vị của bước {step} được ghi "{text}": procmap hiểu là {key}, vì mã hay tên đơn vị không có dấu đầu dòng hay dấu chấm; hãy ghi body: {key}',
    },
    nameBullet: {
      en: 'The name of step {step} starts with the bullet "{bullet}": procmap leaves it out of the times, the document and the flowchart; delete it',
      vi: 'Tên bước {step} bắt đầu bằng dấu đầu dòng "{bullet}": procmap bỏ dấu này trong bảng thời gian, tài liệu và lưu đồ; hãy xóa dấu "{bullet}"',
    },
  },
  check({ source, procedure, report }) {
    const data = source.data;
    const steps = valueAt(data, ['steps']);
    // Only the lists a file writes are looked at: a path for each of every step's three lists was most of the rule.
    const itemBullets = (items: unknown, path: NodePath) => {
      if (typeof items === 'string') {
        const bullet = textBulletOf(items);
        if (bullet === '') return;
        const field = String(path.at(-1));
        return report({
          messageId: 'textBullet',
          data: { field, bullet: bullet.trim() },
          path: [...path],
          fix: { path: [...path], value: items.slice(bullet.length) },
        });
      }
      if (!Array.isArray(items)) return;
      const marks = itemMarksOf(items);
      items.forEach((item, j) => {
        if (typeof item !== 'string') return;
        const bullet = marks[j]!;
        if (bullet === '') return;
        const at = [...path, j];
        const field = String(path.at(-1));
        report({
          messageId: textBulletOf(item) === bullet ? 'itemMarks' : 'itemBullet',
          data: { n: j + 1, field, bullet: bullet.trim() },
          path: at,
          fix: { path: at, value: item.slice(bullet.length) },
        });
      });
    };
    for (const key of PROCEDURE_LISTS) itemBullets(valueAt(data, [key]), [key]);
    if (Array.isArray(steps))
      steps.forEach((step: unknown, i) => {
        if (step === null || typeof step !== 'object') return;
        for (const key of STEP_LISTS) {
          const items = (step as Record<string, unknown>)[key];
          itemBullets(items, ['steps', i, key]);
        }
      });
    if (Array.isArray(steps))
      steps.forEach((_, i) => {
        const name = valueAt(data, ['steps', i, 'name']);
        if (typeof name !== 'string') return;
        const bullet = itemBulletOf(name);
        if (bullet === '') return;
        const path = ['steps', i, 'name'];
        const id = valueAt(data, ['steps', i, 'id']);
        report({
          messageId: 'nameBullet',
          data: {
            step: typeof id === 'string' || typeof id === 'number' ? String(id) : String(i + 1),
            bullet: bullet.trim(),
          },
          path,
          fix: { path, value: name.slice(bullet.length) },
        });
      });
    // A body pasted with its bullet or full stop (`- TPHT.`), read as the body it names (lenient.ts withoutBodyMarks).
    procedure.steps.forEach((step, i) => {
      const path = ['steps', i, 'body'];
      const text = writtenAt(source, path);
      if (typeof text !== 'string' || text === step.body || !Object.hasOwn(procedure.bodies, step.body)) return;
      const bare = withoutBodyMarks(text);
      // Only where the marks were in the way: a body named `- "` is that name (canonical-body asks for its key).
      if (bare === text.trim() || bodyWritten(procedure.bodies, text) !== undefined) return;
      report({
        messageId: 'bodyMarks',
        data: { step: step.id, text, key: step.body },
        path,
        // The key as a key is written, plain: `body: TPHT`, not the quotes the marks needed.
        fix: { range: source.locate(path), text: step.body },
      });
    });
    for (const list of source.bulletedLists ?? []) {
      const count = list.items.length;
      const data = { field: String(list.path.at(-1)), bullet: list.bullet, count };
      report({
        messageId: count === 1 ? 'bulletOne' : 'bullets',
        data,
        path: list.path,
        range: list.at,
        ...(list.fix ? { fix: list.fix } : {}),
      });
    }
  },
});
