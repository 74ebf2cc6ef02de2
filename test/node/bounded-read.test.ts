import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/node/files.js';

describe('readBounded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-bounded-'));

  it('reads a file whole, at its size, one byte under and over the limit', () => {
    const text = 'id: QT-01\ntitle: Cấp phép\n'.repeat(300);
    const file = join(dir, 'a.yaml');
    writeFileSync(file, text);
    const size = Buffer.byteLength(text);
    expect(readBounded(file, size)).toEqual({ ok: true, bytes: Buffer.from(text) });
    expect(readBounded(file, size + 1)).toEqual({ ok: true, bytes: Buffer.from(text) });
    expect(readBounded(file, size - 1)).toMatchObject({ ok: false, size });
    writeFileSync(file, '');
    expect(readBounded(file, 10)).toEqual({ ok: true, bytes: Buffer.alloc(0) });
  });

  it('reads on past a size of 0, as files in /proc report', () => {
    // /proc/cpuinfo says 0 bytes and holds kilobytes: its end is where a read gives nothing.
    const read = readBounded('/proc/cpuinfo', 1024 * 1024);
    expect(read.ok && read.bytes.toString('latin1')).toBe(readFileSync('/proc/cpuinfo', 'latin1'));
    expect(read.ok && read.bytes.length).toBeGreaterThan(0);
  });
});
