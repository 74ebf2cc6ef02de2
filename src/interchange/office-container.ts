// Excel and Word keep a file protected with a password (an encrypted .xlsx or .docx) in the container of their old
// formats, the compound file of .xls and .doc: no zip at all, so it read as "damaged, or an old .xls". The names of
// the container's streams tell the two apart, where its directory has them.
import type { Translated } from '../i18n.js';
import { said } from './import-messages.js';

// The compound file's signature, its first eight bytes.
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Stream names, as the container's directory writes them (UTF-16LE): an encrypted package, an old workbook, an old
// Word document.
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');
const OLD_WORKBOOK = Buffer.from('Workbook', 'utf16le');
const OLD_WORD = Buffer.from('WordDocument', 'utf16le');

/** What a compound file holds, by its streams' names; undefined for a file that is no compound file. */
export function compoundKind(data: Uint8Array): 'encrypted' | 'old' | 'unknown' | undefined {
  if (data.length < SIGNATURE.length || SIGNATURE.some((byte, i) => data[i] !== byte)) return undefined;
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.includes(ENCRYPTED)) return 'encrypted';
  if (bytes.includes(OLD_WORKBOOK) || bytes.includes(OLD_WORD)) return 'old';
  return 'unknown';
}

/** The words for a compound file named .xlsx or .docx, or undefined for a file that is none. */
export function compoundFileWords(data: Uint8Array, kind: 'workbook' | 'word'): Translated | undefined {
  const found = compoundKind(data);
  if (!found) return undefined;
  const what =
    kind === 'workbook' ? { app: 'Excel', ext: '.xlsx', old: '.xls' } : { app: 'Word', ext: '.docx', old: '.doc' };
  const id = found === 'encrypted' ? 'passwordProtected' : found === 'old' ? 'oldOfficeFile' : 'compoundFile';
  const thing = kind === 'workbook' ? { en: 'workbook', vi: 'sổ tính' } : { en: 'document', vi: 'tài liệu' };
  return said(id, { ...what, thing });
}
