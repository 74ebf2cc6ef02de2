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

// What software saves under an .xlsx or .docx name without being one, by how the file starts: a web page (portals and
// one-stop software export their "Excel" lists as HTML tables; Word's "Web Page"), Excel 2003's XML spreadsheet, Word's
// RTF, a PDF. Each is opened by Excel or Word and saved as the package procmap reads; said so rather than "damaged".
const STARTS: readonly [RegExp, 'html' | 'xml2003' | 'rtf' | 'pdf'][] = [
  [/^<(?:!doctype html|html|head|body|table|meta|style)\b/i, 'html'],
  [/^<\?xml[^>]*>\s*(?:<\?mso-application progid="Excel\.Sheet"|<Workbook\b)/i, 'xml2003'],
  [/^<\?xml[^>]*>\s*(?:<!DOCTYPE html|<html\b)/i, 'html'],
  [/^\{\\rtf/, 'rtf'],
  [/^%PDF-/, 'pdf'],
];

/** What kind of other file a file named .xlsx or .docx is, by its first bytes: empty, HTML, XML 2003, RTF, PDF. */
export function otherKind(data: Uint8Array): 'empty' | 'html' | 'xml2003' | 'rtf' | 'pdf' | undefined {
  if (data.length === 0) return 'empty';
  // A byte-order mark and the blank lines some exports start with come before the first tag.
  const head = new TextDecoder('utf-8')
    .decode(data.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return STARTS.find(([start]) => start.test(head))?.[1];
}

/**
 * The words for a file named .xlsx or .docx that is not the zip package it should be, when its kind is known: a
 * compound file (password-protected, or an old .xls or .doc), an empty file, a web page, an Excel 2003 XML spreadsheet,
 * an RTF or a PDF file; undefined for any other file.
 */
export function notPackageWords(data: Uint8Array, kind: 'workbook' | 'word'): Translated | undefined {
  const what =
    kind === 'workbook' ? { app: 'Excel', ext: '.xlsx', old: '.xls' } : { app: 'Word', ext: '.docx', old: '.doc' };
  const other = otherKind(data);
  if (other === 'empty') return said('emptyOfficeFile', what);
  if (other === 'pdf') return said('pdfNamedOffice', what);
  if (other) {
    const format = {
      html: { en: 'a web page (HTML)', vi: 'một trang web (HTML)' },
      xml2003: { en: 'an Excel 2003 XML spreadsheet', vi: 'một bảng tính XML của Excel 2003' },
      rtf: { en: 'an RTF document', vi: 'một văn bản RTF' },
    }[other];
    return said('otherFileNamedOffice', { ...what, format });
  }
  const found = compoundKind(data);
  if (!found) return undefined;
  const id = found === 'encrypted' ? 'passwordProtected' : found === 'old' ? 'oldOfficeFile' : 'compoundFile';
  const thing = kind === 'workbook' ? { en: 'workbook', vi: 'sổ tính' } : { en: 'document', vi: 'tài liệu' };
  return said(id, { ...what, thing });
}
