import { reachableFrom, type Flow } from './flow.js';
import { foldToAscii } from './fold.js';
import type { Step } from './types.js';

// A step that hands the dossier back and so ends the flow: "Trả kết quả", "Thông báo từ chối, trả hồ sơ", "Kết thúc".
// Not the step that receives the dossier at the office "tiếp nhận và trả kết quả".
const ENDS = /\b(?:tra (?:ket qua|lai ho so|ho so)|tu choi|ket thuc|luu (?:tru )?ho so)\b/;
// A step of the refusal branch: "Thông báo từ chối", "Trả lại hồ sơ không hợp lệ".
const REFUSES = /\b(?:tu choi|khong hop le|khong du dieu kien|tra lai ho so)\b/;

/** Whether a step's name says it returns the dossier or the result, or ends the handling: where a flow ends. */
export function saysItEnds(step: Step): boolean {
  const name = foldToAscii(step.name);
  return ENDS.test(name) && !/^tiep nhan\b/.test(name);
}

/** A step without `next` that runs on, by list order, into the step a decision's other branch starts with. */
export interface BranchFall {
  /** Index of the step that falls through. */
  step: number;
  /** Index of the step after it: a branch target of `decision`. */
  into: number;
  /** Index of the decision step. */
  decision: number;
  /** The label of the branch `into` starts, when the decision labels its branches. */
  label?: string;
}

/**
 * The steps that, having no `next`, fall through by list order into a step that starts a decision's branch, though they
 * are reached from another branch of that decision: the officer listed the refusal step after the return step (or the
 * other way round) and did not mean the branches to merge. Kept to falls the names make sure of: from a step that says
 * it ends the flow, or into a refusal step; a verification step running on into the main line is a real merge.
 */
export function branchFalls(flow: Flow): BranchFall[] {
  const found: BranchFall[] = [];
  const reached = new Map<number, Set<number>>();
  const reach = (i: number) => {
    let seen = reached.get(i);
    if (!seen) reached.set(i, (seen = reachableFrom(flow, i)));
    return seen;
  };
  const seen = new Set<number>();
  flow.steps.forEach((_, d) => {
    const branches = flow.outgoing[d]!.filter((edge) => edge.kind === 'decision');
    const targets = [...new Set(branches.map((edge) => edge.to))];
    if (targets.length < 2) return;
    for (const into of targets) {
      const s = into - 1;
      const step = flow.steps[s];
      if (step === undefined || s === d || step.next !== undefined || seen.has(s)) continue;
      if (!saysItEnds(step) && !REFUSES.test(foldToAscii(flow.steps[into]!.name))) continue;
      // Reached from another branch, and not from this one (that would be a loop, acyclic's).
      const other = targets.some((t) => t !== into && reach(t).has(s));
      if (!other || reach(into).has(s)) continue;
      seen.add(s);
      const label = branches.find((edge) => edge.to === into)?.label;
      found.push(label === undefined ? { step: s, into, decision: d } : { step: s, into, decision: d, label });
    }
  });
  return found.sort((a, b) => a.step - b.step);
}

/** The first fall of `falls` a path takes (a step, then the step after it in the list), or undefined. */
export function fallOnPath(falls: readonly BranchFall[], path: readonly number[]): BranchFall | undefined {
  return falls.find((fall) => {
    const at = path.indexOf(fall.step);
    return at >= 0 && path[at + 1] === fall.into;
  });
}
