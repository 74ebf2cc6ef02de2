/**
 * The text of a CSV file: UTF-8 with or without a BOM, or UTF-16 with its BOM. Shared by import and `ontime`, so that
 * a file saved in a legacy Vietnamese encoding is refused with the same words wherever it is read.
 */
import { said } from './import-messages.js';
import { SheetError } from './read-error.js';

/** The encodings a CSV file is read in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding of a CSV file from its first bytes: UTF-16 when it starts with UTF-16's byte order mark (Excel's
 * "Unicode Text" and some one-stop systems' exports), else UTF-8. Without a mark UTF-16 cannot be told for sure, and
 * legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) not at all: those fail to decode and are refused.
 */
export function encodingOf(data: Uint8Array): CsvEncoding {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Decodes a CSV file's bytes chunk by chunk in the encoding its first chunk shows, dropping the byte order mark;
 * throws SheetError, saying what to save instead, at the first bytes that are not that encoding. A Windows-1258 file
 * read leniently would lose its letters without a word ("Rút hồ sơ" no longer a withdrawal).
 */
export class CsvTextDecoder {
  private decoder: TextDecoder | undefined;
  private encoding: CsvEncoding = 'utf-8';

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
      throw new SheetError(said(this.encoding === 'utf-8' ? 'notUtf8' : 'brokenUtf16'));
    }
  }
}
