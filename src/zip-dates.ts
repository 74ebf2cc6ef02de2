import JSZip from 'jszip';

// What a zip entry's date can say (MS-DOS time, in whole two-second steps): 1980 to 2107.
const EARLIEST = Date.UTC(1980, 0, 1);
const LATEST = Date.UTC(2107, 11, 31, 23, 59, 58);

/**
 * A zip (a .docx or .xlsx) with every entry dated `date` instead of the moment the library packed it: neither the
 * docx package nor exceljs takes a date for its entries (both pack with JSZip, which dates an entry it is not given a
 * date for with the current time). The entries' compressed bytes are kept as they are; only the dates change.
 */
export async function datedZip(zip: Uint8Array, date: Date): Promise<Buffer> {
  const archive = await JSZip.loadAsync(zip);
  const stamp = new Date(Math.min(LATEST, Math.max(EARLIEST, date.getTime())));
  // JSZip writes an entry's `date` as it finds it when generating; a loaded entry keeps its compressed data.
  archive.forEach((_path, entry) => {
    entry.date = stamp;
  });
  return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
