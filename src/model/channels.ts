import type { Lang } from '../i18n.js';
import { exceptionCases } from '../time/limit-cases.js';
import { formatDurationShort, parseDuration, readDuration } from './duration.js';
import { cutoffInLimit } from './lenient.js';
import type { Channel, ChannelKind, NodePath, Procedure } from './types.js';

/** How each channel is named, as the national procedure database words it. */
export const CHANNEL_NAMES: Record<Lang, Record<ChannelKind, string>> = {
  vi: { in_person: 'Trực tiếp', online: 'Trực tuyến', postal: 'Qua dịch vụ bưu chính công ích' },
  en: { in_person: 'In person', online: 'Online', postal: 'By public postal service' },
};

/**
 * A channel named in a line about its own limit, lower case after "Hồ sơ nộp" / "Filed", with its note when it has
 * one (two online channels, "một phần" and "toàn trình", are otherwise one name twice): "trực tuyến một phần" when
 * the note starts with the channel's name, else "trực tuyến – {note}".
 */
export function channelLabel(channel: Pick<Channel, 'kind' | 'note'>, lang: Lang): string {
  const name = CHANNEL_NAMES[lang][channel.kind].toLowerCase();
  const note = channel.note?.trim();
  if (note === undefined || note === '') return name;
  const own = CHANNEL_NAMES.vi[channel.kind];
  if (lang === 'vi' && note.toLowerCase().startsWith(own.toLowerCase())) return `${name}${note.slice(own.length)}`;
  return `${name} – ${note}`;
}

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
 * is written and differs (a channel without one, or repeating the general limit, uses the procedure's, which is
 * already checked with its cases).
 */
export function limitsToMeet(procedure: Procedure): LimitToMeet[] {
  const limits: LimitToMeet[] = [{ text: procedure.time_limit, path: ['time_limit'] }];
  const own = canonical(procedure.time_limit);
  (procedure.channels ?? []).forEach((channel, i) => {
    const text = channel.time_limit;
    if (text !== undefined && canonical(text) !== own && !repeatsGeneral(text, procedure.time_limit))
      limits.push({ text, path: ['channels', i, 'time_limit'], channel });
  });
  return limits;
}

/**
 * Whether a channel's limit repeats the general one, as a channel copied from the national record does ("Trực tiếp:
 * 10 ngày làm việc" beside "Không quá 10 ngày làm việc …; trường hợp phải xác minh thì không quá 15 ngày làm việc"):
 * the same figure and unit, with no case and no same-day cutoff of its own. It then takes the general limit's cases
 * (docs/rules/within-time-limit.md); judged alone, the case's path would be over the general figure.
 */
function repeatsGeneral(text: string, general: string): boolean {
  const [own, whole] = [readDuration(text), readDuration(general)];
  if (!own.ok || !whole.ok || own.bare || whole.bare) return false;
  return (
    own.duration.value === whole.duration.value &&
    own.duration.unit === whole.duration.unit &&
    exceptionCases(text).length === 0 &&
    cutoffInLimit(text) === cutoffInLimit(general)
  );
}

/**
 * The hour a channel's own limit is counted with: the procedure's cutoff (the `cutoff:` the file writes, else the hour
 * its general limit names), which wins as docs/calendar.md says; else the hour the channel's own same-day or
 * working-day words name ("Trong ngày (nếu tiếp nhận trước 11 giờ)" → 11:00). The one place that decides it, for
 * `time`, `ontime`, the document and `same-day-cutoff` alike.
 */
export function channelCutoff(procedure: Pick<Procedure, 'cutoff'>, limit: string): string | undefined {
  return procedure.cutoff ?? cutoffInLimit(limit);
}

/** The procedure as one channel's own limit binds it: that limit, and the cutoff channelCutoff gives it. */
export function underChannelLimit(procedure: Procedure, limit: string): Procedure {
  const cutoff = channelCutoff(procedure, limit);
  return { ...procedure, time_limit: limit, ...(cutoff === undefined ? {} : { cutoff }) };
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
