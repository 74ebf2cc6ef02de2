/**
 * One row per dossier when exports overlap: which row of a dossier listed more than once is counted, decided by what
 * the rows say, never by the order of the files. A year of dossiers passes through here, so each is held in a few
 * numbers (about 50 bytes), enough to take its figures back out when a later row replaces it.
 */
import { rowPlace } from './row-place.js';
import type { BadRow, DossierResult, DossierStatus, StepResult } from './evaluate.js';
import type { MeasuredProcedure } from './procedures.js';
import { ownString } from '../model/own-string.js';
import { KeySlots } from './key-slots.js';
import { dossierNumberKey } from './dossier-number.js';

/** A row of a dossier that has a number: measured, or withdrawn / refused / cancelled (no on-time status). */
export type LedgerEntry =
  | { kind: 'measured'; file: string; row: number; id: string; result: DossierResult }
  | {
      kind: 'not-settled';
      file: string;
      row: number;
      id: string;
      status: string;
      /** The procedure (its id when found, else as written), channel and body: the workbook writes the row back. */
      procedure?: string;
      channel?: string;
      body?: string;
    };

/** What the aggregator needs to take a measured dossier's figures back out. */
export type CountedResult = Pick<
  DossierResult,
  | 'file'
  | 'row'
  | 'procedure'
  | 'agency'
  | 'received'
  | 'due'
  | 'finished'
  | 'status'
  | 'usedMinutes'
  | 'lateMinutes'
  | 'savedMinutes'
  | 'vendorDue'
  | 'vendorDisagrees'
  | 'vendorLater'
  | 'pauseAfterResult'
  | 'wholeDayPauses'
  | 'unreadAppointment'
  | 'channelGuess'
  | 'steps'
>;

/** What a later row of a dossier does to the row counted so far. */
export type LedgerVerdict =
  | { replaces: false; displaced?: undefined }
  | { replaces: false; displaced: BadRow }
  | { replaces: true; displaced: BadRow; previous: CountedResult | 'not-settled' };

const STATUSES: readonly DossierStatus[] = [
  'early',
  'on_time',
  'late',
  'open_in_time',
  'open_overdue',
  'open_paused',
  'undetermined',
];
const NOT_SETTLED = 255;
const NONE = -1;
const VENDOR_DUE = 1;
const VENDOR_DISAGREES = 2;
const VENDOR_LATER = 4;
const PAUSE_AFTER_RESULT = 8;
const NO_CHANNEL = 16;
const UNGRADED = 32;
const EMPTY_CHANNEL = 64;
const WHOLE_DAY_PAUSES = 128;
const UNLISTED_GRADE = 256;
const UNREAD_APPOINTMENT = 512;

const GUESS_FLAGS = { none: NO_CHANNEL, empty: EMPTY_CHANNEL, ungraded: UNGRADED, unlisted: UNLISTED_GRADE } as const;

/** How settled a dossier is: returned (2) above withdrawn or refused (1) above still open (0). */
function rankOf(status: number, finished: number): number {
  if (status === NOT_SETTLED) return 1;
  return finished === NONE ? 0 : 2;
}

/** Keeps, per numbered dossier, the row counted; says when a new row replaces it and hands back the row set aside. */
export class DossierLedger {
  private readonly keys = new KeySlots();
  private capacity = 0;
  private file = new Int32Array(0);
  private row = new Int32Array(0);
  private procedure = new Int32Array(0);
  private agency = new Int32Array(0);
  private received = new Int32Array(0);
  private due = new Int32Array(0);
  private finished = new Int32Array(0);
  private status = new Uint8Array(0);
  // Flags: the vendor appointment, a pause after the result, the channel fallback (VENDOR_DUE … UNGRADED).
  // Sixteen bits: more flags than a byte holds.
  private vendor = new Uint16Array(0);
  private used = new Int32Array(0);
  private late = new Int32Array(0);
  private saved = new Int32Array(0);
  private vendorDue = new Int32Array(0);
  // Values held once each, numbered: files, procedures, agencies.
  private readonly files = new Interned<string>();
  private readonly procedures = new Interned<MeasuredProcedure>();
  // An agency as read may be a slice of the file's read buffer: each is held as its own copy.
  private readonly agencies = new Interned<string | undefined>((name) => (name === undefined ? name : ownString(name)));
  // The few dossiers with step timestamps keep their step results here.
  private readonly steps = new Map<number, StepResult[]>();
  // The status of a withdrawn, refused or cancelled row, as written: said when a row with a result replaces it.
  private readonly unsettled = new Map<number, string>();
  // The dossier number as the counted row spells it, held only when not as dossierNumberKey writes it ("…h04…"): the
  // rare spelling, said beside the other when a row of the same dossier spells it otherwise.
  private readonly spellings = new Map<number, string>();

  /**
   * Offers a row of the dossier `key`. The row counted is, by rank, the returned one, then a withdrawn or refused
   * one, then an open one; between two returned rows that disagree, the later return (the safe reading: a dossier is
   * never counted as settled earlier than an export says); then the larger delay; then the first file by name and
   * the first row. So the choice never depends on the order in which the files are given.
   */
  offer(key: string, entry: LedgerEntry): LedgerVerdict {
    const slot = this.keys.find(key);
    if (slot === undefined) {
      this.store(this.keys.add(key), entry);
      return { replaces: false };
    }
    const before = this.entryAt(slot);
    const [rank, finished, late] =
      entry.kind === 'measured'
        ? [rankOf(0, entry.result.finished ?? NONE), entry.result.finished ?? NONE, entry.result.lateMinutes]
        : [1, NONE, 0];
    const keptRank = rankOf(this.status[slot]!, this.finished[slot]!);
    const wins =
      rank !== keptRank
        ? rank > keptRank
        : finished !== this.finished[slot]
          ? finished > this.finished[slot]!
          : late !== this.late[slot]
            ? late > this.late[slot]!
            : entry.file !== before.file
              ? entry.file < before.file
              : entry.row < before.row;
    const [loser, kept, loserRank, keptRankNow, loserFinished, keptFinished] = wins
      ? [before, entry, keptRank, rank, this.finished[slot]!, finished]
      : [entry, before, rank, keptRank, finished, this.finished[slot]!];
    const reason: BadRow['reason'] =
      loserRank < keptRankNow ? 'superseded' : loserFinished !== keptFinished ? 'repeated-conflict' : 'repeated';
    const keptBefore = this.spellings.get(slot) ?? dossierNumberKey(entry.id);
    const [loserId, keptId] = wins ? [keptBefore, entry.id] : [entry.id, keptBefore];
    const displaced: BadRow = {
      file: loser.file,
      row: loser.row,
      reason,
      value: loserId,
      kept: rowPlace(kept.file, kept.row),
    };
    if (keptId !== loserId) displaced.keptAs = keptId;
    // A withdrawn or refused row is not "not yet finished": say what its status says.
    const status = wins ? this.unsettled.get(slot) : entry.kind === 'not-settled' ? entry.status : undefined;
    if (reason === 'superseded' && loserRank === 1 && status !== undefined) displaced.status = status;
    if (!wins) return { replaces: false, displaced };
    const previous = this.status[slot] === NOT_SETTLED ? 'not-settled' : this.counted(slot);
    this.steps.delete(slot);
    this.store(slot, entry);
    return { replaces: true, displaced, previous };
  }

  private entryAt(slot: number): { file: string; row: number } {
    return { file: this.files.value(this.file[slot]!), row: this.row[slot]! };
  }

  private counted(slot: number): CountedResult {
    const flags = this.vendor[slot]!;
    const result: CountedResult = {
      file: this.files.value(this.file[slot]!),
      row: this.row[slot]!,
      procedure: this.procedures.value(this.procedure[slot]!),
      received: this.received[slot]!,
      due: this.due[slot]!,
      status: STATUSES[this.status[slot]!]!,
      usedMinutes: this.used[slot]!,
      lateMinutes: this.late[slot]!,
      vendorDisagrees: (flags & VENDOR_DISAGREES) !== 0,
      vendorLater: (flags & VENDOR_LATER) !== 0,
      pauseAfterResult: (flags & PAUSE_AFTER_RESULT) !== 0,
      steps: this.steps.get(slot) ?? [],
    };
    const agency = this.agencies.value(this.agency[slot]!);
    if (agency !== undefined) result.agency = agency;
    if (this.finished[slot] !== NONE) {
      result.finished = this.finished[slot]!;
      result.savedMinutes = this.saved[slot]!;
    }
    if (flags & VENDOR_DUE) result.vendorDue = this.vendorDue[slot]!;
    if (flags & WHOLE_DAY_PAUSES) result.wholeDayPauses = true;
    if (flags & UNREAD_APPOINTMENT) result.unreadAppointment = true;
    if (flags & NO_CHANNEL) result.channelGuess = 'none';
    else if (flags & EMPTY_CHANNEL) result.channelGuess = 'empty';
    else if (flags & UNGRADED) result.channelGuess = 'ungraded';
    else if (flags & UNLISTED_GRADE) result.channelGuess = 'unlisted';
    return result;
  }

  private store(slot: number, entry: LedgerEntry): number {
    if (slot >= this.capacity) this.grow();
    this.file[slot] = this.files.number(entry.file);
    this.row[slot] = entry.row;
    this.unsettled.delete(slot);
    if (entry.id === dossierNumberKey(entry.id)) this.spellings.delete(slot);
    else this.spellings.set(slot, ownString(entry.id));
    if (entry.kind === 'not-settled') {
      this.unsettled.set(slot, ownString(entry.status));
      this.status[slot] = NOT_SETTLED;
      this.finished[slot] = NONE;
      this.late[slot] = 0;
      return slot;
    }
    const r = entry.result;
    this.procedure[slot] = this.procedures.number(r.procedure);
    this.agency[slot] = this.agencies.number(r.agency);
    this.received[slot] = r.received;
    this.due[slot] = r.due;
    this.finished[slot] = r.finished ?? NONE;
    this.status[slot] = STATUSES.indexOf(r.status);
    this.used[slot] = r.usedMinutes;
    this.late[slot] = r.lateMinutes;
    this.saved[slot] = r.savedMinutes ?? 0;
    this.vendorDue[slot] = r.vendorDue ?? 0;
    this.vendor[slot] =
      (r.vendorDue !== undefined ? VENDOR_DUE : 0) |
      (r.vendorDisagrees ? VENDOR_DISAGREES : 0) |
      (r.vendorLater ? VENDOR_LATER : 0) |
      (r.pauseAfterResult ? PAUSE_AFTER_RESULT : 0) |
      (r.wholeDayPauses ? WHOLE_DAY_PAUSES : 0) |
      (r.unreadAppointment ? UNREAD_APPOINTMENT : 0) |
      (r.channelGuess === undefined ? 0 : GUESS_FLAGS[r.channelGuess]);
    if (r.steps.length > 0) this.steps.set(slot, r.steps);
    return slot;
  }

  private grow(): void {
    this.capacity = Math.max(1024, this.capacity * 2);
    const grown = <T extends Int32Array | Uint16Array | Uint8Array>(array: T): T => {
      const bigger = new (array.constructor as new (n: number) => T)(this.capacity);
      bigger.set(array);
      return bigger;
    };
    this.file = grown(this.file);
    this.row = grown(this.row);
    this.procedure = grown(this.procedure);
    this.agency = grown(this.agency);
    this.received = grown(this.received);
    this.due = grown(this.due);
    this.finished = grown(this.finished);
    this.status = grown(this.status);
    this.vendor = grown(this.vendor);
    this.used = grown(this.used);
    this.late = grown(this.late);
    this.saved = grown(this.saved);
    this.vendorDue = grown(this.vendorDue);
  }
}

/** Values numbered in the order first seen, each held once. */
class Interned<T> {
  private readonly numbers = new Map<T, number>();
  private readonly values: T[] = [];

  constructor(private readonly own: (value: T) => T = (value) => value) {}

  number(value: T): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      const held = this.own(value);
      this.values.push(held);
      this.numbers.set(held, n);
    }
    return n;
  }

  value(n: number): T {
    return this.values[n]!;
  }
}
