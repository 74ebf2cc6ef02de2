import { sideHoursPerDay, summarizeChanges, type DiffReport } from './diff-words.js';
import { workingTimeJson } from './working-time-json.js';

/** `{"changes":[{"kind","level","procedure","step","before","after","delta":{"hours","days"},…}],"summary":{…}}`, for scripts. */
export function diffJson(report: DiffReport): string {
  const changes = report.changes.map((c) => ({
    kind: c.kind,
    level: c.level,
    procedure: c.procedure,
    step: c.step,
    before: c.before,
    after: c.after,
    delta: c.delta && workingTimeJson(c.delta),
    reason: c.reason,
    field: c.field,
    limit: c.limit,
    title: c.title,
    file: c.file,
    // The case of the limit whose own limit moved ("phải xác minh"), with that limit on each side.
    ...(c.limitCase
      ? { case: { words: c.limitCase.words, before: c.limitCase.before, after: c.limitCase.after } }
      : {}),
    // A limit in another unit, longer for some receipts and shorter for others: on how many working days of those
    // tried each.
    ...(c.shares ? { receiptDays: c.shares } : {}),
    // The total counted against the limit on each side, where a step counted or left out says it.
    ...(c.total ? { total: c.total } : {}),
    // The days off and make-up days a calendar change adds or removes (YYYY-MM-DD), where any changed.
    ...(c.days ? { days: c.days } : {}),
    // The calendar file a calendar change was read from, where not the configuration (`calendar: lich.yaml`).
    ...(c.calendarFile === undefined ? {} : { calendarFile: c.calendarFile }),
    // A procedure "added" where the base's file at its place could not be read: which file, and why.
    ...(c.unreadableBase ? { unreadableBase: c.unreadableBase } : {}),
    // A file named with --since, new at its path: the base's file its procedure was compared with.
    ...(c.movedFrom === undefined ? {} : { movedFrom: c.movedFrom }),
    // A body renamed: how many steps it does, each gone with it (`reason: body-renamed`).
    ...(c.renamedIn === undefined ? {} : { renamedIn: c.renamedIn }),
    // A procedure removed and one added under the same title: the other one, most often the same with its id changed.
    ...(c.sameTitle === undefined ? {} : { sameTitle: c.sameTitle }),
  }));
  // Where the sides' working days differ in length, their hours a day: each side's days are its own.
  const before = sideHoursPerDay(report, 'before');
  const workingDay = before === report.hoursPerDay ? {} : { workingDay: { before, after: report.hoursPerDay } };
  return `${JSON.stringify({ changes, summary: summarizeChanges(report.changes), ...workingDay }, null, 2)}\n`;
}
