import { join, relative } from 'node:path';
import { load as loadYaml, JSON_SCHEMA } from 'js-yaml';
import { findProcedureFiles, isFolder, readBounded, realPath } from './files.js';
import { inRunFolder } from './run-context.js';
import { idFileKey } from '../model/id-file-name.js';
import { LIMITS } from '../model/limits.js';

/** The procedure files under a folder by their id's file key (idFileKey) and by their national code in lower case. */
export interface ProcedureFiles {
  byId: Map<string, string[]>;
  byCode: Map<string, string[]>;
  /** Those of them reached through a link below the folder, which an import never writes through. */
  links: Set<string>;
}

/**
 * The procedure files under a folder by their id's file key (file names are ids on a case-insensitive disk) and by
 * their national code (`code`), for an import that updates the file a procedure already has under another name, or
 * under its own id while the record knows it by its code. Files it cannot read or parse, and files without an id, are
 * left out: they are no procedure an import could update. Empty when the folder is absent.
 */
export function procedureFiles(folder: string): ProcedureFiles {
  const found: ProcedureFiles = { byId: new Map(), byCode: new Map(), links: new Set() };
  const root = isFolder(folder) ? realPath(folder) : undefined;
  if (root === undefined) return found;
  const add = (map: Map<string, string[]>, key: string, file: string) => map.set(key, [...(map.get(key) ?? []), file]);
  for (const file of findProcedureFiles([folder], { inputs: false }).files) {
    // Reached through a link below the folder: listed all the same, for an import never writes through one, and
    // passing it by would write the procedure a second time beside it.
    if (realPath(file) !== join(root, relative(inRunFolder(folder), inRunFolder(file)))) found.links.add(file);
    const keys = procedureKeysOf(file);
    if (keys === undefined) continue;
    // By the files the id names: `QT-DKKD-01`, fixed so earlier, is the file a row of `QT-ĐKKD-01` updates.
    add(found.byId, idFileKey(keys.id), file);
    if (keys.code !== undefined) add(found.byCode, keys.code.toLowerCase(), file);
  }
  return found;
}

/** The id and national code of a procedure file; undefined when it is no procedure. */
export function procedureKeysOf(file: string): { id: string; code?: string } | undefined {
  const read = readBounded(file, LIMITS.maxFileBytes);
  if (!read.ok) return undefined;
  let data: unknown;
  try {
    data = loadYaml(read.bytes.toString('utf8'), { schema: JSON_SCHEMA });
  } catch {
    return undefined;
  }
  // A procedure, not any YAML file that happens to have an id: it has a title and steps too.
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const { id, title, steps, code } = data as Record<string, unknown>;
  if (title === undefined || !Array.isArray(steps)) return undefined;
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const written = typeof code === 'string' || typeof code === 'number' ? String(code).trim() : '';
  return { id: String(id).trim(), ...(written ? { code: written } : {}) };
}
