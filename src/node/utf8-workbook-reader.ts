/**
 * exceljs's streaming workbook reader, with each part of the file decoded as one UTF-8 text. exceljs decodes every
 * piece the unzipper hands over (16 KiB) on its own, so a Vietnamese letter whose bytes the cut falls between came out
 * as "��" in a large export's names, statuses and agencies (exceljs/exceljs#2084, open; its fixes #1665 and #2894 not
 * merged): the parts it reads are given it as text, decoded across the cuts.
 */
import type ExcelJS from 'exceljs';

type Reader = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookReader>;
type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;
type Input = ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[0];

/** A part of the zip as the unzipper hands it to the reader: a stream that can decode its own bytes. */
interface Entry {
  setEncoding(encoding: BufferEncoding): unknown;
}

/** The methods of exceljs's WorkbookReader that read a part, which its types do not declare. */
interface PartReaders {
  _parseRels(entry: Entry): Promise<void>;
  _parseWorkbook(entry: Entry): Promise<void>;
  _parseSharedStrings(entry: Entry): AsyncGenerator<unknown>;
  _parseStyles(entry: Entry): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

/** A worksheet's bytes as text, a letter cut between two pieces decoded whole. */
async function* utf8Text(pieces: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const piece of pieces) {
    const text = typeof piece === 'string' ? piece : decoder.decode(piece, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** A part of the zip that hands over text, decoded across its pieces. */
function asText(entry: Entry): Entry {
  entry.setEncoding('utf8');
  return entry;
}

/** exceljs's WorkbookReader over `input`, reading every part's UTF-8 whole. */
export function utf8WorkbookReader(excel: typeof ExcelJS, input: Input, options: ReaderOptions): Reader {
  const Base = excel.stream.xlsx.WorkbookReader as unknown as new (
    input: Input,
    options: ReaderOptions,
  ) => Reader & PartReaders;
  class Utf8WorkbookReader extends Base {
    override _parseRels(entry: Entry) {
      return super._parseRels(asText(entry));
    }
    override _parseWorkbook(entry: Entry) {
      return super._parseWorkbook(asText(entry));
    }
    override _parseSharedStrings(entry: Entry) {
      return super._parseSharedStrings(asText(entry));
    }
    override _parseStyles(entry: Entry) {
      return super._parseStyles(asText(entry));
    }
    // A worksheet comes as the entry's pieces, or from a temporary file when it stands before the shared strings.
    override _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
      return super._parseWorksheet(utf8Text(iterator), sheetNo);
    }
  }
  return new Utf8WorkbookReader(input, options);
}
