import { isSingleWindow } from './body-keys.js';
import type { Flow } from './flow.js';
import type { Procedure } from './types.js';

/**
 * The steps that take each share of a liên thông limit, by index, in the shares' order: the one attribution `time`,
 * steps-within-share and the document's section 5.4 all judge by. A step is its body's share's; but a step of the
 * one-stop desk (a body named as it is) that comes after a later share's steps is that share's: the desk hands back the
 * result the later agency made, within that agency's time, not the first agency's (Decree 118/2025/NĐ-CP: the desk
 * receives and returns for every agency of a liên thông procedure). `skip`: steps that are no time of their own
 * (total rows, headings of sub-steps), which belong to no share.
 */
export function shareSteps(
  procedure: Procedure,
  flow: Flow,
  shares: readonly { keys: readonly string[] }[],
  skip: (index: number) => boolean = () => false,
): number[][] {
  const steps = procedure.steps;
  const shareOfBody = (i: number) => shares.findIndex(({ keys }) => keys.includes(steps[i]!.body));
  // The desk by its name ("Bộ phận tiếp nhận và trả kết quả …"), not by `single_window` alone: a commune's People's
  // Committee marked as the receiving body still does its own steps in its own time, wherever they fall.
  const isDesk = (i: number) => {
    const body = procedure.bodies[steps[i]!.body];
    return body !== undefined && isSingleWindow(body.name);
  };
  // The latest share whose agency's own (not the desk's) steps come before each step in the flow; -1 for none.
  const latest = new Map<number, number>();
  const reached = (i: number, seen: Set<number>): number => {
    const known = latest.get(i);
    if (known !== undefined) return known;
    // A loop back (a dossier sent back for supplements) reaches no step before itself.
    if (seen.has(i)) return -1;
    seen.add(i);
    let most = -1;
    for (const { from } of flow.incoming[i] ?? []) {
      const own = skip(from) || isDesk(from) ? -1 : shareOfBody(from);
      most = Math.max(most, own, reached(from, seen));
    }
    seen.delete(i);
    latest.set(i, most);
    return most;
  };
  const owned: number[][] = shares.map(() => []);
  steps.forEach((_, i) => {
    if (skip(i)) return;
    const own = shareOfBody(i);
    if (own < 0) return;
    const k = isDesk(i) ? Math.max(own, reached(i, new Set())) : own;
    owned[k]!.push(i);
  });
  return owned;
}
