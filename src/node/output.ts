import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n.js';
import {
  displayPath,
  isInput,
  isSpecialFile,
  outputFolderRefusal,
  specialFileRefusal,
  systemFolderRefusal,
} from './files.js';
import type { Io } from './io.js';
import { lockForReport, lstatOrNone, OutputRecord } from './output-record.js';
import { inRunFolder } from './run-context.js';

/** Whether to colour output for a stream: NO_COLOR wins, then FORCE_COLOR (both from the run's Io), then whether it is a terminal. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

/** The file name a refusal suggests for a report in a folder, by the report's format. */
export const EXTENSIONS: Readonly<Record<string, string>> = {
  stylish: 'txt',
  text: 'txt',
  github: 'txt',
  json: 'json',
  sarif: 'sarif',
  junit: 'xml',
  markdown: 'md',
  html: 'html',
  xlsx: 'xlsx',
};

/** Whether `-o` names a folder: it ends in a slash (there or not yet), or a folder is there already. */
function namesFolder(output: string): boolean {
  return output.endsWith('/') || output.endsWith(sep) || lstatOrNone(output)?.isDirectory() === true;
}

/**
 * The file a single-file output (`-o` of lint, diff, ontime, export's workbook) goes to: `-o` as given, unless it
 * names a folder (a trailing slash, or a folder already there), as most tools read it: then the command's own file
 * name in it (`defaultName`, export's catalog.xlsx), or, for a report that has none, a refusal saying to add one.
 * Without this, `-o rep/` wrote a file named `rep`. Refuses too a file on the way to it (`-o notes.txt/report.txt`).
 * Called before the command reads anything.
 */
export function singleOutputFile(output: string, named: { defaultName: string } | { format: string }): string {
  if (!namesFolder(output)) return inWritableFolder(output);
  if ('defaultName' in named) return inWritableFolder(join(output, named.defaultName));
  const extension = EXTENSIONS[named.format.toLowerCase()] ?? 'txt';
  throw new UsageError({
    en: `--output names the report's file, and "${displayPath(output)}" is a folder; add the file's name: -o ${displayPath(join(output, `report.${extension}`))}`,
    vi: `--output là tên tệp báo cáo, còn "${displayPath(output)}" là một thư mục; hãy thêm tên tệp: -o ${displayPath(join(output, `bao-cao.${extension}`))}`,
  });
}

// The file, when its folder can be written into as far as can be told before the run: a file on its way
// (`-o notes.txt/report.sarif`) was said only once the whole catalog had been read and the report made.
function inWritableFolder(path: string): string {
  const refusal = outputFolderRefusal(dirname(path)) ?? systemFolderRefusal(path);
  if (refusal !== undefined) throw refusal;
  return path;
}

/**
 * Writes a report (`-o` of lint, diff, ontime) as writeFileSafely does (src/node/files.ts: never through a link,
 * never over an input, a short write is an error), refusing an existing YAML file: no report is
 * YAML, and one there is most likely a procedure, which a slip of `-o` would replace with the report. Like every
 * output, it replaces only a file procmap wrote and nobody changed since (the record beside it, output-record.ts),
 * unless --force: a slip of `-o notes.docx` would otherwise lose the officer's Word file. Waits while another run
 * writes into the folder (lockForReport).
 */
export async function writeReport(
  path: string,
  data: string | Uint8Array,
  { force, io, lang }: { force?: boolean | undefined; io: Io; lang: Lang },
): Promise<void> {
  // An input gets the message that says so, from writeFileSafely.
  if (/\.ya?ml$/i.test(path) && existsSync(inRunFolder(path)) && !isInput(path))
    throw new UsageError({
      en: `Refusing to write the report over "${displayPath(path)}": it is a YAML file, perhaps a procedure; write the report to another file (e.g. report.txt)`,
      vi: `Không ghi báo cáo đè lên "${displayPath(path)}": đó là một tệp YAML, có thể là một quy trình; hãy ghi báo cáo vào tệp khác (ví dụ bao-cao.txt)`,
    });
  // Before the lock: /dev/stdout's folder is no place for a lock file, and the refusal says what to do instead.
  const existing = lstatOrNone(path);
  if (existing !== undefined && isSpecialFile(path, existing)) throw specialFileRefusal(path, true);
  // Held from reading the record to its last save, as every run writing the record holds it (lockForReport).
  const held = await lockForReport(dirname(path), io, lang);
  let record;
  try {
    record = OutputRecord.open(dirname(path), { force, report: true, held, io, lang });
  } catch (error) {
    held?.();
    throw error;
  }
  try {
    record.write([[path, data]]);
    record.finish();
  } finally {
    record.close();
  }
}
