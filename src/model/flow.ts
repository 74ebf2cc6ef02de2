import type { Choice, Step } from './types.js';

/** Whether a step's `next` is a choice of one of its steps, written "B2 hoặc B3": a decision without labels. */
export function isChoice(next: Step['next']): next is Choice {
  return next !== undefined && !Array.isArray(next) && Array.isArray((next as Partial<Choice>).oneOf);
}

/** How a step hands over to the next: in list order, to all of several (parallel), or to one of several (decision). */
export type EdgeKind = 'sequence' | 'parallel' | 'decision';

/** One hand-over between two steps, by index into the step list. */
export interface FlowEdge {
  from: number;
  to: number;
  kind: EdgeKind;
  /** The branch label of a decision; none for one written "B2 hoặc B3". */
  label?: string;
}

/** A `next` entry that names no step. */
export interface UnknownTarget {
  from: number;
  target: string;
  /** Path below the step to the offending entry: ['next', 0] or ['next', 'Hợp lệ']. */
  path: (string | number)[];
}

/** The flow graph of a procedure's steps. */
export interface Flow {
  steps: readonly Step[];
  /** Step id → index of its first occurrence. */
  index: ReadonlyMap<string, number>;
  edges: FlowEdge[];
  outgoing: FlowEdge[][];
  incoming: FlowEdge[][];
  unknownTargets: UnknownTarget[];
}

/** Builds the flow graph: `next` absent means the following step in the list; `[]` ends the flow. */
export function buildFlow(steps: readonly Step[]): Flow {
  const index = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!index.has(step.id)) index.set(step.id, i);
  });
  const edges: FlowEdge[] = [];
  const unknownTargets: UnknownTarget[] = [];
  const link = (from: number, target: string, kind: EdgeKind, path: (string | number)[], label?: string) => {
    const to = index.get(target);
    if (to === undefined) unknownTargets.push({ from, target, path });
    else edges.push(label === undefined ? { from, to, kind } : { from, to, kind, label });
  };
  steps.forEach((step, i) => {
    const next = step.next;
    if (next === undefined) {
      if (i + 1 < steps.length) edges.push({ from: i, to: i + 1, kind: 'sequence' });
    } else if (Array.isArray(next)) {
      const kind: EdgeKind = next.length > 1 ? 'parallel' : 'sequence';
      next.forEach((target, k) => link(i, target, kind, ['next', k]));
    } else if (isChoice(next)) {
      // "B2 hoặc B3" hands over to one of them: a decision, its branches unlabelled (the path is the written text).
      for (const target of next.oneOf) link(i, target, 'decision', ['next']);
    } else {
      for (const [label, target] of Object.entries(next)) link(i, target, 'decision', ['next', label], label);
    }
  });
  const outgoing = steps.map(() => [] as FlowEdge[]);
  const incoming = steps.map(() => [] as FlowEdge[]);
  for (const edge of edges) {
    outgoing[edge.from]!.push(edge);
    incoming[edge.to]!.push(edge);
  }
  return { steps, index, edges, outgoing, incoming, unknownTargets };
}

/** Indexes of the steps reachable from a step, itself included. */
export function reachableFrom(flow: Flow, start: number): Set<number> {
  const seen = new Set<number>();
  const stack = [start];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    for (const edge of flow.outgoing[i]!) stack.push(edge.to);
  }
  return seen;
}

/** Indexes of the steps reachable from the first step. */
export function reachableFromStart(flow: Flow): Set<number> {
  return flow.steps.length === 0 ? new Set() : reachableFrom(flow, 0);
}

/**
 * Walks the flow depth-first from each step not yet reached, in order, telling `onBack` each hand-over to a step still
 * on the path (a loop), with the path's links to each step's parent; stops when `onBack` returns true.
 */
function depthFirst(flow: Flow, onBack: (edge: FlowEdge, parent: Int32Array) => boolean | void): void {
  const state = new Uint8Array(flow.steps.length); // 0 new, 1 on the stack, 2 done
  const parent = new Int32Array(flow.steps.length).fill(-1);
  for (let root = 0; root < flow.steps.length; root++) {
    if (state[root] !== 0) continue;
    // Iterative DFS: a 100,000-step file must not overflow the call stack.
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const [node, k] = frame;
      const out = flow.outgoing[node]!;
      if (k >= out.length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      frame[1] = k + 1;
      const edge = out[k]!;
      if (state[edge.to] === 1) {
        if (onBack(edge, parent) === true) return;
      } else if (state[edge.to] === 0) {
        state[edge.to] = 1;
        parent[edge.to] = node;
        stack.push([edge.to, 0]);
      }
    }
  }
}

/** A cycle as step indexes in flow order (first repeated at the end), or undefined when the flow is acyclic. */
export function findCycle(flow: Flow): number[] | undefined {
  let cycle: number[] | undefined;
  depthFirst(flow, ({ from, to }, parent) => {
    const path = [from];
    for (let at = from; at !== to;) {
      at = parent[at]!;
      path.push(at);
    }
    cycle = [...path.reverse(), to];
    return true;
  });
  return cycle;
}

/** The hand-overs that go back to a step on the path to them (each loop's), depth-first from the first step. */
export function backEdges(flow: Flow): Set<FlowEdge> {
  const back = new Set<FlowEdge>();
  depthFirst(flow, (edge) => {
    back.add(edge);
  });
  return back;
}

/** Step indexes in an order where every step comes after all its predecessors; undefined when there is a cycle. */
export function topologicalOrder(flow: Flow): number[] | undefined {
  const pending = flow.incoming.map((edges) => edges.length);
  const ready = pending.flatMap((count, i) => (count === 0 ? [i] : []));
  const order: number[] = [];
  while (ready.length > 0) {
    const i = ready.pop()!;
    order.push(i);
    for (const edge of flow.outgoing[i]!) if (--pending[edge.to]! === 0) ready.push(edge.to);
  }
  return order.length === flow.steps.length ? order : undefined;
}

/** The same steps with only the hand-overs `keep` accepts: the flow of one case of a decision. */
export function keptEdges(flow: Flow, keep: (edge: FlowEdge) => boolean): Flow {
  const edges = flow.edges.filter(keep);
  const outgoing = flow.steps.map(() => [] as FlowEdge[]);
  const incoming = flow.steps.map(() => [] as FlowEdge[]);
  for (const edge of edges) {
    outgoing[edge.from]!.push(edge);
    incoming[edge.to]!.push(edge);
  }
  return { ...flow, edges, outgoing, incoming };
}
