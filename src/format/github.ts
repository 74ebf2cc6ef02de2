import type { Severity } from '../model/types.js';
import { pathFromTop } from './source-path.js';
import type { LintFormatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message: `%`, CR and LF would otherwise end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): annotations on the lines of a pull request.
 * GitHub reads `file=` from the repository's top, so a path is written from there when it is known (`sourceRoot`),
 * whatever folder the job runs in; a file outside it, or a run outside any repository, keeps the path as shown.
 */
export const github: LintFormatter = (report, { cwd, sourceRoot, realPath }) =>
  report.diagnostics
    .map((d) => {
      const file = (cwd && sourceRoot && pathFromTop(d.file, cwd, sourceRoot, realPath)) || d.file;
      const where =
        d.file === ''
          ? ''
          : `file=${escapeProperty(file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},`;
      return `::${COMMAND[d.severity]} ${where}title=${escapeProperty(d.rule)}::${escapeData(d.message)}\n`;
    })
    .join('');
