import { lastPdfInfo } from '../render/pdf-info.js';
import { readBounded } from './files.js';

// The largest PDF procmap prints is a few MiB (the output record reads no larger file either).
const MAX_PDF_BYTES = 64 * 1024 * 1024;

/** Whether the PDF at `path` has every one of `fields` in its information dictionary; false when unreadable. */
function hasFields(path: string, fields: readonly string[]): boolean {
  const read = readBounded(path, MAX_PDF_BYTES, { follow: false });
  if (!read.ok) return false;
  const info = lastPdfInfo(Buffer.from(read.bytes).toString('latin1'));
  return info !== undefined && fields.every((field) => info.includes(field));
}

/**
 * Of PDFs in the way that the output record does not list, those whose properties (title, subject, author and
 * dates) are exactly what procmap writes for them: perhaps its own output, committed without the record, to be
 * judged by their bytes once made. A reader that saves a PDF dates the change, so an officer's edit is still
 * refused before the browser starts.
 */
export function ownLookingPdfFiles(
  files: readonly (readonly [path: string, fields: readonly string[]])[],
): Set<string> {
  return new Set(files.filter(([path, fields]) => hasFields(path, fields)).map(([path]) => path));
}
