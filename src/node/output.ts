import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { displayPath, isInput } from './files.js';
import type { Io } from './io.js';
import { OutputRecord } from './output-record.js';
import { inRunFolder } from './run-context.js';

/** Whether to colour output for a stream: NO_COLOR wins, then FORCE_COLOR (both from the run's Io), then whether it is a terminal. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream.isTTY === true;
}

/**
 * Writes a report (`-o` of lint, diff, ontime) as writeFileSafely does (src/node/files.ts: never through a link,
 * never over an input, a short write is an error), refusing an existing YAML file: no report is
 * YAML, and one there is most likely a procedure, which a slip of `-o` would replace with the report. Like every
 * output, it replaces only a file procmap wrote and nobody changed since (the record beside it, output-record.ts),
 * unless --force: a slip of `-o notes.docx` would otherwise lose the officer's Word file.
 */
export function writeReport(
  path: string,
  data: string | Uint8Array,
  { force, io, lang }: { force?: boolean | undefined; io: Io; lang: Lang },
): void {
  // An input gets the message that says so, from writeFileSafely.
  if (/\.ya?ml$/i.test(path) && existsSync(inRunFolder(path)) && !isInput(path))
    throw new UsageError({
      en: `Refusing to write the report over "${displayPath(path)}": it is a YAML file, perhaps a procedure; write the report to another file (e.g. report.txt)`,
      vi: `Không ghi báo cáo đè lên "${displayPath(path)}": đó là một tệp YAML, có thể là một quy trình; hãy ghi báo cáo vào tệp khác (ví dụ bao-cao.txt)`,
    });
  const record = OutputRecord.open(dirname(path), { force, report: true, io, lang });
  try {
    record.write([[path, data]]);
    record.finish();
  } finally {
    record.close();
  }
}
