import { Buffer, isUtf8 } from 'node:buffer';
import type { Translated } from '../i18n.js';
import { LineIndex } from './source.js';
import type { SourceRange } from './types.js';

/** How a file's text is stored: UTF-8, or UTF-16 with its byte order mark (Windows Notepad's "Unicode"). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The text of a file, or why it is not text procmap can read. */
export type Decoded =
  | { ok: true; text: string; hadBom: boolean; encoding: Encoding }
  | { ok: false; message: Translated; range: SourceRange };

function at(bytes: Uint8Array, offset: number, message: Translated): Decoded {
  // Point at the character where decoding failed: decode the valid prefix to count lines.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const index = new LineIndex(prefix);
  const pos = index.position(prefix.length);
  return {
    ok: false,
    message,
    range: { line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column + 1 },
  };
}

/** Offset of the first byte that breaks UTF-8; scanned only after the fast decoder has failed, to point at it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // After E0, ED, F0 and F4 the second byte has a narrower range: no overlong forms, no UTF-16 surrogates
    // (CESU-8, as some Java tools write), nothing past U+10FFFF. isUtf8 refuses all of these.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return i;
}

/**
 * Whether the bytes start as UTF-16 text without its byte order mark: in at least half of the first pairs one byte,
 * always the same one, is 0 (the text's ASCII letters, digits and spaces), and never the other. A damaged or binary
 * file has its zero bytes where they fall.
 */
function utf16WithoutBom(bytes: Uint8Array): boolean {
  const pairs = Math.min(128, bytes.length >> 1);
  if (pairs < 4) return false;
  const zeros = [0, 0];
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeros[0]!++;
    if (bytes[2 * i + 1] === 0) zeros[1]!++;
  }
  return (zeros[0] === 0 && zeros[1]! * 2 >= pairs) || (zeros[1] === 0 && zeros[0]! * 2 >= pairs);
}

const UTF16_WITHOUT_BOM: Translated = {
  en: 'The file is saved as UTF-16 ("Unicode") without the mark at its start that says so, which procmap does not read: save it as UTF-8',
  vi: 'Tệp được lưu dạng UTF-16 ("Unicode") mà không có dấu ở đầu tệp cho biết điều đó, procmap không đọc được: hãy lưu lại tệp dạng UTF-8',
};

const UTF32: Translated = {
  en: 'The file is saved as UTF-32, which procmap does not read: save it as UTF-8',
  vi: 'Tệp được lưu dạng UTF-32, procmap không đọc được: hãy lưu lại tệp dạng UTF-8',
};

/**
 * Whether the bytes start with UTF-32's byte order mark, little-endian (FF FE 00 00) or big-endian (00 00 FE FF). The
 * first is UTF-16's mark followed by a NUL, which no UTF-16 text starts with: it is read as UTF-32, not as binary.
 */
function utf32Bom(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff);
}

/** A NUL character makes the file binary or damaged, whatever its encoding. */
function withoutNul(text: string, hadBom: boolean, encoding: Encoding): Decoded {
  const nul = text.indexOf('\u0000');
  if (nul < 0) return { ok: true, text, hadBom, encoding };
  const pos = new LineIndex(text).position(nul);
  return {
    ok: false,
    message: {
      en: 'File contains a NUL byte; it is binary or damaged',
      vi: 'Tệp chứa byte NUL; đây là tệp nhị phân hoặc đã hỏng',
    },
    range: { ...pos, endLine: pos.line, endColumn: pos.column + 1 },
  };
}

/**
 * Decodes a procedure file: UTF-8 with or without a BOM, or UTF-16 with its BOM (unambiguous, as Windows Notepad
 * saves "Unicode"); refuses NUL bytes, invalid sequences and anything else.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (utf32Bom(bytes)) return at(bytes, 0, UTF32);
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16 !== undefined) {
    let text: string;
    try {
      // The decoder drops the byte order mark; `fatal` refuses an odd length and unpaired surrogates.
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      return at(new Uint8Array(0), 0, {
        en: 'File is UTF-16 but damaged (a cut-off character); save it again, preferably as UTF-8',
        vi: 'Tệp mã hóa UTF-16 nhưng bị hỏng (có ký tự bị cắt); hãy lưu lại, tốt nhất dạng UTF-8',
      });
    }
    return withoutNul(text, true, utf16);
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  // Before the UTF-8 check, which would name a byte of a Vietnamese letter, or a NUL, rather than the encoding.
  if (!hadBom && utf16WithoutBom(body)) return at(body, 0, UTF16_WITHOUT_BOM);
  // isUtf8 (simdutf) validates far faster than a fatal TextDecoder; the slow scan runs only to point at the error.
  if (!isUtf8(body)) {
    const offset = firstInvalidUtf8(body);
    const byte = body[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return at(body, offset, {
      en: `File is not valid UTF-8 (byte 0x${byte}); save it as UTF-8 (a Windows-1258 or TCVN3 file must be converted)`,
      vi: `Tệp không phải UTF-8 hợp lệ (byte 0x${byte}); hãy lưu lại dạng UTF-8 (tệp Windows-1258 hoặc TCVN3 phải được chuyển mã)`,
    });
  }
  const text = (Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength)).toString(
    'utf8',
  );
  // In UTF-8 a NUL character is a 0 byte and no other character holds one: the bytes are searched (memchr) for it, not
  // the text, whose every ASCII letter holds a 0 byte in V8's two-byte strings.
  return body.includes(0) ? withoutNul(text, hadBom, 'utf-8') : { ok: true, text, hadBom, encoding: 'utf-8' };
}

/** The bytes of a text in the encoding it was read in, with the byte order mark it had: what `--fix` writes. */
export function encodeText(text: string, encoding: Encoding, hadBom: boolean): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(hadBom ? `\uFEFF${text}` : text, 'utf8');
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return encoding === 'utf-16le' ? bytes : bytes.swap16();
}
