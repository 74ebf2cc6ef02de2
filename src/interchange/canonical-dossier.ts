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
  if (typeof data.dossier_count === 'string') data.dossier_count = unpunctuated(data.dossier_count.trim());
  return { ...imported, procedure: data as unknown as Procedure };
}
