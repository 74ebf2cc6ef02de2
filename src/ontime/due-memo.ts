/**
 * Due moments already counted, per procedure, limit and receipt moment. A million dossiers are mostly distinct
 * receipts (to the minute, 73 % in the benchmark's export), so the memo must cost less than a count: one fixed table,
 * each key in the slot its hash names, a newer key taking an older one's place. Maps of maps cost more per row than
 * the counts they spared; this table holds 1 MiB however many procedures an export names.
 */
import type { Duration } from '../model/types.js';
import type { Moment } from '../time/moment.js';

// Slots: exports list dossiers about in the order received, so a receipt's repeats come while it is still held.
const BITS = 16;
const SIZE = 1 << BITS;

/** Due moments by (procedure and limit, receipt), forgetting the oldest key of a slot. */
export class DueMemo<P extends object> {
  // A number per procedure and limit: the table's keys are numbers.
  private readonly numbers = new Map<P, Map<Duration, number>>();
  private nextNumber = 0;
  private readonly owners = new Int32Array(SIZE).fill(-1);
  private readonly receipts = new Float64Array(SIZE);
  private readonly dues = new Float64Array(SIZE);

  /** The number of a procedure's limit, the same for every receipt. */
  numberOf(procedure: P, limit: Duration): number {
    let byLimit = this.numbers.get(procedure);
    if (byLimit === undefined) this.numbers.set(procedure, (byLimit = new Map()));
    let number = byLimit.get(limit);
    if (number === undefined) byLimit.set(limit, (number = this.nextNumber++));
    return number;
  }

  /** The due moment remembered for a receipt under a limit's number, or undefined. */
  get(number: number, received: Moment): Moment | undefined {
    const slot = slotOf(number, received);
    return this.owners[slot] === number && this.receipts[slot] === received ? this.dues[slot] : undefined;
  }

  /** Remembers a due moment, in place of what its slot held. */
  set(number: number, received: Moment, due: Moment): void {
    const slot = slotOf(number, received);
    this.owners[slot] = number;
    this.receipts[slot] = received;
    this.dues[slot] = due;
  }
}

// Fibonacci hashing of the receipt's minute and the limit's number: receipts to the day are multiples of 1,440, which
// the low bits alone would pile into a few slots.
function slotOf(number: number, received: Moment): number {
  return Math.imul(Math.floor(received) ^ Math.imul(number, 0x27d4eb2d), 0x9e3779b1) >>> (32 - BITS);
}
