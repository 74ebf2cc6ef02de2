import type { Flow } from '../model/flow.js';
import { findJoins } from '../model/joins.js';
import { substepParts } from '../model/substeps.js';
import type { Procedure } from '../model/types.js';

/** What a drawn node stands for. */
export type FlowchartNodeKind = 'start' | 'end' | 'step' | 'heading' | 'decision' | 'fork' | 'join';

/** One node of the drawing. Ids are generated (`n0`, `d0`, `f0`, `j0`, `s0`, `e0`), never taken from user text. */
export interface FlowchartNode {
  id: string;
  kind: FlowchartNodeKind;
  /** Index into `lanes`. */
  lane: number;
  /** The step a step, decision, fork or join node belongs to. */
  step?: number;
  critical: boolean;
}

/** One arrow of the drawing; `label` is a decision's branch label. */
export interface FlowchartEdge {
  from: string;
  to: string;
  label?: string;
  critical: boolean;
  /** A heading's line to where its parts begin: they are the heading, not a step after it (drawn dotted, no arrow). */
  part?: true;
}

/** A procedure's flow as boxes in lanes: what the Mermaid printer draws, before any syntax. */
export interface FlowchartGraph {
  /** Body ids, in the order the bodies first act. */
  lanes: string[];
  nodes: FlowchartNode[];
  edges: FlowchartEdge[];
  /** The end terminal the critical path reaches, where the time summary is attached. */
  criticalEnd?: string;
}

/** Steps in reading order: by the longest chain of hand-overs before them, then by list order; list order if the flow loops. */
function readingOrder(flow: Flow): number[] {
  const n = flow.steps.length;
  const rank = new Array<number>(n).fill(0);
  const pending = flow.incoming.map((edges) => edges.length);
  const queue = pending.flatMap((count, i) => (count === 0 ? [i] : []));
  let seen = 0;
  while (queue.length > 0) {
    const i = queue.shift()!;
    seen++;
    for (const edge of flow.outgoing[i]!) {
      rank[edge.to] = Math.max(rank[edge.to]!, rank[i]! + 1);
      if (--pending[edge.to]! === 0) queue.push(edge.to);
    }
  }
  const order = [...Array(n).keys()];
  return seen === n ? order.sort((a, b) => rank[a]! - rank[b]! || a - b) : order;
}

/**
 * Lays a procedure out as lanes of nodes joined by edges: one lane per body in the order bodies first act, start and
 * end terminals, a diamond after each decision step, fork and join bars around parallel branches, and the critical
 * path (step ids) marked on the nodes and edges it runs through.
 */
export function buildFlowchartGraph(procedure: Procedure, flow: Flow, criticalPath: readonly string[]): FlowchartGraph {
  const steps = procedure.steps;
  const order = readingOrder(flow);
  const lanes: string[] = [];
  for (const i of order) if (!lanes.includes(steps[i]!.body)) lanes.push(steps[i]!.body);
  const laneOf = (step: number) => lanes.indexOf(steps[step]!.body);

  const critical = criticalPath.map((id) => flow.index.get(id)).filter((i): i is number => i !== undefined);
  const criticalSteps = new Set(critical);
  const criticalPairs = new Set(critical.slice(1).map((to, k) => `${critical[k]}>${to}`));
  const joins = findJoins(flow);
  // A heading step (2) whose parts (2.1, 2.2) are all it hands over to is not a step before them but their title: the
  // arrows into it go on to its first part (or its fork bar, parts in parallel), and one dotted line ties it there.
  // Only there: the swimlane layout routes every link, an invisible `~~~` one too, as a line taking ports and tracks,
  // so an invisible tie from the arrow's source pushed the dotted line up through the lane's name, and a line to each
  // part looped round the parts in between (a U under 2.1, a loop round the right of 2.2).
  const headings = new Map(
    [...substepParts(steps)].filter(([step, parts]) => {
      const outgoing = flow.outgoing[step]!;
      return (
        outgoing.length > 0 && outgoing[0]!.kind !== 'decision' && outgoing.every((edge) => parts.includes(edge.to))
      );
    }),
  );
  // The node an arrow from node `fromId` (of step `from`) into step `to` ends at, and whether it is on the critical path.
  const into = (fromId: string, from: number, to: number, onPath: boolean): { id: string; onPath: boolean } => {
    if (joins.get(to)?.has(from)) return { id: `j${to}`, onPath };
    return entry(fromId, to, onPath);
  };
  const entry = (fromId: string, step: number, onPath: boolean): { id: string; onPath: boolean } => {
    if (!headings.has(step)) return { id: `n${step}`, onPath };
    const outgoing = flow.outgoing[step]!;
    if (outgoing[0]!.kind === 'parallel') return { id: `f${step}`, onPath };
    const first = outgoing[0]!.to;
    return into(fromId, step, first, onPath && criticalPairs.has(`${step}>${first}`));
  };

  const nodes: FlowchartNode[] = [];
  const edges: FlowchartEdge[] = [];
  const add = (node: FlowchartNode) => nodes.push(node);
  const link = (from: string, to: string, isCritical: boolean, label?: string) => {
    const existing =
      label === undefined ? edges.find((e) => e.from === from && e.to === to && e.label === undefined) : undefined;
    if (existing) existing.critical ||= isCritical;
    else
      edges.push(label === undefined ? { from, to, critical: isCritical } : { from, to, label, critical: isCritical });
  };

  if (steps.length > 0) {
    add({ id: 's0', kind: 'start', lane: laneOf(0), critical: criticalSteps.has(0) });
    const first = entry('s0', 0, criticalSteps.has(0));
    link('s0', first.id, first.onPath);
  }
  const endOfLane = new Map<number, string>();
  let criticalEnd: string | undefined;
  for (const i of order) {
    const lane = laneOf(i);
    const join = joins.get(i);
    if (join) {
      const onPath = [...join].some((from) => criticalPairs.has(`${from}>${i}`));
      add({ id: `j${i}`, kind: 'join', lane, step: i, critical: onPath });
      const next = entry(`j${i}`, i, onPath);
      link(`j${i}`, next.id, next.onPath);
    }
    const outgoing = flow.outgoing[i]!;
    const kind = outgoing[0]?.kind;
    const parts = headings.get(i);
    if (parts) {
      add({ id: `n${i}`, kind: 'heading', lane, step: i, critical: false });
      const start = kind === 'parallel' ? `f${i}` : `n${outgoing[0]!.to}`;
      edges.push({ from: `n${i}`, to: start, critical: false, part: true });
      if (kind === 'parallel') {
        const onPath = outgoing.some((edge) => criticalPairs.has(`${i}>${edge.to}`));
        add({ id: `f${i}`, kind: 'fork', lane, step: i, critical: onPath });
        for (const edge of outgoing) {
          const next = into(`f${i}`, i, edge.to, criticalPairs.has(`${i}>${edge.to}`));
          link(`f${i}`, next.id, next.onPath);
        }
      }
      continue;
    }
    add({ id: `n${i}`, kind: 'step', lane, step: i, critical: criticalSteps.has(i) });
    // The node the outgoing arrows leave from: the step itself, or its diamond or fork bar.
    let exit = `n${i}`;
    if (kind === 'decision' || kind === 'parallel') {
      exit = `${kind === 'decision' ? 'd' : 'f'}${i}`;
      const onPath = outgoing.some((edge) => criticalPairs.has(`${i}>${edge.to}`));
      add({ id: exit, kind: kind === 'decision' ? 'decision' : 'fork', lane, step: i, critical: onPath });
      link(`n${i}`, exit, onPath);
    }
    for (const edge of outgoing) {
      const target = into(exit, i, edge.to, criticalPairs.has(`${i}>${edge.to}`));
      link(exit, target.id, target.onPath, edge.label);
    }
    if (outgoing.length === 0) {
      let end = endOfLane.get(lane);
      if (end === undefined) {
        end = `e${endOfLane.size}`;
        endOfLane.set(lane, end);
        add({ id: end, kind: 'end', lane, critical: false });
      }
      const last = critical.length > 0 && critical[critical.length - 1] === i;
      if (last) {
        criticalEnd = end;
        nodes.find((node) => node.id === end)!.critical = true;
      }
      link(`n${i}`, end, last);
    }
  }
  return criticalEnd === undefined ? { lanes, nodes, edges } : { lanes, nodes, edges, criticalEnd };
}
