import type { CatalogStats, ListedProcedure } from '../catalog/stats.js';
import type { LeftOut } from '../catalog/counted.js';
import { round2 } from '../time/units.js';
import { workingTimeJson } from './working-time-json.js';
import { writtenLimitJson } from './limit-json.js';

/**
 * A listed procedure's working-time figures, and its usage of the limit, rounded as the reports print them; a
 * channel's own limit in its short form (`4d`) with the law's tail in `channelLimitNote`, as `time` gives it.
 */
function rounded(p: ListedProcedure): Record<string, unknown> {
  // The note goes right after the limit it belongs to, where a reader of the JSON looks for it.
  const out: Record<string, unknown> & Partial<ListedProcedure> = Object.fromEntries(
    Object.entries(p).flatMap(([key, value]) => {
      if (key !== 'channelLimit') return [[key, value]];
      const { limit, note } = writtenLimitJson(value as string);
      return note === undefined
        ? [[key, limit]]
        : [
            [key, limit],
            ['channelLimitNote', note],
          ];
    }),
  );
  if (p.total) out.total = workingTimeJson(p.total);
  if (p.limit) out.limit = workingTimeJson(p.limit);
  if (p.slack) out.slack = workingTimeJson(p.slack);
  // Two decimals, as the hours: 8 h 20 min of 24 h is 0.35, not 0.34722222222222227. Bands use the exact ratio.
  if (p.usage !== undefined) out.usage = round2(p.usage);
  return out;
}

/** `procmap stats --format json`: the summary, its least-slack figures rounded, and the files it leaves out. */
export function statsJson(stats: CatalogStats, leftOut: readonly LeftOut[]): string {
  // The years named as `time` and `ontime` name them, so one script reads the caveat of every command.
  const { ruleYears, provisionalYears, ...rest } = stats;
  const json = {
    ...rest,
    leastSlack: stats.leastSlack.map(rounded),
    holiday_rule_years: ruleYears,
    holiday_provisional_years: provisionalYears,
    leftOut,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
