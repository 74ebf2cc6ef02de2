import { fill, type Translated } from '../i18n.js';
import { escapeControls } from './quote.js';

// `%YAML 1.1` at the top of a file makes `yaml` read it by YAML 1.1's rules: `010` is 8, `2025-10-15` a moment in time,
// `1:30` the number 90, `off` false. procmap reads every file by YAML 1.2's core rules, whatever the line says (as
// js-yaml did, and as every other file is read), and says that it does: the line asks for what procmap will not do.

/** A `%YAML` line asking for another version than 1.2: where it stands (offsets, with its line break) and the version. */
export interface VersionDirective {
  start: number;
  /** The end of the line's text. */
  end: number;
  /** The start of the next line: removing up to there removes the line. */
  next: number;
  version: string;
}

/**
 * The `%YAML` line of the text's directives (the lines before its first `---`) when it names a version other than
 * 1.2; undefined when there is none.
 */
export function versionDirective(text: string): VersionDirective | undefined {
  let start = 0;
  while (start < text.length) {
    const lineEnd = text.indexOf('\n', start);
    const next = lineEnd === -1 ? text.length : lineEnd + 1;
    const line = text.slice(start, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
    // Directives stand before the document's start, among comments and blank lines only.
    if (!line.startsWith('%') && !/^\s*(?:#.*)?$/.test(line)) return undefined;
    const version = /^%YAML[ \t]+(\S+)/.exec(line)?.[1];
    if (version !== undefined)
      return version === '1.2' ? undefined : { start, end: start + line.length, next, version };
    start = next;
  }
  return undefined;
}

/** What to say of such a line, as a warning (a procedure) or a refusal (a settings file): it is not followed, and why. */
export function versionDirectiveMessage(directive: VersionDirective): Translated {
  const data = { version: escapeControls(directive.version) };
  // Versions before 1.2 read the values officers write otherwise: the examples say why the line matters.
  const older = /^1\.[01]$/.test(directive.version);
  return {
    en: fill(
      older
        ? 'procmap reads every file by the rules of YAML 1.2, not by those of YAML {version} that this line asks for (where 010 is 8, 2025-10-15 a moment in time, 1:30 the number 90 and off false): remove the line'
        : 'procmap reads every file by the rules of YAML 1.2, not by those of YAML {version} that this line asks for: remove the line',
      data,
    ),
    vi: fill(
      older
        ? 'procmap đọc mọi tệp theo quy tắc của YAML 1.2, không theo YAML {version} như dòng này yêu cầu (khi đó 010 thành 8, 2025-10-15 thành một thời điểm, 1:30 thành số 90 và off thành false): hãy xóa dòng này'
        : 'procmap đọc mọi tệp theo quy tắc của YAML 1.2, không theo YAML {version} như dòng này yêu cầu: hãy xóa dòng này',
      data,
    ),
  };
}
