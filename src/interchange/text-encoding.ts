/**
 * The text of a CSV file: UTF-8 with or without a BOM, or UTF-16 with or without its BOM. Shared by import and `ontime`, so that
 * a file saved in a legacy Vietnamese encoding is refused with the same words wherever it is read.
 */
import { said } from './import-messages.js';
import { EncodingError } from './read-error.js';

/** The encodings a CSV file is read in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of a CSV file from its first bytes: UTF-16 when it starts with UTF-16's byte order mark (Excel's
 * "Unicode Text" and some one-stop systems' exports), or without one when its first bytes pair a zero with each
 * letter of the header (a character of the Latin alphabet is one byte and a zero in UTF-16; UTF-8 text holds no
 * zero bytes); else UTF-8. Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) cannot be told from their bytes:
 * those fail to decode and are refused.
 */
export function encodingOf(data: Uint8Array): CsvEncoding {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return unmarkedUtf16(data) ?? 'utf-8';
}

// How many bytes are looked at for the zeros of UTF-16 without its mark: a header's worth.
const SAMPLE = 512;

/** UTF-16 without a byte order mark: zeros on one side of the byte pairs only, in a quarter of them at least. */
function unmarkedUtf16(data: Uint8Array): CsvEncoding | undefined {
  const pairs = Math.floor(Math.min(data.length, SAMPLE) / 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (data[2 * i] === 0) even++;
    if (data[2 * i + 1] === 0) odd++;
  }
  if (pairs === 0 || Math.max(even, odd) < pairs / 4) return undefined;
  if (even === 0) return 'utf-16le';
  if (odd === 0) return 'utf-16be';
  return undefined;
}

/** The kinds of text file decoded: a CSV file, which a spreadsheet saves, or a JSON export, which software writes. */
export type TextFileKind = 'csv' | 'json';

/**
 * Decodes a CSV or JSON file's bytes chunk by chunk in the encoding its first chunk shows, dropping the byte order
 * mark; throws EncodingError, saying what to save instead for the kind of file, at the first bytes that are not that
 * encoding. A Windows-1258 file read leniently would lose its letters without a word ("Rút hồ sơ" no longer a
 * withdrawal).
 */
export class CsvTextDecoder {
  private decoder: TextDecoder | undefined;
  private encoding: CsvEncoding = 'utf-8';

  constructor(private readonly kind: TextFileKind = 'csv') {}

  /** The text of the next chunk (a character cut between chunks is kept for the next). */
  write(bytes: Uint8Array): string {
    if (!this.decoder) {
      this.encoding = encodingOf(bytes);
      this.decoder = new TextDecoder(this.encoding, { fatal: true });
    }
    return this.decode(() => this.decoder!.decode(bytes, { stream: true }));
  }

  /** The text left at the end of the file: a character cut off there is refused. */
  end(): string {
    return this.decoder ? this.decode(() => this.decoder!.decode()) : '';
  }

  private decode(run: () => string): string {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      const json = this.kind === 'json';
      if (this.encoding === 'utf-8') throw new EncodingError(said(json ? 'notUtf8Json' : 'notUtf8'));
      throw new EncodingError(said(json ? 'brokenUtf16Json' : 'brokenUtf16'));
    }
  }
}
