import { join, relative } from 'node:path';
import { load as loadYaml, JSON_SCHEMA } from 'js-yaml';
import { findProcedureFiles, isFolder, readBounded, realPath } from './files.js';
import { inRunFolder } from './run-context.js';
import { LIMITS } from '../model/limits.js';

/**
 * The procedure files under a folder by their id in lower case (file names are ids on a case-insensitive disk), for
 * an import that updates the file a procedure already has under another name. Files it cannot read or parse, and
 * files without an id, are left out: they are no procedure an import could update. Empty when the folder is absent.
 */
export function procedureFilesById(folder: string): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  const root = isFolder(folder) ? realPath(folder) : undefined;
  if (root === undefined) return byId;
  for (const file of findProcedureFiles([folder], { inputs: false }).files) {
    // Reached through no link below the folder: an import never writes through one.
    if (realPath(file) !== join(root, relative(inRunFolder(folder), inRunFolder(file)))) continue;
    const id = idOf(file);
    if (id === undefined) continue;
    const key = id.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), file]);
  }
  return byId;
}

/** The id of a procedure file; undefined when it is no procedure. */
function idOf(file: string): string | undefined {
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
  const { id, title, steps } = data as Record<string, unknown>;
  if (title === undefined || !Array.isArray(steps)) return undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : undefined;
}
