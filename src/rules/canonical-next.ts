import { canonicalStepId, nextIdsInText } from '../model/lenient.js';
import type { NodePath } from '../model/types.js';
import { writtenAt, wrapFix } from './written-value.js';
import { defineRule } from './define-rule.js';

/**
 * `next: B2` means `next: [B2]`, and `next: [Bước 3]` the step B3: the list form shows at a glance that more steps can
 * be added, and the id is what stays right when the steps are renumbered.
 */
export const rule = defineRule({
  id: 'canonical-next',
  description: {
    en: 'Next steps should be written as a list of step ids ([B2])',
    vi: 'Bước tiếp theo nên ghi dạng danh sách mã bước ([B2])',
  },
  severity: 'warning',
  recommended: false,
  fixable: true,
  messages: {
    single: {
      en: 'Write next "{target}" as a list: {list}',
      vi: 'Hãy ghi bước tiếp theo "{target}" dạng danh sách: {list}',
    },
    several: {
      en: 'Write next "{target}" as a list: {list}',
      vi: 'Hãy ghi các bước tiếp theo "{target}" dạng danh sách: {list}',
    },
    end: {
      en: 'Write next "{target}" as [], which ends the flow',
      vi: 'Hãy ghi bước tiếp theo "{target}" là [], nghĩa là kết thúc luồng',
    },
    id: {
      en: 'Write next step "{target}" by its id: {id}',
      vi: 'Hãy ghi bước tiếp theo "{target}" bằng mã bước: {id}',
    },
  },
  check({ source, procedure, report }) {
    procedure.steps.forEach((step, i) => {
      const path = ['steps', i, 'next'];
      const written = writtenAt(source, path);
      if (typeof written === 'string' || typeof written === 'number') {
        const ids = nextIdsInText(written);
        const targets = step.next as string[];
        const list = `[${targets.join(', ')}]`;
        const messageId = list === '[]' ? 'end' : targets.length > 1 ? 'several' : 'single';
        const data = { target: String(written), list };
        // The written id kept as written (quotes and all) when it is the step's id; otherwise the list of ids.
        const range = source.locate(path);
        const fix =
          list === `[${ids[0]}]`
            ? wrapFix(source, path, (text) => `[${text}]`)
            : range.line === range.endLine
              ? { range, text: list }
              : undefined;
        report({ messageId, data, path, ...(fix ? { fix } : {}) });
        return;
      }
      // In a list or a decision's map, a target written by its step number is written by its id.
      const targets = step.next as Record<string | number, string> | undefined;
      if (written === null || typeof written !== 'object' || targets === undefined) return;
      for (const [key, target] of Object.entries(written as Record<string, unknown>)) {
        const at: NodePath = [...path, Array.isArray(written) ? Number(key) : key];
        const id = targets[key];
        if ((typeof target !== 'string' && typeof target !== 'number') || id === undefined) continue;
        if (canonicalStepId(target) === id) continue;
        report({ messageId: 'id', data: { target: String(target), id }, path: at, fix: { path: at, value: id } });
      }
    });
  },
});
