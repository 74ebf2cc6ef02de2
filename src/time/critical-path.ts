import { topologicalOrder, type Flow } from '../model/flow.js';

/** The longest path through a flow under some step weight. */
export interface CriticalPath {
  /** Total weight of the longest path from the first step to any end of the flow. */
  total: number;
  /** Step indexes along that path, first to last. */
  path: number[];
  /** Earliest finish of each step (its own weight included), by index; NaN for steps not reachable. */
  finish: number[];
}

/**
 * Longest path from the first step: a step starts when all its predecessors have finished (parallel branches
 * join on the slowest), and every decision branch is considered, so the result is the worst case.
 * Returns undefined when the flow has a cycle.
 */
export function criticalPath(flow: Flow, weight: (index: number) => number): CriticalPath | undefined {
  const order = topologicalOrder(flow);
  if (!order) return undefined;
  const n = flow.steps.length;
  const finish = new Array<number>(n).fill(Number.NaN);
  const via = new Int32Array(n).fill(-1);
  if (n === 0) return { total: 0, path: [], finish };
  finish[0] = weight(0);
  for (const i of order) {
    if (Number.isNaN(finish[i]!)) continue;
    for (const edge of flow.outgoing[i]!) {
      const candidate = finish[i]! + weight(edge.to);
      if (Number.isNaN(finish[edge.to]!) || candidate > finish[edge.to]!) {
        finish[edge.to] = candidate;
        via[edge.to] = i;
      }
    }
  }
  let last = 0;
  finish.forEach((value, i) => {
    if (value > finish[last]!) last = i;
  });
  const path = [last];
  while (via[path[0]!] !== -1) path.unshift(via[path[0]!]!);
  return { total: finish[last]!, path, finish };
}
