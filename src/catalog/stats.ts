import type { CatalogEntry } from '../lint/linter.js';
import { agenciesOf } from '../model/agencies.js';
import type { ChannelKind, Duration, Procedure } from '../model/types.js';
import { analyseTime, type TimeAnalysis, type WorkingTime } from '../time/analyse.js';
import type { WorkingCalendar } from '../time/calendar.js';
import { type TimeVerdict, verdictOn } from '../time/verdict.js';

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
  /**
   * The case of the limit ("phải xác minh") whose own limit `limit`, `slack` and `usage` are measured against, or with
   * `limitChannel` and no `caseLimit`, whose branch the channel's limit is measured on (it binds every case).
   */
  limitCase?: string;
  /** That case's own limit as written ("không quá 15 ngày làm việc"), beside `limitCase`. */
  caseLimit?: string;
  /** The unit the limit is in, so that totals and slack are told in it (hours against a limit in hours). */
  limitUnit: Duration['unit'];
  /** The total of the paths the binding limit judges: a case's own paths where its limit binds. */
  total?: WorkingTime;
  limit?: WorkingTime;
  /** limit − total; negative when over: by the worst receipt's lateness where lint found a date-dependent limit over. */
  slack?: WorkingTime;
  withinLimit?: boolean;
  /**
   * `slack` is the worst receipt's lateness against a limit that dates decide: worded as lint, `time` and the document
   * word it (formatOverrun, "4 ngày 7 giờ 59 phút làm việc"), not as a working-time total.
   */
  overOnDates?: true;
  /** The procedure has draft steps: no total, neither within nor over its limit. */
  draft?: true;
  /** total ÷ limit; undefined when either is not in working time. */
  usage?: number;
  /** The years of days off not announced that the verdict on dates rests on (Tết 2027 computed from the law). */
  unsureYears?: { rule: number[]; provisional: number[] };
}

/** Where a procedure's critical-path total stands against its limit, in bands a chart can show. */
export const USAGE_BANDS = ['≤ 25%', '25–50%', '50–75%', '75–90%', '90–100%', '> 100%', 'n/a'] as const;

/** A catalog summarised: counts by level, agency and field, the four-on-the-spot share, totals against limits. */
export interface CatalogStats {
  procedures: number;
  byLevel: Record<string, number>;
  /** A procedure of several agencies (liên thông) counts under each of them, so the counts may add up to more. */
  byAgency: Record<string, number>;
  byField: Record<string, number>;
  fourOnTheSpot: { count: number; share: number };
  /** `draft`: procedures with draft steps, which have no total yet; `notComparable` leaves them out. */
  withinLimit: { within: number; over: number; notComparable: number; draft: number };
  usageBands: Record<(typeof USAGE_BANDS)[number], number>;
  /** The procedures over their limit, most over first, then those closest to it, least slack first. */
  leastSlack: ListedProcedure[];
  /** Years whose days off come from the Labour Code, not a notice, that some procedure's verdict rests on. */
  ruleYears: number[];
  /** Years whose announced days off are provisional that some procedure's verdict rests on. */
  provisionalYears: number[];
}

/** A procedure as listed: identity fields and its time figures, measured as its verdict measures them. */
export function listProcedure(entry: CatalogEntry, analysis: TimeAnalysis, verdict: TimeVerdict): ListedProcedure {
  const p = entry.procedure;
  const listed: ListedProcedure = {
    id: p.id,
    file: entry.file,
    title: p.title,
    revision: p.revision,
    effective: p.effective,
    fourOnTheSpot: p.four_on_the_spot === true,
    timeLimit: p.time_limit,
    limitUnit: verdict.limitDuration.unit,
  };
  if (p.code !== undefined) listed.code = p.code;
  if (p.level !== undefined) listed.level = p.level;
  if (p.field !== undefined) listed.field = p.field;
  if (p.agency !== undefined) listed.agency = p.agency;
  if (verdict.draft) listed.draft = true;
  const total = verdict.total ?? analysis.total;
  if (total) listed.total = total;
  if (verdict.channel) {
    listed.limitChannel = verdict.channel;
    listed.channelLimit =
      verdict.case === undefined ? verdict.limitText : p.channels!.find((c) => c.kind === verdict.channel)!.time_limit!;
  }
  if (verdict.case !== undefined) {
    listed.limitCase = verdict.case;
    listed.caseLimit = verdict.limitText;
  } else if (verdict.pathCase !== undefined) {
    // A channel's limit measured on a case's branch: the case named beside the channel, its limit the channel's.
    listed.limitCase = verdict.pathCase;
  }
  if (verdict.limit) listed.limit = verdict.limit;
  if (verdict.slack) listed.slack = verdict.slack;
  if (verdict.withinLimit !== undefined) listed.withinLimit = verdict.withinLimit;
  // The verdict keeps a sweep only where an overrun on dates binds, its slack that overrun.
  if (verdict.sweep && verdict.slack) listed.overOnDates = true;
  if (verdict.sweep?.unsure) listed.unsureYears = verdict.sweep.unsure;
  if (total && verdict.limit && verdict.limit.hours > 0) listed.usage = total.hours / verdict.limit.hours;
  return listed;
}

/**
 * Lists every procedure of a catalog with its time figures, in id order, each measured against the tightest of its
 * limits as lint's within-time-limit judges them, whatever severity the configuration gives that rule; on one
 * calendar, or on each file's own (`calendar` by file: a sub-catalog's office hours).
 */
export function listCatalog(
  entries: readonly CatalogEntry[],
  calendar: WorkingCalendar | ((file: string) => WorkingCalendar),
): ListedProcedure[] {
  const calendarOf = typeof calendar === 'function' ? calendar : () => calendar;
  return entries
    .map((entry) => {
      const calendar = calendarOf(entry.file);
      const analysis = analyseTime(entry.procedure, calendar);
      return listProcedure(entry, analysis, verdictOn(entry.procedure, analysis, calendar));
    })
    .sort((a, b) => a.id.localeCompare(b.id));
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

// A procedure counts once under each of its values (a liên thông procedure under each of its agencies), and under
// '—' when it has none.
function countBy(
  list: readonly ListedProcedure[],
  keys: (p: ListedProcedure) => readonly string[],
): Record<string, number> {
  // Null prototype: an agency or field named "__proto__" is counted like any other, not dropped.
  const counts: Record<string, number> = Object.create(null);
  for (const p of list) {
    const values = keys(p);
    for (const value of values.length > 0 ? values : ['—']) counts[value] = (counts[value] ?? 0) + 1;
  }
  // Most first; procedures that do not say come last, whatever their count.
  const missingLast = (name: string) => (name === '—' ? 1 : 0);
  return Object.fromEntries(
    Object.entries(counts).sort(
      (a, b) => missingLast(a[0]) - missingLast(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0], 'vi'),
    ),
  );
}

/**
 * The procedures of the "n/a" band told apart, each with the count of its line among the verdicts: judged within on
 * dates (a limit in calendar days, months or the same day, which a working-hours share cannot measure), with draft
 * steps, and not comparable. One "n/a: 2" beside "not comparable: 0" named one idea two ways.
 */
export function unbandedCounts(stats: CatalogStats): { withinByDates: number; draft: number; notComparable: number } {
  const { notComparable, draft } = stats.withinLimit;
  return { withinByDates: stats.usageBands['n/a'] - notComparable - draft, draft, notComparable };
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
    byLevel: countBy(list, (p) => (p.level === undefined ? [] : [p.level])),
    byAgency: countBy(list, (p) => agenciesOf(p.agency)),
    byField: countBy(list, (p) => (p.field === undefined ? [] : [p.field])),
    fourOnTheSpot: { count: fots, share: list.length === 0 ? 0 : Math.round((fots / list.length) * 1000) / 1000 },
    // By `withinLimit`, which lint's verdict may have set where the totals cannot (a channel's or a same-day limit).
    withinLimit: {
      within: list.filter((p) => p.withinLimit === true).length,
      over: list.filter((p) => p.withinLimit === false).length,
      notComparable: list.filter((p) => p.withinLimit === undefined && !p.draft).length,
      draft: list.filter((p) => p.draft).length,
    },
    usageBands,
    leastSlack: [...comparable]
      .sort(
        (a, b) =>
          overFirst(a) - overFirst(b) || (a.slack?.hours ?? 0) - (b.slack?.hours ?? 0) || a.id.localeCompare(b.id),
      )
      .slice(0, top),
    ruleYears: yearsOf(list, 'rule'),
    provisionalYears: yearsOf(list, 'provisional'),
  };
}

/** The years of one kind that any verdict of the catalog rests on, in order. */
function yearsOf(list: readonly ListedProcedure[], kind: 'rule' | 'provisional'): number[] {
  return [...new Set(list.flatMap((p) => p.unsureYears?.[kind] ?? []))].sort((a, b) => a - b);
}
