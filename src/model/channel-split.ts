import { fill, type Lang } from '../i18n.js';
import { channelOf, channelsNamed, gradesIn, channelNote } from './channel-words.js';
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

/**
 * How a split limit goes with the channels a file lists: the edits and the list it makes, or what disagrees: a limit
 * the list gives otherwise, or a grade of online filing (`grade`: the text's limit is for "toàn trình", the list
 * offers "một phần").
 */
export type ChannelPlan =
  | { edits: ChannelEdits; merged: SplitChannel[] }
  | { conflict: { kind: ChannelKind; listed: string; named: string } }
  | { grade: { listed: string; named: string; limit: string } };

/** A channel as the file lists it: its kind, its own limit, its note, the grade of online filing it says. */
interface ListedChannel {
  kind: ChannelKind;
  limit?: string;
  note?: string;
  /** The grade as written (its name or its note), when it says one. */
  grade?: string;
}

/** A channel as the file lists it, or undefined when it cannot be read. */
function listedChannel(item: unknown): ListedChannel | undefined {
  if (typeof item === 'string') {
    const kind = channelOf(item);
    const note = channelNote(item, undefined);
    return kind === undefined ? undefined : { kind, ...graded(kind, item, note) };
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const { kind: written, time_limit: limit, note: writtenNote } = item as Record<string, unknown>;
  const kind = typeof written === 'string' ? channelOf(written) : undefined;
  if (kind === undefined) return undefined;
  const note = typeof writtenNote === 'string' ? writtenNote : undefined;
  const said = graded(kind, gradesIn(note ?? '').length > 0 ? note! : (written as string), note);
  if (limit === undefined) return { kind, ...said };
  return typeof limit === 'string' || typeof limit === 'number' ? { kind, limit: String(limit), ...said } : undefined;
}

/** A listed channel's note, and for online filing the grade its words say, as written. */
function graded(kind: ChannelKind, words: string, note: string | undefined): { note?: string; grade?: string } {
  const grade = kind === 'online' && gradesIn(words).length > 0 ? words.trim() : undefined;
  return { ...(note === undefined ? {} : { note }), ...(grade === undefined ? {} : { grade }) };
}

/**
 * Whether the text's limit for online filing at its grade (`named`, a note) cannot go to the channel listed at
 * another: the list offers a grade the text gives no limit for. A text or a list that says no grade agrees with any.
 */
function gradesDiffer(listed: string | undefined, named: string | undefined): boolean {
  if (listed === undefined || named === undefined) return false;
  const said = gradesIn(named);
  return said.length > 0 && gradesIn(listed).some((grade) => !said.includes(grade));
}

function sameLimit(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const [x, y] = [parseDuration(a), parseDuration(b)];
  return x !== undefined && y !== undefined && x.value === y.value && x.unit === y.unit && x.note === y.note;
}

/**
 * How the channels of a split limit (`limit` is the one time_limit keeps) go with the file's `channels`: none yet,
 * a line of names, or a list whose entries each name one channel. Undefined where the list cannot be merged safely (an
 * entry procmap cannot read, a channel twice), or the split names a channel twice (but online filing at two grades,
 * where the file lists no channels).
 */
export function planChannels(
  listed: unknown,
  limit: string,
  channels: readonly SplitChannel[],
): ChannelPlan | undefined {
  const kinds = channels.map(({ kind }) => kind);
  // Online filing at each grade with its own limit ("một phần" 04 days, "toàn trình" 03) is two channels told apart by
  // their notes: written where the file lists none; which listed entry each would go to is the officer's to say.
  const graded = new Set(channels.map(({ kind, note }) => `${kind} ${note ?? ''}`)).size === channels.length;
  if (new Set(kinds).size !== kinds.length && (listed !== undefined || !graded)) return undefined;
  if (listed === undefined) return { edits: { write: [...channels] }, merged: [...channels] };
  // A channel listed for a general limit only because the text names none is the file's to say, where it lists them.
  const named = channels.filter(({ assumed }) => !assumed);
  // The text's limit for online filing at one grade, and the file's online channel at another: which is offered?
  const gradeConflict = (kind: ChannelKind, grade: string | undefined): ChannelPlan | undefined => {
    const split = named.find((channel) => channel.kind === kind);
    return split !== undefined && gradesDiffer(grade, split.note)
      ? { grade: { listed: grade!, named: split.note!, limit: split.limit ?? limit } }
      : undefined;
  };
  if (typeof listed === 'string') {
    // The grade of online filing the line names ("Trực tuyến toàn trình") stays its note, unless the limit says one.
    const line = channelsNamed(listed);
    if (!('channels' in line)) return undefined;
    for (const { kind, note } of line.channels) {
      const conflict = gradeConflict(kind, note);
      if (conflict !== undefined) return conflict;
    }
    const merged = [
      ...line.channels.map((channel) => {
        const split = named.find(({ kind }) => kind === channel.kind);
        return split === undefined ? channel : { ...channel, ...split };
      }),
      ...named.filter(({ kind }) => !line.channels.some((channel) => channel.kind === kind)),
    ];
    return { edits: { write: merged }, merged };
  }
  if (!Array.isArray(listed)) return undefined;
  const entries = listed.map(listedChannel);
  if (entries.some((entry) => entry === undefined)) return undefined;
  const found = entries as ListedChannel[];
  if (new Set(found.map(({ kind }) => kind)).size !== found.length) return undefined;
  const set: { index: number; kind: ChannelKind; limit: string }[] = [];
  const merged: SplitChannel[] = [];
  for (const [index, entry] of found.entries()) {
    const split = named.find(({ kind }) => kind === entry.kind);
    const kept = entry.note === undefined ? {} : { note: entry.note };
    if (split === undefined) {
      merged.push({ kind: entry.kind, ...kept, ...(entry.limit === undefined ? {} : { limit: entry.limit }) });
      continue;
    }
    const wanted = split.limit ?? limit;
    if (entry.limit !== undefined && !sameLimit(entry.limit, wanted))
      return { conflict: { kind: entry.kind, listed: entry.limit, named: wanted } };
    const conflict = gradeConflict(entry.kind, entry.grade);
    if (conflict !== undefined) return conflict;
    if (entry.limit === undefined && split.limit !== undefined)
      set.push({ index, kind: entry.kind, limit: split.limit });
    merged.push({ kind: entry.kind, ...kept, ...(split.limit === undefined ? {} : { limit: split.limit }) });
  }
  const add = named.filter(({ kind }) => !found.some((entry) => entry.kind === kind));
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
  // Where the list disagrees, the split's own channels: those the text names, as the file lists channels already.
  const list = merged ? plan.merged : listed === undefined ? channels : channels.filter(({ assumed }) => !assumed);
  // The note stays: the grade, portal or place the listed name says is lost otherwise.
  const asChannel = ({ kind, limit: own, note }: SplitChannel): Channel => ({
    kind,
    ...(own === undefined ? {} : { time_limit: own }),
    ...(note === undefined ? {} : { note }),
  });
  return { limit, channels: list.map(asChannel), merged };
}

const TEXT = {
  en: {
    listed:
      '"{text}" gives a limit for each way of filing: write one in time_limit and the others in the channels already listed, keeping their fees and notes, e.g. time_limit: {first} and channels: {channels}',
    conflict:
      '"{text}" gives channel "{channel}" the limit {named}, but channels gives it {listed}: correct the one that is wrong, then write one limit in time_limit, e.g. time_limit: {first}, and each other in its channel\'s time_limit',
    grade:
      '"{text}" gives the limit {limit} to online filing "{named}", but channels lists online filing as "{listed}": write which grade the procedure is offered at in the online channel\'s note, with that grade\'s limit, e.g. { kind: online, note: "{named}", time_limit: {limit} }, and one limit in time_limit, e.g. time_limit: {first}',
  },
  vi: {
    listed:
      '"{text}" ghi thời hạn cho từng cách nộp: hãy ghi một thời hạn ở time_limit và các thời hạn khác vào các cách nộp đã có ở channels, giữ nguyên phí và ghi chú của chúng, ví dụ time_limit: {first} và channels: {channels}',
    conflict:
      '"{text}" ghi thời hạn của cách nộp "{channel}" là {named}, nhưng channels ghi {listed}: hãy sửa chỗ ghi sai, rồi ghi một thời hạn ở time_limit, ví dụ time_limit: {first}, và mỗi thời hạn khác ở time_limit của cách nộp đó',
    grade:
      '"{text}" ghi thời hạn {limit} cho cách nộp "{named}", nhưng channels ghi cách nộp trực tuyến là "{listed}": hãy ghi mức độ mà thủ tục được cung cấp trực tuyến ở note của cách nộp trực tuyến, cùng thời hạn của mức độ đó, ví dụ { kind: online, note: "{named}", time_limit: {limit} }, và một thời hạn ở time_limit, ví dụ time_limit: {first}',
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
  if ('grade' in plan) {
    const { listed, named, limit: own } = plan.grade;
    return fill(TEXT[lang].grade, {
      ...data,
      listed: escapeControls(listed),
      named: escapeControls(named),
      limit: escapeControls(own),
    });
  }
  return fill(TEXT[lang].listed, { ...data, channels: escapeControls(channelList(plan.merged)) });
}
