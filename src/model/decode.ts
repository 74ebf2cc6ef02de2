import { Buffer, isUtf8 } from 'node:buffer';
import type { Translated } from '../i18n.js';
import { LineIndex } from './source.js';
import type { SourceRange } from './types.js';

/** The text of a file, or why it is not UTF-8 text. */
export type Decoded =
  { ok: true; text: string; hadBom: boolean } | { ok: false; message: Translated; range: SourceRange };

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

/** Decodes a procedure file as UTF-8, accepting a BOM and refusing UTF-16, NUL bytes and invalid sequences. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return at(bytes, 0, { en: 'File is UTF-16; save it as UTF-8', vi: 'Tệp mã hóa UTF-16; hãy lưu lại dạng UTF-8' });
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  // isUtf8 (simdutf) validates far faster than a fatal TextDecoder; the slow scan runs only to point at the error.
  if (!isUtf8(body)) {
    const offset = firstInvalidUtf8(body);
    const byte = body[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return at(body, offset, {
      en: `File is not valid UTF-8 (byte 0x${byte}); save it as UTF-8 (a Windows-1258 or TCVN3 file must be converted)`,
      vi: `Tệp không phải UTF-8 hợp lệ (byte 0x${byte}); hãy lưu lại dạng UTF-8 (tệp Windows-1258 hoặc TCVN3 phải được chuyển mã)`,
    });
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
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
  return { ok: true, text, hadBom };
}
