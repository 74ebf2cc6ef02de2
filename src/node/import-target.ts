import { lstatSync } from 'node:fs';
import type { Translated } from '../i18n.js';
import { said } from '../interchange/import-messages.js';
import type { Procedure } from '../model/types.js';
import { procedureKeysOf, type ProcedureFiles } from './files-by-id.js';
import { inRunFolder } from './run-context.js';

/**
 * The file an import writes a procedure to, with the id it has there when that is written otherwise (another id found
 * by the code, or the same id in other letter case); or why none.
 */
export type ImportTarget = { file: string; id?: string } | { refused: Translated };

/**
 * Where an imported procedure goes: the file below the output folder that has its id; else, for a procedure known only
 * by its national code (a record's id is its code), the file that has that code, under the id it has there, so that a
 * catalog never gets the procedure twice; else `named` (`<id>.yaml`), unless that file holds another procedure, which
 * no import replaces. `files` reads the folder when first needed; `shown` names a file for the report.
 */
export function importTarget(
  procedure: Procedure,
  named: string,
  files: () => ProcedureFiles,
  shown: (file: string) => string,
): ImportTarget {
  const list = (found: string[]) => found.map(shown).join(', ');
  const withId = files().byId.get(procedure.id.toLowerCase()) ?? [];
  if (withId.length > 1) return { refused: said('idInFiles', { id: procedure.id, files: list(withId) }) };
  // Ids compare without regard to case: the file's spelling is the procedure's id, which documents print and diff
  // pairs by, so an import never rewrites it (`qt-ct-01` in a catalog row for `QT-CT-01`).
  if (withId.length === 1)
    return files().links.has(withId[0]!)
      ? linked(shown(withId[0]!), procedure.id)
      : asWritten(withId[0]!, procedure.id);
  const code = procedure.code;
  if (code !== undefined && code === procedure.id) {
    const withCode = files().byCode.get(code.toLowerCase()) ?? [];
    if (withCode.length > 1) return { refused: said('codeInFiles', { code, files: list(withCode) }) };
    const id = withCode.length === 1 ? procedureKeysOf(withCode[0]!)?.id : undefined;
    if (id !== undefined && files().links.has(withCode[0]!)) return linked(shown(withCode[0]!), id);
    if (id !== undefined) return { file: withCode[0]!, id };
  }
  // A link is left to the caller, which never writes through one.
  const other = isRegularFile(named) ? procedureKeysOf(named) : undefined;
  if (other !== undefined && other.id.toLowerCase() !== procedure.id.toLowerCase())
    return { refused: said('otherProcedure', { path: shown(named), other: other.id }) };
  return other === undefined ? { file: named } : asWritten(named, procedure.id, other.id);
}

/**
 * A procedure file that is a link (or lies behind one): the procedure is there, so none is written beside it, and
 * procmap writes through no link it did not make.
 */
function linked(path: string, id: string): ImportTarget {
  return { refused: said('linkHolds', { path, id }) };
}

/** A file holding the procedure's id, with the id as the file writes it where the letters' case differs. */
function asWritten(file: string, id: string, written = procedureKeysOf(file)?.id): ImportTarget {
  return written !== undefined && written !== id ? { file, id: written } : { file };
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(inRunFolder(path)).isFile();
  } catch {
    return false;
  }
}
