import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashOf } from '../../src/node/output-record.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { workFolder } from './helpers.js';

// Two runs of doc (or flowchart, export) into one folder each laid their hashes over the other's in
// .procmap-outputs.json, leaving a record that matched no file: the next run refused the files as "changed after
// procmap wrote them". A run now holds the folder while it writes; another one stops, saying so.
const work = workFolder('output-lock');
const KET_HON = join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml');
const LOCK = '.procmap-outputs.lock';
// A live process standing for the other procmap run.
const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
afterAll(() => other.kill());

let folders = 0;
/** A fresh output folder, held by the other run when `held`. */
function outFolder(held: boolean): string {
  const dir = join(work, `out-${++folders}`);
  mkdirSync(dir);
  if (held) writeFileSync(join(dir, LOCK), `${other.pid}\n`);
  return dir;
}

describe('a folder another procmap run is writing into', () => {
  it('doc stops, writes nothing and says so plainly', async () => {
    const out = outFolder(true);
    const result = await runCli(['doc', KET_HON, '-f', 'md', '-o', out, '--lang', 'en']);
    expect(result.stderr).toBe(
      `procmap: Another procmap run (process ${other.pid}) is writing into "${out}"; run this one when it has finished (if no procmap run is still going, delete ${join(out, LOCK)})\n`,
    );
    expect(result.code).toBe(2);
    expect(readdirSync(out)).toEqual([LOCK]);
    const vi = await runCli(['doc', KET_HON, '-f', 'md', '-o', out, '--lang', 'vi']);
    expect(vi.stderr).toBe(
      `procmap: Một lần chạy procmap khác (tiến trình ${other.pid}) đang ghi vào "${out}"; hãy chạy lại khi lần đó xong (nếu không còn lần chạy procmap nào, hãy xóa ${join(out, LOCK)})\n`,
    );
  });

  it('export of a workbook says another run is writing, not that procmap did not write the file', async () => {
    const out = outFolder(true);
    writeFileSync(join(out, 'cat.xlsx'), 'written by the other run, not yet in the record');
    const result = await runCli(['export', KET_HON, '-f', 'xlsx', '-o', join(out, 'cat.xlsx'), '--lang', 'en']);
    expect(result.stderr).toBe(
      `procmap: Another procmap run (process ${other.pid}) is writing into "${out}"; run this one when it has finished (if no procmap run is still going, delete ${join(out, LOCK)})\n`,
    );
    expect(result.code).toBe(2);
  });

  it('is written into once that run is gone, and the lock is released after the run', async () => {
    const out = outFolder(false);
    // Left by a run that no longer exists: taken over.
    writeFileSync(join(out, LOCK), '999999999\n');
    const result = await runCli(['doc', KET_HON, '-f', 'md', '-o', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.procmap-outputs.json', 'QT-HT-02.md']);
  });

  // A run killed mid-write (kill -9, a power cut) leaves its temporary file, never a cut-off file under the final name;
  // only a build removed such files, so doc, flowchart and export left them in their folders for good.
  it('loses the temporary files a killed run left there, and keeps those of a live run and the officer’s', async () => {
    const out = outFolder(false);
    const dead = spawnSync(process.execPath, ['--version']).pid!;
    const left = [`.QT-HT-02.md.procmap-tmp-${dead}-0123abcd`, `.catalog.xlsx.procmap-tmp-${dead}-89abcdef`];
    const kept = [`.QT-HT-02.md.procmap-tmp-${other.pid}-0123abcd`, 'notes.procmap-tmp-1-0123abcd', '.draft.md'];
    for (const name of [...left, ...kept]) writeFileSync(join(out, name), 'half a file');
    const result = await runCli(['doc', KET_HON, '-f', 'md', '-o', out, '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.procmap-outputs.json', 'QT-HT-02.md', ...kept].sort());
  });

  it('is let go by a run refused for a file in the way', async () => {
    const out = outFolder(false);
    writeFileSync(join(out, 'QT-HT-02.md'), 'the officer’s notes');
    const result = await runCli(['doc', KET_HON, '-f', 'md', '-o', out, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(readdirSync(out)).toEqual(['QT-HT-02.md']);
    expect(readFileSync(join(out, 'QT-HT-02.md'), 'utf8')).toBe('the officer’s notes');
  });
});

// A doc run that failed on a folder in a document's place left the record listing that document, as if written.
describe('a document procmap could not write', () => {
  it('is not listed in the output record', async () => {
    const out = outFolder(false);
    mkdirSync(join(out, 'QT-HT-02.md'));
    const result = await runCli(['doc', KET_HON, '-f', 'md', '-o', out, '--lang', 'en']);
    expect(result.stderr).toContain('it is a folder');
    expect(result.code).toBe(2);
    // Refused now before anything is written, so that no record may be made at all; one made lists nothing.
    const path = join(out, '.procmap-outputs.json');
    const record = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { files: object }) : { files: {} };
    expect(record.files).toEqual({});
  });
});

// A report (lint -o, diff -o, ontime -o) saved the record without the folder's lock: two runs saving it at once each
// laid their entries over the record as it was before the other's save, and one entry was lost.
describe('a report written into a folder another procmap run is writing into', () => {
  it('waits for that run, saying so, and both runs’ files stay in the record', async () => {
    const out = outFolder(true);
    let sayWaiting = () => {};
    const waiting = new Promise<'waiting'>((resolve) => (sayWaiting = () => resolve('waiting')));
    const report = runCli(['lint', KET_HON, '-o', join(out, 'lint.txt'), '--lang', 'en'], {
      onStderr: (text) => {
        if (text.includes('waiting')) sayWaiting();
      },
    });
    // The other run goes on until the report has finished, or is waiting for it.
    const first = await Promise.race([report.then(() => 'finished' as const), waiting]);
    // The other run saves the record as it read it, with its own document, and lets the folder go.
    writeFileSync(join(out, 'QT-HT-02.md'), 'the other run’s document');
    writeFileSync(
      join(out, '.procmap-outputs.json'),
      JSON.stringify({ version: 1, files: { 'QT-HT-02.md': [hashOf('the other run’s document')] } }),
    );
    rmSync(join(out, LOCK));
    const result = await report;
    const record = JSON.parse(readFileSync(join(out, '.procmap-outputs.json'), 'utf8')) as { files: object };
    expect(Object.keys(record.files)).toEqual(['QT-HT-02.md', 'lint.txt']);
    expect(first).toBe('waiting');
    expect(result.stderr).toBe(
      `procmap: waiting for another procmap run (process ${other.pid}) to finish writing into "${out}"\n`,
    );
    expect(result.code).toBe(0);
    // The report's lock is gone with it: nothing of procmap's is left among the user's files but the record.
    expect(readdirSync(out).sort()).toEqual(['.procmap-outputs.json', 'QT-HT-02.md', 'lint.txt']);
  });
});
