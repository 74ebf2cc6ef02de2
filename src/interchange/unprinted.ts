import type { Body, Procedure, Step } from '../model/types.js';
import { printedDocument } from '../render/document/same-document.js';
import { FOUR_ON_THE_SPOT_NOTE } from './document-sections.js';
import { said } from './import-messages.js';
import type { ImportedProcedure } from './draft.js';

/**
 * A procedure imported from its Word document over the file it was written from, with the values of that file the
 * document does not print: a body's `single_window` and `on_site`, a role that repeats its body's name, `next` to the
 * following step, `false` left out. Each is kept only where the document prints the same with it as without it, so
 * nothing the officer changed in Word is undone. Four on-the-spot, which the document says but the import cannot set,
 * is kept when the document still says it.
 */
export function withUnprinted(imported: ImportedProcedure, previous: Procedure): ImportedProcedure {
  let { procedure, notes, warnings } = imported;
  if (previous.four_on_the_spot === true && notes.includes(FOUR_ON_THE_SPOT_NOTE)) {
    procedure = { ...procedure, four_on_the_spot: true };
    notes = notes.filter((note) => note !== FOUR_ON_THE_SPOT_NOTE);
    const told = said('fourOnTheSpot').en;
    warnings = warnings.filter((warning) => warning.en !== told);
  }
  const printed = printedDocument(procedure);
  const unseen = (candidate: Procedure) => printedDocument(candidate) === printed;
  procedure = filled(procedure, previous, unseen);
  for (const [key, before] of Object.entries(previous.bodies)) {
    const body = procedure.bodies[key];
    if (body === undefined) continue;
    const within = (b: Body): Procedure => ({ ...procedure, bodies: { ...procedure.bodies, [key]: b } });
    procedure = within(filled(body, before, (b) => unseen(within(b))));
  }
  const previousSteps = new Map(previous.steps.map((step) => [step.id, step]));
  procedure.steps.forEach((step, i) => {
    const before = previousSteps.get(step.id);
    if (before === undefined) return;
    const within = (s: Step): Procedure => ({ ...procedure, steps: procedure.steps.map((o, j) => (j === i ? s : o)) });
    procedure = within(filled(step, before, (s) => unseen(within(s))));
  });
  return { procedure, notes, warnings };
}

/** The target with each field it lacks taken from the source, one at a time, where `keep` accepts the result. */
function filled<T extends object>(target: T, source: T, keep: (candidate: T) => boolean): T {
  let result = target;
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || (result as Record<string, unknown>)[key] !== undefined) continue;
    const candidate = { ...result, [key]: value };
    if (keep(candidate)) result = candidate;
  }
  return result;
}
