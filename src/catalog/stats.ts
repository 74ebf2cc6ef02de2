import type { CatalogEntry } from '../lint/linter.js';
import { parseDuration, toWorkingHours } from '../model/duration.js';
import type { ChannelKind, Duration, Procedure } from '../model/types.js';
import { analyseTime, type TimeAnalysis, type WorkingTime } from '../time/analyse.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { round2 } from '../time/units.js';
import { worstOverrun } from './overrun.js';

/** One procedure's line in the catalog listing and summary. */
export interface ListedProcedure {
  id: string;
  file: string;
  title: string;
  code?: string;
  level?: Procedure['level'];
  field?: string;
  agency?: string;
  revision: number;
  effective: string;
  fourOnTheSpot: boolean;
  /** The limit exactly as published, e.g. `5d` or `30 ngày`. */
  timeLimit: string;
  /** The channel whose own shorter limit `limit`, `slack` and `usage` are measured against; else the procedure's. */
  limitChannel?: ChannelKind;
  /** That channel's own limit as written (`trong ngày`, `04 ngày làm việc`), beside `limitChannel`. */
  channelLimit?: string;
  /** The unit the limit is in, so that totals and slack are told in it (hours against a limit in hours). */
  limitUnit: Duration['unit'];
  total?: WorkingTime;
  limit?: WorkingTime;
  /** limit − total; negative when over: by the worst receipt's lateness where lint found a date-dependent limit over. */
  slack?: WorkingTime;
  withinLimit?: boolean;
  /** total ÷ limit; undefined when either is not in working time. */
  usage?: number;
}

/** Where a procedure's critical-path total stands against its limit, in bands a chart can show. */
export const USAGE_BANDS = ['≤ 25%', '25–50%', '50–75%', '75–90%', '90–100%', '> 100%', 'n/a'] as const;

/** A catalog summarised: counts by level, agency and field, the four-on-the-spot share, totals against limits. */
export interface CatalogStats {
  procedures: number;
  byLevel: Record<string, number>;
  byAgency: Record<string, number>;
  byField: Record<string, number>;
  fourOnTheSpot: { count: number; share: number };
  withinLimit: { within: number; over: number; notComparable: number };
  usageBands: Record<(typeof USAGE_BANDS)[number], number>;
  /** The procedures over their limit, most over first, then those closest to it, least slack first. */
  leastSlack: ListedProcedure[];
}

/** A procedure as listed: identity fields and its time figures. */
export function listProcedure(entry: CatalogEntry, analysis: TimeAnalysis): ListedProcedure {
  const p = entry.procedure;
  const listed: ListedProcedure = {
    id: p.id,
    file: entry.file,
    title: p.title,
    revision: p.revision,
    effective: p.effective,
    fourOnTheSpot: p.four_on_the_spot === true,
    timeLimit: p.time_limit,
    limitUnit: analysis.limitDuration.unit,
  };
  if (p.code !== undefined) listed.code = p.code;
  if (p.level !== undefined) listed.level = p.level;
  if (p.field !== undefined) listed.field = p.field;
  if (p.agency !== undefined) listed.agency = p.agency;
  if (analysis.total) listed.total = analysis.total;
  // The steps must fit every channel's limit too: a shorter one online is the one the figures are measured against.
  const tightest = analysis.channels.findIndex(
    (channel) =>
      channel.slack !== undefined &&
      channel.slack.hours < (analysis.slack?.hours ?? Infinity) &&
      analysis.channels.every((other) => other.slack === undefined || other.slack.hours >= channel.slack!.hours),
  );
  const bound = tightest < 0 ? analysis : analysis.channels[tightest]!;
  if (tightest >= 0) {
    listed.limitChannel = analysis.channels[tightest]!.kind;
    const written = p.channels?.[tightest]?.time_limit;
    if (written !== undefined) listed.channelLimit = written;
  }
  if (bound.limit) listed.limit = bound.limit;
  if (bound.slack) listed.slack = bound.slack;
  if (bound.withinLimit !== undefined) listed.withinLimit = bound.withinLimit;
  if (analysis.total && bound.limit && bound.limit.hours > 0) listed.usage = analysis.total.hours / bound.limit.hours;
  return listed;
}

/**
 * Lists every procedure of a catalog with its time figures, in id order. `overLimit` names the files lint found over
 * a limit: over, whatever the procedure's own total says (a channel's shorter limit, a same-day limit).
 */
export function listCatalog(
  entries: readonly CatalogEntry[],
  calendar: WorkingCalendar,
  overLimit: ReadonlySet<string> = new Set(),
): ListedProcedure[] {
  return entries
    .map((entry) => {
      const listed = listProcedure(entry, analyseTime(entry.procedure, calendar));
      if (overLimit.has(entry.file)) {
        listed.withinLimit = false;
        measureOverrun(listed, entry, calendar);
      }
      return listed;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Measures a procedure lint found over against the limit it overruns the most, when that is more than its figures
 * say: a same-day or calendar-day limit (its own or a channel's) leaves it on or under its working-time limit, or
 * without slack at all, and it would be listed as on the limit, or not at all, among the least slack.
 */
function measureOverrun(listed: ListedProcedure, entry: CatalogEntry, calendar: WorkingCalendar): void {
  const overrun = worstOverrun(entry, calendar);
  if (!overrun || (listed.slack !== undefined && -listed.slack.hours >= overrun.hours - 1e-9)) return;
  const { hoursPerDay } = calendar;
  const limit = parseDuration(overrun.limit)!;
  const limitHours = toWorkingHours(limit, hoursPerDay);
  const hours = Math.round(overrun.hours * 60) / 60;
  listed.slack = { hours: -hours, days: round2(-hours / hoursPerDay) };
  listed.limitUnit = limit.unit;
  delete listed.limitChannel;
  delete listed.channelLimit;
  if (overrun.channel) {
    listed.limitChannel = overrun.channel;
    listed.channelLimit = overrun.limit;
  }
  delete listed.limit;
  delete listed.usage;
  if (limitHours === undefined) return;
  listed.limit = { hours: limitHours, days: round2(limitHours / hoursPerDay) };
  if (listed.total && limitHours > 0) listed.usage = listed.total.hours / limitHours;
}

function band({ usage, withinLimit }: ListedProcedure): (typeof USAGE_BANDS)[number] {
  // Over by lint's reckoning (a same-day limit, a limit on dates) though no working-time figure says so.
  if (withinLimit === false && (usage === undefined || usage <= 1)) return '> 100%';
  if (usage === undefined) return 'n/a';
  if (usage <= 0.25) return '≤ 25%';
  if (usage <= 0.5) return '25–50%';
  if (usage <= 0.75) return '50–75%';
  if (usage <= 0.9) return '75–90%';
  if (usage <= 1 + 1e-9) return '90–100%';
  return '> 100%';
}

function countBy(
  list: readonly ListedProcedure[],
  key: (p: ListedProcedure) => string | undefined,
): Record<string, number> {
  // Null prototype: an agency or field named "__proto__" is counted like any other, not dropped.
  const counts: Record<string, number> = Object.create(null);
  for (const p of list) {
    const value = key(p) ?? '—';
    counts[value] = (counts[value] ?? 0) + 1;
  }
  // Most first; procedures that do not say come last, whatever their count.
  const missingLast = (name: string) => (name === '—' ? 1 : 0);
  return Object.fromEntries(
    Object.entries(counts).sort(
      (a, b) => missingLast(a[0]) - missingLast(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0], 'vi'),
    ),
  );
}

/** Summarises a listed catalog; `top` is how many least-slack procedures to name. */
export function catalogStats(list: readonly ListedProcedure[], top = 10): CatalogStats {
  const fots = list.filter((p) => p.fourOnTheSpot).length;
  const usageBands = Object.fromEntries(USAGE_BANDS.map((b) => [b, 0])) as CatalogStats['usageBands'];
  for (const p of list) usageBands[band(p)]++;
  // Over by lint's reckoning counts among them even without a figure: it is the least slack there is.
  const comparable = list.filter((p) => p.slack !== undefined || p.withinLimit === false);
  const overFirst = (p: ListedProcedure) => (p.withinLimit === false ? 0 : 1);
  return {
    procedures: list.length,
    byLevel: countBy(list, (p) => p.level),
    byAgency: countBy(list, (p) => p.agency),
    byField: countBy(list, (p) => p.field),
    fourOnTheSpot: { count: fots, share: list.length === 0 ? 0 : Math.round((fots / list.length) * 1000) / 1000 },
    // By `withinLimit`, which lint's verdict may have set where the totals cannot (a channel's or a same-day limit).
    withinLimit: {
      within: list.filter((p) => p.withinLimit === true).length,
      over: list.filter((p) => p.withinLimit === false).length,
      notComparable: list.filter((p) => p.withinLimit === undefined).length,
    },
    usageBands,
    leastSlack: [...comparable]
      .sort(
        (a, b) =>
          overFirst(a) - overFirst(b) || (a.slack?.hours ?? 0) - (b.slack?.hours ?? 0) || a.id.localeCompare(b.id),
      )
      .slice(0, top),
  };
}
