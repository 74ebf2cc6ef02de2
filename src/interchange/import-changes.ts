import { classify, type Change } from '../diff/classify.js';
import { compareCatalogs } from '../diff/compare.js';
import { changeLine } from '../format/diff-text.js';
import { clipPair, procedureFieldName, reasonText } from '../format/diff-words.js';
import type { Lang, Translated } from '../i18n.js';
import { DEFAULT_HOURS_PER_DAY } from '../model/duration.js';
import type { Procedure } from '../model/types.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { limitOrder } from '../time/limit-order.js';
import { overOnDates } from '../time/over-on-dates.js';
import { channelFieldWords, signoffWords } from './change-words.js';
import { said } from './import-messages.js';
import { sameData } from './same-data.js';

/** One thing an import changes in a file: diff's kind of it (added, removed, changed) and the change in diff's words. */
export interface ImportChange {
  verb: 'add' | 'remove' | 'change';
  change: Translated;
}

// Reasons the report's verb already says; any other (longer, over the limit) follows the change, as diff prints it.
const SAID_BY_VERB = new Set(['added', 'removed', 'changed']);

// The longest value shown of a field diff does not report on its own, as diff clips its values.
const MAX_VALUE = 100;

function verbOf(change: Change): ImportChange['verb'] {
  return change.reason === 'added' ? 'add' : change.reason === 'removed' ? 'remove' : 'change';
}

/** A change as diff says it, after the verb: `Legal basis: Nghị định …`, `Time limit: 5 → 7 working days  longer`. */
function lineOf(change: Change, lang: Lang, hoursPerDay: number): string {
  const line = channelFieldWords(change, lang) ?? changeLine(change, lang, hoursPerDay, { verb: true });
  const reason = SAID_BY_VERB.has(change.reason) ? '' : reasonText(change, lang);
  return reason === '' ? line : `${line}  ${reason}`;
}

/** A value as one short text, or undefined for a list or a map (said by its field's name alone). */
function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** A field that differs but that diff reports nothing of (the id's case, the amendment history): named, never left out. */
function fieldLine(field: string, before: unknown, after: unknown, lang: Lang): string {
  const name = procedureFieldName(field, lang);
  const [b, a] = [scalar(before), scalar(after)];
  if (b === undefined || a === undefined) return name;
  const [left, right] = clipPair(b, a, MAX_VALUE);
  return `${name}: ${left} → ${right}`;
}

/**
 * What an import changes in the file it updates, in the kinds and words of `procmap diff` ("removed: Legal basis:
 * …", "changed: Fee: Lệ phí: Miễn phí → Lệ phí: 8.000 đồng"), so that the officer sees what --force would write, or
 * wrote, before trusting it. Every top-level field that differs as the import judges it (the comparison that decides
 * whether the file is written) is said: what diff reports nothing of on its own, such as the amendment history, or an
 * id whose procedure diff pairs by it, is named by its field. The revision not raised is left out: an import never
 * raises it, the officer does. Days are counted in the catalog's working hours, and limits in other units (working
 * against calendar days, months) ordered on the catalog's calendar, as diff judges them; without a calendar (a test of
 * the words alone), only limits in one unit are ordered.
 */
export function importChanges(
  before: Procedure,
  after: Procedure,
  file: string,
  calendar?: WorkingCalendar,
): ImportChange[] {
  const hoursPerDay = calendar?.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  // Paired by the file's id, whatever the imported one: an id that differs is said below, not as a procedure removed.
  const compared = compareCatalogs(
    [{ file, procedure: before }],
    [{ file, procedure: { ...after, id: before.id } }],
    hoursPerDay,
  );
  const changes = classify(
    compared,
    hoursPerDay,
    calendar && ((b, a) => limitOrder(calendar, b, a)),
    calendar && ((procedure, channel) => overOnDates(calendar, procedure, channel)),
  ).filter((change) => change.kind !== 'revision-not-bumped');
  // The sign-off by who signs in each role, never its object as text.
  const signoff = changes.some((change) => change.field === 'signoff');
  const out = changes
    .filter((change) => change.field !== 'signoff')
    .map((change) => ({
      verb: verbOf(change),
      change: { en: lineOf(change, 'en', hoursPerDay), vi: lineOf(change, 'vi', hoursPerDay) },
    }));
  if (signoff) out.push(...signoffWords(before.signoff, after.signoff));
  // The fields diff judged: a difference it reports nothing of (the history) leaves its field to be named.
  const judged = new Set<string>(
    compared.flatMap((comparison) => comparison.differences.map((d) => d.at)).filter((at) => at !== 'history'),
  );
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof Procedure)[];
  for (const field of fields) {
    if (judged.has(field) || sameData(before[field], after[field])) continue;
    if (field === 'signoff') {
      out.push(...signoffWords(before.signoff, after.signoff));
      continue;
    }
    const verb = before[field] === undefined ? 'add' : after[field] === undefined ? 'remove' : 'change';
    const line = (lang: Lang) => fieldLine(field, before[field], after[field], lang);
    out.push({ verb, change: { en: line('en'), vi: line('vi') } });
  }
  return out;
}

const DONE = { add: 'added', remove: 'removed', change: 'changed' } as const;
const WOULD = { add: 'wouldAdd', remove: 'wouldRemove', change: 'wouldChange' } as const;

/** A change's line of the report: what --force would do (`would remove: …`), or what it did (`removed: …`). */
export function saidChange({ verb, change }: ImportChange, { done }: { done: boolean }): Translated {
  return said(done ? DONE[verb] : WOULD[verb], { change });
}
