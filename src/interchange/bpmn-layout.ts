// Where a procedure's BPMN diagram draws things: nodes on a grid of columns and lane rows, and sequence flows routed
// at right angles around shapes, each on its own track, with their labels beside the gateway they leave.

/** What a BPMN node is: an event, a task or a gateway (exclusive, parallel, inclusive). */
export type Kind = 'start' | 'end' | 'task' | 'xor' | 'and' | 'or';

/** A node of the BPMN graph, in its body's lane. */
export interface Node {
  id: string;
  kind: Kind;
  name: string;
  lane: string;
  documentation?: string;
}

/** A sequence flow between two nodes. */
export interface Edge {
  from: string;
  to: string;
  /** A decision's branch: its name and condition. */
  label?: string;
}

const SIZE: Record<Kind, { width: number; height: number }> = {
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  task: { width: 100, height: 80 },
  xor: { width: 50, height: 50 },
  and: { width: 50, height: 50 },
  or: { width: 50, height: 50 },
};
const COLUMN = 160;
/** The height of one row of the grid: a lane holds as many as it stacks. */
export const ROW = 120;
const POOL_LABEL = 30;
const LANE_LABEL = 30;
const MARGIN = 40;

/** A shape's or a label's bounds. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a node sits: its column and its row (rows of all lanes, top to bottom). */
interface Cell {
  column: number;
  row: number;
}

/**
 * Places nodes on a grid: columns by longest path from the start (flows back to an earlier node ignored), rows by
 * lane, several nodes of one lane in one column stacked. Returns each node's box and cell, each lane's box and the
 * pool's.
 */
export function layout(
  nodes: readonly Node[],
  edges: readonly Edge[],
  lanes: readonly string[],
): { boxes: Map<string, Box>; cells: Map<string, Cell>; laneBoxes: Map<string, Box>; pool: Box; back: Set<Edge> } {
  const out = new Map<string, Edge[]>(nodes.map((n) => [n.id, []]));
  for (const edge of edges) out.get(edge.from)!.push(edge);
  // Depth-first from the start: an edge to a node still on the stack goes back (a loop) and does not push columns.
  const back = new Set<Edge>();
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    for (const edge of out.get(id)!) {
      if (state.get(edge.to) === 'open') back.add(edge);
      else if (!state.has(edge.to)) visit(edge.to);
    }
    state.set(id, 'done');
    order.push(id);
  };
  visit('StartEvent_1');
  for (const node of nodes) if (!state.has(node.id)) visit(node.id);
  const column = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const id of order.reverse())
    for (const edge of out.get(id)!)
      if (!back.has(edge)) column.set(edge.to, Math.max(column.get(edge.to)!, column.get(id)! + 1));

  // Rows inside each lane: nodes sharing a lane and a column go one under another.
  const slot = new Map<string, number>();
  const rowsOfLane = new Map<string, number>(lanes.map((lane) => [lane, 1]));
  const used = new Map<string, number>();
  for (const node of nodes) {
    const key = `${node.lane}\u0000${column.get(node.id)}`;
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    slot.set(node.id, k);
    rowsOfLane.set(node.lane, Math.max(rowsOfLane.get(node.lane) ?? 1, k + 1));
  }
  const columns = Math.max(...column.values()) + 1;
  const left = POOL_LABEL + LANE_LABEL;
  const width = left + MARGIN * 2 + columns * COLUMN;
  const laneBoxes = new Map<string, Box>();
  const firstRow = new Map<string, number>();
  let y = 0;
  for (const lane of lanes) {
    const height = rowsOfLane.get(lane)! * ROW;
    firstRow.set(lane, y / ROW);
    laneBoxes.set(lane, { x: POOL_LABEL, y, width: width - POOL_LABEL, height });
    y += height;
  }
  const boxes = new Map<string, Box>();
  const cells = new Map<string, Cell>();
  for (const node of nodes) {
    const size = SIZE[node.kind];
    const cell = { column: column.get(node.id)!, row: firstRow.get(node.lane)! + slot.get(node.id)! };
    const cx = columnX(cell.column) + COLUMN / 2;
    const cy = cell.row * ROW + ROW / 2;
    cells.set(node.id, cell);
    boxes.set(node.id, { x: Math.round(cx - size.width / 2), y: Math.round(cy - size.height / 2), ...size });
  }
  return { boxes, cells, laneBoxes, pool: { x: 0, y: 0, width, height: y }, back };
}

/** The left side of a column; a flow turns in the gap between two columns, at the left side of the second. */
function columnX(column: number): number {
  return POOL_LABEL + LANE_LABEL + MARGIN + column * COLUMN;
}

interface Point {
  x: number;
  y: number;
}

/** Where flows running side by side in one gap (±) or one channel between rows go, nearest first. */
const GAP_TRACKS = [0, -10, 10, -20, 20, -5, 5, -15, 15, -25, 25];
/**
 * Offsets in a channel, on the far side from the source's row first (here: a channel below it), leaving room for a
 * label between the gateway and the flow; none on the lanes' line.
 */
const CHANNEL_TRACKS = [8, -8, 14, -14, 3, -3, 18, -18];
/** Room below the last row for flows that go back along it. */
/** How much the last lane grows when a flow runs below its last row. */
export const BOTTOM_CHANNEL = 30;

/** A label's box, where bpmn.io wraps the text: up to 90 px wide, about 14 characters of 11 px a line. */
function labelBox(text: string, x: number, y: number, align: 'left' | 'centre' | 'right', above: boolean): Box {
  const length = Math.ceil([...text].length * 6.5);
  const width = Math.min(90, Math.max(30, length));
  const height = 14 * Math.max(1, Math.ceil(length / 90));
  const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
  // Never above the pool, where it would not belong to the diagram.
  return { x: Math.round(left), y: Math.max(2, Math.round(above ? y - height : y)), width, height };
}

/**
 * Orthogonal routes for the flows, which never cross a shape: a flow leaves a task (or a join) on its right and
 * enters on the left; a split gateway sends a branch to another row out of its top or bottom. A flow turns in the gaps
 * between columns and, when its own row is in the way (a flow skipping columns, or going back), runs along a channel
 * between rows (below the last row for a loop in it). Flows sharing a gap or a channel get tracks side by side, so
 * that no two flows of different ends overlap. Labels of a decision's branches sit at the gateway, on the side each
 * branch leaves it; the gateway's own name above it, to the left.
 */
export function route(
  nodes: readonly Node[],
  edges: readonly Edge[],
  boxes: ReadonlyMap<string, Box>,
  cells: ReadonlyMap<string, Cell>,
  back: ReadonlySet<Edge>,
  rows: number,
): { points: Point[][]; labels: (Box | undefined)[]; names: Map<string, Box>; bottom: boolean } {
  const occupied = new Set([...cells.values()].map((cell) => `${cell.column},${cell.row}`));
  const clear = (row: number, from: number, to: number) => {
    for (let column = from; column <= to; column++) if (occupied.has(`${column},${row}`)) return false;
    return true;
  };
  const outgoing = new Map<string, Edge[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const kindOf = new Map(nodes.map((node) => [node.id, node.kind]));
  const isSplit = (id: string) =>
    (kindOf.get(id) === 'xor' || kindOf.get(id) === 'and' || kindOf.get(id) === 'or') && outgoing.get(id)!.length > 1;
  const channelY = (boundary: number) => (boundary >= rows ? rows * ROW + BOTTOM_CHANNEL / 2 : boundary * ROW);

  // A split sends a branch to another row out of its top or bottom, but for the nearest one below (else above) when
  // no branch goes straight on: that one leaves on the right, so that each side holds one branch and its label.
  const outOfSide = new Set<Edge>();
  for (const [id, out] of outgoing) {
    if (!isSplit(id)) continue;
    const row = cells.get(id)!.row;
    const column = cells.get(id)!.column;
    const forward = (edge: Edge) => !back.has(edge) && cells.get(edge.to)!.column > column;
    let right = out.some(
      (edge) =>
        forward(edge) && cells.get(edge.to)!.row === row && clear(row, column + 1, cells.get(edge.to)!.column - 1),
    );
    const distance = (edge: Edge) => Math.abs(cells.get(edge.to)!.row - row);
    for (const below of [true, false]) {
      const side = out.filter((edge) => forward(edge) && cells.get(edge.to)!.row > row === below);
      for (const edge of side.sort((a, b) => distance(a) - distance(b) || out.indexOf(a) - out.indexOf(b))) {
        if (distance(edge) === 0) continue;
        if (!right) right = true;
        else outOfSide.add(edge);
      }
    }
    for (const edge of out) if (!forward(edge)) outOfSide.add(edge);
  }

  // Each flow: ways to draw it, best first, each given the tracks (offsets) of its free parts, nearest first.
  type Side = 'right' | 'top' | 'bottom';
  type Shape = { tracks: number[][]; at: (offsets: number[]) => Point[]; side: Side; bottom: boolean };
  const shapesOf = (edge: Edge): Shape[] => {
    const s = boxes.get(edge.from)!;
    const t = boxes.get(edge.to)!;
    const sc = cells.get(edge.from)!;
    const tc = cells.get(edge.to)!;
    const fy = s.y + s.height / 2;
    const ty = t.y + t.height / 2;
    const fx = s.x + s.width;
    const gx = s.x + s.width / 2;
    const before = columnX(tc.column);
    const after = columnX(sc.column + 1);
    const into = (x: number): Point[] => [
      { x, y: ty },
      { x: t.x, y: ty },
    ];
    // Out of the top or the bottom, along the channel next to the source's row, then in.
    const vertical = (up: boolean): Shape => {
      const boundary = up ? sc.row : sc.row + 1;
      const y = channelY(boundary);
      return {
        tracks: [up ? CHANNEL_TRACKS.map((dy) => -dy) : CHANNEL_TRACKS, GAP_TRACKS],
        side: up ? 'top' : 'bottom',
        bottom: boundary >= rows,
        at: ([dy, dx]) => [
          { x: gx, y: up ? s.y : s.y + s.height },
          { x: gx, y: y + dy! },
          { x: before + dx!, y: y + dy! },
          ...into(before + dx!),
        ],
      };
    };
    const goingBack = back.has(edge) || tc.column <= sc.column;
    const shapes: Shape[] = [];
    if (!goingBack && sc.row === tc.row && clear(sc.row, sc.column + 1, tc.column - 1))
      shapes.push({
        tracks: [],
        side: 'right',
        bottom: false,
        at: () => [
          { x: fx, y: fy },
          { x: t.x, y: ty },
        ],
      });
    if (outOfSide.has(edge)) shapes.push(vertical(tc.row < sc.row));
    if (!goingBack)
      // One turn in a gap, from the last before the target back to the first after the source.
      for (let gap = tc.column - 1; gap >= sc.column; gap--)
        if (clear(sc.row, sc.column + 1, gap) && clear(tc.row, gap + 1, tc.column - 1)) {
          const x = columnX(gap + 1);
          shapes.push({
            tracks: [GAP_TRACKS],
            side: 'right',
            bottom: false,
            at: ([dx]) => [{ x: fx, y: fy }, { x: x + dx!, y: fy }, ...into(x + dx!)],
          });
        }
    // Along a channel between rows: the nearest to both ends, below when it is a tie.
    let boundary = rows;
    let cost = Infinity;
    for (let b = 1; b <= rows; b++) {
      const c = Math.abs(b * ROW - fy) + Math.abs(b * ROW - ty) + (b === rows ? ROW : 0);
      if (c < cost || (c === cost && Math.abs(b * ROW - fy) < Math.abs(boundary * ROW - fy))) {
        boundary = b;
        cost = c;
      }
    }
    const y = channelY(boundary);
    shapes.push({
      tracks: [GAP_TRACKS, y > fy ? CHANNEL_TRACKS : CHANNEL_TRACKS.map((dy) => -dy), GAP_TRACKS],
      side: 'right',
      bottom: boundary >= rows,
      at: ([dx1, dy, dx2]) => [
        { x: fx, y: fy },
        { x: after + dx1!, y: fy },
        { x: after + dx1!, y: y + dy! },
        { x: before + dx2!, y: y + dy! },
        ...into(before + dx2!),
      ],
    });
    // Last, when the ways on the right cross another flow's (two flows swapping rows in one gap): out of the top or
    // the bottom.
    if (!outOfSide.has(edge)) shapes.push(vertical(tc.row < sc.row));
    return shapes;
  };

  // Lay flows one by one, fixed ones first, each on the first tracks where it overlaps no flow of other ends.
  type Segment = { a: Point; b: Point; edge: Edge };
  const laid: Segment[] = [];
  const related = (p: Edge, q: Edge) => p.from === q.from || p.to === q.to;
  const overlap = (p: Point, q: Point, r: Point, s: Point) => {
    if (p.x === q.x && r.x === s.x && p.x === r.x)
      return Math.min(Math.max(p.y, q.y), Math.max(r.y, s.y)) - Math.max(Math.min(p.y, q.y), Math.min(r.y, s.y)) > 0;
    if (p.y === q.y && r.y === s.y && p.y === r.y)
      return Math.min(Math.max(p.x, q.x), Math.max(r.x, s.x)) - Math.max(Math.min(p.x, q.x), Math.min(r.x, s.x)) > 0;
    return false;
  };
  const conflicts = (edge: Edge, points: Point[]) => {
    let count = 0;
    for (let k = 0; k + 1 < points.length; k++)
      for (const other of laid)
        if (!related(edge, other.edge) && overlap(points[k]!, points[k + 1]!, other.a, other.b)) count++;
    return count;
  };
  const candidates = edges.map(shapesOf);
  const shapes: Shape[] = candidates.map((list) => list[0]!);
  const points: Point[][] = edges.map(() => []);
  const order = edges.map((_, i) => i).sort((a, b) => shapes[a]!.tracks.length - shapes[b]!.tracks.length || a - b);
  for (const i of order) {
    let best: Point[] | undefined;
    let fewest = Infinity;
    for (const shape of candidates[i]!) {
      const { tracks, at } = shape;
      // Offsets tried by rank, the nearest tracks of all parts first.
      const limit = Math.max(1, ...tracks.map((t) => t.length));
      for (let rank = 0; rank < limit && fewest > 0; rank++) {
        let combos: number[][] = [[]];
        for (const t of tracks)
          combos = combos.flatMap((combo) =>
            Array.from({ length: Math.min(rank, t.length - 1) + 1 }, (_, k) => [...combo, k]),
          );
        for (const combo of combos) {
          if (tracks.length > 0 && Math.max(...combo) !== rank) continue;
          const candidate = at(combo.map((k, j) => tracks[j]![k]!));
          const count = conflicts(edges[i]!, candidate);
          if (count < fewest) {
            best = candidate;
            fewest = count;
            shapes[i] = shape;
          }
          if (count === 0) break;
        }
      }
      if (fewest === 0) break;
    }
    // Consecutive points on one line (a track of 0 where there was nothing to turn) are one segment.
    const route = best!.filter((p, k, all) => {
      const prev = all[k - 1];
      const next = all[k + 1];
      if (!prev || !next) return true;
      return !((prev.x === p.x && p.x === next.x) || (prev.y === p.y && p.y === next.y));
    });
    points[i] = route;
    for (let k = 0; k + 1 < route.length; k++) laid.push({ a: route[k]!, b: route[k + 1]!, edge: edges[i]! });
  }

  // Labels: a branch's at the gateway, where it leaves; a second branch leaving on one side labelled where it enters.
  const labels = edges.map((edge, i): Box | undefined => {
    const text = edge.label;
    if (text === undefined) return undefined;
    const s = boxes.get(edge.from)!;
    const gx = s.x + s.width / 2;
    const side = shapes[i]!.side;
    const first = edges.findIndex((e, k) => e.from === edge.from && e.label !== undefined && shapes[k]!.side === side);
    if (first !== i) {
      // Left of its last turn, above where it goes in.
      const route = points[i]!;
      const turn = route[route.length - 2]!;
      return labelBox(text, turn.x - 4, turn.y - 4, 'right', true);
    }
    if (side === 'top') return labelBox(text, gx + 6, s.y - 4, 'left', true);
    if (side === 'bottom') return labelBox(text, gx + 6, s.y + s.height + 4, 'left', false);
    // Leaving on the right: above the flow, else below it when a branch out of the top has its label there.
    const topTaken = edges.some((e, k) => e.from === edge.from && e.label !== undefined && shapes[k]!.side === 'top');
    return topTaken
      ? labelBox(text, s.x + s.width + 4, s.y + s.height / 2 + 4, 'left', false)
      : labelBox(text, s.x + s.width + 4, s.y + s.height / 2 - 4, 'left', true);
  });
  const names = new Map<string, Box>();
  for (const node of nodes) {
    if (node.kind === 'task' || node.kind === 'start' || node.kind === 'end' || !node.name) continue;
    const box = boxes.get(node.id)!;
    const centre =
      node.kind === 'xor' || node.kind === 'and' || node.kind === 'or' ? box.x - 20 : box.x + box.width / 2;
    names.set(node.id, labelBox(node.name, centre, box.y - 4, 'centre', true));
  }
  return { points, labels, names, bottom: shapes.some((shape) => shape.bottom) };
}
