import type { Lang } from '../i18n.js';
import { formatDurationShort, parseDuration } from './duration.js';
import type { Channel, ChannelKind, NodePath, Procedure } from './types.js';

/** How each channel is named, as the national procedure database words it. */
export const CHANNEL_NAMES: Record<Lang, Record<ChannelKind, string>> = {
  vi: { in_person: 'Trực tiếp', online: 'Trực tuyến', postal: 'Qua dịch vụ bưu chính công ích' },
  en: { in_person: 'In person', online: 'Online', postal: 'By public postal service' },
};

/** One time limit a procedure must meet: its own, or a channel's that differs. */
export interface LimitToMeet {
  /** The limit as written. */
  text: string;
  /** Where it is written, for diagnostics. */
  path: NodePath;
  /** The channel it belongs to; undefined for the procedure's own `time_limit`. */
  channel?: Channel;
}

/**
 * Every time limit the steps must fit: the procedure's `time_limit`, then each channel's own `time_limit` where it
 * is written and differs (a channel without one uses the procedure's, which is already checked).
 */
export function limitsToMeet(procedure: Procedure): LimitToMeet[] {
  const limits: LimitToMeet[] = [{ text: procedure.time_limit, path: ['time_limit'] }];
  const own = canonical(procedure.time_limit);
  (procedure.channels ?? []).forEach((channel, i) => {
    if (channel.time_limit !== undefined && canonical(channel.time_limit) !== own)
      limits.push({ text: channel.time_limit, path: ['channels', i, 'time_limit'], channel });
  });
  return limits;
}

/** A limit in its short spelling, so `5d` and `5 ngày làm việc` count as one limit. */
function canonical(text: string): string {
  const duration = parseDuration(text);
  return duration ? formatDurationShort(duration) : text;
}

/** The applicants as a list, however the file writes them. */
export function applicantList(procedure: Procedure): string[] {
  const { applicants } = procedure;
  return applicants === undefined ? [] : typeof applicants === 'string' ? [applicants] : applicants;
}
