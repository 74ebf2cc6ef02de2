import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_RECORD } from '../../src/node/output-record.js';
import { runCli } from '../helpers/run-cli.js';
import { workFolder } from '../safety/helpers.js';
import { datesOf } from '../helpers/zip-dates.js';

// Word and Excel files used to carry the time of the run (their properties and every zip entry's date): each run
// made new bytes, CI users who commit the files got a diff every time, and a file procmap had written before its
// output record existed could only be replaced with --force.
const work = workFolder('reproducible');
// Effective 2025-07-01, amended 2025-07-01 and 2025-10-15.
const FULL = 'test/render/document/fixtures/full.yaml';
const CATALOG = 'test/fixtures/ontime/catalog';
const CSV = 'test/fixtures/ontime/ho-so.csv';
// Two runs a second apart, across a two-second step of a zip entry's time.
const FIRST = '2026-12-05T10:00:01Z';
const SECOND = '2026-12-05T10:00:02Z';

let folders = 0;
function outFolder(): string {
  const dir = join(work, `out-${++folders}`);
  mkdirSync(dir);
  return dir;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('Word and Excel files are the same bytes from one run to the next', () => {
  it('export: the same workbook a second later, dated from the procedures; an identical one is taken as its own', async () => {
    const out = outFolder();
    const first = join(out, 'first.xlsx');
    const second = join(out, 'second.xlsx');
    const run = (path: string, now: string) => runCli(['export', FULL, '-o', path, '--lang', 'en'], { now });
    expect(await run(first, FIRST)).toEqual({ code: 0, stdout: `${first}\n`, stderr: '' });
    expect(await run(second, SECOND)).toEqual({ code: 0, stdout: `${second}\n`, stderr: '' });
    const bytes = readFileSync(first);
    expect(readFileSync(second).equals(bytes)).toBe(true);
    expect(await datesOf(bytes)).toEqual({
      entries: ['2025-10-15T00:00:00.000Z'],
      created: '2025-07-01T00:00:00Z',
      modified: '2025-10-15T00:00:00Z',
    });
    // The folder as a checkout leaves it when the workbook is committed and the record is not.
    rmSync(join(out, OUTPUT_RECORD));
    expect(await run(first, SECOND)).toEqual({ code: 0, stdout: `${first}\n`, stderr: '' });
    expect(JSON.parse(readFileSync(join(out, OUTPUT_RECORD), 'utf8'))).toEqual({
      version: 1,
      files: { 'first.xlsx': [sha256(bytes)] },
    });
  });

  it('export: SOURCE_DATE_EPOCH dates the workbook when set; a value that is no number of seconds stops the run', async () => {
    const out = outFolder();
    const path = join(out, 'catalog.xlsx');
    const env = { SOURCE_DATE_EPOCH: '1751328000' };
    expect((await runCli(['export', FULL, '-o', path], { env, now: FIRST })).code).toBe(0);
    expect(await datesOf(readFileSync(path))).toEqual({
      entries: ['2025-07-01T00:00:00.000Z'],
      created: '2025-07-01T00:00:00Z',
      modified: '2025-07-01T00:00:00Z',
    });
    const bad = join(out, 'bad.xlsx');
    const result = await runCli(['export', FULL, '-o', bad, '--lang', 'en'], {
      env: { SOURCE_DATE_EPOCH: '2025-07-01' },
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: SOURCE_DATE_EPOCH is "2025-07-01": write the date as a number of seconds since 1970-01-01 UTC (what "date +%s" prints, e.g. 1751328000 for 2025-07-01), or unset it\n',
    });
    // A year of five digits in the Word file's properties, which no reader takes, and zip entries stuck at 2107.
    expect(
      await runCli(['export', FULL, '-o', bad, '--lang', 'en'], { env: { SOURCE_DATE_EPOCH: '999999999999' } }),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: SOURCE_DATE_EPOCH is "999999999999", a date after 31/12/2107, the last one a Word or Excel file can hold: write an earlier date (e.g. 1751328000 for 2025-07-01), or unset it\n',
    });
    expect((await runCli(['export', FULL, '-o', bad], { env: { SOURCE_DATE_EPOCH: '4354819199' } })).code).toBe(0);
    expect(await datesOf(readFileSync(bad))).toMatchObject({ created: '2107-12-31T23:59:59Z' });
    rmSync(bad);
    const vi = await runCli(['export', FULL, '-o', bad], { env: { SOURCE_DATE_EPOCH: '1,7e9' } });
    expect(vi).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: SOURCE_DATE_EPOCH là "1,7e9": hãy ghi ngày dưới dạng số giây tính từ 01/01/1970 UTC (như lệnh "date +%s" in ra, ví dụ 1751328000 cho ngày 01/07/2025), hoặc bỏ biến đó đi\n',
    });
  });

  it('ontime: the same workbook a second later, dated the day it is as of', async () => {
    const out = outFolder();
    const run = (name: string, now: string) =>
      runCli(
        ['ontime', CSV, '--catalog', CATALOG, '--as-of', '2026-05-08 09:00', '--format', 'xlsx', '-o', join(out, name)],
        {
          now,
        },
      );
    expect((await run('first.xlsx', FIRST)).code).toBe(0);
    expect((await run('second.xlsx', SECOND)).code).toBe(0);
    const bytes = readFileSync(join(out, 'first.xlsx'));
    expect(readFileSync(join(out, 'second.xlsx')).equals(bytes)).toBe(true);
    expect(await datesOf(bytes)).toEqual({
      entries: ['2026-05-08T00:00:00.000Z'],
      created: '2026-05-08T00:00:00Z',
      modified: '2026-05-08T00:00:00Z',
    });
  });
});
