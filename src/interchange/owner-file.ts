// While a workbook or a document is open, Excel and Word keep an "owner file" beside it, "~$" and its name (Word cuts
// the first letters of a long name: "~$y-trinh.docx"), hidden on Windows but shown on a shared drive, and matched by
// `procmap import *.xlsx`. Read as a workbook it was "damaged, or another kind of file renamed", and the import
// failed for a file that holds no data at all. Its layout, as LibreOffice reads it (svl/source/misc/
// msodocumentlockfile.cxx, tested on Office 2016): 162 bytes (Word) or 165 (Excel), the name of who has the file open
// as one length byte and 8-bit characters, then at byte 54 (Word) or 55 (Excel) a 2-byte length and the name in UTF-16.
import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';

// Larger than any owner file (165 bytes), far smaller than any workbook or document.
const MAX_OWNER_FILE_BYTES = 1024;
// The longest user name Office takes.
const MAX_NAME = 52;

/** Whether a file named `~$…` is an Office owner file: small, and no zip package as a workbook or document is. */
export function isOwnerFile(fileName: string, data: Uint8Array): boolean {
  const zip = data.length >= 2 && data[0] === 0x50 && data[1] === 0x4b;
  return fileName.startsWith('~$') && data.length <= MAX_OWNER_FILE_BYTES && !zip;
}

/** The name of who has the file open, as the owner file writes it in UTF-16; undefined when it cannot be read. */
export function ownerName(data: Uint8Array): string | undefined {
  const ansi = data[0] ?? 0;
  if (ansi === 0 || ansi > MAX_NAME) return undefined;
  // Word's length stands at 54; where it reads 0x20 with text before it, that is Excel's padding: Excel's is at 55.
  let at = 54;
  if (data[at] === 0x20 && (data[at - 1] !== 0 || data[at - 2] !== 0)) at = 55;
  const length = data[at] ?? 0;
  if (length === 0 || length > MAX_NAME || at + 2 + length * 2 > data.length) return undefined;
  const name = Buffer.from(data.buffer, data.byteOffset + at + 2, length * 2)
    .toString('utf16le')
    .normalize('NFC')
    .trim();
  // Anything but letters, marks, digits, spaces and the punctuation of a name is no name: say none rather than junk.
  return /^[\p{L}\p{M}\p{N} .,'_@()-]+$/u.test(name) ? name : undefined;
}

/** What the report says of an owner file: whose it is, that it holds nothing, and how to import the latest edits. */
export function ownerFileSaid(data: Uint8Array, word: boolean): Translated {
  const app = word ? 'Word' : 'Excel';
  const thing = word ? { en: 'document', vi: 'tài liệu' } : { en: 'workbook', vi: 'sổ tính' };
  const name = ownerName(data);
  return name === undefined ? said('ownerFile', { app, thing }) : said('ownerFileBy', { app, thing, name });
}
