/*
 * The fields citizens need that the procedure format is gaining (who may apply, channels, original and copy counts,
 * cases of the dossier). They are read here, defensively, so the citizen page works with catalogs that have them
 * and with those that do not: a value of an unexpected shape is left out, never printed half-understood.
 */
import type { Procedure } from '../../model/types.js';

/** How a dossier can be handed in. */
export type ChannelKind = 'in_person' | 'online' | 'postal';

/** One way to apply, with what differs from the procedure's defaults. */
export interface Channel {
  kind: ChannelKind;
  /** The limit as written (`5d`, `3 ngày làm việc`) or as a parsed duration object. */
  timeLimit?: string | { value: number; unit: string; note?: string };
  fee?: string | number;
  note?: string;
}

/** One document of the dossier. */
export interface DossierItem {
  name: string;
  originals?: number;
  copies?: number | string;
  form?: string;
  case?: string;
}

const KINDS: readonly string[] = ['in_person', 'online', 'postal'];

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Who may apply (đối tượng thực hiện): the `applicants` text or list; empty when the procedure does not say. */
export function applicantsOf(procedure: Procedure): string[] {
  const value = (procedure as unknown as Record<string, unknown>).applicants;
  if (typeof value === 'string') return text(value) ? [value] : [];
  return Array.isArray(value) ? value.flatMap((v) => (text(v) ? [v as string] : [])) : [];
}

/** The ways to apply (`channels`), in the order written; entries of an unknown kind are skipped. */
export function channelsOf(procedure: Procedure): Channel[] {
  const value = (procedure as unknown as Record<string, unknown>).channels;
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): Channel[] => {
    const map = record(entry);
    if (!map || typeof map.kind !== 'string' || !KINDS.includes(map.kind)) return [];
    const channel: Channel = { kind: map.kind as ChannelKind };
    const limit = map.time_limit;
    const limitMap = record(limit);
    if (typeof limit === 'string' || typeof limit === 'number') channel.timeLimit = String(limit);
    else if (limitMap && typeof limitMap.value === 'number' && typeof limitMap.unit === 'string') {
      channel.timeLimit = { value: limitMap.value, unit: limitMap.unit, ...(text(limitMap.note) ? { note: limitMap.note as string } : {}) };
    }
    if (typeof map.fee === 'number' || text(map.fee)) channel.fee = map.fee as string | number;
    if (text(map.note)) channel.note = map.note as string;
    return [channel];
  });
}

/** The dossier's documents with their counts, form and case when given. */
export function dossierOf(procedure: Procedure): DossierItem[] {
  const value = (procedure as unknown as Record<string, unknown>).dossier;
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): DossierItem[] => {
    const map = record(entry);
    const name = text(typeof entry === 'string' ? entry : map?.name);
    if (name === undefined) return [];
    const item: DossierItem = { name };
    if (!map) return [item];
    const originals = count(map.originals);
    if (originals !== undefined) item.originals = originals;
    const copies = count(map.copies) ?? text(map.copies);
    if (copies !== undefined) item.copies = copies;
    if (text(map.form)) item.form = map.form as string;
    if (text(map.case)) item.case = map.case as string;
    return [item];
  });
}
