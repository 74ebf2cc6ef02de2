import { constants, deflateRawSync } from 'node:zlib';

/** `times` copies of `chunk`, one after the other: a part of hundreds of megabytes, never held in memory. */
export interface RepeatedBytes {
  chunk: Uint8Array;
  times: number;
}

/** One part of a hand-made zip: its bytes, and the size its headers state (the real size unless a test lies). */
export interface ZipPart {
  name: string;
  data: Uint8Array | RepeatedBytes;
  statedSize?: number;
}

/**
 * The raw deflate stream of the bytes. A repeated chunk is deflated once, flushed to a byte boundary without ending
 * the stream, so that its blocks refer to nothing before them; those blocks, repeated, then an empty last block, are
 * the deflate stream of the whole run (257 MiB in milliseconds, where deflating it took seconds).
 */
function deflated(data: Uint8Array | RepeatedBytes): Buffer {
  if (data instanceof Uint8Array) return deflateRawSync(data, { level: 1 });
  const blocks = deflateRawSync(data.chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: data.times }, () => blocks), deflateRawSync(Buffer.alloc(0))]);
}

/** How many bytes the part holds unpacked. */
function sizeOf(data: Uint8Array | RepeatedBytes): number {
  return data instanceof Uint8Array ? data.length : data.chunk.length * data.times;
}

/**
 * A zip archive of the parts, deflated by zlib: the hostile tests need parts of tens of megabytes, which JSZip's own
 * deflate takes seconds to write, and a directory that can state a false size. CRCs are zero: the readers procmap
 * uses do not check them before inflating.
 */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, statedSize } of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflated(data);
    const size = statedSize ?? sizeOf(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
