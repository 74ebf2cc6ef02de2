import { FREE_FEE } from '../model/fee-amount.js';
import type { Procedure } from '../model/types.js';
import { FOUR_ON_THE_SPOT_NOTE } from './document-sections.js';
import { said } from './import-messages.js';
import { groupBy } from '../group-by.js';
import { oneLine } from './text.js';
import type { ImportedProcedure } from './draft.js';

/**
 * A procedure imported from its Word document over the file it was written from, with the values of that file the
 * document does not print: a body's `single_window` and `on_site`, a role that repeats its body's name, `next` to the
 * following step, `false` left out, a channel's own limit or fee the same as the procedure's, a list printed on one line. Each is kept only where the document prints the same with it as without it, so
 * nothing the officer changed in Word is undone. Four on-the-spot, which the document says but the import cannot set,
 * is kept when the document still says it. `printedDocument` is what a procedure's document prints, passed in by the
 * command: the import does not depend on the renderer.
 */
export function withUnprinted(
  imported: ImportedProcedure,
  previous: Procedure,
  printedDocument: (procedure: Procedure) => string,
): ImportedProcedure {
  let { procedure, notes, warnings } = imported;
  if (previous.four_on_the_spot === true && notes.includes(FOUR_ON_THE_SPOT_NOTE)) {
    procedure = { ...procedure, four_on_the_spot: true };
    notes = notes.filter((note) => note !== FOUR_ON_THE_SPOT_NOTE);
    const told = said('fourOnTheSpot').en;
    warnings = warnings.filter((warning) => warning.en !== told);
  }
  const printed = printedDocument(procedure);
  // Most often every such value prints nothing (the document imported unedited, or edited elsewhere): one try.
  const all = fill(procedure, previous, () => true);
  if (printedDocument(all) === printed) return { ...imported, procedure: all, notes, warnings };
  // Else one value at a time, within a budget: each try prints the whole document, and a hostile document of many
  // steps must not make it quadratic. A value past the budget is left to the document.
  let budget = MAX_STEPS_PRINTED;
  const steps = procedure.steps.length + 1;
  const unseen = (candidate: () => Procedure) => (budget -= steps) >= 0 && printedDocument(candidate()) === printed;
  return { ...imported, procedure: fill(procedure, previous, unseen), notes, warnings };
}

// The steps all tries may print, about a second's work: 200 tries of the largest procedure the schema allows (200
// steps), a few dozen of a real one's values left out.
const MAX_STEPS_PRINTED = 200 * 200;

/**
 * The procedure with each value it lacks, of its own, its bodies' and its steps', taken from `previous` where `keep`
 * accepts the procedure it makes (built only when `keep` asks for it).
 */
function fill(procedure: Procedure, previous: Procedure, keep: (candidate: () => Procedure) => boolean): Procedure {
  let top = respelled(
    filled(procedure, previous, (p) => keep(() => p)),
    previous,
    (p) => keep(() => p),
  );
  // A channel's own limit or fee the same as the procedure's prints as the procedure's: the file's channel says which.
  if (top.channels !== undefined && previous.channels !== undefined) {
    const channels = [...top.channels];
    channels.forEach((channel, i) => {
      const before = previous.channels!.find((other) => other.kind === channel.kind);
      if (before === undefined) return;
      // A fee of its own the same as the procedure's costs the same as none: the file's stays, whichever way the
      // document printed it (the procedure's fee in the row, as earlier documents did, or "Như phí, lệ phí chung").
      const fee = before.fee;
      // A channel's 0 prints as the procedure's "Miễn phí" does (model/fee-amount.ts): free either way.
      const written = fee === 0 ? FREE_FEE : String(fee);
      const sameFee = fee !== undefined && top.fee !== undefined && oneLine(written) === oneLine(top.fee);
      const read = channel.fee === undefined && sameFee ? { ...channel, fee } : channel;
      channels[i] = filled(read, before, (c) =>
        keep(() => ({ ...top, channels: channels.map((other, j) => (j === i ? c : other)) })),
      );
    });
    top = { ...top, channels };
  }
  const bodies = { ...top.bodies };
  for (const [key, before] of Object.entries(previous.bodies)) {
    const body = bodies[key];
    if (body !== undefined)
      bodies[key] = filled(body, before, (b) => keep(() => ({ ...top, bodies: { ...bodies, [key]: b } })));
  }
  const steps = [...top.steps];
  const previousSteps = new Map(previous.steps.map((step) => [step.id, step]));
  steps.forEach((step, i) => {
    const before = previousSteps.get(step.id);
    if (before !== undefined)
      steps[i] = filled(step, before, (s) =>
        keep(() => ({ ...top, bodies, steps: steps.map((other, j) => (j === i ? s : other)) })),
      );
  });
  return { ...top, bodies, steps };
}

// Values whose spelling the import makes anew, in their own parts above: the flow's.
const OWN_PARTS = new Set(['bodies', 'steps', 'channels']);

/**
 * The procedure with each other value it has taken as the file writes it where `keep` accepts the result: a list the
 * document prints on one line (applicants "Tổ chức; Cá nhân", a list in the file) is the file's list again.
 */
function respelled(procedure: Procedure, previous: Procedure, keep: (candidate: Procedure) => boolean): Procedure {
  let result = procedure;
  for (const [key, value] of Object.entries(previous)) {
    const now = (result as unknown as Record<string, unknown>)[key];
    if (OWN_PARTS.has(key) || now === undefined || JSON.stringify(now) === JSON.stringify(value)) continue;
    for (const spelling of [value, key === 'dossier' ? inFileOrder(now, value) : undefined]) {
      if (spelling === undefined) continue;
      const candidate = { ...result, [key]: spelling };
      if (keep(candidate)) {
        result = candidate;
        break;
      }
    }
  }
  return result;
}

/**
 * The imported dossier with its papers in the places the file gives their cases, where the document prints a case's
 * papers apart (the papers for every case first): a file that lists a case's paper before one for every case got
 * them swapped, lines the officer never touched moved, as soon as one paper was edited. Each case's papers keep the
 * document's order; a paper the file has no place for follows the last of its case. Undefined for other values.
 */
function inFileOrder(now: unknown, theirs: unknown): unknown[] | undefined {
  if (!Array.isArray(now) || !Array.isArray(theirs)) return undefined;
  const caseOf = (item: unknown) =>
    item !== null && typeof item === 'object' ? (item as { case?: string }).case : undefined;
  const left = groupBy(now, caseOf);
  const placed: unknown[] = [];
  for (const item of theirs) {
    const next = left.get(caseOf(item))?.shift();
    if (next !== undefined) placed.push(next);
  }
  for (const [group, items] of left) {
    let after = placed.length;
    while (after > 0 && caseOf(placed[after - 1]) !== group) after--;
    placed.splice(after === 0 ? placed.length : after, 0, ...items);
  }
  return placed;
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
