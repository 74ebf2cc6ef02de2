import { canonicalStepId, nextAmong } from '../model/lenient.js';

// The separators of several steps in one text ("B2:, B3:"), kept as written when each step is rewritten.
const SEPARATED = /([,;])/;

/**
 * A `next` text that names steps by their headings ("B2:", "Bước 3:, Bước 4."), rewritten with each step by its id
 * ("B2", "B3, B4"); undefined when no heading's mark is there, or a part is no step (a branch in words).
 * canonical-step-id reports it and canonical-next keeps quiet there, so one mistake gets one message.
 */
export function headingMarksRewritten(
  written: unknown,
  steps: readonly { id?: unknown; name?: unknown }[],
  ids: ReadonlySet<string>,
): string | undefined {
  if (typeof written !== 'string') return undefined;
  const stepOf = (text: string): string | undefined => {
    const read = nextAmong(text, steps);
    if (!('next' in read) || !Array.isArray(read.next) || read.next.length !== 1) return undefined;
    return ids.has(read.next[0]!) ? read.next[0] : undefined;
  };
  let changed = false;
  const parts = written.split(SEPARATED).map((part, k) => {
    if (k % 2 === 1) return part;
    const core = part.trim();
    if (canonicalStepId(core) === core.replace(/\s+/g, ' ')) return part;
    const id = stepOf(core);
    if (id === undefined) return part;
    changed = true;
    return part.replace(core, id);
  });
  if (!changed) return undefined;
  // A text of several steps is rewritten only when each part is a step: a branch in words is canonical-next's.
  if (SEPARATED.test(written) && written.split(/[,;]/).some((part) => stepOf(part.trim()) === undefined))
    return undefined;
  return parts.join('');
}
