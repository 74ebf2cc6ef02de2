// mermaid 11's swimlane layout, as minified (materializedGeometry.ts, resolveRenderedOrthogonalCrossings): the tracks
// outside every step's box (the boxes' array, its element), and the candidate routes it gathers for one edge (the
// list, the helper adding the routes that keep the edge's first leg, the edge). The minifier's names differ per build.
const OUTSIDE_TRACKS =
  /=\{top:Math\.min\(\.\.\.(\w+)\.map\((\w+)=>\2\.rect\.top\)\)-20,bottom:Math\.max\(\.\.\.\1\.map\(\2=>\2\.rect\.bottom\)\)\+20,left:Math\.min\(\.\.\.\1\.map\(\2=>\2\.rect\.left\)\)-20,right:Math\.max\(\.\.\.\1\.map\(\2=>\2\.rect\.right\)\)\+20\}/g;
const CANDIDATE_PATHS = /return (\w+)\.push\(\.\.\.(\w+)\((\w+)\)\),\1\},"candidatePathsFor"\)/g;

/**
 * The page-side choice of routes: only those that stay within the box around every step, and for each route that
 * leaves one face and enters the opposite one by a middle leg (a Z), the same route with that leg moved to each
 * 10-pixel track at least 20 pixels from both ends, so that a leg on another edge's track or through a step has an
 * alternative inside the chart. mermaid keeps the first of equally good routes: the moved ones come last.
 */
export const INSIDE_STEPS = String.raw`
function __procmapInsideSteps(paths, steps) {
  let top = Infinity, bottom = -Infinity, left = Infinity, right = -Infinity;
  for (const { rect } of steps) {
    top = Math.min(top, rect.top);
    bottom = Math.max(bottom, rect.bottom);
    left = Math.min(left, rect.left);
    right = Math.max(right, rect.right);
  }
  const inside = paths.filter((path) => path.every(({ x, y }) => x >= left - 0.5 && x <= right + 0.5 && y >= top - 0.5 && y <= bottom + 0.5));
  const moved = [];
  for (const path of inside) {
    if (path.length !== 4) continue;
    const [a, b, c, d] = path;
    const axis = a.x === b.x && c.x === d.x && b.y === c.y ? 'y' : a.y === b.y && c.y === d.y && b.x === c.x ? 'x' : undefined;
    if (axis === undefined) continue;
    const from = Math.min(a[axis], d[axis]) + 20, to = Math.max(a[axis], d[axis]) - 20;
    // A leg beside both ends (a U round one side) is no Z: moved between them, it would cross an end's own step.
    if (!(b[axis] > from - 20 && b[axis] < to + 20)) continue;
    for (let track = from; track <= to; track += 10) {
      if (Math.abs(track - b[axis]) < 1) continue;
      moved.push([a, { ...b, [axis]: track }, { ...c, [axis]: track }, d]);
    }
  }
  return [...inside, ...moved];
}
`;

/**
 * mermaid's code with the swimlane layout's crossing removal keeping arrows inside the chart. To take a crossing out,
 * mermaid 11.17 (resolveRenderedOrthogonalCrossings in swimlanes/direction/materializedGeometry.ts) tries routes on
 * tracks outside every step's box and takes one whenever it crosses less, so an arrow ran round the whole chart: along
 * the lanes' outer borders and across the top just under the lane names, or through them when a name takes two lines,
 * as they are no obstacle to it. A crossing inside the chart reads better: only routes within the steps' box are
 * offered (INSIDE_STEPS). Code without exactly one of each expected text (another module, another mermaid version) is
 * returned as it is. Upstream: mermaid-js/mermaid#7822 and #7964; mermaid 12.4 still offers the outside tracks.
 */
export function patchSwimlaneRouting(code: string): string {
  const once = (pattern: RegExp) => (code.match(pattern) ?? []).length === 1;
  if (!once(OUTSIDE_TRACKS) || !once(CANDIDATE_PATHS)) return code;
  const steps = new RegExp(OUTSIDE_TRACKS.source).exec(code)![1];
  const patched = code.replace(
    CANDIDATE_PATHS,
    (_, list, keepingFirstLeg, edge) =>
      `return ${list}.push(...${keepingFirstLeg}(${edge})),__procmapInsideSteps(${list},${steps})},"candidatePathsFor")`,
  );
  return `${patched}\n${INSIDE_STEPS}\n`;
}
