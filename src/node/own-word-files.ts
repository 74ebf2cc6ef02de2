import JSZip from 'jszip';
import { checkZipEntries, checkZipParts } from '../interchange/zip-parts.js';
import { WORD_CORE } from '../render/document/docx-core.js';
import { readBounded } from './files.js';

// The largest Word file procmap writes is a few MiB (the output record reads no larger file either).
const MAX_WORD_BYTES = 64 * 1024 * 1024;
// A Word file's properties are a few hundred bytes.
const MAX_CORE_BYTES = 1024 * 1024;

/** Whether the Word file at `path` has exactly the properties (docProps/core.xml) `core`; false when unreadable. */
async function hasProperties(path: string, core: string): Promise<boolean> {
  const read = readBounded(path, MAX_WORD_BYTES, { follow: false });
  if (!read.ok) return false;
  try {
    checkZipEntries(read.bytes);
    const zip = await JSZip.loadAsync(read.bytes);
    const entry = zip.file(WORD_CORE);
    if (!entry) return false;
    await checkZipParts(zip, [WORD_CORE], { part: MAX_CORE_BYTES, total: MAX_CORE_BYTES });
    return (await entry.async('string')) === core;
  } catch {
    // Not a zip, or a broken one: no Word file procmap wrote.
    return false;
  }
}

/**
 * Of Word files in the way that the output record does not list, those whose properties are exactly what procmap
 * writes for them (the procedure's title, agency and dates): perhaps its own output (committed without the record,
 * say), to be judged by their bytes once made. Word and LibreOffice rewrite the properties when they save (the date,
 * who saved), so an officer's edit is still refused before the browser starts.
 */
export async function ownLookingWordFiles(
  files: readonly (readonly [path: string, core: string])[],
): Promise<Set<string>> {
  const own = new Set<string>();
  for (const [path, core] of files) if (await hasProperties(path, core)) own.add(path);
  return own;
}
