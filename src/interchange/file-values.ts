import { isDeepStrictEqual } from 'node:util';
import type { Translated } from '../i18n.js';
import type { Procedure } from '../model/types.js';
import type { ImportedProcedure } from './draft.js';
import { said } from './import-messages.js';
import { basisAdded } from './legal-basis.js';
import { linesUnpunctuated, unpunctuated } from './text.js';

/**
 * The imported procedure over the file it updates, with the file's values where the source carries none: its steps
 * and bodies where the source gives only draft steps (a catalog row, a record's public sequence) and the file has
 * written ones; its revision and effective date where the source only implies them (1, a legal basis's date); and,
 * with `absent`, every field the source leaves out (a catalog row says no cutoff, no purpose); and the file's legal
 * basis beside a source that gives only part of it (a national record's). A re-import of an updated row then changes
 * what the row changed, never what the officer wrote and the source does not say.
 */
export function withFileValues(
  imported: ImportedProcedure,
  previous: Procedure,
  file: string,
  { absent }: { absent: boolean },
): ImportedProcedure {
  let procedure: Procedure = { ...imported.procedure };
  let warnings = imported.warnings;
  const written = previous.steps.some((step) => step.draft !== true);
  if (written && procedure.steps.every((step) => step.draft === true)) {
    procedure = { ...procedure, bodies: previous.bodies, steps: previous.steps };
    const drafts = new Set([said('noSequence').en, said('draftSteps', { count: imported.procedure.steps.length }).en]);
    warnings = [...warnings.filter((warning) => !drafts.has(warning.en)), said('stepsKept', { file })];
  }
  for (const { field, warning } of imported.implied ?? []) {
    if (previous[field] === undefined) continue;
    procedure = { ...procedure, [field]: previous[field] };
    if (warning !== undefined) warnings = warnings.filter((other) => other !== warning);
  }
  // A record's legal basis is the national procedure's: added to the file's, whose own grounds stay, said to check.
  if (imported.partial?.includes('legal_basis') && procedure.legal_basis && previous.legal_basis) {
    const { basis, unlisted } = basisAdded(previous.legal_basis, procedure.legal_basis);
    procedure = { ...procedure, legal_basis: basis };
    if (unlisted > 0) warnings = [...warnings, said('basisKept', { count: unlisted, file })];
  }
  procedure = withFilePunctuation(procedure, previous);
  if (absent)
    for (const [key, value] of Object.entries(previous))
      if (value !== undefined && (procedure as unknown as Record<string, unknown>)[key] === undefined)
        procedure = { ...procedure, [key]: value };
  return { ...imported, procedure, warnings };
}

// The texts an import reads without the closing ";" or "." of each line or item (a catalog's fee, conditions and
// legal basis; a document's lists; the number of dossiers, "01 bộ."), each with that reading.
const UNPUNCTUATED = {
  // A block's closing line break (`fee: |`) is the file's layout: a document prints no empty line after the fee.
  fee: (value: string) => linesUnpunctuated(value.replace(/\n+$/u, '')),
  dossier_count: (value: string) => unpunctuated(value.trim()),
  conditions: (value: string[]) => value.map(unpunctuated),
  legal_basis: (value: string[]) => value.map(unpunctuated),
} as const;

/**
 * The procedure with the file's fee, conditions, legal basis and number of dossiers where the import reads them the
 * same once each line's
 * closing punctuation is left out: the file's full stop is its spelling, not a change, so an unedited round trip
 * (a workbook procmap exported, imported back) leaves the file as it was.
 */
function withFilePunctuation(procedure: Procedure, previous: Procedure): Procedure {
  let kept = procedure;
  for (const field of ['fee', 'conditions', 'legal_basis', 'dossier_count'] as const) {
    const theirs = previous[field];
    const ours = procedure[field];
    if (theirs === undefined || ours === undefined || isDeepStrictEqual(theirs, ours)) continue;
    const read = (UNPUNCTUATED[field] as (value: typeof theirs) => unknown)(theirs);
    if (isDeepStrictEqual(read, ours)) kept = { ...kept, [field]: theirs };
  }
  return kept;
}

/**
 * Why the imported procedure cannot be written: a value a file needs that the source does not give (an effective
 * date), when there is no file to keep it from (`previous`). Undefined when it can.
 */
export function missingValue(imported: ImportedProcedure, previous: Procedure | undefined): Translated | undefined {
  return imported.implied?.find(({ field, missing }) => missing !== undefined && previous?.[field] === undefined)
    ?.missing;
}
