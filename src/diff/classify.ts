import { isStepNumberRemoved } from '../model/pasted-step-number.js';
import type { CalendarDayChanges } from '../time/calendar-day-changes.js';
import {
  DEFAULT_HOURS_PER_DAY,
  formatDurationShort,
  hoursDisagree,
  parseDuration,
  readDuration,
  saysBareHours,
  toWorkingHours,
} from '../model/duration.js';
import { limitsToMeet } from '../model/channels.js';
import { countsOriginals } from '../model/dossier-counts.js';
import type { Body, Channel, DossierItem, Duration, Procedure } from '../model/types.js';
import { analyseTime, difference as timeDifference, type TimeAnalysis, type WorkingTime } from '../time/analyse.js';
import type { LimitShares, TimedLimit } from '../time/limit-order.js';
import type { DateOverrun } from '../time/over-on-dates.js';
import { overrunGrew, sideOverrun, type Overrun, type SideOverrun } from './overrun.js';
import { inHours, round2 } from '../time/units.js';
import { cutoffAppliesTo } from '../time/cutoff-scope.js';
import { caseLimitChanges, type CaseLimitChange } from './case-limits.js';
import { shownStepNumbers } from '../model/step-numbers.js';
import { stepDuration } from '../model/step-days.js';
import { substantiveNote } from './limit-notes.js';
import { onlyControlsRemoved, onlyDaysSaid } from './fixed-wording.js';
import { isSpellingFix, sameWording } from './spelling.js';
import { markSameTitles, type SameTitle } from './same-title.js';
import {
  caseless,
  type DiffSide,
  type Difference,
  type FlowTarget,
  type ProcedureComparison,
  type Sides,
} from './compare.js';

/** Every kind of change procmap reports; docs/diff.md explains each one and its level. */
export const CHANGE_KINDS = [
  'time-limit-changed',
  'total-changed',
  'step-duration-changed',
  'step-counted-changed',
  'step-added',
  'step-removed',
  'step-body-changed',
  'step-renamed',
  'flow-changed',
  'procedure-added',
  'procedure-removed',
  'revision-changed',
  'revision-not-bumped',
  'fee-changed',
  'dossier-changed',
  'legal-basis-changed',
  'field-changed',
  'calendar-changed',
] as const;

/** A kind of change. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** How much a change matters to a reviewer, from the most to the least serious. */
export const CHANGE_LEVELS = ['breaking', 'warning', 'info'] as const;

/** A change's level. */
export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

/** Why a change has its level, as an id that formatters put in words. */
export type ChangeReason =
  | 'limit-raised'
  | 'case-limit-raised'
  | 'case-limit-lowered'
  | 'over-limit'
  | 'over-limit-grew'
  | 'still-over-limit'
  | 'now-within'
  | 'within-limit'
  | 'longer'
  | 'shorter'
  | 'longer-in-days'
  | 'shorter-in-days'
  | 'same-time'
  | 'total-same'
  | 'note-changed'
  | 'hours-settled'
  | 'hours-opened'
  | 'hours-contradict'
  | 'not-comparable'
  | 'calendar-decides'
  | 'cutoff-earlier'
  | 'cutoff-later'
  | 'cutoff-moves-no-limit'
  | 'cutoff-added'
  | 'cutoff-removed'
  | 'channel-removed'
  | 'in-person-unlisted'
  | 'added'
  | 'removed'
  | 'changed'
  | 'id-changed'
  | 'key-renamed'
  | 'body-renamed'
  | 'spelling'
  | 'wording'
  | 'id-case'
  | 'id-spelling'
  | 'order'
  | 'not-raised'
  | 'lowered'
  | 'no-history-entry';

/** One change found between two revisions, judged. */
export interface Change {
  kind: ChangeKind;
  level: ChangeLevel;
  procedure: string;
  /** The step it concerns, by its id in the revision (in the base for a removed step). */
  step: string | null;
  /**
   * That step as the document shows it: its number there (shownStepNumbers) and its name, on the side `step` is of;
   * `was`, its number in the base's document where the step was renumbered. Reports name steps so, never by id.
   */
  stepShown?: { number: string; name: string; was?: string };
  /** Values as text: durations in short form (`5d`, `4h`, `30cd`), totals in working hours; null where absent. */
  before: string | null;
  after: string | null;
  /** after − before in working time; null when there is no time or it cannot be compared (calendar days). */
  delta: WorkingTime | null;
  reason: ChangeReason;
  /** For a body renamed (`body-renamed`): how many steps it does, each of which went with it under its new name. */
  renamedIn?: number;
  /** The field it concerns, for dossier items, legal references, bodies and `field-changed`. */
  field: string | null;
  /**
   * For a time limit or a step's duration: each side exactly as the file writes it, null where absent. `before` and
   * `after` hold procmap's reading (`5d kể từ …`); reports quote only these, the law's own words.
   */
  written?: { before: string | null; after: string | null };
  /**
   * Both sides of a step's time read the same, so `before` and `after` are as written: reports print them so, not
   * re-read (a step's bare "10 ngày" under a limit in working days is 10 working days, not the calendar days its words
   * say).
   */
  sameReading?: true;
  /** The revision's time limit, for changes that go over it. */
  limit: string | null;
  title: string;
  /** The revision's file (the base's for a removed procedure). */
  file: string;
  /** The dossier item or way of filing on each side, for reports that print it in the reader's words. */
  items?: ItemSides;
  /** For `over-limit` and `over-limit-grew`: how far the steps overran the limit on each side, as lint says it. */
  overrun?: Overrun;
  /**
   * For `case-limit-raised` and `case-limit-lowered`: the case of the limit whose own limit moved ("phải xác minh"),
   * with its limit on each side (the general one where a side names no such case).
   */
  limitCase?: CaseLimitChange;
  /**
   * For `step-counted-changed`: the total counted against the limit on each side, as `total-changed` gives it
   * (`80h`), where the change carries the total's judgement; the report then says no `total-changed` besides.
   */
  total?: { before: string | null; after: string | null };
  /** For `calendar-decides`: how the limit changed on each side's calendar, for reports that say both. */
  orders?: CalendarOrders;
  /**
   * For a limit changed to another unit that is longer for some receipts and shorter for others (`not-comparable`):
   * on how many working days of the sweep the new limit gives some receipt more time, and less.
   */
  shares?: LimitShares;
  /** For `total-changed`: the revision's limit is in hours or same-day, so its totals read in hours as `time` says them. */
  hoursAgainst?: true;
  /** For `calendar-changed`: the days off and make-up working days added or removed, where any changed. */
  days?: CalendarDayChanges;
  /** For `calendar-changed`: the calendar file the revision's calendar was read from, where not the configuration. */
  calendarFile?: string;
  /**
   * For `procedure-added`: the base's file at its place could not be compared, so the base may have held it; `parsed`
   * when it was read as a procedure but has errors that stop the comparison (a next step that does not exist).
   */
  unreadableBase?: { file: string; problem: string; parsed: boolean };
  /** The base's file (`REV:path`) where a file named with `--since`, new at its path, held its procedure before. */
  movedFrom?: string;
  /**
   * For `procedure-removed` and `procedure-added`: the one procedure added (removed) under the same title, most often
   * the same procedure whose id changed (markSameTitles).
   */
  sameTitle?: SameTitle;
}

/**
 * How a limit's change reads on the base's calendar and on the revision's, where the two disagree: longer (1),
 * shorter (-1), the same (0), or null where it is longer for some days of receipt and shorter for others.
 */
export interface CalendarOrders {
  base: number | null;
  revision: number | null;
}

/** A dossier item's or a channel's two sides, as the procedures hold them; null on the side where it is absent. */
export type ItemSides =
  | {
      of: 'dossier';
      before: DossierItem | null;
      after: DossierItem | null;
      /** Whether each side's dossier counts originals apart (countsOriginals): then a count of copies is of copies. */
      split: { before: boolean; after: boolean };
    }
  | { of: 'channel'; before: Channel | null; after: Channel | null };

/** True when a level is at least as serious as another (for `--fail-on`). */
export function atLeast(level: ChangeLevel, threshold: ChangeLevel): boolean {
  return CHANGE_LEVELS.indexOf(level) <= CHANGE_LEVELS.indexOf(threshold);
}

// Time changes come first in every report: they are what reviewers of a catalog look for.
const TIME_KINDS: ReadonlySet<ChangeKind> = new Set([
  'time-limit-changed',
  'total-changed',
  'step-duration-changed',
  'step-counted-changed',
  'calendar-changed',
]);

/**
 * How a change of each top-level field is judged: by a case of its own in `classifyDifference`, or as
 * `field-changed` at a level (`warning` for fields that change how a dossier is handled, not just how it reads).
 * Keyed by the model's fields, so a field added to or renamed in the schema does not compile until it is placed here.
 */
export const FIELD_JUDGEMENT = {
  id: 'own-case',
  title: 'info',
  code: 'info',
  revision: 'own-case',
  effective: 'info',
  issued: 'info',
  level: 'warning',
  field: 'info',
  agency: 'warning',
  applicants: 'info',
  issuer: 'info',
  logo: 'info',
  time_limit: 'own-case',
  channels: 'own-case',
  four_on_the_spot: 'warning',
  cutoff: 'own-case',
  bodies: 'info',
  steps: 'own-case',
  purpose: 'info',
  scope: 'info',
  legal_basis: 'own-case',
  definitions: 'info',
  conditions: 'info',
  dossier: 'own-case',
  dossier_count: 'own-case',
  fee: 'own-case',
  place: 'info',
  result: 'info',
  records: 'info',
  forms: 'info',
  signoff: 'info',
  history: 'own-case',
} as const satisfies Record<keyof Procedure, ChangeLevel | 'own-case'>;

type Draft = Omit<Change, 'procedure' | 'title' | 'file' | 'step' | 'field' | 'limit' | 'delta'> &
  Partial<Pick<Change, 'step' | 'field' | 'limit' | 'delta'>>;

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  // A block scalar's last line break is no part of what the document prints.
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** How one side reads a duration's words. */
type DurationRead = (value: string) => Duration | undefined;

/** How each side of a change reads its duration's words. */
interface SideReads {
  before: DurationRead;
  after: DurationRead;
}

// A limit's words say its unit themselves: "10 ngày" is calendar days, the law's reading.
const BY_WORDS: SideReads = { before: parseDuration, after: parseDuration };

/**
 * Each side's reading of a step's duration as lint and `time` count it (model/step-days.ts): a bare "10 ngày" under
 * that side's limit in working days is 10 working days, so `lint --fix` writing "10 ngày làm việc" is the same time.
 */
function stepReads(comparison: ProcedureComparison): SideReads {
  const under = (side: DiffSide | undefined): DurationRead => {
    const limit = side?.procedure.time_limit;
    return typeof limit === 'string' ? (value) => stepDuration(value, limit) : parseDuration;
  };
  return { before: under(comparison.base), after: under(comparison.revision) };
}

/**
 * A duration in its short canonical form (`5d`); a limit in hours the law leaves open ("24 giờ": on the clock, or
 * working hours?) as written, since "24h" would say working hours, which the law does not.
 */
function durationText(value: unknown, limit = true, read: DurationRead = parseDuration): string | null {
  if (typeof value !== 'string') return text(value);
  if (limit && saysBareHours(value)) return value.trim();
  const duration = read(value);
  return duration ? formatDurationShort(duration) : value;
}

/**
 * A duration's before and after as a change shows them: each in its short canonical form (`5d`), or as written when
 * both have the same one, so that a change of writing alone shows what changed ("5d" → "5 ngày làm việc"); and each
 * as written, for reports that quote the law's words.
 */
function durationTexts(
  before: unknown,
  after: unknown,
  limit: boolean,
  reads: SideReads = BY_WORDS,
): Pick<Change, 'before' | 'after' | 'written' | 'sameReading'> {
  const written = { before: text(before), after: text(after) };
  const shown = { before: durationText(before, limit, reads.before), after: durationText(after, limit, reads.after) };
  if (shown.before === null || shown.before !== shown.after) return { ...shown, written };
  // A step's words alone may read otherwise than procmap counts them (bare days under a limit in working days).
  return limit ? { ...written, written } : { ...written, written, sameReading: true };
}

/** Whether a limit's hours are open on one side only ("24 giờ" → "3 ngày làm việc"): -1 open before, 1 after, else 0. */
function hoursOpened(before: unknown, after: unknown): number {
  const open = (value: unknown) => typeof value === 'string' && saysBareHours(value);
  return Number(open(after)) - Number(open(before));
}

function hoursOf(value: unknown, hoursPerDay: number, read: DurationRead = parseDuration): number | undefined {
  const duration = typeof value === 'string' ? read(value) : undefined;
  return duration && toWorkingHours(duration, hoursPerDay);
}

// To the minute, as the totals are: two-decimal hours made 16 minutes "+0,27 giờ" beside "45 phút → 1 giờ 1 phút".
// Where the sides' working days differ in length, the days are each side's own, as its due dates fall: 15 → 10 working
// days differ by 5 days (and 50 hours), not by the 7,14 days of the revision that 50 hours make; 18 h of days of 8 h
// → 17 h of days of 7 h is a quarter day longer, an hour shorter.
function deltaOf(
  before: number | undefined,
  after: number | undefined,
  hoursPerDay: number,
  baseHoursPerDay = hoursPerDay,
): WorkingTime | null {
  if (before === undefined || after === undefined) return null;
  const { hours } = timeDifference(after, before, hoursPerDay);
  if (baseHoursPerDay !== hoursPerDay)
    return { hours, days: round2(round2(after / hoursPerDay) - round2(before / baseHoursPerDay)) };
  // Days of the difference itself: a side under a day is printed in hours, not as the days figure it would round to.
  return { hours, days: round2(hours / hoursPerDay) };
}

/**
 * The sign of a working-time difference: by its hours, unless the days say otherwise (the working day changed
 * length): a time longer in days ends later for the applicant, whatever the hours.
 */
function deltaSign(delta: WorkingTime): number {
  const days = Math.sign(delta.days);
  return days !== 0 && days !== Math.sign(delta.hours) ? days : Math.sign(delta.hours);
}

/**
 * Whether a duration got longer (1), shorter (-1) or stayed (0): by the working-time delta, or between two
 * calendar-day or month values by their count (no hours, but 45 calendar days are longer than 30); undefined otherwise.
 */
function direction(
  before: unknown,
  after: unknown,
  delta: WorkingTime | null,
  reads: SideReads = BY_WORDS,
): number | undefined {
  if (delta !== null) return deltaSign(delta);
  const b = typeof before === 'string' ? reads.before(before) : undefined;
  const a = typeof after === 'string' ? reads.after(after) : undefined;
  // Same date unit on both sides (calendar days, months, same day): 45 calendar days are longer than 30, 3 months
  // than 1; "trong ngày" reworded, or with the law's next-day clause added, is the same time.
  if (b?.unit === 'sameday' && a?.unit === 'sameday') return Math.sign(sameDayRank(a) - sameDayRank(b));
  return b && a && b.unit === a.unit && (b.unit === 'cd' || b.unit === 'month')
    ? Math.sign(a.value - b.value)
    : undefined;
}

/**
 * How late a same-day limit ends for every receipt: the day of receipt, then the next working day's morning, then
 * its close ("trong ngày" → "Trong ngày làm việc tiếp theo" gives more time).
 */
function sameDayRank(duration: Duration): number {
  return duration.nextDay === 'close' ? 2 : duration.nextDay === 'morning' ? 1 : 0;
}

/**
 * Which of two limits, each with its procedure's cutoff, gives every dossier more time: 1, -1, 0, or undefined; on
 * the calendar of one side (the revision's when not said).
 */
export type LimitOrder = (before: TimedLimit, after: TimedLimit, side?: 'base' | 'revision') => number | undefined;

/** For two limits LimitOrder cannot order, how often the later one is longer and shorter, on the revision's calendar. */
export type LimitShare = (before: TimedLimit, after: TimedLimit) => LimitShares;

/**
 * How a procedure's steps overrun its limit, or a channel's, over the dates lint sweeps (see time/over-on-dates.ts),
 * on the calendar of one side (the revision's when not said).
 */
export type OverOnDates = (
  procedure: Procedure,
  channel?: string,
  side?: 'base' | 'revision',
) => DateOverrun | undefined;

/**
 * The two sides' working calendars where they differ (office hours or days off changed in the configuration): the
 * base's working day, and each side's office hours as a report shows them (`07:30-11:30, 13:00-17:00 (8h)`).
 */
export interface CalendarSides {
  baseHoursPerDay: number;
  before: string;
  after: string;
  /** The days off and make-up working days the revision's calendar adds or removes, where any changed. */
  days?: CalendarDayChanges;
  /** The calendar file the revision's calendar was read from (`calendar: lich.yaml`); none for the configuration's. */
  file?: string;
}

/**
 * What judging a time change needs besides the procedures: the length of a working day on each side, how to order
 * limits, whether steps overrun a limit that dates decide (calendar days, months, same day), and the calendars where
 * they differ.
 */
interface Judging {
  hoursPerDay: number;
  baseHoursPerDay: number;
  order?: LimitOrder;
  shares?: LimitShare;
  over?: OverOnDates;
  calendars?: CalendarSides;
}

/**
 * The order of two limits in different units by the dates they give (15 calendar days → 15 working days: longer),
 * on each side's calendar where the calendars differ: an order only where both say it, else what each says.
 */
function orderOnDates(
  before: unknown,
  after: unknown,
  comparison: ProcedureComparison,
  judging: Judging,
): number | CalendarOrders | undefined {
  const b = typeof before === 'string' ? parseDuration(before) : undefined;
  const a = typeof after === 'string' ? parseDuration(after) : undefined;
  if (!judging.order || !b || !a) return undefined;
  const limits = [
    { limit: b, cutoff: comparison.base?.procedure.cutoff },
    { limit: a, cutoff: comparison.revision?.procedure.cutoff },
  ] as const;
  const revision = judging.order(...limits, 'revision');
  if (!judging.calendars) return revision;
  // Saturday mornings dropped from the calendar make 11 working days longer than 14 calendar days, where they were
  // shorter: the calendar decides then, not the limit, and calling it raised (or shorter) on one calendar misleads.
  const base = judging.order(...limits, 'base');
  return base === revision ? revision : { base: base ?? null, revision: revision ?? null };
}

/**
 * Whether the words that go with a duration changed while its time did not ("5d" → "5d (trường hợp phải xác minh thì
 * không quá 10 ngày làm việc)"): what the law says with the limit, which the document prints, is no respelling.
 */
function noteChanged(before: unknown, after: unknown, hoursPerDay: number, reads: SideReads = BY_WORDS): boolean {
  const b = typeof before === 'string' ? reads.before(before) : undefined;
  const a = typeof after === 'string' ? reads.after(after) : undefined;
  // The legal default start ("kể từ ngày nhận đủ hồ sơ hợp lệ") and one agency's share that is the whole limit say
  // nothing the time does not: the limit is only written another way.
  return b !== undefined && a !== undefined && !sameNote(b, a, hoursPerDay);
}

/**
 * Whether two durations' notes say the same: alike once the default start and a share that is the whole limit are set
 * aside, or with only the bare days of a case or a share said, as `lint --fix` writes them.
 */
function sameNote(before: Duration, after: Duration, hoursPerDay: number): boolean {
  return onlyDaysSaid(substantiveNote(before, hoursPerDay), substantiveNote(after, hoursPerDay));
}

/** A longer or shorter time, or why it cannot be said. */
function timeReason(sign: number | undefined): { level: ChangeLevel; reason: ChangeReason } {
  if (sign === undefined) return { level: 'warning', reason: 'not-comparable' };
  if (sign > 0) return { level: 'warning', reason: 'longer' };
  return { level: 'info', reason: sign < 0 ? 'shorter' : 'same-time' };
}

function flowText(targets: FlowTarget[] | undefined): string | null {
  if (targets === undefined) return null;
  if (targets.length === 0) return '[]';
  // By name: in ids, a base step renumbered reads as the step that took its number (B1 → B3 for the same B2).
  const shown = (t: FlowTarget) => t.name ?? t.to;
  // Steps one of which is taken ("B2 hoặc B3") are written apart from parallel ones, with the slash written for "or".
  if (targets.every((t) => t.choice)) return targets.map(shown).join(' / ');
  // Joined by "; " as every list of the report is: step names hold commas ("Ghi Sổ, ký Giấy chứng nhận").
  return targets.map((t) => (t.label === undefined ? shown(t) : `${t.label}: ${shown(t)}`)).join('; ');
}

/** A dossier item as text; its counts named by kind where the dossier counts originals apart (`split`). */
function dossierText(item: DossierItem | undefined, split: boolean): string | null {
  if (item === undefined) return null;
  const { name, case: when, originals, copies, form } = item;
  const details = [
    when,
    originals !== undefined && `originals: ${originals}`,
    // A count alone where originals are not counted apart is a number of papers of no kind, as written.
    copies !== undefined && (originals !== undefined || split) ? `copies: ${copies}` : copies,
    form,
  ]
    .filter((x) => x !== undefined && x !== '' && x !== false)
    .map(String);
  return details.length > 0 ? `${name} (${details.join('; ')})` : name;
}

function channelText(item: Channel | undefined): string | null {
  if (item === undefined) return null;
  const { kind, time_limit: limit, fee, note } = item;
  // The change's title names the channel, in the reader's language: the value is what the channel says.
  const details = [limit && durationText(limit), fee !== undefined && `fee: ${fee}`, note]
    .filter((x) => x !== undefined && x !== '' && x !== false)
    .map(String);
  return details.length > 0 ? details.join('; ') : kind;
}

/** A change of a time limit: a longer one is breaking (only the law can allow it), as is one the steps now exceed. */
function limitChange(
  before: unknown,
  after: unknown,
  comparison: ProcedureComparison,
  over: { now: boolean; before: boolean; limit: string | null; channel?: string; verdicts: Verdicts },
  judging: Judging,
): Draft {
  const { hoursPerDay, baseHoursPerDay } = judging;
  const delta = deltaOf(hoursOf(before, baseHoursPerDay), hoursOf(after, hoursPerDay), hoursPerDay, baseHoursPerDay);
  const ordered = direction(before, after, delta) ?? orderOnDates(before, after, comparison, judging);
  const sign = typeof ordered === 'object' ? undefined : ordered;
  const [overNow, overBefore, limit] = [over.now, over.before, over.limit];
  const base = { kind: 'time-limit-changed', ...durationTexts(before, after, true), delta } as const;
  if (sign !== undefined && sign > 0) return { ...base, level: 'breaking', reason: 'limit-raised' };
  // A case the law gives its own limit is a branch of its own (lint and time judge its path against it): citizens in a
  // case whose limit rose wait longer, whatever the general limit did.
  const cases =
    typeof before === 'string' && typeof after === 'string'
      ? caseLimitChanges(before, after, baseHoursPerDay, hoursPerDay)
      : [];
  const raised = cases.find((item) => item.sign !== undefined && item.sign > 0);
  if (raised) return { ...base, level: 'breaking', reason: 'case-limit-raised', limitCase: raised };
  // Hours that may be on the clock end sooner than procmap counts them: the same working time, or less, is not the
  // same time for the citizen when one side's hours are open, and the published words change.
  const opened = hoursOpened(before, after);
  if (opened < 0 && sign !== undefined && sign <= 0) return { ...base, level: 'warning', reason: 'hours-settled' };
  if (opened > 0 && sign === 0) return { ...base, level: 'warning', reason: 'hours-opened' };
  if (sign !== undefined && sign <= 0 && newlyContradicts(before, after, judging))
    // As written: procmap's reading of the revision would leave out the very hours the reviewer must check.
    return { ...base, before: text(before), after: text(after), level: 'warning', reason: 'hours-contradict' };
  // A limit that gives the same time is not what put the steps over it: total-changed says that. One lowered below
  // steps that already overran it makes the overrun longer, which total-changed calls breaking too (and says so
  // where a limit in another unit, not comparable, leaves the steps later than before).
  if (overNow && sign !== 0 && (!overBefore || (sign !== undefined && sign < 0))) {
    const overrun = over.verdicts.overrun(over.channel);
    const figures = overrun ? { overrun } : {};
    return overBefore
      ? { ...base, level: 'breaking', reason: 'over-limit-grew', limit, ...figures }
      : { ...base, level: 'breaking', reason: 'over-limit', limit, ...figures };
  }
  // Another case's limit may come with the words (an exception): the reviewer reads them against the law.
  if (sign === 0 && noteChanged(before, after, hoursPerDay)) {
    const lowered = cases.find((item) => item.sign !== undefined && item.sign < 0);
    // A case's limit only lowered (and none of another case unknown) is shorter for those citizens, nothing worse.
    if (lowered && cases.every((item) => item.sign !== undefined))
      return { ...base, level: 'info', reason: 'case-limit-lowered', limitCase: lowered };
    return { ...base, level: 'warning', reason: 'note-changed' };
  }
  // Longer on one calendar and not on the other: for the reviewer to weigh, as a limit longer on some dates is.
  if (typeof ordered === 'object') return { ...base, level: 'warning', reason: 'calendar-decides', orders: ordered };
  return { ...base, ...timeReason(sign), ...limitShares(before, after, sign, comparison, judging) };
}

/**
 * Whether the revision's time glosses its working days with other hours than theirs ("03 ngày làm việc (72 giờ)",
 * which lint's bracketed-hours rejects) and the base's did not. procmap counts the days, so the time reads the same or
 * shorter; but the published words now also say 72 hours, 9 working days or 3 days on the clock: only the law says
 * which, so it is never "reworded, same time".
 */
function newlyContradicts(
  before: unknown,
  after: unknown,
  { hoursPerDay, baseHoursPerDay }: Pick<Judging, 'hoursPerDay' | 'baseHoursPerDay'>,
): boolean {
  const contradicts = (text: unknown, perDay: number) =>
    typeof text === 'string' && hoursDisagree(readDuration(text), perDay);
  return contradicts(after, hoursPerDay) && !contradicts(before, baseHoursPerDay);
}

/** For a limit in another unit that no sweep orders, how often it is longer and shorter: the reviewer weighs those. */
function limitShares(
  before: unknown,
  after: unknown,
  sign: number | undefined,
  comparison: ProcedureComparison,
  judging: Judging,
): Pick<Draft, 'shares'> {
  const b = typeof before === 'string' ? parseDuration(before) : undefined;
  const a = typeof after === 'string' ? parseDuration(after) : undefined;
  if (sign !== undefined || !judging.shares || !b || !a || b.unit === a.unit) return {};
  const shares = judging.shares(
    { limit: b, cutoff: comparison.base?.procedure.cutoff },
    { limit: a, cutoff: comparison.revision?.procedure.cutoff },
  );
  return shares.days > 0 ? { shares } : {};
}

/** Judges a channel's change: its time limit like the procedure's, its fee like the fee, the rest as a field. */
function classifyChannel(
  difference: Extract<Difference, { at: 'channels' }>,
  comparison: ProcedureComparison,
  judging: Judging,
  verdicts: Verdicts,
): Draft {
  const kind = difference.key;
  const name = `channels.${kind}`;
  if (difference.field === undefined) {
    const { before, after } = difference;
    // A new way of filing only adds a choice, unless its own limit is one the steps overrun, which lint rejects.
    const reason = presence(before, after);
    const values = {
      kind: 'field-changed',
      field: name,
      before: channelText(before),
      after: channelText(after),
      items: { of: 'channel', before: before ?? null, after: after ?? null },
    } as const;
    if (reason === 'added' && after?.time_limit !== undefined && verdicts.now(kind))
      return { ...values, level: 'breaking', reason: 'over-limit', limit: durationText(after.time_limit) };
    // A new way of filing with a limit longer than the procedure's was (a file without channels is filed in person
    // under it) is a longer limit for those who file that way, as raising a listed channel's is: only the law can
    // allow it. Breaking even though they had no such way before: the one they had, in person, gave less time.
    const base = comparison.base!.procedure;
    if (reason === 'added' && after?.time_limit !== undefined) {
      const none = { now: false, before: false, limit: null, channel: kind, verdicts };
      const longer = limitChange(base.time_limit, after.time_limit, comparison, none, judging);
      if (longer.reason === 'limit-raised' || longer.reason === 'case-limit-raised')
        return { ...longer, field: name, items: values.items };
    }
    // A way of filing the published procedure offered and the revision takes away is breaking, as a removed procedure
    // is: those who filed that way (online from afar, by post) lose it, and the ways are the law's to set (the
    // national record lists each procedure's ways, CACHTHUCTHUCHIEN), never an agency's process alone. In person is
    // what a file that lists no ways reads as, so dropping the whole list keeps it.
    if (reason === 'removed') {
      const kept = kind === 'in_person' && (comparison.revision!.procedure.channels ?? []).length === 0;
      return kept
        ? { ...values, level: 'info', reason: 'in-person-unlisted' }
        : { ...values, level: 'breaking', reason: 'channel-removed' };
    }
    return { ...values, level: 'info', reason };
  }
  if (difference.field === 'time_limit') {
    const { before, after } = difference;
    const over = {
      now: verdicts.now(kind),
      before: verdicts.before(kind),
      limit: durationText(after),
      channel: kind,
      verdicts,
    };
    return {
      ...limitChange(before, after, comparison, over, judging),
      field: name,
    };
  }
  const { field, before, after } = difference;
  if (field === 'fee')
    return {
      kind: 'fee-changed',
      ...(isWordingOnly(difference)
        ? { level: 'info' as const, reason: 'wording' as const }
        : { level: 'warning' as const, reason: presence(before, after) }),
      field: name,
      before: text(before),
      after: text(after),
    };
  return {
    kind: 'field-changed',
    level: 'info',
    reason: presence(before, after),
    field: `${name}.${field}`,
    before: text(before),
    after: text(after),
  };
}

function presence(before: unknown, after: unknown): ChangeReason {
  return before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
}

/**
 * Whether one side's steps overrun its limit (or `channel`'s): in working hours where both are, else on the dates
 * a sweep tries, as lint judges it, so that a change lint rejects is never let through as information.
 */
function isOver(
  time: TimeAnalysis | undefined,
  side: DiffSide | undefined,
  judging: Judging,
  channel: string | undefined,
  calendar: 'base' | 'revision',
): boolean {
  if (!time || !side) return false;
  const within =
    channel === undefined ? time.withinLimit : time.channels.find((item) => item.kind === channel)?.withinLimit;
  if (within !== undefined) return !within;
  return (judging.over?.(side.procedure, channel, calendar)?.late ?? 0) > 0;
}

/**
 * Whether the steps overrun a limit (the procedure's, or a channel's by kind) after the change, and before it; whether
 * an overrun grew (or began); and by how much on each side.
 */
interface Verdicts {
  now(channel?: string): boolean;
  before(channel?: string): boolean;
  grew(channel?: string): boolean;
  /** How far the steps overrun the limit now and overran it before; undefined where they meet it now. */
  overrun(channel?: string): Overrun | undefined;
}

/** `{ overrun }` with how far the steps overrun the limit (a channel's by kind) on each side, or nothing where they meet it. */
function overrunOf(verdicts: Verdicts, channel?: string): { overrun?: Overrun } {
  const overrun = verdicts.overrun(channel);
  return overrun ? { overrun } : {};
}

/** The limit that applies to a channel (its own, else the procedure's), or the procedure's, in its short form. */
function appliedLimit(procedure: Procedure, channel: string | undefined): string | null {
  const own = channel === undefined ? undefined : procedure.channels?.find((item) => item.kind === channel)?.time_limit;
  return durationText(own ?? procedure.time_limit);
}

/** Each side's verdicts, each found once: a limit that dates decide costs a sweep of receipts. */
function verdictsOf(comparison: ProcedureComparison, judging: Judging): Verdicts {
  const found = new Map<string, SideOverrun | undefined>();
  const on = (side: 'base' | 'revision', channel?: string): SideOverrun | undefined => {
    const key = `${side} ${channel ?? ''}`;
    if (!found.has(key)) {
      const [time, at] =
        side === 'base' ? [comparison.baseTime, comparison.base] : [comparison.revisionTime, comparison.revision];
      const figures =
        time && at
          ? sideOverrun(
              time,
              channel,
              () => judging.over?.(at.procedure, channel, side),
              appliedLimit(at.procedure, channel),
            )
          : undefined;
      found.set(key, figures);
    }
    return found.get(key);
  };
  const overrun = (channel?: string): Overrun | undefined => {
    const after = on('revision', channel);
    return after && { before: on('base', channel) ?? null, after };
  };
  return {
    now: (channel) => on('revision', channel) !== undefined,
    before: (channel) => on('base', channel) !== undefined,
    grew: (channel) => {
      const figures = overrun(channel);
      return figures !== undefined && overrunGrew(figures);
    },
    overrun,
  };
}

/** `hoursAgainst` for a total whose revision's limit is in hours or same-day, as time-text words the total there. */
function hoursAgainst(comparison: ProcedureComparison): { hoursAgainst?: true } {
  return inHours(comparison.revisionTime?.limitDuration.unit) ? { hoursAgainst: true } : {};
}

function limitText(comparison: ProcedureComparison): string | null {
  const time = comparison.revisionTime;
  const written = comparison.revision?.procedure.time_limit;
  // Open hours as the law writes them, so that the report marks procmap's reading rather than say working hours.
  if (written !== undefined && saysBareHours(written)) return written.trim();
  return time ? formatDurationShort(time.limitDuration) : null;
}

/** Judges one difference of a procedure present on both sides; undefined for one that is not reported on its own. */
function classifyDifference(
  difference: Difference,
  comparison: ProcedureComparison,
  judging: Judging,
  verdicts: Verdicts,
): Draft | undefined {
  const limit = limitText(comparison);
  // Only the time changes ask: a sweep of receipts is not run for a changed fee.
  const [overNow, overBefore] = difference.at === 'time_limit' ? [verdicts.now(), verdicts.before()] : [false, false];
  switch (difference.at) {
    case 'time_limit':
      return limitChange(
        difference.before,
        difference.after,
        comparison,
        { now: overNow, before: overBefore, limit, verdicts },
        judging,
      );
    case 'channels':
      return classifyChannel(difference, comparison, judging, verdicts);
    case 'total':
      return totalChange(difference, comparison, judging, verdicts);
    case 'history':
      // The amendment record says what changed; it is checked by revision-not-bumped, not reported as a change.
      return undefined;
    case 'revision': {
      // An issue number never goes back (ISO 9001 7.5.3: the amendment table lists each issue once, in order): one
      // lowered is an old file restored or a typo, and the document would print an issue that was already published.
      const lowered =
        typeof difference.before === 'number' &&
        typeof difference.after === 'number' &&
        difference.after < difference.before;
      return {
        kind: 'revision-changed',
        ...(lowered
          ? { level: 'warning' as const, reason: 'lowered' as const }
          : { level: 'info' as const, reason: 'changed' as const }),
        before: text(difference.before),
        after: text(difference.after),
      };
    }
    case 'fee':
      return {
        kind: 'fee-changed',
        ...(isWordingOnly(difference)
          ? { level: 'info' as const, reason: 'wording' as const }
          : { level: 'warning' as const, reason: presence(difference.before, difference.after) }),
        before: text(difference.before),
        after: text(difference.after),
      };
    case 'dossier_count':
      return {
        kind: 'dossier-changed',
        level: 'warning',
        reason: presence(difference.before, difference.after),
        field: 'dossier_count',
        before: text(difference.before),
        after: text(difference.after),
      };
    case 'dossier': {
      // More papers burden the applicant; fewer do not.
      const reason = presence(difference.before, difference.after);
      const split = {
        before: countsOriginals(comparison.base?.procedure.dossier),
        after: countsOriginals(comparison.revision?.procedure.dossier),
      };
      const wording = isWordingOnly(difference);
      return {
        kind: 'dossier-changed',
        level: reason === 'removed' || wording ? 'info' : 'warning',
        reason: wording ? 'wording' : reason,
        field: difference.key,
        before: dossierText(difference.before, split.before),
        after: dossierText(difference.after, split.after),
        items: { of: 'dossier', before: difference.before ?? null, after: difference.after ?? null, split },
      };
    }
    case 'legal_basis': {
      // A reference dropped may leave a step without its ground; one added documents a change made elsewhere.
      const reason = presence(difference.before, difference.after);
      const wording = isWordingOnly(difference);
      return {
        kind: 'legal-basis-changed',
        level: reason === 'removed' && !wording ? 'warning' : 'info',
        reason: wording ? 'wording' : reason,
        field: difference.key,
        before: text(difference.before),
        after: text(difference.after),
      };
    }
    case 'id':
      // Paired across letter case, or Đ and D (compareCatalogs): the same procedure, its id respelled.
      return {
        kind: 'field-changed',
        level: 'info',
        reason: caseless(String(difference.before)) === caseless(String(difference.after)) ? 'id-case' : 'id-spelling',
        field: 'id',
        before: text(difference.before),
        after: text(difference.after),
      };
    case 'step-order':
      return {
        kind: 'field-changed',
        level: 'info',
        reason: 'order',
        field: 'steps',
        before: difference.before?.join('; ') ?? null,
        after: difference.after?.join('; ') ?? null,
      };
    case 'cutoff':
      return cutoffChange(difference, comparison);
    case 'steps':
      if (difference.field === 'counted') return countedChange(difference, comparison, judging, verdicts);
      return classifyStep(difference, judging, comparison);
    case 'bodies':
      // Renamed, key and name, every step it did going with it: one change, at a rename's level, with its steps counted.
      if (difference.steps !== undefined)
        return {
          kind: 'field-changed',
          level: 'info',
          reason: 'body-renamed',
          field: `bodies.${difference.key}`,
          before: text(difference.before),
          after: text(difference.after),
          renamedIn: difference.steps,
        };
      // Its key alone changed: the same body, printed by the same name.
      if (difference.from !== undefined)
        return {
          kind: 'field-changed',
          level: 'info',
          reason: 'key-renamed',
          field: `bodies.${difference.key}`,
          before: difference.from,
          after: difference.key,
        };
      // Its name written again with its marks, letter case or spaces put right ("LÃNH ĐẠO UBND" → "Lãnh đạo UBND"),
      // its flags as they were: the same body, as a fee so reworded is the same fee.
      if (isBodyReworded(difference))
        return {
          kind: 'field-changed',
          level: 'info',
          reason: isSpellingFix(difference.before?.name, difference.after?.name) ? 'spelling' : 'wording',
          field: `bodies.${difference.key}`,
          before: text(difference.before),
          after: text(difference.after),
        };
      return fieldChanged(`bodies.${difference.key}`, FIELD_JUDGEMENT.bodies, difference);
    default:
      return fieldChanged(difference.at, FIELD_JUDGEMENT[difference.at], difference);
  }
}

/** Judges a change of the critical-path total: longer, shorter, or against the revision's limit. */
function totalChange(
  difference: Extract<Difference, { at: 'total' }>,
  comparison: ProcedureComparison,
  judging: Judging,
  verdicts: Verdicts,
): Draft | undefined {
  const { hoursPerDay } = judging;
  const limit = limitText(comparison);
  const [overNow, overBefore] = [verdicts.now(), verdicts.before()];
  const b = difference.before?.hours;
  const a = difference.after?.hours;
  const delta = deltaOf(b, a, hoursPerDay, judging.baseHoursPerDay);
  const base = {
    kind: 'total-changed',
    before: b === undefined ? null : `${b}h`,
    after: a === undefined ? null : `${a}h`,
    delta,
    ...hoursAgainst(comparison),
  } as const;
  // Steps that were over already and are now longer are not "now over": the report says the overrun grew.
  if (overNow && (!overBefore || (delta !== null && delta.hours > 0) || verdicts.grew()))
    return overBefore
      ? { ...base, level: 'breaking', reason: 'over-limit-grew', limit, ...overrunOf(verdicts) }
      : { ...base, level: 'breaking', reason: 'over-limit', limit, ...overrunOf(verdicts) };
  if (overNow && delta !== null && deltaSign(delta) < 0)
    return { ...base, level: 'warning', reason: 'still-over-limit', limit };
  if (overBefore && !overNow && delta !== null && deltaSign(delta) < 0)
    return { ...base, level: 'info', reason: 'now-within', limit };
  // Against a limit in hours the total is told in hours: the same hours on days of another length are no change.
  if (base.hoursAgainst && delta !== null && delta.hours === 0) return undefined;
  // Longer in days of a shorter working day, though not in hours (or the other way): both are said, never
  // "shorter" for steps that end later.
  if (delta !== null && deltaSign(delta) !== Math.sign(delta.hours))
    return deltaSign(delta) > 0
      ? { ...base, level: 'warning', reason: 'longer-in-days' }
      : { ...base, level: 'info', reason: 'shorter-in-days' };
  return { ...base, ...timeReason(direction(undefined, undefined, delta)) };
}

/**
 * A step marked `counted: false` (its time outside the limit, "không kể thời gian niêm yết"), or no longer: the total
 * counted against the limit moves as a step's duration would, so the change is judged as that total's change is (now
 * over the limit: breaking; longer: warning; shorter: information), and says the total; the report then says no
 * total-changed besides. Where something else moved the total the other way (a step uncounted, the total longer), the
 * total is said on its own and the step only for what it did: counted again, a warning; left out, information.
 */
function countedChange(
  difference: Extract<Difference, { at: 'steps'; field: 'counted' }>,
  comparison: ProcedureComparison,
  judging: Judging,
  verdicts: Verdicts,
): Draft {
  const [was, is] = [difference.before !== false, difference.after !== false];
  const base = {
    kind: 'step-counted-changed',
    step: difference.key,
    before: String(was),
    after: String(is),
  } as const;
  const [before, after] = [comparison.baseTime?.total, comparison.revisionTime?.total];
  const total = totalChange({ at: 'total', before, after }, comparison, judging, verdicts);
  const sign = total?.delta ? deltaSign(total.delta) : 0;
  if (total !== undefined && (is ? sign < 0 : sign > 0))
    return { ...base, level: is ? 'warning' : 'info', reason: 'changed' };
  const sides = {
    before: before === undefined ? null : `${before.hours}h`,
    after: after === undefined ? null : `${after.hours}h`,
  };
  if (total === undefined || (total.reason === 'same-time' && sign === 0))
    return {
      ...base,
      total: sides,
      delta: total?.delta ?? null,
      ...hoursAgainst(comparison),
      level: 'info',
      reason: 'total-same',
    };
  const { kind: _kind, before: _b, after: _a, ...judged } = total;
  return { ...base, ...judged, total: sides };
}

/** A cutoff's minutes after midnight; none is the end of the day, when no dossier moves to the next one. */
function cutoffMinutes(value: unknown): number {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value.trim()) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : Infinity;
}

/**
 * A cutoff moved, judged by what it does to the due dates of the limits it moves (working time, same day:
 * time/cutoff-scope.ts): earlier, a dossier received between the two hours counts from the next working day, which is
 * a longer limit for every such receipt, so breaking as a raised limit is; later, a shorter one; under limits it moves
 * none of (calendar days, months), no change to any due date.
 */
function cutoffChange({ before, after }: Sides, comparison: ProcedureComparison): Draft {
  const values = { kind: 'field-changed', field: 'cutoff', before: text(before), after: text(after) } as const;
  const moved = limitsToMeet(comparison.revision!.procedure).some(({ text: limit }) => {
    const duration = parseDuration(limit);
    return cutoffAppliesTo(duration?.unit, duration?.nextDay);
  });
  const sign = Math.sign(cutoffMinutes(after) - cutoffMinutes(before));
  if (!moved) return { ...values, level: 'info', reason: 'cutoff-moves-no-limit' };
  // One hour, not two: the report says the cutoff came or went, and the hour after which dossiers move.
  if (before === undefined) return { ...values, level: 'breaking', reason: 'cutoff-added' };
  if (after === undefined) return { ...values, level: 'info', reason: 'cutoff-removed' };
  if (sign < 0) return { ...values, level: 'breaking', reason: 'cutoff-earlier' };
  if (sign > 0) return { ...values, level: 'info', reason: 'cutoff-later' };
  return { ...values, level: 'info', reason: 'same-time' };
}

/** A change judged only by its field's level: what differs, as text. */
function fieldChanged(field: string, level: ChangeLevel, { before, after }: Sides): Draft {
  // The same words with their marks put right say nothing new.
  const spelling = isSpellingFix(before, after);
  return {
    kind: 'field-changed',
    level: spelling ? 'info' : level,
    reason: spelling ? 'spelling' : presence(before, after),
    field,
    before: text(before),
    after: text(after),
  };
}

function classifyStep(
  difference: Extract<Difference, { at: 'steps' }>,
  judging: Judging,
  comparison: ProcedureComparison,
): Draft {
  const { hoursPerDay, baseHoursPerDay } = judging;
  const step = difference.key;
  if (difference.field === undefined) {
    const added = difference.before === undefined;
    const name = (added ? difference.after : difference.before)!.name;
    return {
      kind: added ? 'step-added' : 'step-removed',
      level: 'warning',
      reason: added ? 'added' : 'removed',
      step,
      before: added ? null : name,
      after: added ? name : null,
    };
  }
  switch (difference.field) {
    case 'duration': {
      const { before, after } = difference;
      const reads = stepReads(comparison);
      const delta = deltaOf(
        hoursOf(before, baseHoursPerDay, reads.before),
        hoursOf(after, hoursPerDay, reads.after),
        hoursPerDay,
        baseHoursPerDay,
      );
      const sign = direction(before, after, delta, reads);
      return {
        kind: 'step-duration-changed',
        step,
        ...durationTexts(before, after, false, reads),
        delta,
        ...(sign !== undefined && sign <= 0 && newlyContradicts(before, after, judging)
          ? { before: text(before), after: text(after), level: 'warning' as const, reason: 'hours-contradict' as const }
          : sign === 0 && noteChanged(before, after, hoursPerDay, reads)
            ? { level: 'info' as const, reason: 'note-changed' as const }
            : timeReason(sign)),
      };
    }
    case 'id':
      return {
        kind: 'step-renamed',
        level: 'info',
        // The same id in other letter case ("nhan", "Nhan"), paired as one step whatever its name became; a step
        // number in other letter case ("b1", "B1") is no change at all.
        reason: caseless(String(difference.before)) === caseless(String(difference.after)) ? 'id-case' : 'id-changed',
        step,
        before: text(difference.before),
        after: text(difference.after),
      };
    case 'name':
      return {
        kind: 'step-renamed',
        level: 'info',
        // "Bước 1: Tiếp nhận" → "Tiếp nhận", as step-number-in-name's fix writes it: the document prints the same.
        reason:
          isStepNumberRemoved(difference.before, difference.after) ||
          onlyControlsRemoved(difference.before, difference.after)
            ? 'wording'
            : isSpellingFix(difference.before, difference.after)
              ? 'spelling'
              : 'changed',
        step,
        before: text(difference.before),
        after: text(difference.after),
      };
    case 'body':
      return {
        kind: 'step-body-changed',
        level: 'warning',
        reason: 'changed',
        step,
        before: bodyWithName(difference.before, comparison.base?.procedure.bodies),
        after: bodyWithName(difference.after, comparison.revision?.procedure.bodies),
      };
    case 'next':
      return {
        kind: 'flow-changed',
        level: 'warning',
        reason: 'changed',
        step,
        before: flowText(difference.before),
        after: flowText(difference.after),
      };
    default:
      return { ...fieldChanged(difference.field, 'info', difference), step };
  }
}

/** A step's body as its key and the name that side's bodies give it, "LD (Lãnh đạo UBND xã)": a key alone says little. */
function bodyWithName(key: unknown, bodies: Record<string, Body> | undefined): string | null {
  const written = text(key);
  const name = written === null ? undefined : bodies?.[written]?.name;
  return name === undefined || name === written ? written : `${written} (${name})`;
}

/**
 * A time limit or step duration written another way for the same time, note included ("Không quá 05 ngày làm việc"
 * and "5d", as `lint --fix` rewrites it): the document prints the same, so it is no change to record.
 */
function isRespelledDuration(d: Difference, hoursPerDay: number, comparison: ProcedureComparison): boolean {
  const durationField =
    d.at === 'time_limit' ||
    (d.at === 'steps' && d.field === 'duration') ||
    (d.at === 'channels' && d.field === 'time_limit');
  if (!durationField || typeof d.before !== 'string' || typeof d.after !== 'string') return false;
  const reads = d.at === 'steps' ? stepReads(comparison) : BY_WORDS;
  const before = reads.before(d.before);
  const after = reads.after(d.after);
  // A limit's open hours ("24 giờ") print as the law's words, "24h" as working hours: the document differs.
  if (d.at !== 'steps' && hoursOpened(d.before, d.after) !== 0) return false;
  // Hours in brackets that contradict the days ("03 ngày làm việc (72 giờ)") print a second time beside procmap's.
  if (newlyContradicts(d.before, d.after, { hoursPerDay, baseHoursPerDay: hoursPerDay })) return false;
  if (before === undefined || after === undefined) return false;
  if (!sameNote(before, after, hoursPerDay)) return false;
  // The same time in any unit ("10 ngày làm việc", "10d", "80h" on days of 8 working hours): the calendar's hours.
  const [b, a] = [toWorkingHours(before, hoursPerDay), toWorkingHours(after, hoursPerDay)];
  if (b !== undefined && a !== undefined) return b === a;
  const plain = ({ note: _note, ...time }: Duration) => formatDurationShort(time);
  return plain(before) === plain(after);
}

/**
 * A fee, a dossier item or a legal reference written again in other wording only (marks, letter case, spaces, "số"
 * before a decree's number), every number as it was: the document says the same, so it is no change of substance.
 */
function isWordingOnly(d: Difference): boolean {
  const fee =
    d.at === 'fee' || d.at === 'dossier' || d.at === 'legal_basis' || (d.at === 'channels' && d.field === 'fee');
  return (
    fee && d.before !== undefined && d.after !== undefined && sameWording(d.before, d.after, d.at === 'legal_basis')
  );
}

/** A body on both sides whose name differs only in its wording (marks, letter case, spaces), every flag the same. */
function isBodyReworded(d: Difference): boolean {
  return d.at === 'bodies' && d.before !== undefined && d.after !== undefined && sameWording(d.before, d.after);
}

/**
 * A step's id changed (renumbered, `B1` → `receive`, other letter case): the document numbers its steps itself and prints
 * no id, so it is no change to record; the step's name and everything else are compared on their own.
 */
function isStepId(d: Difference): boolean {
  // A body's key alone (`LDS` → `LDSTP`) likewise: the document names a body, never its key.
  // A body renamed with its key is printed by its new name: a change of content.
  return (d.at === 'steps' && d.field === 'id') || (d.at === 'bodies' && d.from !== undefined && d.steps === undefined);
}

/**
 * The document should record a change: content changed but `revision` did not rise, or `revision` rose (with or
 * without other changes) and `history` has no entry for it — the amendment table would miss that issue.
 */
function revisionNotBumped(comparison: ProcedureComparison, hoursPerDay: number): Draft | undefined {
  const base = comparison.base!.procedure;
  const revision = comparison.revision!.procedure;
  const content = comparison.differences.some(
    (d) =>
      d.at !== 'revision' &&
      d.at !== 'history' &&
      d.at !== 'total' &&
      !isRespelledDuration(d, hoursPerDay, comparison) &&
      // A step handed to another body whose key differs by a mark is another body, not a spelling; and the id the
      // document prints as its code changed with Đ for D as much as with its letter case.
      !(isSpellingFix(d.before, d.after) && !(d.at === 'steps' && d.field === 'body') && d.at !== 'id') &&
      !isStepId(d) &&
      !isWordingOnly(d) &&
      !isBodyReworded(d) &&
      !(d.at === 'steps' && d.field === 'name' && isStepNumberRemoved(d.before, d.after)) &&
      // Control characters printed nothing (control-characters' fix takes them out).
      !onlyControlsRemoved(d.before, d.after),
  );
  if (!content && revision.revision <= base.revision) return undefined;
  const draft = {
    kind: 'revision-not-bumped',
    level: 'warning',
    before: String(base.revision),
    after: String(revision.revision),
  } as const;
  if (revision.revision <= base.revision) return { ...draft, reason: 'not-raised' };
  if (!revision.history?.some((entry) => entry.revision === revision.revision))
    return { ...draft, reason: 'no-history-entry' };
  return undefined;
}

function drafts(comparison: ProcedureComparison, judging: Judging): Draft[] {
  const { base, revision } = comparison;
  if (!base) {
    // A new procedure whose steps already exceed its limit is as much a problem as an old one pushed over it.
    const over = isOver(comparison.revisionTime, revision, judging, undefined, 'revision');
    return [
      {
        kind: 'procedure-added',
        level: over ? 'breaking' : 'info',
        reason: over ? 'over-limit' : 'added',
        before: null,
        after: revision!.procedure.title,
        limit: over ? limitText(comparison) : null,
      },
    ];
  }
  if (!revision)
    return [
      { kind: 'procedure-removed', level: 'breaking', reason: 'removed', before: base.procedure.title, after: null },
    ];
  const verdicts = verdictsOf(comparison, judging);
  // An overrun the calendar alone explains is said once, as the calendar's change (and one it alone makes smaller is
  // none): the total then says only how it moved in days, whether or not something else in the file changed.
  const calendar = calendarChanges(comparison, judging, verdicts);
  const calendarSays =
    (judging.calendars !== undefined && comparison.differences.every((d) => d.at === 'total')) ||
    calendar.some((draft) => draft.field === undefined && draft.level === 'breaking');
  const quiet: Verdicts = { ...verdicts, now: () => false, before: () => false, grew: () => false };
  const found = comparison.differences.flatMap(
    (d) => classifyDifference(d, comparison, judging, calendarSays && d.at === 'total' ? quiet : verdicts) ?? [],
  );
  // A step counted or left out that says the total against the limit says it once: no total-changed besides.
  const totalSaid = found.some((draft) => draft.kind === 'step-counted-changed' && draft.total !== undefined);
  const out = totalSaid
    ? found.filter((draft) => !(draft.kind === 'total-changed' && draft.field === undefined))
    : found;
  out.push(...calendar);
  // Beside the other totals: before the steps' changes, which compare finds last.
  const steps = out.findIndex((draft) => draft.step !== undefined && draft.step !== null);
  out.splice(steps < 0 ? out.length : steps, 0, ...overrunsFound(comparison, verdicts, out));
  const bump = revisionNotBumped(comparison, judging.hoursPerDay);
  if (bump) out.push(bump);
  return out;
}

/**
 * Where the calendars differ, the limits the revision's steps overrun on its calendar and would not on the base's
 * (breaking: the office hours alone put them over, as lint at the revision says), or the other way (information):
 * said as the calendar's change, whatever else changed in the procedure.
 */
function calendarChanges(comparison: ProcedureComparison, judging: Judging, verdicts: Verdicts): Draft[] {
  const { calendars } = judging;
  const revision = comparison.revision!;
  if (!calendars) return [];
  const onBase = analyseTime(revision.procedure, calendars.baseHoursPerDay);
  return limitsToMeet(revision.procedure).flatMap(({ text, channel }): Draft[] => {
    const kind = channel?.kind;
    const [before, now] = [isOver(onBase, revision, judging, kind, 'base'), verdicts.now(kind)];
    // Steps unchanged and late on both calendars, later on the revision's: the calendar alone made it worse.
    const grew = before && now && comparison.differences.every((d) => d.at === 'total') && verdicts.grew(kind);
    if (before === now && !grew) return [];
    return [
      {
        kind: 'calendar-changed',
        level: now ? 'breaking' : 'info',
        reason: grew ? 'over-limit-grew' : now ? 'over-limit' : 'within-limit',
        before: calendars.before,
        after: calendars.after,
        ...(calendars.days ? { days: calendars.days } : {}),
        ...(calendars.file === undefined ? {} : { calendarFile: calendars.file }),
        limit: durationText(text),
        ...(now ? overrunOf(verdicts, kind) : {}),
        ...(kind === undefined ? {} : { field: `channels.${kind}` }),
      },
    ];
  });
}

/**
 * The limits the steps overrun after the change and did not before, or overran before and now overrun worse, that no
 * change found already says so: whatever changed (a step's duration in calendar days, a step added, the flow, the
 * cutoff, the date it takes effect), the revision is late where the base was not, or later, as lint's
 * within-time-limit judges it, and `--fail-on breaking` must stop what lint rejects. Said as the total against that
 * limit: the total as it stands on each side, with no total in working hours where a step is in calendar days.
 */
function overrunsFound(comparison: ProcedureComparison, verdicts: Verdicts, found: readonly Draft[]): Draft[] {
  const revision = comparison.revision!.procedure;
  const [before, after] = [comparison.baseTime?.total, comparison.revisionTime?.total];
  const total = {
    kind: 'total-changed',
    before: before === undefined ? null : `${before.hours}h`,
    after: after === undefined ? null : `${after.hours}h`,
    delta: deltaOf(before?.hours, after?.hours, comparison.revisionTime!.hoursPerDay, comparison.baseTime?.hoursPerDay),
    ...hoursAgainst(comparison),
    level: 'breaking',
    reason: 'over-limit',
  } as const;
  return limitsToMeet(revision).flatMap(({ text, channel }): Draft[] => {
    const kind = channel?.kind;
    if (!verdicts.now(kind) || (verdicts.before(kind) && !verdicts.grew(kind))) return [];
    const field = kind === undefined ? undefined : `channels.${kind}`;
    const said = (draft: Draft) => draft.reason === 'over-limit' || draft.reason === 'over-limit-grew';
    if (found.some((draft) => said(draft) && (draft.field ?? undefined) === field)) return [];
    const grew = verdicts.before(kind) ? { reason: 'over-limit-grew' as const } : {};
    const figures = { ...grew, ...overrunOf(verdicts, kind) };
    return [{ ...total, limit: durationText(text), ...figures, ...(field === undefined ? {} : { field }) }];
  });
}

/**
 * How a change's step is shown in the document: its number and name in the revision (in the base for a step removed),
 * and for a step whose id changed its number in the base's document.
 */
function stepsShown(comparison: ProcedureComparison): (draft: Draft) => Pick<Change, 'stepShown'> {
  const numbered = (procedure: Procedure | undefined) => {
    const steps = procedure?.steps ?? [];
    const numbers = shownStepNumbers(steps);
    return new Map(steps.map((step, i) => [step.id, { number: numbers[i]!, name: step.name }] as const));
  };
  const [base, revision] = [numbered(comparison.base?.procedure), numbered(comparison.revision?.procedure)];
  return (draft) => {
    const id = draft.step!;
    const found = draft.kind === 'step-removed' ? base.get(id) : (revision.get(id) ?? base.get(id));
    if (!found) return {};
    const renumbered = draft.kind === 'step-renamed' && (draft.reason === 'id-changed' || draft.reason === 'id-case');
    const was = renumbered && draft.before !== null ? base.get(draft.before)?.number : undefined;
    return { stepShown: { ...found, ...(was !== undefined && was !== found.number ? { was } : {}) } };
  };
}

/**
 * Judges compared procedures: a kind, a level and a reason for each change; time changes first in each procedure.
 * `order` says which of two limits in different units gives more time (see time/limit-order.ts); without it, such
 * a change is not comparable. `over` judges steps against a limit that dates decide; without it, they are not.
 */
export function classify(
  comparisons: readonly ProcedureComparison[],
  hoursPerDay = DEFAULT_HOURS_PER_DAY,
  order?: LimitOrder,
  over?: OverOnDates,
  calendars?: CalendarSides,
  shares?: LimitShare,
): Change[] {
  const changes: Change[] = [];
  const judging: Judging = {
    hoursPerDay,
    baseHoursPerDay: calendars?.baseHoursPerDay ?? hoursPerDay,
    ...(order ? { order } : {}),
    ...(shares ? { shares } : {}),
    ...(over ? { over } : {}),
    ...(calendars ? { calendars } : {}),
  };
  for (const comparison of comparisons) {
    const side = comparison.revision ?? comparison.base!;
    const shown = stepsShown(comparison);
    const found = drafts(comparison, judging).map((draft): Change => ({
      kind: draft.kind,
      level: draft.level,
      procedure: comparison.id,
      step: draft.step ?? null,
      ...(draft.step ? shown(draft) : {}),
      before: draft.before,
      after: draft.after,
      delta: draft.delta ?? null,
      reason: draft.reason,
      field: draft.field ?? null,
      limit: draft.limit ?? null,
      title: side.procedure.title,
      file: side.file,
      ...(draft.written ? { written: draft.written } : {}),
      ...(draft.sameReading ? { sameReading: draft.sameReading } : {}),
      ...(draft.items ? { items: draft.items } : {}),
      ...(draft.overrun ? { overrun: draft.overrun } : {}),
      ...(draft.orders ? { orders: draft.orders } : {}),
      ...(draft.shares ? { shares: draft.shares } : {}),
      ...(draft.limitCase ? { limitCase: draft.limitCase } : {}),
      ...(draft.total ? { total: draft.total } : {}),
      ...(draft.hoursAgainst ? { hoursAgainst: draft.hoursAgainst } : {}),
      ...(draft.days ? { days: draft.days } : {}),
      ...(draft.calendarFile === undefined ? {} : { calendarFile: draft.calendarFile }),
      ...(draft.renamedIn === undefined ? {} : { renamedIn: draft.renamedIn }),
    }));
    // Stable sort: time changes first, everything else in the order compare found it.
    found.sort((a, b) => Number(TIME_KINDS.has(b.kind)) - Number(TIME_KINDS.has(a.kind)));
    changes.push(...found);
  }
  return markSameTitles(changes);
}
