import type { Translated } from '../i18n.js';

/** A spreadsheet or document procmap cannot read, with the reason in words, in both languages. */
export class SheetError extends Error {
  override name = 'SheetError';

  /** `tooLarge`: refused for its size alone, which a CSV export of the same data does not meet (ontime says so). */
  constructor(
    readonly said: Translated,
    readonly tooLarge = false,
  ) {
    super(said.en);
  }
}

/** The first line of an error's message, as the detail of one of procmap's. */
export function firstLine(error: unknown): string {
  // Without its full stop: the message it goes into has its own ("…: undefined entity.." otherwise).
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
}

/**
 * Whether an error says the bytes are no zip archive at all, as JSZip ("end of central directory") or the streaming
 * reader of exceljs ("invalid signature", "FILE_ENDED" for a zip cut off) words it: a damaged, cut-off or renamed
 * file.
 */
export function isNotZip(error: unknown): boolean {
  return /end of central directory|is this a zip file|corrupted zip|invalid signature|^FILE_ENDED$/i.test(
    firstLine(error),
  );
}

/**
 * A file whose text procmap would read as other letters: bytes of a legacy encoding (Windows-1258, TCVN3, VNI), or
 * Vietnamese typed in a legacy font. Its words say how to convert the file, whatever kind of file it is.
 */
export class EncodingError extends SheetError {
  override name = 'EncodingError';
}
