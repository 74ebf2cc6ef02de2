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
  },
  check({ procedure, flow, report }) {
    const cycle = findCycle(flow);
    if (!cycle) return;
    const last = cycle[cycle.length - 2]!;
    const names = cycle.map((i) => procedure.steps[i]!.id).join(' → ');
    const hasNext = procedure.steps[last]!.next !== undefined;
    report({
      messageId: 'cycle',
      data: { cycle: names },
      path: hasNext ? ['steps', last, 'next'] : ['steps', last, 'id'],
    });
  },
});
