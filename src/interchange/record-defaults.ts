import type { Channel, Procedure } from '../model/types.js';
import type { ImportedProcedure } from './draft.js';

/**
 * A national record's procedure, read into the file it updates, without what the record must write that the file
 * leaves to its defaults, as `export -f json` writes them (record-export.ts): the id as MATTHC of a procedure with no
 * national code, the in-person way of one that names no way of filing, the procedure's fee on each way that gives
 * none of its own, and its papers grouped by case. Read back, each was written into the file: every round trip of a
 * bundled procedure changed it.
 * What the record says otherwise than the file (another fee, a way the file does not name) is kept.
 */
export function withoutRecordDefaults(imported: ImportedProcedure, previous: Procedure): ImportedProcedure {
  const { code, channels, ...rest } = imported.procedure;
  const idAsCode = code !== undefined && previous.code === undefined && code === rest.id && code === previous.id;
  const ways = channels?.map((channel) => withoutProcedureFee(channel, rest.fee, previous));
  const bare = ways !== undefined && previous.channels === undefined && ways.every(isBareInPerson);
  // The record lists papers by case, each case's together: the file's own order, where it holds the same papers.
  const dossier = previous.dossier && sameItems(rest.dossier, previous.dossier) ? { dossier: previous.dossier } : {};
  const procedure: Procedure = {
    ...rest,
    ...dossier,
    ...(code !== undefined && !idAsCode ? { code } : {}),
    ...(ways !== undefined && !bare ? { channels: ways } : {}),
  };
  // Keys in the order the file writes them (code after the title, channels after the limit): the YAML keeps it.
  const ordered = Object.fromEntries(
    Object.keys(imported.procedure)
      .filter((key) => key in procedure)
      .map((key) => [key, procedure[key as keyof Procedure]]),
  ) as unknown as Procedure;
  return { ...imported, procedure: ordered };
}

/**
 * A way of filing without the procedure's fee, where the file leaves that way's fee to the procedure's: it names no
 * way at all, or names this one without a fee. A way the file does not name keeps the fee the record gives it.
 */
function withoutProcedureFee(channel: Channel, fee: Procedure['fee'], previous: Procedure): Channel {
  if (channel.fee === undefined || channel.fee !== fee) return channel;
  const before = previous.channels?.find((way) => way.kind === channel.kind);
  if (previous.channels !== undefined && (before === undefined || before.fee !== undefined)) return channel;
  const { fee: _fee, ...rest } = channel;
  return rest;
}

/** Whether a way of filing is the in-person one with nothing of its own: what a file without `channels` means. */
function isBareInPerson(channel: Channel): boolean {
  return channel.kind === 'in_person' && Object.keys(channel).length === 1;
}

/** Whether two lists hold the same items, each as many times, in any order. */
function sameItems(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  const key = (item: unknown) => JSON.stringify(item);
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((item, i) => item === right[i]);
}
