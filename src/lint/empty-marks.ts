import { isMap, valueAt } from '../model/data-object.js';
import { refused } from '../model/field-refuses.js';
import type { EmptyMark, LoadedFile } from '../model/load.js';
import type { Diagnostic, NodePath, SourceRange } from '../model/types.js';

// A mark with nothing after it (`id: &receive`) leaves its value empty. Its quotes keep the "&" as written, which is
// right in a text (`name: "&Tiếp"`) and wrong where the field cannot hold an "&" (a step id, a step in `next`, a
// body's key): there the fix is the word without it. The same holds of a word after "!" (`id: !B1`), which procmap
// reads as the text written, and other programs as an empty value. Which the field is, the schema says by refusing the quoted value
// (whatever the field and its pattern); a step's body, which names a body, by the bodies declared.

/** The mark with nothing after it that left the value at `range` empty, if any. */
export function emptyMarkAt(source: LoadedFile, range: SourceRange): EmptyMark | undefined {
  return source.emptyMarks?.find((mark) => mark.value.line === range.line && mark.value.column === range.column);
}

/**
 * What to tell of a mark that left the value at `path` of `data` empty: its quotes, or where they cannot stand, its
 * word. Undefined for a mark read as the value's text (`name: !B1`), told already, where the word is no better: the
 * schema's own problem says what the field takes.
 */
export function emptyMarkProblem(data: unknown, path: NodePath, mark: EmptyMark): Diagnostic | undefined {
  if (mark.bare === undefined || !refused(data, path, mark.written)) return mark.told ? undefined : mark.diagnostic;
  // `time_limit: !custom`: without the "!" the limit is no better; the schema says what to write. The word is the one
  // the fix writes (`body: !MC:` gives MC).
  const fix = mark.bare.fix;
  if (mark.told && refused(data, path, fix && 'text' in fix ? fix.text : mark.written.slice(1))) return undefined;
  return mark.bare;
}

/** The marks read as text at steps' bodies (`body: !TN`), each with its path: the schema takes any text there. */
export function markedBodies(source: LoadedFile): { mark: EmptyMark; path: NodePath }[] {
  if (!source.emptyMarks?.some((mark) => mark.told)) return [];
  const steps = valueAt(source.data, ['steps']);
  if (!Array.isArray(steps)) return [];
  const found: { mark: EmptyMark; path: NodePath }[] = [];
  steps.forEach((step, i) => {
    if (!isMap(step) || typeof step.body !== 'string' || !step.body.startsWith('!')) return;
    const path = ['steps', i, 'body'];
    const mark = emptyMarkAt(source, source.locate(path));
    if (mark?.told) found.push({ mark, path });
  });
  return found;
}
