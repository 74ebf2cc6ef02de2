import { inflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';
import { said } from './import-messages.js';
import { SheetError } from './read-error.js';

// What JSZip keeps of an entry it has not inflated yet (jszip 3.10, lib/compressedObject.js): not public API, so read
// defensively; the version is pinned in package-lock.json.
interface Pending {
  _data?: {
    uncompressedSize?: number;
    compressedContent?: Uint8Array;
    compression?: { magic?: string };
  };
}

const DEFLATE = '\x08\x00';
const STORE = '\x00\x00';

/** A part of a zip too large to read: alone (`part`), or the parts together (`total`). */
type OversizedPart = { part: string; limit: 'part' | 'total' };

/**
 * The first of `names` that would inflate past `maxPart` bytes, or at which the parts together pass `maxTotal`;
 * undefined when all fit. A small file can hold a part of gigabytes, and a zip's directory can state a false size:
 * each part is inflated here with a bound on its output (one at a time, then dropped), before a reader that inflates
 * without one (JSZip, exceljs) sees the file.
 */
function oversizedPart(
  zip: JSZip,
  names: readonly string[],
  maxPart: number,
  maxTotal: number,
): OversizedPart | undefined {
  let total = 0;
  for (const name of names) {
    const entry = zip.files[name] as (JSZip.JSZipObject & Pending) | undefined;
    if (!entry || entry.dir) continue;
    const data = entry._data;
    const stated = data?.uncompressedSize ?? 0;
    if (stated > maxPart) return { part: name, limit: 'part' };
    const content = data?.compressedContent;
    let size = stated;
    if (content instanceof Uint8Array && data?.compression?.magic === STORE) size = content.length;
    else if (content instanceof Uint8Array && data?.compression?.magic === DEFLATE) {
      try {
        size = inflateRawSync(content, { maxOutputLength: maxPart }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { part: name, limit: 'part' };
        // A part that does not inflate is the reader's to report, in its words.
        continue;
      }
    }
    total += size;
    if (total > maxTotal) return { part: name, limit: 'total' };
  }
  return undefined;
}

/** Refuses (SheetError, in words) a zip whose parts `names` would inflate past `maxPart` bytes each or `maxTotal` together. */
export function checkZipParts(zip: JSZip, names: readonly string[], maxPart: number, maxTotal: number): void {
  const oversized = oversizedPart(zip, names, maxPart, maxTotal);
  if (oversized === undefined) return;
  const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
  throw new SheetError(
    oversized.limit === 'part'
      ? said('partTooLarge', { part: oversized.part, max: mib(maxPart) })
      : said('partsTooLarge', { max: mib(maxTotal) }),
  );
}
