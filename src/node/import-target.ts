import { lstatSync } from 'node:fs';
import type { Translated } from '../i18n.js';
import { said } from '../interchange/import-messages.js';
import { idFileKey } from '../model/id-file-name.js';
import type { Procedure } from '../model/types.js';
import { procedureKeysOf, type ProcedureFiles } from './files-by-id.js';
import { inRunFolder } from './run-context.js';

/**
 * The file an import writes a procedure to, with the id it has there when that is written otherwise (another id found
 * by the code, the same id in other letter case, or with the Đ either spelling has); or why none.
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
  const withId = files().byId.get(idFileKey(procedure.id)) ?? [];
  if (withId.length > 1) return { refused: said('idInFiles', { id: procedure.id, files: list(withId) }) };
  // Ids compare as the files they name (idFileKey): the file's letter case is the procedure's id, which documents print
  // and diff pairs by, so an import never rewrites it (`qt-ct-01` in a catalog row for `QT-CT-01`); but a Đ either
  // side writes is kept, so that a row restores the Đ an earlier --fix took out and a row without it loses none.
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
  if (other !== undefined && idFileKey(other.id) !== idFileKey(procedure.id))
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

/** A file holding the procedure's id, with the id it keeps there where that is spelled otherwise (keptSpelling). */
function asWritten(file: string, id: string, written = procedureKeysOf(file)?.id): ImportTarget {
  const kept = written === undefined ? id : keptSpelling(written, id);
  return kept !== id ? { file, id: kept } : { file };
}

/**
 * The id a file keeps when an import brings it spelled otherwise (the same idFileKey): the file's letter case, with Đ
 * wherever either spelling has it (`QT-DKKD-01` and `qt-đkkd-01` give `QT-ĐKKD-01`), for Đ is the id as the
 * decision writes it and D only what a system without it left.
 */
function keptSpelling(written: string, imported: string): string {
  const [file, row] = [Array.from(written.normalize('NFC')), Array.from(imported.normalize('NFC'))];
  if (file.length !== row.length) return written;
  return file.map((letter, at) => (/[Đđ]/.test(row[at]!) ? ({ D: 'Đ', d: 'đ' }[letter] ?? letter) : letter)).join('');
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(inRunFolder(path)).isFile();
  } catch {
    return false;
  }
}
