/**
 * Numbers texts in the order they first come, held outside the JavaScript heap: a year of dossiers is a million keys,
 * which as strings in a Map took about 85 MB of heap and as much again of the collector's headroom. Here each key is
 * its UTF-16 code units in blocks that are filled and never copied, found through an open-addressing table of
 * numbers; a key is always compared in full, so two keys never share a number.
 */
export class KeySlots {
  // Blocks of code units: a key lies within one block; a new block starts when the last cannot hold it.
  private readonly blocks: Uint16Array[] = [];
  private block = new Uint16Array(0);
  private used = 0;
  private where = new Int32Array(1 << 10);
  private start = new Int32Array(1 << 10);
  private length = new Int32Array(1 << 10);
  // Each key's hash: a probe compares it before the code units (keys of one procedure share a long prefix), and a
  // rehash reads it instead of hashing every key again.
  private hashes = new Int32Array(1 << 10);
  private count = 0;
  // The key find hashed last, which add is nearly always given next.
  private lastKey = '';
  private lastHash = 0;
  // Slot + 1 per bucket (0 is empty); kept at most half full.
  private table = new Int32Array(1 << 11);

  /** How many keys are numbered. */
  get size(): number {
    return this.count;
  }

  /** The number of a key, or undefined when it has none yet. */
  find(key: string): number | undefined {
    const keyHash = hash(key);
    this.lastKey = key;
    this.lastHash = keyHash;
    const mask = this.table.length - 1;
    for (let bucket = keyHash & mask; ; bucket = (bucket + 1) & mask) {
      const entry = this.table[bucket]!;
      if (entry === 0) return undefined;
      if (this.hashes[entry - 1] === keyHash && this.matches(entry - 1, key)) return entry - 1;
    }
  }

  /** Numbers a key that has none (see find): the next number, from 0. */
  add(key: string): number {
    const slot = this.count++;
    if (slot >= this.start.length) {
      this.where = grown(this.where, this.where.length * 2);
      this.start = grown(this.start, this.start.length * 2);
      this.length = grown(this.length, this.length.length * 2);
      this.hashes = grown(this.hashes, this.hashes.length * 2);
    }
    if (this.used + key.length > this.block.length) {
      this.block = new Uint16Array(Math.max(BLOCK_UNITS, key.length));
      this.blocks.push(this.block);
      this.used = 0;
    }
    for (let i = 0; i < key.length; i++) this.block[this.used + i] = key.charCodeAt(i);
    this.where[slot] = this.blocks.length - 1;
    this.start[slot] = this.used;
    this.length[slot] = key.length;
    this.used += key.length;
    this.hashes[slot] = key === this.lastKey ? this.lastHash : hash(key);
    if (this.count * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(slot, this.hashes[slot]!);
    return slot;
  }

  private matches(slot: number, key: string): boolean {
    if (this.length[slot] !== key.length) return false;
    const units = this.blocks[this.where[slot]!]!;
    const from = this.start[slot]!;
    for (let i = 0; i < key.length; i++) if (units[from + i] !== key.charCodeAt(i)) return false;
    return true;
  }

  private place(slot: number, keyHash: number): void {
    const mask = this.table.length - 1;
    let bucket = keyHash & mask;
    while (this.table[bucket] !== 0) bucket = (bucket + 1) & mask;
    this.table[bucket] = slot + 1;
  }

  private rehash(buckets: number): void {
    this.table = new Int32Array(buckets);
    for (let slot = 0; slot < this.count; slot++) this.place(slot, this.hashes[slot]!);
  }
}

// Code units per block: 1 MiB.
const BLOCK_UNITS = 1 << 19;

// FNV-1a over the code units, as a signed 32-bit number (what an Int32Array holds back).
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

function grown<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}
