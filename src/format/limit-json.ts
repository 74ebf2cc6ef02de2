import { formatDurationShort, parseDuration } from '../model/duration.js';
import type { Duration } from '../model/types.js';

/**
 * A limit as the JSON reports give it: the canonical duration alone (`3d`), which a script can read back, and the
 * law's tail ("kể từ ngày nhận đủ hồ sơ") apart, never glued to the limit.
 */
export function limitJson(limit: Duration): { limit: string; note?: string } {
  const { note, ...duration } = limit;
  return { limit: formatDurationShort(duration), ...(note === undefined ? {} : { note }) };
}

/** A limit written in a file, as `limitJson` gives it; as written when procmap cannot read it. */
export function writtenLimitJson(text: string): { limit: string; note?: string } {
  const duration = parseDuration(text);
  return duration ? limitJson(duration) : { limit: text };
}
