import type { Lang } from '../i18n.js';
import type { LoadedFile } from '../model/load.js';
import type { Diagnostic } from '../model/types.js';
import { RENDERING_RULES } from '../rules/index.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { lint, type LintResult } from './linter.js';

/** A catalog as read for drawing and printing: its parsed files, the unreadable ones, and each file's calendar. */
export interface RenderableCatalog {
  sources: readonly LoadedFile[];
  unreadable: readonly Diagnostic[];
  calendarOf(file: string): WorkingCalendar;
}

/** The lint a drawing or printing command runs, with the problems that stop a file and the files they stop. */
export interface RenderingLint extends LintResult {
  /** The rules' errors. */
  errors: Diagnostic[];
  /** The unreadable files and the errors, in that order: what the command reports. */
  problems: Diagnostic[];
  /** Files no output is made for. */
  broken: Set<string>;
}

/**
 * The catalog checked by the rules every drawing and printed document needs (RENDERING_RULES), each file on its own
 * calendar: `export`, `flowchart` and `doc` leave out the same files for the same reasons.
 */
export function lintForRendering(catalog: RenderableCatalog, lang: Lang): RenderingLint {
  const result = lint(catalog.sources, { rules: RENDERING_RULES, lang, calendarFor: catalog.calendarOf });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  const problems = [...catalog.unreadable, ...errors];
  return { ...result, errors, problems, broken: new Set(problems.map((d) => d.file)) };
}
