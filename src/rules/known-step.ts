import { foldCase } from '../model/fold.js';
import { wordInValue } from '../model/source.js';
import { isEndWord } from '../model/lenient.js';
import { closest, sameStepNumber } from '../model/suggest.js';
import { defineRule } from './define-rule.js';

/** A `next` that names no step leaves the flow dangling. */
export const rule = defineRule({
  id: 'known-step',
  description: {
    en: 'Every `next` target must be a step of the procedure',
    vi: 'Bước tiếp theo trong "next" phải là một bước của quy trình',
  },
  severity: 'error',
  recommended: true,
  messages: {
    unknown: {
      en: 'Next step "{target}" does not exist: write the id of a step of this procedure ({ids})',
      vi: 'Bước tiếp theo "{target}" không tồn tại: hãy ghi mã của một bước trong quy trình ({ids})',
    },
    unknownHint: {
      en: 'Next step "{target}" does not exist; did you mean "{hint}"?',
      vi: 'Bước tiếp theo "{target}" không tồn tại; có phải là "{hint}"?',
    },
    named: {
      en: 'Next step "{target}" is the name of several steps ({ids}): write the id of the one meant, e.g. {id}',
      vi: '"{target}" là tên của nhiều bước ({ids}): hãy ghi mã của bước đúng, ví dụ {id}',
    },
    otherCase: {
      en: 'Next step "{target}" does not exist: the step is "{id}", in other letter case; write {id}',
      vi: 'Bước tiếp theo "{target}" không tồn tại: mã bước là "{id}" (viết hoa/thường khác); hãy ghi {id}',
    },
    branchEnds: {
      en: 'The branch "{label}" ends the flow without a step: add a step for what happens then, e.g. one that returns the dossier to the applicant with the reasons, with next: [], and write its id here',
      vi: 'Nhánh "{label}" kết thúc quy trình mà không có bước nào: hãy thêm một bước cho việc làm khi đó, ví dụ trả lại hồ sơ cho người nộp kèm lý do, có next: [], và ghi mã bước đó ở đây',
    },
  },
  check({ procedure, flow, source, report }) {
    const ids = new Set(flow.index.keys());
    for (const { from, target, path: inStep } of flow.unknownTargets) {
      const path = ['steps', from, ...inStep];
      // A `next` written as one string (`"Nếu hợp lệ: B3; không hợp lệ: B9"`) is read into targets the file has no
      // node for: point at the target in the string, not at its start.
      const range = wordInValue(source.text, source.locate(path), target);
      const at = range ? { path, range } : { path };
      // The name of one step was read as that step (lenient.ts); the name of several cannot be.
      const named = procedure.steps.filter((step) => foldCase(step.name) === foldCase(target)).map((step) => step.id);
      if (named.length > 1) {
        const data = { target, ids: named.join(', '), id: named[0]! };
        report({ messageId: 'named', data, ...at });
        continue;
      }
      // An id that differs only in letter case is the step meant, but ids are matched exactly: say which letters.
      const folded = target.normalize('NFC').toLowerCase();
      const sameLetters = [...ids].find((id) => id.normalize('NFC').toLowerCase() === folded);
      if (sameLetters !== undefined) {
        report({ messageId: 'otherCase', data: { target, id: sameLetters }, ...at });
        continue;
      }
      // A decision's branch has no "end" of its own: the model needs a step there (a refusal is notified in writing).
      if (typeof inStep[1] === 'string' && isEndWord(target)) {
        report({ messageId: 'branchEnds', data: { label: inStep[1] }, ...at });
        continue;
      }
      // A step number of one step was read as that step (lenient.ts); one of none or of several steps gets no near
      // spelling (B9 is not B1).
      const hint = sameStepNumber(target, ids) === null ? closest(target, ids) : undefined;
      // The ids to choose from, as known-body lists the bodies: the first few, and how many more.
      const listed = [...ids].slice(0, 6).join(', ') + (ids.size > 6 ? ', …' : '');
      report({
        messageId: hint ? 'unknownHint' : 'unknown',
        data: hint ? { target, hint } : { target, ids: listed },
        ...at,
      });
    }
  },
});
