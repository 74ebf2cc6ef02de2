import { isMap } from '../model/data-object.js';
import { isChoice } from '../model/flow.js';
import { canonicalStepId, nextIdsInText } from '../model/lenient.js';
import { listedBranch } from '../model/listed-branches.js';
import type { LoadedFile } from '../model/load.js';
import { LineIndex } from '../model/source.js';
import type { Fix, NodePath } from '../model/types.js';
import { writtenAt, wrapFix } from './written-value.js';
import { headingMarksRewritten } from './heading-marks.js';
import { defineRule } from './define-rule.js';

// A label or id written plain in a YAML flow map when it reads back as the same text, else quoted.
function flowScalar(text: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._/-]*$/u.test(text) && !/[ ]$/.test(text);
  // Numbers and YAML 1.1's words for true, false and null would not read back as text.
  const other = /^(?:[\d.]+|true|false|yes|no|on|off|y|n|null)$/i.test(text);
  return plain && !other ? text : JSON.stringify(text);
}

/** A decision's branches as a one-line YAML map: `{ Hợp lệ: B2, Không hợp lệ: B5 }`. */
function flowMap(branches: Record<string, string>): string {
  const pairs = Object.entries(branches).map(([label, id]) => `${flowScalar(label)}: ${flowScalar(id)}`);
  return `{ ${pairs.join(', ')} }`;
}

/** A list's item as the message quotes it: `Hợp lệ: B2` for an item written `- Hợp lệ: B2`. */
function itemText(item: unknown): string {
  const listed = listedBranch(item);
  return listed ? `${listed[0]}: ${listed[1]}` : String(item);
}

/**
 * The fix that makes a list of cases over several lines (`- Hợp lệ: B2` a line) the map it stands for, by taking the
 * dash off each item: cases, their quotes and comments stay as written. None when an item is written in braces.
 */
function unlistFix(source: LoadedFile, path: NodePath, items: readonly unknown[]): Fix | undefined {
  const range = source.locate(path);
  const keyColumn = source.locate(path, 'key').column;
  const lines = new LineIndex(source.text);
  const start = lines.offset(range.line, range.column);
  const end = lines.offset(range.endLine, range.endColumn);
  let text = source.text.slice(start, end);
  // From the last item back, so that the offsets of those before stay right.
  for (let k = items.length - 1; k >= 0; k--) {
    const at = source.locate([...path, k]);
    const offset = lines.offset(at.line, at.column) - start;
    const dash = /-[ \t]*$/.exec(text.slice(0, offset));
    if (!dash || text[offset] === '{') return undefined;
    const column = lines.position(start + dash.index).column;
    // Deeper than `next:`, the case takes the dash's place; at its column, it stays where it is, under the key.
    const replaced = column > keyColumn ? '' : ' '.repeat(offset - dash.index);
    text = text.slice(0, dash.index) + replaced + text.slice(offset);
  }
  return { range, text };
}

/** Cases to show beside the steps of a choice: "Hợp lệ" and "Không hợp lệ" for two, as most decisions are; else numbered. */
function exampleCases(steps: readonly string[]): Record<string, string> {
  const labels = steps.length === 2 ? ['Hợp lệ', 'Không hợp lệ'] : steps.map((_, i) => `Trường hợp ${i + 1}`);
  return Object.fromEntries(steps.map((id, i) => [labels[i]!, id]));
}

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
    choice: {
      en: 'Next "{target}" takes one of the steps {steps}: write each with the case that leads to it, for example {map}',
      vi: 'Bước tiếp theo "{target}" chỉ chuyển sang một trong các bước {steps}: hãy ghi mỗi bước kèm trường hợp chuyển sang bước đó, ví dụ {map}',
    },
    branches: {
      en: 'Write the branches "{target}" as a map of label to step id: {map}',
      vi: 'Hãy ghi các nhánh "{target}" dạng bảng nhãn → mã bước: {map}',
    },
  },
  check({ source, procedure, report }) {
    const stepIds = new Set(procedure.steps.map((step) => step.id));
    const stepsWritten = writtenAt(source, ['steps']);
    const writtenSteps = Array.isArray(stepsWritten) ? (stepsWritten as { id?: unknown; name?: unknown }[]) : [];
    procedure.steps.forEach((step, i) => {
      const path = ['steps', i, 'next'];
      const written = writtenAt(source, path);
      // "B2 hoặc B3" is a decision: a list would make it parallel work, and only the officer knows each case's name.
      if (isChoice(step.next)) {
        const target = Array.isArray(written) ? written.join(', ') : String(written);
        const steps = step.next.oneOf;
        const data = { target, steps: steps.join(', '), map: `next: ${flowMap(exampleCases(steps))}` };
        report({ messageId: 'choice', data, path });
        return;
      }
      // Branches written in words ("Nếu hợp lệ: B2; không hợp lệ: B5", [B2 (nếu hợp lệ), …]) are a decision's map.
      if (isMap(step.next) && (typeof written === 'string' || Array.isArray(written))) {
        const map = flowMap(step.next);
        const range = source.locate(path);
        const target = typeof written === 'string' ? written : written.map(itemText).join(', ');
        const fix =
          range.line === range.endLine
            ? { range, text: map }
            : Array.isArray(written) && written.every(isMap)
              ? unlistFix(source, path, written)
              : undefined;
        report({ messageId: 'branches', data: { target, map }, path, ...(fix ? { fix } : {}) });
        return;
      }
      // `[Kết thúc]`: the end of the flow written as a list.
      if (Array.isArray(written) && written.length === 1 && Array.isArray(step.next) && step.next.length === 0) {
        const range = source.locate(path);
        const data = { target: String(written[0]) };
        report({
          messageId: 'end',
          data,
          path,
          ...(range.line === range.endLine ? { fix: { range, text: '[]' } } : {}),
        });
        return;
      }
      if (typeof written === 'string' || typeof written === 'number') {
        const ids = nextIdsInText(written);
        const targets = step.next as string[];
        // A target that is no step is known-step's error: a list of it ("B3/B9" → ["B3/B9"]) would only hide it.
        if (targets.some((target) => !stepIds.has(target))) return;
        // "B2:" is one mistake, the heading's mark: canonical-step-id (on in recommended) tells it and fixes it, and
        // this rule asks for the list once the id is written plain, so the officer reads one message, not two.
        if (headingMarksRewritten(written, writtenSteps, stepIds) !== undefined) return;
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
        // A heading's mark ("Bước 4:") is canonical-step-id's, on in recommended, whose fix writes the same id: one
        // rule tells it, not both at the same place.
        if (canonicalStepId(String(target)) !== String(target).trim().replace(/\s+/g, ' ')) continue;
        report({ messageId: 'id', data: { target: String(target), id }, path: at, fix: { path: at, value: id } });
      }
    });
  },
});
