import { keptEdges, reachableFrom, type Flow, type FlowEdge } from '../model/flow.js';
import { branchCase, exceptionCases, unsettledCases, type ExceptionCase } from './limit-cases.js';

// The law's exception ("trường hợp phải xác minh thì không quá 15 ngày") applies only where the procedure's own branch
// says it is that case ("B3 (nếu cần xác minh)"): the paths through that branch are judged against the exception's
// limit, the others against the general one. A limit whose cases no branch names is judged whole, as it always was.

/** One case of a limit, and the flow of its paths: those through the branches that say it is that case. */
export interface CaseFlow {
  case: ExceptionCase;
  flow: Flow;
  /** An extension no branch names: the whole flow, which the general limit, the shorter, already judges. */
  everyPath?: true;
}

/** A flow split by the cases of a limit: the general case's paths, and each named case's. */
export interface CaseSplit {
  /** The paths through none of the cases' branches, judged against the general limit. */
  general: Flow;
  cases: CaseFlow[];
}

/** The steps from which one of `targets` can be reached, themselves included. */
function leadingTo(flow: Flow, targets: Iterable<number>): Set<number> {
  const seen = new Set<number>();
  const stack = [...targets];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    for (const edge of flow.incoming[i]!) stack.push(edge.from);
  }
  return seen;
}

/** The paths through the branches of one case: the steps before the decision and after the branch, the other branches of the decision left out. */
function throughBranches(flow: Flow, branches: readonly FlowEdge[]): Flow {
  const deciding = new Set(branches.map((edge) => edge.from));
  const own = new Set(branches);
  const on = leadingTo(flow, deciding);
  for (const edge of branches) for (const i of reachableFrom(flow, edge.to)) on.add(i);
  return keptEdges(flow, (edge) => on.has(edge.from) && on.has(edge.to) && (own.has(edge) || !deciding.has(edge.from)));
}

/** The decision branches that are each case of a limit (branchCase), by the case's index; a branch two cases may be is none's. */
export function caseBranches(flow: Flow, cases: readonly ExceptionCase[]): FlowEdge[][] {
  const taken = cases.map((): FlowEdge[] => []);
  for (const edge of flow.edges) {
    if (edge.kind !== 'decision' || edge.label === undefined) continue;
    const k = branchCase(edge.label, cases);
    if (typeof k === 'number') taken[k]!.push(edge);
  }
  return taken;
}

/**
 * The flow split by the cases a limit names with a limit of their own, where a decision's branch is that case;
 * undefined when no branch names one of them (the limit binds every path, as it always did).
 */
export function caseFlows(flow: Flow, limit: string): CaseSplit | undefined {
  // A case whose bare days are unsettled still takes its branch from the general limit (its `unsettled` says so).
  const cases = [...exceptionCases(limit), ...unsettledCases(limit)];
  // Nearly every limit names no case: nothing to split, and no edge to look at.
  if (cases.length === 0) return undefined;
  const taken = caseBranches(flow, cases);
  const found = cases.flatMap((named, k) => (taken[k]!.length > 0 ? [{ named, branches: taken[k]! }] : []));
  // Time added to the limit for a case no branch names ("đối với các xã miền núi … tăng thêm 10 ngày"): a place or a
  // kind of applicant, not a step; every path is its, with more time.
  const everyPath = cases.filter((named, k) => named.extension && taken[k]!.length === 0);
  if (found.length === 0 && everyPath.length === 0) return undefined;
  const all = new Set(found.flatMap(({ branches }) => branches));
  return {
    general: keptEdges(flow, (edge) => !all.has(edge)),
    cases: [
      ...found.map(({ named, branches }) => ({ case: named, flow: throughBranches(flow, branches) })),
      ...everyPath.map((named) => ({ case: named, flow, everyPath: true as const })),
    ],
  };
}
