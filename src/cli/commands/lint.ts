import { lint } from '../../lint/linter.js';
import { LINT_FORMATTERS } from '../../format/index.js';
import type { Lang } from '../../i18n.js';
import type { LoadedFile } from '../../model/load.js';
import type { Diagnostic } from '../../model/types.js';
import { EXIT, UsageError } from '../errors.js';
import { findProcedureFiles, readProcedureFile } from '../files.js';
import type { Io } from '../io.js';
import { useColor, writeFileAtomic } from '../output.js';

/** Options of `procmap lint`, as commander parses them. */
export interface LintCommandOptions {
  format: string;
  maxWarnings?: string;
  quiet?: boolean;
  lang: Lang;
  output?: string;
}

/** Reads every procedure file under the paths; files that cannot be read come back as diagnostics. */
export function loadCatalog(paths: readonly string[]): { sources: LoadedFile[]; unreadable: Diagnostic[] } {
  const { files, unreadable } = findProcedureFiles(paths);
  const sources: LoadedFile[] = [];
  const failures: Diagnostic[] = unreadable.map(({ file, message }) => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'parse', message: `Cannot read: ${message}` }));
  for (const path of files) {
    const result = readProcedureFile(path);
    if ('locate' in result) sources.push(result);
    else failures.push({ file: result.file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'parse', message: `Cannot read: ${result.message}` });
  }
  return { sources, unreadable: failures };
}

/** `procmap lint`: exit 0 clean, 1 errors or too many warnings, 2 when a path could not be read. */
export async function lintCommand(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  const formatter = LINT_FORMATTERS[options.format];
  if (!formatter) throw new UsageError(`Unknown format "${options.format}"; use one of: ${Object.keys(LINT_FORMATTERS).join(', ')}`);
  let maxWarnings = -1;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${options.maxWarnings}"`);
  }
  const { sources, unreadable } = loadCatalog(paths.length > 0 ? paths : ['.']);
  const result = lint(sources, { lang: options.lang });
  const all = [...unreadable, ...result.diagnostics];
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const shown = options.quiet ? all.filter((d) => d.severity === 'error') : all;
  const text = formatter({ diagnostics: shown, files: sources.length + unreadable.length }, { color: !options.output && useColor(io.stdout), lang: options.lang });
  if (options.output) writeFileAtomic(options.output, text);
  else io.stdout.write(text);
  if (unreadable.length > 0) return EXIT.failure;
  if (errors > 0) return EXIT.problems;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`procmap: ${warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
