import { isMap } from '../model/data-object.js';
import type { Procedure } from '../model/types.js';

/** A name or case as compared between the file and the model: NFC, runs of spaces as one, trimmed. */
const key = (text: unknown) => (typeof text === 'string' ? text.normalize('NFC').replace(/\s+/gu, ' ').trim() : '');

/**
 * The dossier items whose counts the file writes otherwise than the procedure holds them, each by the procedure's
 * item: `copies` as written, in words (`"01 bản chính"`, `"02 bản chính, 01 bản sao"`) or a number the procedure
 * reads as originals (an application's `copies: 1`). An item is found in the file's data by its name and case, and
 * left out where two items share them, or where the file gives `originals` itself.
 */
export function writtenCounts(procedure: Procedure, data: unknown): Map<object, string | number> {
  const found = new Map<object, string | number>();
  const written = isMap(data) && Array.isArray(data.dossier) ? data.dossier.filter(isMap) : [];
  if (procedure.dossier === undefined || written.length === 0) return found;
  const same = (a: { name?: unknown; case?: unknown }, b: { name?: unknown; case?: unknown }) =>
    key(a.name) === key(b.name) && key(a.case) === key(b.case);
  for (const item of procedure.dossier) {
    const inFile = written.filter((other) => same(other, item));
    if (inFile.length !== 1 || procedure.dossier.filter((other) => same(other, item)).length !== 1) continue;
    const { originals, copies } = inFile[0]!;
    if (originals !== undefined || (typeof copies !== 'string' && typeof copies !== 'number')) continue;
    // Held as written ("Xuất trình", or a number of copies): nothing to keep.
    if (item.originals === undefined && item.copies === copies) continue;
    found.set(item, copies);
  }
  return found;
}
