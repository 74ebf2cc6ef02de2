import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { withoutDiacritics } from '../model/fold.js';
import { idFileName } from '../model/id-file-name.js';
import { xmlSafe } from '../xml-text.js';
import type { Lang } from '../i18n.js';
import { backEdges, type Flow, type FlowEdge } from '../model/flow.js';
import type { Procedure } from '../model/types.js';
import type { TimeAnalysis } from '../time/analyse.js';
import { stepTime } from '../time/draft.js';
import { formatDocumentLimit, formatTimeAgainst } from '../time/time-against.js';
import { BOTTOM_CHANNEL, layout, route, ROW, type Box, type Edge, type Kind, type Node } from './bpmn-layout.js';

// A procedure as BPMN 2.0: one pool with a lane per body, a task per step, exclusive gateways for decisions (the
// labels on their flows), parallel gateways for forks and joins, start and end events, durations in the
// documentation, and diagram interchange (DI) so bpmn.io and Camunda Modeler open it laid out.

const TEXT: Record<
  Lang,
  { start: string; end: string; limit: string; total: string; role: string; forms: string; draft: string }
> = {
  vi: {
    start: 'Tiếp nhận hồ sơ',
    end: 'Kết thúc',
    limit: 'Thời hạn giải quyết',
    total: 'Tổng thời gian các bước',
    role: 'Người thực hiện',
    forms: 'Biểu mẫu',
    draft: 'Bước nháp: chưa có đơn vị, thời gian thực',
  },
  en: {
    start: 'Dossier received',
    end: 'Done',
    limit: 'Time limit',
    total: 'Total of the steps',
    role: 'Role',
    forms: 'Forms',
    draft: 'Draft step: body and duration still to write',
  },
};

/**
 * An XML id (NCName) from procmap ids, which may start with a digit or hold dots, spaces and Vietnamese letters: those
 * without their marks ("Bước-1" → "Buoc-1", not "B__c-1"), the rest "_". In ASCII although an NCName may hold any
 * letter, as bpmn-moddle (bpmn.io, Camunda Modeler, bpmnlint) refuses any other id and drops its element. Ids that fold
 * alike stay apart by the step's place that each caller adds.
 */
function xmlId(prefix: string, id: string): string {
  return `${prefix}_${withoutDiacritics(id).replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** The BPMN graph of a procedure: nodes with their lane, and the sequence flows between them. */
function graph(procedure: Procedure, analysis: TimeAnalysis, lang: Lang): { nodes: Node[]; edges: Edge[] } {
  const text = TEXT[lang];
  const { flow } = analysis;
  const steps = procedure.steps;
  const taskId = (i: number) => xmlId('Task', `${steps[i]!.id}_${i}`);
  const nodes: Node[] = [{ id: 'StartEvent_1', kind: 'start', name: text.start, lane: steps[0]!.body }];
  const edges: Edge[] = [];
  steps.forEach((step, i) => {
    const doc = [
      // In the document's words ("4 giờ làm việc"), as the limit beside it, not the file's shorthand ("4h").
      stepTime(step, lang, procedure.time_limit),
      step.role && `${text.role}: ${step.role}`,
      step.forms?.length && `${text.forms}: ${step.forms.join(', ')}`,
      step.description,
      step.draft && text.draft,
    ].filter(Boolean);
    nodes.push({ id: taskId(i), kind: 'task', name: step.name, lane: step.body, documentation: doc.join('\n') });
  });
  // Where each hand-over enters its step: the task itself, or a gateway of the join in front of it.
  const entryOf = new Map<FlowEdge | 'start', string>();
  const back = backEdges(flow);
  steps.forEach((step, i) => {
    // Branches of one step to the same next step are one flow (see below).
    const arriving = flow.incoming[i]!.filter((edge) => flow.outgoing[edge.from]!.find((o) => o.to === i) === edge);
    const forward = arriving.filter((edge) => !back.has(edge));
    const others = [...(i === 0 ? ['start' as const] : []), ...arriving.filter((edge) => back.has(edge))];
    if (forward.length + others.length < 2) {
      for (const edge of [...forward, ...others]) entryOf.set(edge, taskId(i));
      return;
    }
    let inner = 0;
    // Each gateway of the join, named after the step (the one in front of it) or numbered (those before that one).
    const emit = (join: Join, top: boolean, into: string): void => {
      const prefix = { and: 'Join', xor: 'Merge', or: 'Inclusive' }[join.kind];
      const id = top ? xmlId(prefix, `${step.id}_${i}`) : xmlId(`${prefix}Part`, `${step.id}_${i}_${++inner}`);
      nodes.push({ id, kind: join.kind, name: '', lane: step.body });
      edges.push({ from: id, to: into });
      for (const part of join.parts) {
        if ('edge' in part) entryOf.set(part.edge, id);
        else emit(part, false, id);
      }
    };
    // What arrives forward joins as the time model reads it; a loop coming back (or the start) merges with it.
    const joined = forward.length > 0 ? [joinOf(flow, back, forward)] : [];
    const top: Part =
      others.length === 0 ? joined[0]! : { kind: 'xor', parts: [...joined, ...others.map((edge) => ({ edge }))] };
    emit(top as Join, true, taskId(i));
  });
  const entry = (edge: FlowEdge | 'start') => entryOf.get(edge)!;
  edges.push({ from: 'StartEvent_1', to: entry('start') });
  steps.forEach((step, i) => {
    const out = flow.outgoing[i]!;
    const decision = out[0]?.kind === 'decision';
    // "B2 hoặc B3": an exclusive gateway whose branches the file does not name, so neither a question nor conditions.
    const labelled = decision && out.every((edge) => edge.label !== undefined);
    // Branches to the same next step are one flow, labelled with all their choices: two flows between the same two
    // elements would be drawn one on the other, their labels too.
    const ways = [...new Set(out.map((edge) => edge.to))].map((to) => {
      const same = out.filter((edge) => edge.to === to);
      return { edge: same[0]!, label: same.map((edge) => edge.label).join(' / ') };
    });
    if (out.length === 0) {
      const end = xmlId('EndEvent', `${step.id}_${i}`);
      nodes.push({ id: end, kind: 'end', name: text.end, lane: step.body });
      edges.push({ from: taskId(i), to: end });
    } else if (ways.length === 1) {
      // Every choice leads to one step: nothing to choose (and a label on a flow without condition is superfluous).
      edges.push({ from: taskId(i), to: entry(out[0]!) });
    } else {
      const id = xmlId(decision ? 'Decision' : 'Fork', `${step.id}_${i}`);
      const name = labelled ? `${out.map((edge) => edge.label).join(' / ')}?` : '';
      nodes.push({ id, kind: decision ? 'xor' : 'and', name, lane: step.body });
      edges.push({ from: taskId(i), to: id });
      for (const way of ways) edges.push({ from: id, to: entry(way.edge), ...(labelled ? { label: way.label } : {}) });
    }
  });
  return { nodes, edges };
}

/** A hand-over arriving at a join, or a join of several: the gateways in front of a step with several predecessors. */
type Part = { edge: FlowEdge | 'start' } | Join;
interface Join {
  kind: 'and' | 'xor' | 'or';
  parts: Part[];
}

/**
 * How hand-overs arriving at one step join, as procmap's time model reads them: the step waits for every branch of a
 * parallel split (a parallel join) and for the one branch a decision took (an exclusive merge). The arrivals are
 * split at the nearest split all of them come from, by its branches: a decision inside a parallel branch that comes
 * back to the step merges its branches first, then joins the other parallel branches. Arrivals no one split separates
 * (flows crossing between branches) wait on an inclusive gateway: for every branch that can still arrive.
 */
function joinOf(flow: Flow, back: ReadonlySet<FlowEdge>, arrivals: readonly FlowEdge[]): Part {
  // The forward flow's order: a split nearer the step comes later.
  const position = new Map<number, number>();
  const pending = flow.incoming.map((edges) => edges.filter((edge) => !back.has(edge)).length);
  const ready = pending.flatMap((count, i) => (count === 0 ? [i] : []));
  for (let k = 0; k < ready.length; k++) {
    position.set(ready[k]!, k);
    for (const edge of flow.outgoing[ready[k]!]!) if (!back.has(edge) && --pending[edge.to]! === 0) ready.push(edge.to);
  }
  const ancestors = new Map<number, Set<number>>();
  const ancestorsOf = (step: number) => {
    let seen = ancestors.get(step);
    if (seen) return seen;
    seen = new Set<number>();
    const stack = [step];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen.has(at)) continue;
      seen.add(at);
      for (const edge of flow.incoming[at]!) if (!back.has(edge)) stack.push(edge.from);
    }
    ancestors.set(step, seen);
    return seen;
  };
  const split = (items: readonly FlowEdge[]): Part => {
    if (items.length === 1) return { edge: items[0]! };
    const common = [...ancestorsOf(items[0]!.from)]
      .filter((step) => items.every((edge) => ancestorsOf(edge.from).has(step)))
      .filter((step) => flow.outgoing[step]!.length > 1)
      .sort((a, b) => (position.get(b) ?? -1) - (position.get(a) ?? -1) || a - b);
    for (const at of common) {
      // The branches of the split each arrival comes down; arrivals sharing a branch stay together.
      const branches = flow.outgoing[at]!.filter((edge) => !back.has(edge));
      const on = items.map((item) =>
        branches.filter((branch) => branch === item || (item.from !== at && ancestorsOf(item.from).has(branch.to))),
      );
      const group = items.map((_, k) => k);
      const root = (k: number): number => (group[k] === k ? k : root(group[k]!));
      items.forEach((_, k) => {
        for (let j = 0; j < k; j++) if (on[j]!.some((branch) => on[k]!.includes(branch))) group[root(k)] = root(j);
      });
      const groups = [...new Set(items.map((_, k) => root(k)))].map((r) => items.filter((_, k) => root(k) === r));
      if (groups.length < 2) continue;
      const kind = flow.outgoing[at]![0]!.kind === 'decision' ? 'xor' : 'and';
      return { kind, parts: groups.map(split) };
    }
    return { kind: 'or', parts: items.map((edge) => ({ edge })) };
  };
  return split(arrivals);
}

const TYPES: Record<Kind, string> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  task: 'bpmn:Task',
  xor: 'bpmn:ExclusiveGateway',
  and: 'bpmn:ParallelGateway',
  or: 'bpmn:InclusiveGateway',
};

/** The BPMN 2.0 XML of one procedure (semantic model and diagram), for a schema-valid procedure. */
export async function procedureBpmn(procedure: Procedure, analysis: TimeAnalysis, lang: Lang): Promise<string> {
  const moddle = new BpmnModdle();
  const { nodes, edges } = graph(procedure, analysis, lang);
  const usedLanes = new Set(nodes.map((n) => n.lane));
  const lanes = Object.keys(procedure.bodies).filter((key) => usedLanes.has(key));
  const { boxes, cells, laneBoxes, pool, back } = layout(nodes, edges, lanes);
  const rows = pool.height / ROW;
  const { points, labels, names, bottom } = route(nodes, edges, boxes, cells, back, rows);
  if (bottom) {
    // A loop along the last row runs below it: the last lane (and the pool) grow to hold it.
    pool.height += BOTTOM_CHANNEL;
    laneBoxes.get(lanes[lanes.length - 1]!)!.height += BOTTOM_CHANNEL;
  }
  const text = TEXT[lang];

  const elements = new Map<string, ModdleElement>();
  for (const node of nodes) {
    const element = moddle.create(TYPES[node.kind], { id: node.id, ...(node.name ? { name: node.name } : {}) });
    if (node.documentation) element.documentation = [moddle.create('bpmn:Documentation', { text: node.documentation })];
    elements.set(node.id, element);
  }
  const flows = edges.map((edge, i) => {
    const flow = moddle.create('bpmn:SequenceFlow', {
      id: `Flow_${i + 1}`,
      sourceRef: elements.get(edge.from),
      targetRef: elements.get(edge.to),
      ...(edge.label !== undefined ? { name: edge.label } : {}),
    });
    // A decision's branch carries its label as the condition, so the gateway is not a silent choice.
    if (edge.label !== undefined)
      flow.conditionExpression = moddle.create('bpmn:FormalExpression', { body: edge.label });
    (elements.get(edge.from)!.outgoing ??= []).push(flow);
    (elements.get(edge.to)!.incoming ??= []).push(flow);
    return flow;
  });
  const laneElements = lanes.map((key) =>
    moddle.create('bpmn:Lane', {
      id: xmlId('Lane', key),
      name: procedure.bodies[key]!.name,
      flowNodeRef: nodes.filter((n) => n.lane === key).map((n) => elements.get(n.id)),
    }),
  );
  // The limit in the ISO document's words ("3 ngày làm việc (24 giờ)"), not the file's shorthand ("3d").
  const written = `${text.limit}: ${formatDocumentLimit(analysis, procedure.time_limit, lang)}`;
  const limit = analysis.total
    ? `${written}; ${text.total}: ${formatTimeAgainst(analysis.limitDuration, analysis.total, analysis.hoursPerDay, lang)}`
    : written;
  const process = moddle.create('bpmn:Process', {
    // The id's file name (Đ as D), as the file is named: an XML id that reads as the code, not `QT-_KKD-01`.
    id: xmlId('Process', idFileName(procedure.id)),
    name: procedure.title,
    isExecutable: false,
    documentation: [moddle.create('bpmn:Documentation', { text: limit })],
    laneSets: [moddle.create('bpmn:LaneSet', { id: 'LaneSet_1', lanes: laneElements })],
    flowElements: [...elements.values(), ...flows],
  });
  const participant = moddle.create('bpmn:Participant', {
    id: 'Participant_1',
    name: procedure.agency ?? procedure.title,
    processRef: process,
  });
  const collaboration = moddle.create('bpmn:Collaboration', { id: 'Collaboration_1', participants: [participant] });

  const bounds = (box: Box) => moddle.create('dc:Bounds', { ...box });
  const shapes = [
    moddle.create('bpmndi:BPMNShape', {
      id: 'Participant_1_di',
      bpmnElement: participant,
      isHorizontal: true,
      bounds: bounds(pool),
    }),
    ...laneElements.map((lane, i) =>
      moddle.create('bpmndi:BPMNShape', {
        id: `${lane.id}_di`,
        bpmnElement: lane,
        isHorizontal: true,
        bounds: bounds(laneBoxes.get(lanes[i]!)!),
      }),
    ),
    ...nodes.map((node) =>
      moddle.create('bpmndi:BPMNShape', {
        id: `${node.id}_di`,
        bpmnElement: elements.get(node.id),
        bounds: bounds(boxes.get(node.id)!),
        ...(node.kind === 'xor' ? { isMarkerVisible: true } : {}),
        ...(names.has(node.id)
          ? { label: moddle.create('bpmndi:BPMNLabel', { bounds: bounds(names.get(node.id)!) }) }
          : {}),
      }),
    ),
  ];
  const wires = flows.map((flow, i) =>
    moddle.create('bpmndi:BPMNEdge', {
      id: `${flow.id}_di`,
      bpmnElement: flow,
      waypoint: points[i]!.map((point) => moddle.create('dc:Point', { ...point })),
      ...(labels[i] ? { label: moddle.create('bpmndi:BPMNLabel', { bounds: bounds(labels[i]) }) } : {}),
    }),
  );
  const plane = moddle.create('bpmndi:BPMNPlane', {
    id: 'BPMNPlane_1',
    bpmnElement: collaboration,
    planeElement: [...shapes, ...wires],
  });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: 'BPMNDiagram_1', plane });
  const definitions = moddle.create('bpmn:Definitions', {
    id: 'Definitions_1',
    targetNamespace: 'https://procmap.dev/bpmn',
    exporter: 'procmap',
    rootElements: [collaboration, process],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  // bpmn-moddle escapes markup but writes the characters XML forbids as they are: a lint-clean title may hold one.
  return `${xmlSafe(xml)}\n`;
}
