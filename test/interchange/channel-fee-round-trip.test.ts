import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { STAND_IN_CHARTS } from '../helpers/stand-in-charts.js';
import { runCli } from '../helpers/run-cli.js';

// A fee of two lines on a procedure with channels: the channels' table prints it in each row without a fee of its
// own, and the first row's cell was read as the procedure's fee cut to its first line, so procmap's own document did
// not import back over the file it was written from. qt-2's first channel has a fee of two lines of its own; qt-3 has
// no fee but that channel's, which the import made the procedure's.
const FOLDER = join(ROOT, 'test/interchange/fixtures/channel-fee-lines');
const FILES = ['qt-1.yaml', 'qt-2.yaml', 'qt-3.yaml'];

describe('a fee of several lines on a procedure with channels, through the ISO document in Word', () => {
  it('imports back unchanged over the file it was written from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-channel-fee-'));
    const docs = join(dir, 'docx');
    // The chart is a stand-in (test/helpers/stand-in-charts.ts): the import reads the tables, not the picture.
    expect((await runCli(['doc', FOLDER, '-f', 'docx', '-o', docs], { browsers: STAND_IN_CHARTS })).code).toBe(0);
    const catalog = join(dir, 'catalog');
    cpSync(FOLDER, catalog, { recursive: true });
    const words = readdirSync(docs).filter((f) => f.endsWith('.docx'));
    const run = await runCli(['import', '--lang', 'en', ...words.map((f) => join(docs, f)), '-o', catalog]);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter((line) => /^\S/u.test(line))).toEqual([
      `unchanged    ${join(catalog, 'qt-1.yaml')}  ← ${join(docs, 'QT-XD-07C.docx')} (1.009994)`,
      `unchanged    ${join(catalog, 'qt-2.yaml')}  ← ${join(docs, 'QT-XD-07D.docx')} (1.009994)`,
      `unchanged    ${join(catalog, 'qt-3.yaml')}  ← ${join(docs, 'QT-XD-07E.docx')} (1.009994)`,
      '0 imported, 3 unchanged, 0 skipped',
    ]);
    expect(run.code).toBe(0);
    for (const file of FILES)
      expect(readFileSync(join(catalog, file), 'utf8')).toBe(readFileSync(join(FOLDER, file), 'utf8'));
  });
});
