import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/node/io.js';
import { OUTPUT_RECORD, OutputRecord } from '../../src/node/output-record.js';

const work = mkdtempSync(join(tmpdir(), 'procmap-output-record-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const io = { stderr: { write: () => true } } as unknown as Io;
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

let folders = 0;
/** A fresh output folder for one test. */
function outFolder(): string {
  const dir = join(work, `out-${++folders}`);
  mkdirSync(dir);
  return dir;
}

/** The record's entries as on disk now (none when there is no record yet). */
function recorded(dir: string): Record<string, string[]> {
  const path = join(dir, OUTPUT_RECORD);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, string[]> }).files : {};
}

const name = (i: number) => `QT-${String(i).padStart(4, '0')}.pdf`;
const body = (i: number, run: number) => `tài liệu ${i}, lần ${run}\n`;

describe('OutputRecord writes files rendered one by one in batches', () => {
  it('saves the record once per batch, not once per file (doc and flowchart hand it one procedure at a time)', () => {
    const dir = outFolder();
    const record = OutputRecord.open(dir, { io, lang: 'en' });
    let saves = 0;
    let last = JSON.stringify(recorded(dir));
    for (let i = 0; i < 200; i++) {
      record.write([[join(dir, name(i)), body(i, 1)]]);
      const now = JSON.stringify(recorded(dir));
      if (now !== last) saves++;
      last = now;
    }
    record.finish();
    // Before, each write saved the whole record: 200 saves of a record growing to 200 names.
    expect(saves).toBeLessThanOrEqual(4);
    expect(readdirSync(dir).length).toBe(201);
    expect(recorded(dir)[name(199)]).toEqual([sha256(body(199, 1))]);
  });

  it("a run stopped part way through a batch leaves every file of it known as procmap's, as it was or as it is", () => {
    const dir = outFolder();
    const first = OutputRecord.open(dir, { io, lang: 'en' });
    first.write(Array.from({ length: 10 }, (_, i) => [join(dir, name(i)), body(i, 1)] as const));
    first.finish();
    // The seventh file cannot be written (a folder is in its place): the run stops after the batch was recorded and
    // the first six were renamed into place, the way a run killed between two renames does.
    rmSync(join(dir, name(6)));
    mkdirSync(join(dir, name(6)));
    const second = OutputRecord.open(dir, { io, lang: 'en' });
    second.write(Array.from({ length: 10 }, (_, i) => [join(dir, name(i)), body(i, 2)] as const));
    expect(() => second.finish()).toThrow(/it is a folder/);
    const files = recorded(dir);
    expect(readFileSync(join(dir, name(5)), 'utf8')).toBe(body(5, 2));
    expect(readFileSync(join(dir, name(7)), 'utf8')).toBe(body(7, 1));
    expect(files[name(5)]).toEqual([sha256(body(5, 1)), sha256(body(5, 2))]);
    // The files the failed write did not write are listed as they are: the record lists only what procmap wrote.
    expect(files[name(7)]).toEqual([sha256(body(7, 1))]);
    expect(files[name(6)]).toBeUndefined();
    // The next run replaces them all with no --force, and the record is left with one hash a file.
    rmSync(join(dir, name(6)), { recursive: true });
    const third = OutputRecord.open(dir, { io, lang: 'en' });
    third.refuseUsersFiles(Array.from({ length: 10 }, (_, i) => [join(dir, name(i))] as const));
    third.write(Array.from({ length: 10 }, (_, i) => [join(dir, name(i)), body(i, 3)] as const));
    third.finish();
    expect(recorded(dir)).toEqual(
      Object.fromEntries(Array.from({ length: 10 }, (_, i) => [name(i), [sha256(body(i, 3))]])),
    );
  });
});
