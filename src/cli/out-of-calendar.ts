import { fill, type Lang } from '../i18n.js';
import type { CatalogEntry, Diagnostic } from '../model/types.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { dayOf, dayParts, parseDay, type Day, type Moment } from '../time/moment.js';
import { countedPastAdvice } from '../time/year-advice.js';
import { vietnamToday } from '../node/calendar-loader.js';
import { formatDateTime } from '../time/units.js';
import type { OutOfCalendarError } from '../time/vietnam.js';
import { windowText } from '../time/window-text.js';
import { sweepWindow } from '../time/window.js';

const WORDS = {
  en: {
    received: 'The due dates cannot be counted for a dossier received {received}: {reason}',
    window: 'The time limit cannot be checked for receipts {window}: {reason}',
  },
  vi: {
    received: 'Không tính được hạn cho hồ sơ tiếp nhận {received}: {reason}',
    window: 'Không kiểm tra được thời hạn với thời điểm tiếp nhận {window}: {reason}',
  },
} as const;

/**
 * A file whose dates run past the years procmap's calendar knows (Tết after 2099), said at its time limit as lint
 * says it: for the receipt given, or for the window of receipts a sweep tries. That file only; the others go on.
 */
export function outOfCalendarDiagnostic(
  entry: Pick<CatalogEntry, 'file' | 'procedure' | 'source'>,
  error: OutOfCalendarError,
  calendar: WorkingCalendar,
  when: { received?: Moment | undefined; asOf?: Day | undefined },
  lang: Lang,
): Diagnostic {
  const words = WORDS[lang];
  const window = sweepWindow(calendar, parseDay(entry.procedure.effective), when.asOf);
  // The years procmap knows and what to write instead, from the year the count started in (the bare "not in 2100"
  // left an officer who wrote 31/12/2099 guessing).
  const from = dayParts(when.received === undefined ? window.from : dayOf(when.received)).year;
  const reason = countedPastAdvice(from, error.year, dayParts(vietnamToday()).year)[lang];
  const message =
    when.received === undefined
      ? fill(words.window, { window: windowText(window, lang), reason })
      : fill(words.received, { received: formatDateTime(when.received, lang), reason });
  return { file: entry.file, ...entry.source.locate(['time_limit']), severity: 'error', rule: 'calendar', message };
}
