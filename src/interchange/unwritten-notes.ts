import { escapeControls } from '../model/quote.js';

// An import that gives the procedure the file already holds leaves the file as it is; the notes it carries (an
// officer's own column, a value with no field) would then be lost unless the file's comments hold them already.

/** The notes of an import that no comment line of the file's text holds, each as headerOf writes it. */
export function notesNotIn(text: string, notes: readonly string[]): string[] {
  const comments = new Set(
    text
      .split(/\r?\n/)
      .filter((line) => line.trimStart().startsWith('#'))
      .map((line) => line.trimStart().slice(1).trim()),
  );
  return notes.map((note) => escapeControls(note).trim()).filter((note) => !comments.has(note));
}
