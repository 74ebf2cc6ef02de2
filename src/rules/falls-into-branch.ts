import { branchFalls, saysItEnds } from '../model/branch-falls.js';
import type { LoadedFile } from '../model/load.js';
import { lineEndOf } from '../model/source.js';
import type { Fix } from '../model/types.js';
import type { Lang } from '../i18n.js';
import { defineRule } from './define-rule.js';
import { writtenAt } from './written-value.js';

/**
 * Officers list the refusal step last, after "Trả kết quả": without `next`, the return step runs on into the refusal
 * by list order, and every path of the accepted branch is counted as also refused (a false overrun, a chart arrow from
 * "Trả kết quả" to "Thông báo từ chối"). procmap keeps the flow as written and says so; `--fix` ends the flow where the
 * step's name says it ends.
 */
export const rule = defineRule({
  id: 'falls-into-branch',
  description: {
    en: "A step of one branch of a decision must not run on into another branch's first step by list order",
    vi: 'Bước của một nhánh rẽ không được chạy tiếp sang bước đầu của nhánh khác chỉ vì đứng liền sau trong danh sách',
  },
  severity: 'warning',
  recommended: true,
  fixable: true,
  messages: {
    ends: {
      en: 'Step {step} ("{name}") has no next, so the flow runs on from it into {into} ("{intoName}"), which starts {branch} of {decision}: if the flow ends at {step}, write "next: []" on it',
      vi: 'Bước {step} ("{name}") không có next nên luồng chạy tiếp sang {into} ("{intoName}"), bước đầu {branch} ở {decision}: nếu luồng kết thúc ở {step}, hãy ghi "next: []" ở bước đó',
    },
    goesOn: {
      en: 'Step {step} ("{name}") has no next, so the flow runs on from it into {into} ("{intoName}"), which starts {branch} of {decision}: write the step it goes on to with "next: [<step id>]", or "next: []" if the flow ends there',
      vi: 'Bước {step} ("{name}") không có next nên luồng chạy tiếp sang {into} ("{intoName}"), bước đầu {branch} ở {decision}: hãy ghi bước tiếp theo bằng "next: [<mã bước>]", hoặc "next: []" nếu luồng kết thúc ở đó',
    },
  },
  check({ procedure, flow, source, lang, report }) {
    if (flow.unknownTargets.length > 0) return;
    for (const fall of branchFalls(flow)) {
      const step = procedure.steps[fall.step]!;
      const into = procedure.steps[fall.into]!;
      const ends = saysItEnds(step);
      const fix = ends ? endFix(source, fall.step) : undefined;
      report({
        messageId: ends ? 'ends' : 'goesOn',
        data: {
          step: step.id,
          name: step.name,
          into: into.id,
          intoName: into.name,
          decision: procedure.steps[fall.decision]!.id,
          branch: branchWords(fall.label, lang),
        },
        path: ['steps', fall.step, 'id'],
        ...(fix ? { fix } : {}),
      });
    }
  },
});

// "the branch "Không hợp lệ"", or, for a decision written "B3 hoặc B6", one of its branches.
function branchWords(label: string | undefined, lang: Lang): string {
  if (label === undefined) return lang === 'vi' ? 'một nhánh khác' : 'another branch';
  return lang === 'vi' ? `nhánh "${label}"` : `the branch "${label}"`;
}

/**
 * `next: []` on a line of its own after the step's last entry, at its keys' indent; none for a step written on one line
 * (`- { id: B5, … }`) or whose last value runs over several lines, which the officer edits by hand.
 */
function endFix(source: LoadedFile, i: number): Fix | undefined {
  const written = writtenAt(source, ['steps', i]);
  if (written === null || typeof written !== 'object' || Array.isArray(written)) return undefined;
  const keys = Object.keys(written);
  const first = source.locate(['steps', i, keys[0]!], 'key');
  const last = source.locate(['steps', i, keys.at(-1)!], 'value');
  const lines = source.text.split(/\n/);
  const firstLine = lines[first.line - 1] ?? '';
  // A block map: the first key starts after the dash and spaces only, the other keys on lines of their own.
  if (!/^\s*-?\s*$/.test(firstLine.slice(0, first.column - 1)) || first.line === last.line) return undefined;
  if (last.line !== last.endLine) return undefined;
  const line = (lines[last.line - 1] ?? '').replace(/\r$/, '');
  const column = line.length + 1;
  const range = { line: last.line, column, endLine: last.line, endColumn: column };
  return { range, text: `${lineEndOf(source.text)}${' '.repeat(first.column - 1)}next: []` };
}
