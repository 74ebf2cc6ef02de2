import type { Lang } from '../i18n.js';
import { loadFile, localised, ofSettingsFile, type LoadedFile } from '../model/load.js';
import type { Diagnostic } from '../model/types.js';
import { optionsUnderSeverity } from './options-under-severity.js';

/** A settings file read (procmap.config.yaml, a calendar), or the problems that stop it. */
export type SettingsSource = { ok: true; source: LoadedFile } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads a settings file as a procedure file is read. A run has no place to tell a settings file's warnings, so any
 * the reader gives (a `%YAML` line that procmap does not follow, a mark YAML read before a value, `&h 8`, that makes
 * the value other than written) stops it, as an error, rather than be passed over in silence.
 */
export function loadSettingsFile(file: string, bytes: Uint8Array, lang: Lang): SettingsSource {
  const source = loadFile(file, bytes);
  if (source.diagnostics.length === 0) return { ok: true, source };
  // No field says here whether the mark or the text was meant (as lint does for a procedure): both are told.
  const either = new Map(source.anchoredValues?.map((mark) => [mark.diagnostic, mark.either]));
  const diagnostics = source.diagnostics.map((d) => ({
    ...localised(either.get(d) ?? ofSettingsFile(d), lang),
    severity: 'error' as const,
  }));
  // `four-on-the-spot: warn` with `max: 4h` indented under it: yaml stops a line or two above, at a line that is right.
  const under = optionsUnderSeverity(new TextDecoder().decode(bytes), lang);
  if (under === undefined) return { ok: false, diagnostics };
  const told: Diagnostic = {
    file,
    line: under.line,
    column: under.column,
    endLine: under.line,
    endColumn: under.column,
    severity: 'error',
    rule: 'parse',
    message: under.message,
  };
  // yaml's own words for the same fault stand in the lines from the rules section down to the options.
  const others = diagnostics.filter((d) => d.line > under.endLine);
  return { ok: false, diagnostics: [told, ...others] };
}

/** A settings file's problems as a run that stops on them prints them: one `file:line:column: message` line each. */
export function locatedLines(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n');
}
