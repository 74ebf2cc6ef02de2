/** What the measurement needs from each mapped procedure: its limit per channel, cutoff, steps and grouping facts. */
import { basename, dirname } from 'node:path';
import { agenciesOf } from '../model/agencies.js';
import { parseDuration } from '../model/duration.js';
import { backEdges, buildFlow } from '../model/flow.js';
import type { CatalogEntry, Diagnostic, Duration, Procedure } from '../model/types.js';
import type { RefusedFile } from '../lint/linter.js';
import { headerKey } from './columns.js';
import type { ChannelKind } from './cells.js';
import { ownString } from '../model/own-string.js';
import type { MeasuredChannel } from './channel-limit.js';
import { channelCutoff } from '../model/channels.js';
import { parseDay, type Day } from '../time/moment.js';

/** One procedure as the measurement sees it. */
export interface MeasuredProcedure {
  /** The procedure's id, the key of every per-procedure figure. */
  id: string;
  /** Its file, whose own configuration's calendar its dossiers are counted on. */
  file?: string;
  code?: string;
  title: string;
  field?: string;
  agency?: string;
  level?: string;
  cutoff?: string;
  /** The procedure's own limit. */
  limit: Duration;
  /** Limits of the channels that have their own. */
  channelLimits: Partial<Record<ChannelKind, Duration>>;
  /** Every channel with a limit of its own, its note and cutoff: several of one kind at grades of online filing. */
  channels?: MeasuredChannel[];
  /**
   * Steps in file order with their mapped budgets (undefined when a duration does not parse) and the indexes of the
   * steps that hand over to each in the flow (its predecessors; a loop's way back left out).
   */
  steps: { id: string; name: string; budget?: Duration; after: number[] }[];
  /** The day the procedure took effect: a dossier received before it was handled under the earlier rules. */
  effective?: Day;
}

/** For each step, the indexes of its predecessors in the flow, without the hand-overs that go back round a loop. */
function predecessors(procedure: Procedure): number[][] {
  const flow = buildFlow(procedure.steps);
  const back = backEdges(flow);
  return flow.incoming.map((edges) => [...new Set(edges.filter((edge) => !back.has(edge)).map((edge) => edge.from))]);
}

/** A limit as it stands in a procedure: text through parseDuration, or an already parsed Duration. */
function limitOf(value: unknown): Duration | undefined {
  if (typeof value === 'string' || typeof value === 'number') return parseDuration(value as string);
  if (
    value &&
    typeof value === 'object' &&
    typeof (value as Duration).value === 'number' &&
    typeof (value as Duration).unit === 'string'
  )
    return value as Duration;
  return undefined;
}

/**
 * The channels of a procedure (`channels: [{kind, time_limit?, note?}]`), read defensively: the field is new, so a
 * procedure without it, or a model from before it existed, simply has none. With a limit of its own, its note (the
 * grade of online filing) and the cutoff its same-day words name.
 */
export function procedureChannels(
  procedure: Procedure,
): { kind: ChannelKind; limit?: Duration; note?: string; cutoff?: string }[] {
  const channels = (procedure as { channels?: unknown }).channels;
  if (!Array.isArray(channels)) return [];
  return channels.flatMap((channel: unknown) => {
    if (!channel || typeof channel !== 'object') return [];
    const { kind, time_limit: limit, note } = channel as { kind?: unknown; time_limit?: unknown; note?: unknown };
    if (kind !== 'in_person' && kind !== 'online' && kind !== 'postal') return [];
    const parsed = limitOf(limit);
    if (!parsed) return [{ kind }];
    return [
      {
        kind,
        limit: parsed,
        ...(typeof note === 'string' ? { note } : {}),
        // The hour the channel's limit is counted with, decided where `time` decides it (docs/calendar.md).
        ...(typeof limit === 'string' && channelCutoff(procedure, limit) !== undefined
          ? { cutoff: channelCutoff(procedure, limit)! }
          : {}),
      },
    ];
  });
}

/** The measurement's view of a procedure; undefined when its time limit does not parse (lint says why). */
export function measuredProcedure(procedure: Procedure): MeasuredProcedure | undefined {
  const limit = limitOf(procedure.time_limit);
  if (!limit) return undefined;
  const channelLimits: Partial<Record<ChannelKind, Duration>> = {};
  const channels: MeasuredChannel[] = [];
  for (const { kind, limit: own, note, cutoff: named } of procedureChannels(procedure)) {
    if (!own) continue;
    if (!(kind in channelLimits)) channelLimits[kind] = own;
    const cutoff = named ?? procedure.cutoff;
    channels.push({
      kind,
      limit: own,
      ...(note === undefined ? {} : { note }),
      ...(cutoff === undefined ? {} : { cutoff }),
    });
  }
  const before = predecessors(procedure);
  const measured: MeasuredProcedure = {
    id: procedure.id,
    title: procedure.title,
    limit,
    channelLimits,
    channels,
    steps: procedure.steps.map((step, i) => {
      const budget = limitOf(step.duration);
      const after = before[i]!;
      return budget ? { id: step.id, name: step.name, budget, after } : { id: step.id, name: step.name, after };
    }),
  };
  if (procedure.code !== undefined) measured.code = String(procedure.code);
  if (procedure.field !== undefined) measured.field = procedure.field;
  if (procedure.agency !== undefined) measured.agency = procedure.agency;
  if (procedure.level !== undefined) measured.level = procedure.level;
  if (procedure.cutoff !== undefined) measured.cutoff = procedure.cutoff;
  // Read as written (a string); a procedure built by other means may hold something else, which says no date.
  const effective = typeof procedure.effective === 'string' ? parseDay(procedure.effective) : undefined;
  if (effective !== undefined) measured.effective = effective;
  return measured;
}

// Errors that mean a file was not read as written: its procedure may not be the one the officer wrote.
const UNREAD_RULES: ReadonlySet<string> = new Set(['parse', 'schema']);

/**
 * The procedures dossiers are measured against, for `ontime` and `build --dossiers` alike: every procedure read
 * whole, whatever lint's verdicts on it. A procedure over its limit still serves its dossiers, and its on-time rate is
 * what the public is owed; only a file that could not be read as written (`errors` of parse or schema) is left out.
 */
export function measuredCatalog(
  entries: readonly CatalogEntry[],
  errors: readonly Pick<Diagnostic, 'file' | 'rule'>[],
): MeasuredProcedure[] {
  const unread = new Set(errors.filter((d) => UNREAD_RULES.has(d.rule)).map((d) => d.file));
  return entries
    .filter((entry) => !unread.has(entry.file))
    .flatMap((entry) => {
      const measured = measuredProcedure(entry.procedure);
      return measured ? [{ ...measured, file: entry.file }] : [];
    });
}

/** A procedure left out of the measurement for its file's errors, by the id and code written in the file. */
export type UnmeasuredProcedure = RefusedFile;

/**
 * The procedures `measuredCatalog` leaves out, for dossiers that name them: files read whole but not as written
 * (`entries` with parse errors), files the schema refused and files whose YAML did not parse (`refused`, as lint
 * found them, the last by the id and code their lines write).
 */
export function unmeasuredProcedures(
  entries: readonly CatalogEntry[],
  errors: readonly Pick<Diagnostic, 'file' | 'rule'>[],
  refused: readonly RefusedFile[],
): UnmeasuredProcedure[] {
  const unread = new Set(errors.filter((d) => UNREAD_RULES.has(d.rule)).map((d) => d.file));
  const unreadEntries = entries
    .filter((entry) => unread.has(entry.file))
    .map(({ file, procedure }) => ({
      file,
      id: procedure.id,
      ...(procedure.code === undefined ? {} : { code: String(procedure.code) }),
    }));
  return [...unreadEntries, ...refused];
}

/**
 * A cell's key that several procedures answer to: ids equal once case and punctuation are set aside (QT-01, QT01,
 * qt-01), or the very same id in two files. procmap does not pick one of them: the verdict would depend on file names.
 */
export interface SharedKey<P> {
  ambiguous: P[];
  /** Said so: the procedures are told apart by their files, not by an agency column. */
  byId: true;
}

/** Finds procedures by what an export writes in its procedure column: the national code or procmap's id. */
export class ProcedureIndex {
  private readonly byKey = new Map<string, MeasuredProcedure[]>();
  // Each id exactly as its file writes it: a cell that writes it so names that procedure, whatever others resemble it.
  private readonly exact = new Map<string, MeasuredProcedure[]>();
  // The procedures left out for their files' errors, by the same keys: a dossier naming one is told why.
  private readonly unmeasured = new Map<string, UnmeasuredProcedure[]>();
  // An export names a few hundred procedures a million times: each spelling is normalised once.
  private readonly seen = new Map<string, Found<MeasuredProcedure>>();

  // The procedures of each national code: several for a code a province's communes share.
  private readonly byCode = new Map<string, MeasuredProcedure[]>();

  // The procedures of each title, with its diacritics and without them: exports that name procedures only by name.
  private readonly byTitle = new Map<string, MeasuredProcedure[]>();
  private readonly byPlainTitle = new Map<string, MeasuredProcedure[]>();
  // Each procedure cell whose procedure needs no body to tell it apart, found once (findFor).
  private readonly seenAlone = new Map<string, MeasuredProcedure>();
  // Each name as an export writes it, read once: a million rows name a few hundred procedures.
  private readonly seenTitles = new Map<string, MeasuredProcedure[] | undefined>();

  constructor(procedures: readonly MeasuredProcedure[], unmeasured: readonly UnmeasuredProcedure[] = []) {
    indexByKeys(this.byKey, procedures);
    for (const procedure of procedures) {
      this.exact.set(procedure.id, [...(this.exact.get(procedure.id) ?? []), procedure]);
      const title = titleKey(procedure.title);
      this.byTitle.set(title, [...(this.byTitle.get(title) ?? []), procedure]);
      const plain = headerKey(title);
      this.byPlainTitle.set(plain, [...(this.byPlainTitle.get(plain) ?? []), procedure]);
      if (procedure.code === undefined) continue;
      const key = codeKey(procedure.code);
      this.byCode.set(key, [...(this.byCode.get(key) ?? []), procedure]);
    }
    indexByKeys(this.unmeasured, unmeasured);
  }

  /**
   * The procedure a row names by a cell and the body its agency column names: as `find` matches, but where the cell
   * gives a national code that several procedures share (a province's communes each perform it), the one whose agency
   * or folder the body names; `ambiguous` with every candidate when no body, or more than one, tells them apart
   * (`unmarked` when the body is written without diacritics and so could not tell them apart by their marks), and
   * with `byId` when the cell names an id several procedures answer to. A cell that names no id or code is tried as a
   * title (findByTitle), `byTitle` when several procedures have it.
   */
  findFor(
    text: string,
    body: string,
  ):
    | MeasuredProcedure
    | SharedKey<MeasuredProcedure>
    | { ambiguous: MeasuredProcedure[]; unmarked?: true; byTitle?: true }
    | undefined {
    const alone = this.seenAlone.get(text);
    if (alone !== undefined) return alone;
    const found = this.find(text);
    if (found === undefined) return this.findByTitle(text, body);
    if ('ambiguous' in found) return found;
    if (found.code !== undefined && codeKey(text) !== codeKey(found.id)) {
      const sharing = this.byCode.get(codeKey(found.code));
      if (sharing !== undefined && sharing.length >= 2) return chooseByBody(sharing, body);
    }
    if (this.seenAlone.size >= 1000) this.seenAlone.clear();
    this.seenAlone.set(ownString(text), found);
    return found;
  }

  /**
   * The procedure whose title a cell writes, for exports that name procedures only by name ("Tên thủ tục"): the
   * title as written (case, spacing and punctuation aside, and a leading "Thủ tục"), or, for a cell typed without
   * diacritics, the one title its letters spell. Several procedures of that title (a province's communes) are told
   * apart by the body, as for a shared code.
   */
  findByTitle(
    text: string,
    body: string,
  ): MeasuredProcedure | { ambiguous: MeasuredProcedure[]; unmarked?: true; byTitle: true } | undefined {
    const sharing = this.titled(text);
    if (sharing === undefined) return undefined;
    if (sharing.length === 1) return sharing[0];
    return { ...chooseByBody(sharing, body), byTitle: true };
  }

  /**
   * Every procedure whose title a cell writes, matched as findByTitle matches (whole, case, spacing, punctuation and a
   * leading "Thủ tục" aside; a cell typed without diacritics by its letters); undefined when none has it.
   */
  titled(text: string): MeasuredProcedure[] | undefined {
    if (this.seenTitles.has(text)) return this.seenTitles.get(text);
    const marked = titleKey(text);
    const plain = headerKey(marked);
    const sharing = this.byTitle.get(marked) ?? (marked === plain ? this.byPlainTitle.get(plain) : undefined);
    if (this.seenTitles.size < 10_000) this.seenTitles.set(ownString(text), sharing);
    return sharing;
  }

  /** The procedure left out for its file's errors that a cell names, as `find` matches; undefined when none. */
  unmeasuredProcedure(text: string): UnmeasuredProcedure | undefined {
    // Several left out under one key: any of them says that the file is to be fixed first.
    return lookUp(this.unmeasured, text)?.[0];
  }

  /**
   * The procedure a cell names, by id or code (case, spaces and diacritics aside), or by the national code part of a
   * code carrying the agency's suffix (`2.000815.000.00.00.H04`), or by a code that lost its trailing zeros as a number
   * (`2.00161` for 2.001610); undefined when none. An id written exactly as one procedure writes it names that one;
   * a key several procedures' ids answer to is `ambiguous`, each of them with its file.
   */
  find(text: string): Found<MeasuredProcedure> {
    if (this.seen.has(text)) return this.seen.get(text);
    const exact = this.exact.get(text.trim());
    const candidates = exact?.length === 1 ? exact : (exact ?? lookUp(this.byKey, text));
    const found: Found<MeasuredProcedure> =
      candidates === undefined
        ? undefined
        : candidates.length === 1
          ? candidates[0]
          : { ambiguous: candidates, byId: true };
    if (this.seen.size < 10_000) this.seen.set(ownString(text), found);
    return found;
  }
}

/**
 * One of several procedures that share a code or a title: the one whose agency or folder the body names; `ambiguous`
 * with every candidate when no body, or more than one, tells them apart (`unmarked` when the body is written without
 * diacritics and so could not tell them apart by their marks).
 */
function chooseByBody(
  sharing: MeasuredProcedure[],
  body: string,
): MeasuredProcedure | { ambiguous: MeasuredProcedure[]; unmarked?: true } {
  if (body === '') return { ambiguous: sharing };
  const said = agencyWords(body);
  const strengths = sharing.map((procedure) => performedBy(procedure, said));
  // A name matched with its marks beats one matched without them: "Tân Lập" is not "Tấn Lập".
  const best = Math.max(...strengths);
  const chosen = best === 0 ? [] : sharing.filter((_, i) => strengths[i] === best);
  if (chosen.length === 1) return chosen[0]!;
  if (chosen.length > 1 && best === 1) return { ambiguous: chosen, unmarked: true };
  return { ambiguous: chosen.length > 1 ? chosen : sharing };
}

// "Thủ tục cấp …" as some exports write a name (or "THU TUC CAP …" without marks): the title is what follows.
const PROCEDURE_WORD = /^(?:thủ tục|thu tuc) (?=\S)/u;

/** A title for matching: lower case, with its diacritics, words only, without a leading "Thủ tục". */
function titleKey(text: string): string {
  return agencyWords(text)
    .map((word) => word.marked)
    .join(' ')
    .replace(PROCEDURE_WORD, '');
}

/** What a cell names: one procedure, several that answer to the same key, or none. */
export type Found<P> = P | SharedKey<P> | undefined;

/** One word of an agency's name: with its diacritics, and without them (đ as d). */
interface AgencyWord {
  marked: string;
  plain: string;
}

function agencyWords(name: string): AgencyWord[] {
  return name
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((marked) => ({ marked, plain: headerKey(marked) }));
}

/**
 * Whether the body an export's agency column names is the procedure's: its agency (each of several), or the folder its
 * file is in, one containing the other ("UBND xã Yên Phong" and "Xã Yên Phong"). Compared word by word: communes'
 * names often differ by a tone mark alone ("Tân Lập", "Tấn Lập"), so two words written with marks must have the same
 * marks, and a word typed without any (an export typed in ASCII, a folder's name) matches any marks. 2 when every word
 * matched with its marks, 1 when some matched by its letters only, 0 when none matches or when an agency has the
 * body's words with other marks (the folder then names the other commune too).
 */
function performedBy(procedure: MeasuredProcedure, said: readonly AgencyWord[]): 0 | 1 | 2 {
  const folder = procedure.file === undefined ? undefined : basename(dirname(procedure.file));
  const names = [...agenciesOf(procedure.agency), ...(folder === undefined ? [] : [folder.replace(/[-_]+/g, ' ')])];
  let strength: 0 | 1 | 2 = 0;
  for (const name of names) {
    const own = agencyWords(name);
    if (own.length === 0) continue;
    const match = wordsWithin(said, own);
    if (match === -1) return 0;
    if (match > strength) strength = match;
  }
  return strength;
}

/**
 * How the shorter name's words sit, in order, in the longer one's: 2 with the same marks, 1 where a word typed without
 * marks stands for a marked one, -1 where the letters agree but two marked words differ, 0 not at all.
 */
function wordsWithin(a: readonly AgencyWord[], b: readonly AgencyWord[]): -1 | 0 | 1 | 2 {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let best: -1 | 0 | 1 | 2 = 0;
  for (let start = 0; start + short.length <= long.length; start++) {
    let here: -1 | 0 | 1 | 2 = 2;
    for (let i = 0; i < short.length && here !== 0; i++) {
      const [x, y] = [long[start + i]!, short[i]!];
      if (x.plain !== y.plain) here = 0;
      else if (x.marked === y.marked) continue;
      else if (x.marked === x.plain || y.marked === y.plain) here = here === -1 ? -1 : 1;
      else here = -1;
    }
    if (here > best || (here === -1 && best === 0)) best = here;
  }
  return best;
}

// An id beats another procedure's code: ids are unique in a linted catalog, codes may be shared by revisions. Ids
// that differ only in case or punctuation (QT-01, QT01) share a key, and so do two files with the same id: every one
// of them is kept under it, for the cell that names the key to be refused rather than given to the last file read.
function indexByKeys<P extends { id?: string; code?: string }>(
  index: Map<string, P[]>,
  procedures: readonly P[],
): void {
  for (const procedure of procedures) {
    if (procedure.code !== undefined && !index.has(codeKey(procedure.code)))
      index.set(codeKey(procedure.code), [procedure]);
  }
  const ids = new Map<string, P[]>();
  for (const procedure of procedures) {
    if (procedure.id === undefined) continue;
    const key = codeKey(procedure.id);
    ids.set(key, [...(ids.get(key) ?? []), procedure]);
  }
  for (const [key, sharing] of ids) index.set(key, sharing);
}

// A cell's procedure by id or code as written, by its national part, or by a code that lost its trailing zeros.
function lookUp<V>(index: ReadonlyMap<string, V>, text: string): V | undefined {
  const national = AGENCY_SUFFIX.exec(text);
  const short = national ? undefined : SHORT_CODE.exec(text);
  return (
    index.get(codeKey(text)) ??
    (national ? index.get(codeKey(national[1]!)) : undefined) ??
    (short ? index.get(codeKey(`${short[1]}.${short[2]!.padEnd(6, '0')}`)) : undefined)
  );
}

/**
 * A national procedure code (`2.000815`, the first group) followed by the agency's part, as one-stop software writes
 * the code of a procedure as one agency performs it (`2.000815.000.00.00.H04`): the pattern's source, for the site's
 * search too.
 */
export const AGENCY_CODE = String.raw`(\d\.\d{6})\.[\w.]+`;

const AGENCY_SUFFIX = new RegExp(String.raw`^\s*${AGENCY_CODE}\s*$`);

// A national code (six digits after the point) that a spreadsheet took for a number and wrote without its trailing
// zeros, with a decimal point or comma: 2.001610 as 2.00161 or 2,00161. Tried only when nothing matches as written.
const SHORT_CODE = /^\s*(\d)[.,](\d{1,5})\s*$/;

function codeKey(text: string): string {
  return headerKey(text).replace(/ /g, '') || text;
}
