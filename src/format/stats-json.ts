import type { CatalogStats, ListedProcedure } from '../catalog/stats.js';
import type { LeftOut } from '../catalog/counted.js';
import { workingTimeJson } from './working-time-json.js';

/** A listed procedure's working-time figures rounded as the reports print them; the rest as listed. */
function rounded(p: ListedProcedure): ListedProcedure {
  const out = { ...p };
  if (p.total) out.total = workingTimeJson(p.total);
  if (p.limit) out.limit = workingTimeJson(p.limit);
  if (p.slack) out.slack = workingTimeJson(p.slack);
  return out;
}

/** `procmap stats --format json`: the summary, its least-slack figures rounded, and the files it leaves out. */
export function statsJson(stats: CatalogStats, leftOut: readonly LeftOut[]): string {
  return `${JSON.stringify({ ...stats, leastSlack: stats.leastSlack.map(rounded), leftOut }, null, 2)}\n`;
}
