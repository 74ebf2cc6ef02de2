import { dirname, extname, join, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath, outputFolderRefusal } from '../node/files.js';
import { lstatOrNone } from '../node/output-record.js';

/** The document formats, in the order they are written. */
export const DOC_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;
/** One of `procmap doc`'s formats. */
export type DocFormat = (typeof DOC_FORMATS)[number];

/** Where `procmap doc` writes: a folder of one file per procedure and format, or one file named by `-o`. */
export type DocTarget = { folder: string; file?: undefined } | { folder: string; file: string; format: DocFormat };

// The endings an officer gives a document's file, each the format it names in any letter case (`.MD`, `.Pdf`).
const ENDINGS: Readonly<Record<string, DocFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

// How each format is named to the officer, in a refusal.
const KINDS: Readonly<Record<DocFormat, { en: string; vi: string }>> = {
  md: { en: 'Markdown file', vi: 'tệp Markdown' },
  html: { en: 'HTML file', vi: 'tệp HTML' },
  pdf: { en: 'PDF', vi: 'tệp PDF' },
  docx: { en: 'Word file', vi: 'tệp Word' },
};

// `-o d1.md` → `d1`: the folder a refusal suggests instead, beside where the file would have been.
function folderInstead(output: string): string {
  const bare = output.slice(0, output.length - extname(output).length);
  return displayPath(bare === '' || bare.endsWith('/') ? join(bare, 'tai-lieu') : bare);
}

/**
 * What `-o` means to `procmap doc`: a name ending in a document's extension (`-o d1.md`, `-o ban-in.PDF`) that is
 * not a folder already and has no trailing slash is the file of that one document, in that format, as officers
 * name a file to save; anything else is the folder of documents (`-o out`, `-o v1.2`, `-o d1.md/`). Before, `-o
 * d1.md` made a folder of that name. `--format` given as well must ask for that one format (`-o d1.md -f pdf` is
 * left to the officer to settle); `.doc`, which procmap cannot write, is refused for `.docx`. Called before
 * anything is read.
 */
export function docTarget(output: string, formats: readonly DocFormat[], formatGiven: boolean): DocTarget {
  if (output.endsWith('/') || output.endsWith(sep) || lstatOrNone(output)?.isDirectory() === true)
    return { folder: output };
  const extension = extname(output).toLowerCase();
  if (extension === '.doc')
    throw new UsageError({
      en: `procmap writes Word documents as .docx, not .doc: write -o ${displayPath(`${output.slice(0, -4)}.docx`)}`,
      vi: `procmap ghi tài liệu Word dạng .docx, không phải .doc: hãy viết -o ${displayPath(`${output.slice(0, -4)}.docx`)}`,
    });
  const format = ENDINGS[extension];
  if (format === undefined) return { folder: output };
  if (formatGiven && (formats.length !== 1 || formats[0] !== format)) {
    const asked = formats.join(', ');
    throw new UsageError({
      en: `-o ${displayPath(output)} names one ${KINDS[format].en}, but --format asks for ${asked}: write --format ${format}, or name a folder for the documents: -o ${folderInstead(output)}`,
      vi: `-o ${displayPath(output)} là tên một ${KINDS[format].vi}, nhưng --format lại yêu cầu ${asked}: hãy viết --format ${format}, hoặc ghi tên một thư mục cho các tài liệu: -o ${folderInstead(output)}`,
    });
  }
  const refusal = outputFolderRefusal(dirname(output));
  if (refusal !== undefined) throw refusal;
  return { folder: dirname(output), file: output, format };
}

/**
 * Refuses a one-file target (`-o d1.md`) when the paths hold more than one procedure: the documents cannot share one
 * file, and which one was meant is not for procmap to guess. Called before anything is written.
 */
export function refuseManyForOneFile(target: DocTarget, procedures: number): void {
  if (target.file === undefined || procedures <= 1) return;
  throw new UsageError({
    en: `-o ${displayPath(target.file)} names one file, and ${procedures} procedures were found: name one procedure's file, or a folder for one document per procedure: -o ${folderInstead(target.file)}`,
    vi: `-o ${displayPath(target.file)} là tên một tệp, nhưng tìm thấy ${procedures} quy trình: hãy chỉ ra tệp của một quy trình, hoặc ghi tên một thư mục để mỗi quy trình một tài liệu: -o ${folderInstead(target.file)}`,
  });
}
