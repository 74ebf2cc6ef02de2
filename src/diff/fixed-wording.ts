import { withoutControls } from '../model/control-characters.js';

// "ngày" and the words that say which days; a bare "ngày" is one with neither after it.
const DAY = /(?<!\p{L})ngày(?!\p{L})/giu;
const SAID = /^\s+(?:làm việc|lịch)(?!\p{L})/iu;

/**
 * Whether `after` is `before` with only some of its bare "ngày" said ("05 ngày" → "05 ngày làm việc" or "05 ngày
 * lịch"), as ambiguous-days' fix writes them in a limit's note: the days the officer meant, said, not another time.
 * A day already said in `before` and changed in `after` ("ngày lịch" → "ngày làm việc") is a change.
 */
export function onlyDaysSaid(before: string, after: string): boolean {
  if (before === after) return true;
  const parts = (text: string) => text.split(DAY);
  const [b, a] = [parts(before), parts(after)];
  if (b.length !== a.length || b[0] !== a[0]) return false;
  for (let i = 1; i < b.length; i++) {
    if (a[i] === b[i]) continue;
    // The words added right after a bare "ngày", the rest as it was.
    const added = SAID.exec(a[i]!);
    if (added === null || SAID.test(b[i]!) || a[i]!.slice(added[0].length) !== b[i]) return false;
  }
  return true;
}

/**
 * Whether `after` is `before` with its control characters taken out as control-characters' fix writes them (Word's
 * line break as a space or a new line, a character at a time in a quoted text): the document printed nothing for them.
 * Spaces and line breaks are compared as one space, since the fix writes either where Word's break stood.
 */
export function onlyControlsRemoved(before: unknown, after: unknown): boolean {
  return !sameValue(before, after) && alikeButControls(before, after);
}

/** Whether two values are alike but for control characters, a body's or a dossier item's fields one by one. */
function alikeButControls(before: unknown, after: unknown): boolean {
  if (typeof before === 'string' && typeof after === 'string') {
    if (before === after) return true;
    const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();
    return withoutControls(before) !== before && spaced(withoutControls(before)) === spaced(after);
  }
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null)
    return sameValue(before, after);
  if (Array.isArray(before) !== Array.isArray(after)) return false;
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => key in a && alikeButControls(b[key], a[key]));
}

/** The same value, a list or a map compared by its written form. */
function sameValue(before: unknown, after: unknown): boolean {
  return JSON.stringify(before) === JSON.stringify(after);
}
