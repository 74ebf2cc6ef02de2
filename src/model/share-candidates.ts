import type { Procedure } from './types.js';

/**
 * The names of the bodies a share that matches none may have meant: those that do a step and no share took, the
 * one-stop desk last; every body that does a step when all are taken (the share's agency does no step here, or is one
 * of them named twice). Steps-within-share's message and `time --format json` offer the same list.
 */
export function shareCandidates(procedure: Procedure, taken: readonly string[]): string[] {
  const doing = [...new Set(procedure.steps.map((step) => step.body))].filter(
    (key) => procedure.bodies[key] !== undefined,
  );
  const free = doing.filter((key) => !taken.includes(key));
  const desk = (key: string) => (procedure.bodies[key]!.single_window === true ? 1 : 0);
  return (free.length > 0 ? free : doing).sort((a, b) => desk(a) - desk(b)).map((key) => procedure.bodies[key]!.name);
}
