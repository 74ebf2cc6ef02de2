import { createInflateRaw } from 'node:zlib';
import type JSZip from 'jszip';
import { said } from './import-messages.js';
import { firstLine, SheetError } from './read-error.js';

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

// A workbook or Word document has tens of parts, a few hundred with many sheets or pictures; JSZip holds an object
// per entry before anything else can look (600,000 empty entries: 2.2 GB).
const MAX_ZIP_ENTRIES = 10_000;

/**
 * How many entries a zip's directory says it holds, read from its end record (and the ZIP64 one it points to)
 * without reading the directory; undefined when there is no end record (not a zip).
 */
export function zipEntryCount(data: Uint8Array): number | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // The end record is the last 22 bytes, or more with a comment of up to 65,535 bytes.
  for (let at = data.length - 22; at >= 0 && at >= data.length - 22 - 65_535; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const count = view.getUint16(at + 10, true);
    if (count !== 0xffff) return count;
    const locator = at - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return count;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 40 > data.length || view.getUint32(record, true) !== 0x06064b50) return count;
    return Number(view.getBigUint64(record + 32, true));
  }
  return undefined;
}

/** Refuses (SheetError, in words) a zip whose directory holds more entries than any workbook or document has. */
export function checkZipEntries(data: Uint8Array): void {
  const count = zipEntryCount(data);
  if (count !== undefined && count > MAX_ZIP_ENTRIES)
    throw new SheetError(said('tooManyParts', { count, max: MAX_ZIP_ENTRIES }), true);
}

/** A part of a zip too large to read: alone (`part`), or the parts together (`total`). */
type OversizedPart = { part: string; limit: 'part' | 'total' };

/** How much a zip may unpack to: each part (the same for all, or by name), and all parts together. */
export interface ZipLimits {
  part: number | ((name: string) => number);
  total: number;
  /** A workbook of catalogs or step tables: a part too large is told with what to do about it. */
  workbook?: boolean;
}

/**
 * The size `content` inflates to, counted as it streams and never held, or Infinity once it passes `max`; undefined
 * when it does not inflate.
 */
function inflatedSize(content: Uint8Array, max: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    // Chunks of 1 MiB rather than zlib's 16 KiB: counting a 150 MiB part takes 40–100 ms instead of 300–400 ms, and
    // only one chunk is alive at a time.
    const inflate = createInflateRaw({ chunkSize: 1024 * 1024 });
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return;
      resolve(Infinity);
      inflate.destroy();
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => resolve(undefined));
    inflate.end(content);
  });
}

/**
 * The first of `names` that would inflate past its limit, or at which the parts together pass the total; undefined
 * when all fit. A small file can hold a part of gigabytes, and a zip's directory can state a false size: each part
 * is inflated here and only counted, before a reader that inflates without a bound (JSZip, exceljs) sees the file.
 */
async function oversizedPart(
  zip: JSZip,
  names: readonly string[],
  limits: ZipLimits,
): Promise<OversizedPart | undefined> {
  let total = 0;
  for (const name of names) {
    const entry = zip.files[name] as (JSZip.JSZipObject & Pending) | undefined;
    if (!entry || entry.dir) continue;
    const maxPart = typeof limits.part === 'number' ? limits.part : limits.part(name);
    const data = entry._data;
    const stated = data?.uncompressedSize ?? 0;
    if (stated > maxPart) return { part: name, limit: 'part' };
    const content = data?.compressedContent;
    let size = stated;
    if (content instanceof Uint8Array && data?.compression?.magic === STORE) size = content.length;
    else if (content instanceof Uint8Array && data?.compression?.magic === DEFLATE) {
      // A part that does not inflate is the reader's to report, in its words.
      size = (await inflatedSize(content, maxPart)) ?? 0;
    }
    if (size > maxPart) return { part: name, limit: 'part' };
    total += size;
    if (total > limits.total) return { part: name, limit: 'total' };
  }
  return undefined;
}

/** Refuses (SheetError, in words) a zip whose parts `names` would inflate past the limits, each or together. */
export async function checkZipParts(zip: JSZip, names: readonly string[], limits: ZipLimits): Promise<void> {
  const oversized = await oversizedPart(zip, names, limits);
  if (oversized === undefined) return;
  const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const { part } = oversized;
  const maxPart = typeof limits.part === 'number' ? limits.part : limits.part(part);
  throw new SheetError(
    oversized.limit === 'part'
      ? said(limits.workbook ? 'workbookPartTooLarge' : 'partTooLarge', { part, max: mib(maxPart) })
      : said('partsTooLarge', { max: mib(limits.total) }),
    true,
  );
}

/**
 * The bytes of a part as they inflate, a megabyte at a time and never held whole (a sheet may unpack to a gigabyte);
 * nothing for a part that is absent or stored in a way this does not read. Check the part's size first
 * (checkZipParts): this inflates without a bound.
 */
export async function* partChunks(zip: JSZip, name: string): AsyncGenerator<Buffer> {
  const data = (zip.files[name] as (JSZip.JSZipObject & Pending) | undefined)?._data;
  const content = data?.compressedContent;
  if (!(content instanceof Uint8Array)) return;
  if (data?.compression?.magic === STORE) yield Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (data?.compression?.magic !== DEFLATE) return;
  const inflate = createInflateRaw({ chunkSize: 1024 * 1024 });
  inflate.end(content);
  for await (const chunk of inflate) yield chunk as Buffer;
}

/**
 * The first XML part of a zip that is not well-formed, with the parser's words: for saying which part of a workbook
 * exceljs could not read (an entity declared in a DOCTYPE, a cut-off part), which its own message does not name.
 */
export async function malformedXmlPart(
  zip: JSZip,
): Promise<{ part: string; detail: string; doctype: boolean } | undefined> {
  const { SaxesParser } = await import('saxes');
  for (const part of Object.keys(zip.files).filter((name) => /\.(?:xml|rels)$/i.test(name))) {
    const text = await zip.file(part)!.async('string');
    // A part that declares entities fails at their use ("undefined entity"): the declaration is what to name.
    let doctype = false;
    const parser = new SaxesParser();
    parser.on('doctype', () => (doctype = true));
    try {
      parser.write(text).close();
    } catch (error) {
      return { part, detail: firstLine(error), doctype };
    }
  }
  return undefined;
}
