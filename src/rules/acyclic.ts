import { findCycle } from '../model/flow.js';
import { defineRule } from './define-rule.js';

/** A loop has no time bound, so no limit can be checked; rework is a new dossier cycle, not a loop. */
export const rule = defineRule({
  id: 'acyclic',
  description: { en: 'The flow must not loop back', vi: 'Luồng xử lý không được quay vòng' },
  severity: 'error',
  recommended: true,
  messages: {
    cycle: {
      en: 'The flow loops: {cycle}; a loop has no end to count an appointment to. Where a dossier goes back (to be completed, Mẫu 02), end the flow there with "next: []": the completed dossier is received as a new one',
      vi: 'Luồng xử lý quay vòng: {cycle}; vòng lặp không có điểm kết thúc để tính ngày hẹn trả. Ở bước trả lại hồ sơ (để bổ sung, Mẫu 02), hãy kết thúc luồng bằng "next: []": hồ sơ đã bổ sung được tiếp nhận như hồ sơ mới',
    },
    self: {
      en: 'Step {step} leads to itself; did you mean {following}, the step after it? Write that step\'s id in its "next". If this is where a dossier goes back (to be completed, Mẫu 02), end the flow there with "next: []": the completed dossier is received as a new one',
      vi: 'Bước {step} chuyển sang chính nó; có phải là bước {following}, bước ngay sau nó? Hãy ghi mã bước đó ở "next". Nếu đây là bước trả lại hồ sơ (để bổ sung, Mẫu 02), hãy kết thúc luồng bằng "next: []": hồ sơ đã bổ sung được tiếp nhận như hồ sơ mới',
    },
    selfLast: {
      en: 'Step {step} leads to itself: write the step it hands the dossier to in its "next", or end the flow there with "next: []"',
      vi: 'Bước {step} chuyển sang chính nó: hãy ghi ở "next" bước nhận hồ sơ tiếp theo, hoặc kết thúc luồng ở đó bằng "next: []"',
    },
  },
  check({ procedure, flow, report }) {
    const cycle = findCycle(flow);
    if (!cycle) return;
    const last = cycle[cycle.length - 2]!;
    const names = cycle.map((i) => procedure.steps[i]!.id).join(' → ');
    const hasNext = procedure.steps[last]!.next !== undefined;
    // A step that leads to itself is most often its own id typed for the next one's (B2 on B2, meant B3): ask that
    // first; rework that goes back is a longer loop.
    if (cycle.length === 2) {
      const step = procedure.steps[last]!.id;
      const following = procedure.steps[last + 1]?.id;
      const path = hasNext ? ['steps', last, 'next'] : ['steps', last, 'id'];
      report(
        following === undefined
          ? { messageId: 'selfLast', data: { step }, path }
          : { messageId: 'self', data: { step, following }, path },
      );
      return;
    }
    report({
      messageId: 'cycle',
      data: { cycle: names },
      path: hasNext ? ['steps', last, 'next'] : ['steps', last, 'id'],
    });
  },
});
