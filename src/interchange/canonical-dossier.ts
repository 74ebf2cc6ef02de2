import { isMap } from '../model/data-object.js';
import { withCanonicalDossier } from '../model/dossier-canonical.js';
import { unpunctuated } from '../model/punctuation.js';
import type { Procedure } from '../model/types.js';
import type { ImportedProcedure } from './draft.js';

/**
 * An imported procedure's dossier as `lint --fix` writes the same words: "02 bản chính" in a quantity cell is
 * `originals: 2`, and "01 bản sao" beside it `copies: 1`, read by the model's own reader; the number of dossiers
 * without the full stop a document closes its line with ("01 bộ." is `01 bộ`).
 */
export function withCanonicalDossierOf(imported: ImportedProcedure): ImportedProcedure {
  const { procedure } = imported;
  if (procedure.dossier === undefined && procedure.dossier_count === undefined) return imported;
  const data: Record<string, unknown> = { ...procedure };
  withCanonicalDossier(data, { papersInWords: false });
  if (Array.isArray(data.dossier)) data.dossier = asWritten(data.dossier);
  if (typeof data.dossier_count === 'string') data.dossier_count = unpunctuated(data.dossier_count.trim());
  return { ...imported, procedure: data as unknown as Procedure };
}

/**
 * The key under which a dossier item read from procmap's workbook carries its counts as the file wrote them in words
 * (the hidden column "Cách ghi trong tệp"), until withCanonicalDossierOf writes them so again or drops them.
 */
export const WRITTEN_COUNTS = 'counts_as_written';

/**
 * The dossier with the counts of each item that carries them as the file wrote them (WRITTEN_COUNTS) written so
 * again, where the file then reads as the counts the workbook shows: an officer's file keeps its form through export
 * and import. Where the counts were edited in the workbook since, they are what it now says. Whether words read as a
 * count can turn on the other items (`copies: 1` is an application's original where no item gives `originals`), so
 * the whole dossier is read as the loader would read it: all of it as written, else each item that reads alike alone.
 */
function asWritten(dossier: readonly unknown[]): unknown[] {
  const counted = dossier.map((item) => (isMap(item) ? withoutKey(item, WRITTEN_COUNTS) : item));
  const written = dossier.map((item, i) => {
    const count = isMap(item) ? item[WRITTEN_COUNTS] : undefined;
    // A number the file wrote as `copies` (an application's `copies: 1`, which is its original), or words.
    return typeof count === 'string' && isMap(counted[i])
      ? inPlaceOfCounts(counted[i], /^\d{1,3}$/.test(count) ? Number(count) : count)
      : counted[i];
  });
  if (written.every((item, i) => item === counted[i])) return counted;
  const expected = countsAsLoaded(counted);
  const readsAlike = (candidate: readonly unknown[]) => sameCounts(countsAsLoaded(candidate), expected);
  if (readsAlike(written)) return written;
  const itemByItem = counted.map((item, i) =>
    readsAlike(counted.map((other, j) => (j === i ? written[i] : other))) ? written[i] : item,
  );
  return readsAlike(itemByItem) ? itemByItem : counted;
}

/** Each item's counts as the loader reads the dossier. */
function countsAsLoaded(dossier: readonly unknown[]): unknown[][] {
  const trial: Record<string, unknown> = { dossier: [...dossier] };
  withCanonicalDossier(trial);
  const read = Array.isArray(trial.dossier) ? trial.dossier : [];
  return read.map((item) => (isMap(item) ? [item.name, item.case, item.originals, item.copies] : [item]));
}

/** Whether two readings of a dossier (countsAsLoaded) give every item the same counts. */
function sameCounts(a: readonly unknown[][], b: readonly unknown[][]): boolean {
  return a.length === b.length && a.every((item, i) => item.every((value, k) => value === b[i]![k]));
}

/** An item with `copies` as written where its counts stood (the first of `originals` and `copies`), the rest in order. */
function inPlaceOfCounts(item: Record<string, unknown>, words: string | number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'originals' || key === 'copies') out.copies = words;
    else out[key] = value;
  }
  if (!('copies' in out)) out.copies = words;
  return out;
}

/** A map without one key. */
function withoutKey(item: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = item;
  return rest;
}
