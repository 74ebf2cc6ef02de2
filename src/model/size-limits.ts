import { isChoice } from './flow.js';
import { LIMITS } from './limits.js';
import type { NodePath, Procedure } from './types.js';

/** A procedure too large to check, draw or print: what is over which limit, and where. */
export interface SizeProblem {
  kind: 'branches' | 'arrows' | 'text';
  path: NodePath;
  /** How many (branches, arrows) or how long (characters of text). */
  count: number;
  max: number;
}

function longText(value: unknown, path: (string | number)[], found: SizeProblem[]): void {
  if (found.length >= 10) return;
  if (typeof value === 'string') {
    if (value.length > LIMITS.maxTextLength)
      found.push({ kind: 'text', path: [...path], count: value.length, max: LIMITS.maxTextLength });
    return;
  }
  // One path array for the whole walk, copied only for a text that is too long: every procedure of every run is
  // walked, and a copy per value was most of the walk's cost.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      longText(value[i], path, found);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      longText((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

/**
 * The limits beyond the schema's (which caps steps at 200) that keep every procedure drawable and
 * printable within seconds: branches out of one step, arrows in the chart (mermaid's edge limit), and the length of
 * any one text. Real procedures are far below each; one over a limit gets a clear error, not a chart that times out.
 */
export function sizeProblems(procedure: Procedure): SizeProblem[] {
  const found: SizeProblem[] = [];
  let arrows = 1;
  procedure.steps.forEach((step, i) => {
    const branches =
      step.next === undefined
        ? 1
        : Array.isArray(step.next)
          ? step.next.length
          : isChoice(step.next)
            ? step.next.oneOf.length
            : Object.keys(step.next).length;
    if (branches > LIMITS.maxBranches)
      found.push({ kind: 'branches', path: ['steps', i, 'next'], count: branches, max: LIMITS.maxBranches });
    arrows += Math.max(1, branches);
  });
  if (found.length === 0 && arrows > LIMITS.maxArrows)
    found.push({ kind: 'arrows', path: ['steps'], count: arrows, max: LIMITS.maxArrows });
  longText(procedure, [], found);
  return found;
}
