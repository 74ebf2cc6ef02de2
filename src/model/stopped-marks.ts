import type { Document } from 'yaml';
import { valueAt } from './data-object.js';
import { refused } from './field-refuses.js';
import { LIMITS } from './limits.js';
import type { MarkProblem } from './yaml-marks.js';

// A file another mistake stops has no data for the schema to choose, by the field, between a mark's quotes and the
// word without it (`next: !B2`) or the value YAML reads (`body: !MC: Bộ phận`). What yaml read around that mistake
// still names most fields: a mark is told there as in a file that reads, so the message does not depend on a mistake
// elsewhere. Where the field is not sure (the lines near the mistake read otherwise), no fix is offered.

/** The values yaml read of a document it could not read whole, or undefined when even that fails. */
export function readSoFar(doc: Document): unknown {
  // What a broken file reads as may hold a list or a map as a key, and yaml would say so on stderr (nothing may go
  // there): only the fields near the mark matter here, and collection-keys.ts tells such keys once the file reads.
  const logLevel = doc.options.logLevel;
  doc.options.logLevel = 'error';
  try {
    return doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch {
    return undefined;
  } finally {
    doc.options.logLevel = logLevel;
  }
}

/** Whether the text before the mark at `start`, on its line, is the key or the list mark that `path` ends with. */
function writtenAt(text: string, start: number, path: NonNullable<MarkProblem['path']>): boolean {
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trimEnd();
  const last = path.at(-1);
  if (typeof last === 'number') return /[-[,]$/.test(before);
  if (last === undefined || !before.endsWith(':')) return false;
  return before.slice(0, -1).trimEnd().normalize('NFC').endsWith(last.normalize('NFC'));
}

/**
 * `problem` (a mark in a file another mistake stops) as its field in `data`, the values read so far, tells it: the
 * word without the mark where the field refuses the mark and takes the word, the value YAML reads where the field
 * refuses the whole text, the quotes where it takes them; undefined where the field is not sure.
 */
export function toldByField(data: unknown, text: string, problem: MarkProblem): MarkProblem | undefined {
  const { path, bare, named } = problem;
  if (data === undefined || path === undefined || !writtenAt(text, problem.start, path)) return undefined;
  // A word alone (`next: !B2`, `body: &MC:`) as written, the mark with it.
  if (bare !== undefined && refused(data, path, text.slice(problem.start, problem.end)))
    // Where the word is no better (`duration: !custom`), the quotes, as in a file that reads.
    return refused(data, path, bare.fix.text) ? problem : { ...problem, message: bare.message, fix: bare.fix };
  // A mark before words (`body: !MC: Bộ phận`): the data holds the whole text, as in a file that reads.
  const whole = valueAt(data, path);
  if (named !== undefined && typeof whole === 'string' && refused(data, path, whole))
    return { ...problem, message: named.message, fix: named.fix };
  return problem;
}
