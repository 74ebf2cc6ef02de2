import { reachableFrom, type Flow } from './flow.js';

/**
 * For each step where parallel branches meet, the predecessors that arrive on different branches of one fork: the
 * step waits for all of them, which a join bar shows. Branches of a decision that meet again are a plain merge, and a
 * step reached from every branch of a fork is already past that fork's join.
 */
export function findJoins(flow: Flow): Map<number, Set<number>> {
  const joins = new Map<number, Set<number>>();
  flow.steps.forEach((_, fork) => {
    const branches = flow.outgoing[fork]!.filter((edge) => edge.kind === 'parallel');
    if (branches.length < 2) return;
    const reach = branches.map((edge) => reachableFrom(flow, edge.to));
    flow.steps.forEach((__, step) => {
      const arrivals = flow.incoming[step]!.map((edge) => ({
        from: edge.from,
        on:
          edge.from === fork
            ? [branches.findIndex((branch) => branch.to === step)]
            : reach.flatMap((set, b) => (set.has(edge.from) ? [b] : [])),
      })).filter((arrival) => arrival.on.length > 0 && arrival.on.length < branches.length);
      const members = new Set<number>();
      for (const a of arrivals) {
        for (const b of arrivals) {
          if (a.from !== b.from && a.on.some((x) => b.on.some((y) => x !== y))) members.add(a.from).add(b.from);
        }
      }
      if (members.size >= 2) joins.set(step, new Set([...(joins.get(step) ?? []), ...members]));
    });
  });
  return joins;
}
