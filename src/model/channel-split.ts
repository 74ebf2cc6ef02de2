import { fill, type Lang } from '../i18n.js';
import { channelOf, channelsNamed } from './channel-words.js';
import { CHANNEL_NAMES } from './channels.js';
import { channelList, parseDuration, readDuration, splitPerChannel, type SplitChannel } from './duration.js';
import { escapeControls } from './quote.js';
import type { Channel, ChannelKind } from './types.js';

/**
 * What `--fix` writes in `channels` for a limit per way of filing: the whole list, where the file has none yet (a new
 * line after time_limit) or names its channels on one line (in its place); else the listed entries that get their own
 * limit, and the channels named that the list lacks, added at its end. Nothing else in the list changes.
 */
export type ChannelEdits =
  { write: SplitChannel[] } | { set: { index: number; kind: ChannelKind; limit: string }[]; add: SplitChannel[] };

/** How a split limit goes with the channels a file lists: the edits and the list it makes, or what disagrees. */
export type ChannelPlan =
  { edits: ChannelEdits; merged: SplitChannel[] } | { conflict: { kind: ChannelKind; listed: string; named: string } };

/** A channel as the file lists it: its kind and its own limit, or undefined when it cannot be read. */
function listedChannel(item: unknown): { kind: ChannelKind; limit?: string } | undefined {
  if (typeof item === 'string') {
    const kind = channelOf(item);
    return kind === undefined ? undefined : { kind };
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const { kind: written, time_limit: limit } = item as Record<string, unknown>;
  const kind = typeof written === 'string' ? channelOf(written) : undefined;
  if (kind === undefined) return undefined;
  if (limit === undefined) return { kind };
  return typeof limit === 'string' || typeof limit === 'number' ? { kind, limit: String(limit) } : undefined;
}

function sameLimit(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const [x, y] = [parseDuration(a), parseDuration(b)];
  return x !== undefined && y !== undefined && x.value === y.value && x.unit === y.unit && x.note === y.note;
}

/**
 * How the channels of a split limit (`limit` is the one time_limit keeps) go with the file's `channels`: none yet,
 * a line of names, or a list whose entries each name one channel. Undefined where the list cannot be merged safely (an
 * entry procmap cannot read, a channel twice), or the split names a channel twice.
 */
export function planChannels(
  listed: unknown,
  limit: string,
  channels: readonly SplitChannel[],
): ChannelPlan | undefined {
  const kinds = channels.map(({ kind }) => kind);
  if (new Set(kinds).size !== kinds.length) return undefined;
  if (listed === undefined) return { edits: { write: [...channels] }, merged: [...channels] };
  if (typeof listed === 'string') {
    // The grade of online filing the line names ("Trực tuyến toàn trình") stays its note, unless the limit says one.
    const line = channelsNamed(listed);
    if (!('channels' in line)) return undefined;
    const merged = [
      ...line.channels.map((named) => {
        const split = channels.find((channel) => channel.kind === named.kind);
        return split === undefined ? named : { ...named, ...split };
      }),
      ...channels.filter(({ kind }) => !line.channels.some((named) => named.kind === kind)),
    ];
    return { edits: { write: merged }, merged };
  }
  if (!Array.isArray(listed)) return undefined;
  const entries = listed.map(listedChannel);
  if (entries.some((entry) => entry === undefined)) return undefined;
  const found = entries as { kind: ChannelKind; limit?: string }[];
  if (new Set(found.map(({ kind }) => kind)).size !== found.length) return undefined;
  const set: { index: number; kind: ChannelKind; limit: string }[] = [];
  const merged: SplitChannel[] = [];
  for (const [index, entry] of found.entries()) {
    const named = channels.find(({ kind }) => kind === entry.kind);
    if (named === undefined) {
      merged.push(entry);
      continue;
    }
    const wanted = named.limit ?? limit;
    if (entry.limit !== undefined && !sameLimit(entry.limit, wanted))
      return { conflict: { kind: entry.kind, listed: entry.limit, named: wanted } };
    if (entry.limit === undefined && named.limit !== undefined)
      set.push({ index, kind: entry.kind, limit: named.limit });
    merged.push(named.limit === undefined ? { kind: entry.kind } : { kind: entry.kind, limit: named.limit });
  }
  const add = channels.filter(({ kind }) => !found.some((entry) => entry.kind === kind));
  return { edits: { set, add }, merged: [...merged, ...add] };
}

/**
 * A limit written per way of filing ("Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc", or a line each),
 * split as `lint --fix` writes it: the limit `time_limit` keeps, and the channels, merged with those `listed` (a
 * procedure's `channels`, or a line of their names). `merged` is false where the listed channels cannot be merged
 * (one says another limit): the channels are then the split's alone. Undefined for a text that is no such limit.
 */
export function limitPerChannel(
  text: string,
  listed?: unknown,
): { limit: string; channels: Channel[]; merged: boolean } | undefined {
  const reading = readDuration(text);
  if (reading.ok || reading.problem.code !== 'perChannel') return undefined;
  const { limit, channels } = splitPerChannel(reading.problem);
  // Each part must be a limit procmap reads; a part it cannot is no split, but a limit to say it cannot read.
  if (
    !readDuration(limit).ok ||
    channels.some((channel) => channel.limit !== undefined && !readDuration(channel.limit).ok)
  )
    return undefined;
  const plan = planChannels(listed, limit, channels);
  const merged = plan !== undefined && 'merged' in plan;
  const list = merged ? plan.merged : channels;
  const asChannel = ({ kind, limit: own }: SplitChannel): Channel => ({
    kind,
    ...(own === undefined ? {} : { time_limit: own }),
  });
  return { limit, channels: list.map(asChannel), merged };
}

const TEXT = {
  en: {
    listed:
      '"{text}" gives a limit for each way of filing: write one in time_limit and the others in the channels already listed, keeping their fees and notes, e.g. time_limit: {first} and channels: {channels}',
    conflict:
      '"{text}" gives channel "{channel}" the limit {named}, but channels gives it {listed}: correct the one that is wrong, then write one limit in time_limit, e.g. time_limit: {first}, and each other in its channel\'s time_limit',
  },
  vi: {
    listed:
      '"{text}" ghi thời hạn cho từng cách nộp: ghi một thời hạn ở time_limit và các thời hạn khác vào các cách nộp đã có ở channels, giữ nguyên phí và ghi chú của chúng, ví dụ time_limit: {first} và channels: {channels}',
    conflict:
      '"{text}" ghi thời hạn của cách nộp "{channel}" là {named}, nhưng channels ghi {listed}: hãy sửa chỗ ghi sai, rồi ghi một thời hạn ở time_limit, ví dụ time_limit: {first}, và mỗi thời hạn khác ở time_limit của cách nộp đó',
  },
} as const;

/** What to write for a limit per way of filing in a file that lists its channels already, in the user's language. */
export function channelPlanText(plan: ChannelPlan, text: string, limit: string, lang: Lang): string {
  const data = {
    text: escapeControls(text.length > 200 ? `${text.slice(0, 200)}…` : text),
    first: escapeControls(limit),
  };
  if ('conflict' in plan) {
    const { kind, listed, named } = plan.conflict;
    const channel = CHANNEL_NAMES[lang][kind];
    return fill(TEXT[lang].conflict, {
      ...data,
      channel,
      listed: escapeControls(listed),
      named: escapeControls(named),
    });
  }
  return fill(TEXT[lang].listed, { ...data, channels: escapeControls(channelList(plan.merged)) });
}
