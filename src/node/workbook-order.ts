import { PassThrough, type Readable } from 'node:stream';
import type JSZip from 'jszip';

// The parts exceljs's streaming reader must have read before any worksheet: it names sheets from the workbook and
// reads their text from the shared strings as it meets the rows.
const FIRST = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];

// A last part that no reading needs (exceljs passes over parts it does not know).
const LAST = 'procmap-end';

/**
 * A workbook's parts again as one zip, the parts the worksheets need first and one that nothing needs last.
 * exceljs's streaming reader takes the parts in the order they are stored; workbooks written by exceljs and other
 * tools store `xl/workbook.xml` last, and the reader intermittently goes on without it and fails with "Cannot read
 * properties of undefined (reading 'sheets')" (exceljs/exceljs#3064, open; one read in 200 here, more under load).
 */
export function inReadingOrder(zip: JSZip): Readable {
  const names = Object.keys(zip.files);
  // The zip lists its parts in the order they were added: each is taken out and put back in the order wanted.
  for (const name of [
    ...FIRST.filter((name) => names.includes(name)),
    ...names.filter((name) => !FIRST.includes(name)),
  ]) {
    const part = zip.files[name]!;
    delete zip.files[name];
    zip.files[name] = part;
  }
  zip.file(LAST, '');
  // Compressed as the parts already are, so that their bytes are copied, not inflated and deflated again. JSZip's
  // stream is of the readable-stream package, which exceljs does not take for a stream: Node's own carries it.
  const zipped = zip.generateNodeStream({ compression: 'DEFLATE' });
  const out = new PassThrough();
  zipped.on('error', (error: Error) => out.destroy(error));
  return zipped.pipe(out);
}
