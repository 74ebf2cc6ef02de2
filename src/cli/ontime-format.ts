import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath } from '../node/files.js';

/** The formats `procmap ontime` writes. */
export type OntimeFormat = 'text' | 'json' | 'markdown' | 'xlsx' | 'html';

// The format a report file's name asks for, as an officer names the file to save.
const BY_EXTENSION: Readonly<Record<string, OntimeFormat>> = {
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};
const NAMES: Readonly<Record<OntimeFormat, string>> = {
  text: 'text',
  json: 'JSON',
  markdown: 'Markdown',
  xlsx: 'Excel',
  html: 'HTML',
};
const EXTENSION: Readonly<Record<OntimeFormat, string>> = {
  text: 'txt',
  json: 'json',
  markdown: 'md',
  xlsx: 'xlsx',
  html: 'html',
};

// Names of table files ontime does not write: given one, the text report went into a file a spreadsheet opens as
// garbage. A CSV of the dossiers is the workbook's sheet "Tất cả hồ sơ", which Excel saves as CSV if one is needed.
const NOT_WRITTEN: ReadonlySet<string> = new Set(['.csv', '.tsv', '.xls', '.ods']);

/**
 * The report's format: --format when given, else the one `-o`'s name ends in (`-o bao-cao.xlsx` is a workbook: the text
 * report was written into it, which Excel cannot open), else text. A workbook asked for by one and not the other
 * (`-o bao-cao.xlsx -f json`, `-o bao-cao.json -f xlsx`) is refused: either way the file would not open.
 */
export function ontimeFormat(format: OntimeFormat, output: string | undefined, formatGiven: boolean): OntimeFormat {
  const extension = output === undefined ? '' : extname(output).toLowerCase();
  if (NOT_WRITTEN.has(extension)) {
    const file = displayPath(output!);
    const instead = displayPath(`${output!.slice(0, output!.length - extension.length)}.xlsx`);
    throw new UsageError({
      en: `-o ${file}: ontime does not write ${extension.slice(1).toUpperCase()} files; it writes text (.txt), JSON (.json), Markdown (.md), HTML (.html) or an Excel workbook (.xlsx), whose sheet "Tất cả hồ sơ" lists every dossier, one per row: name the file -o ${instead}`,
      vi: `-o ${file}: ontime không ghi tệp ${extension.slice(1).toUpperCase()}; ontime ghi văn bản (.txt), JSON (.json), Markdown (.md), HTML (.html) hoặc sổ tính Excel (.xlsx), có trang "Tất cả hồ sơ" liệt kê mỗi hồ sơ một dòng: hãy đặt tên tệp -o ${instead}`,
    });
  }
  const named = output === undefined ? undefined : BY_EXTENSION[extension];
  if (named === undefined) return format;
  if (!formatGiven) return named;
  if (named === format || (named !== 'xlsx' && format !== 'xlsx')) return format;
  const instead = displayPath(`${output!.slice(0, output!.length - extname(output!).length)}.${EXTENSION[format]}`);
  const file = displayPath(output!);
  throw new UsageError({
    en: `-o ${file} names ${named === 'xlsx' ? 'an Excel workbook' : `a ${NAMES[named]} file`}, but --format asks for ${format}: write --format ${named}, or name the file -o ${instead}`,
    vi: `-o ${file} là tên ${named === 'xlsx' ? 'một sổ tính Excel' : `một tệp ${NAMES[named]}`}, nhưng --format lại yêu cầu ${format}: hãy viết --format ${named}, hoặc đặt tên tệp -o ${instead}`,
  });
}
