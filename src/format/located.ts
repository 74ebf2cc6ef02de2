import type { Diagnostic } from '../model/types.js';

/**
 * A diagnostic's words after its place, `file:line:column: words`; the words alone for a problem of the whole catalog
 * (a catalog rule that failed), which has no file and so no place, as the SARIF and GitHub formats give it none.
 */
export function located(d: Diagnostic, words: string): string {
  return d.file === '' ? words : `${d.file}:${d.line}:${d.column}: ${words}`;
}
