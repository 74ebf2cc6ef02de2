import { channelNote, channelOf } from './channel-words.js';

type Node = Record<string, unknown>;

/**
 * The channel a one-entry map names by its key, with the limit its value gives (`Trực tiếp: 03 ngày làm việc`), and
 * what the key says beyond the kind in its note (`Trực tuyến toàn trình: 04 ngày làm việc`), as a name alone keeps it.
 */
function namedChannel(key: string, value: unknown): Node | undefined {
  const kind = channelOf(key);
  if (kind === undefined || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  const note = channelNote(key, undefined);
  return { kind, ...limitAndFee(value), ...(note === undefined ? {} : { note }) };
}

// The fee the national record writes after a channel's limit: "05 ngày làm việc; Lệ phí: 50.000 đồng". The label stays
// with the amount: a phí and a lệ phí are not the same charge.
const FEE_AFTER = /^(.+?)\s*[;,]\s*((?:phí|lệ phí|phí,? lệ phí|phí và lệ phí|fees?)\s*:\s*\S.*)$/iu;

/** A channel's limit, and its fee where the value writes one after it, as the channel's `fee` keeps it. */
function limitAndFee(value: string | number): { time_limit: string | number; fee?: string } {
  const found = typeof value === 'string' ? FEE_AFTER.exec(value.normalize('NFC').trim()) : null;
  return found === null ? { time_limit: value } : { time_limit: found[1]!, fee: found[2]! };
}

/** A list item `Trực tiếp: 03 ngày làm việc` as a map would write it; undefined for anything else. */
function mappedChannel(item: unknown): Node | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const entries = Object.entries(item as Node);
  if (entries.length !== 1 || entries[0]![0] === 'kind') return undefined;
  return namedChannel(...entries[0]!);
}

/** A list item `"Trực tuyến: 02 ngày làm việc"` in quotes (or in `[ ]`, where YAML reads it as text). */
function quotedChannel(item: string): Node | undefined {
  const colon = item.indexOf(':');
  const limit = item.slice(colon + 1).trim();
  return colon > 0 && limit !== '' ? namedChannel(item.slice(0, colon), limit) : undefined;
}

/**
 * Channels written by name: each of these list items (`- Trực tiếp: 03 ngày làm việc`, or in quotes), or all in
 * one map ('map').
 */
export type NamedChannels = readonly number[] | 'map';

/**
 * Channels written each as its name and its limit, as a list (`- Trực tiếp: 03 ngày làm việc`) or as one map
 * (`Trực tiếp: 03 ngày làm việc`, a line each), read as the channels `{ kind, time_limit }` they name, before the
 * schema sees them; anything else is left for the schema to judge. Returns which were so written, for the rules
 * that compare with the text.
 */
export function readChannelMaps(data: unknown): NamedChannels | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const procedure = data as Node;
  const channels = procedure.channels;
  if (Array.isArray(channels)) {
    const named: number[] = [];
    channels.forEach((item: unknown, i) => {
      const channel = typeof item === 'string' ? quotedChannel(item) : mappedChannel(item);
      if (!channel) return;
      channels[i] = channel;
      named.push(i);
    });
    return named.length > 0 ? named : undefined;
  }
  if (channels !== null && typeof channels === 'object') {
    const named = Object.entries(channels as Node).map(([key, value]) => namedChannel(key, value));
    if (named.length > 0 && named.every((channel) => channel !== undefined)) {
      procedure.channels = named;
      return 'map';
    }
  }
  return undefined;
}
