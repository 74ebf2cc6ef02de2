import { findCycle } from '../model/flow.js';
import { defineRule } from './define-rule.js';

/** A loop has no time bound, so no limit can be checked; rework is a new dossier cycle, not a loop. */
export const rule = defineRule({
  id: 'acyclic',
  description: { en: 'The flow must not loop back', vi: 'Luồng xử lý không được quay vòng' },
  severity: 'error',
  recommended: true,
  messages: {
    cycle: { en: 'The flow loops: {cycle}', vi: 'Luồng xử lý quay vòng: {cycle}' },
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
