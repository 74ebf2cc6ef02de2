import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { STAND_IN_CHARTS } from '../helpers/stand-in-charts.js';
import { runCli } from '../helpers/run-cli.js';

// A procedure with a fee whose online channel is free, written in each way officers say so ("Không", "Miễn phí",
// "Không thu phí", "0 đồng", 0, "Không có"): the channels' table printed "Không" but the import read it as a blank,
// so the channel came back with the procedure's 100.000 đồng.
const FOLDER = join(ROOT, 'test/interchange/fixtures/free-channel');
const WORDS = ['Không', 'Miễn phí', 'Không thu phí', '0 đồng', '0', 'Không có'];
const FILES = WORDS.map((_, i) => `qt-${i + 1}.yaml`);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'procmap-free-channel-'));
}

/** The online channel of an imported file, as the YAML writes it. */
function onlineChannel(file: string): string {
  return /\n {2}- kind: online\n(?: {4}.*\n)*/u.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
}

describe('a free channel through procmap’s workbook', () => {
  it('comes back free, in the words it was written with: the file is unchanged', async () => {
    const dir = tempDir();
    const catalog = join(dir, 'catalog');
    cpSync(FOLDER, catalog, { recursive: true });
    const book = join(dir, 'danh-muc.xlsx');
    expect((await runCli(['export', catalog, '-o', book])).code).toBe(0);
    const run = await runCli(['import', '--lang', 'en', book, '-o', catalog]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      FILES.map((file, i) => `unchanged    ${join(catalog, file)}  ← ${book}: sheet "Quy trình" row ${i + 2}\n`).join(
        '',
      ) + '0 imported, 6 unchanged, 0 skipped\n',
    );
    expect(run.code).toBe(0);
    for (const file of FILES)
      expect(readFileSync(join(catalog, file), 'utf8')).toBe(readFileSync(join(FOLDER, file), 'utf8'));
  });
});

describe('a free channel through the ISO document in Word', () => {
  it('comes back with the words the document prints for it, not the procedure’s fee', async () => {
    const dir = tempDir();
    const docs = join(dir, 'docx');
    // The chart is a stand-in (test/helpers/stand-in-charts.ts): the import reads the tables, not the picture.
    expect((await runCli(['doc', FOLDER, '-f', 'docx', '-o', docs], { browsers: STAND_IN_CHARTS })).code).toBe(0);
    const out = join(dir, 'out');
    const run = await runCli([
      'import',
      '--lang',
      'en',
      ...readdirSync(docs)
        .filter((f) => f.endsWith('.docx'))
        .map((f) => join(docs, f)),
      '-o',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The document prints a fee of 0 đồng (0, "0 đồng") as "Miễn phí"; each other word as written.
    const printed = WORDS.map((word) => (word === '0' || word === '0 đồng' ? 'Miễn phí' : word));
    expect(WORDS.map((_, i) => onlineChannel(join(out, `QT-MP-0${i + 1}.yaml`)))).toEqual(
      printed.map((word) => `\n  - kind: online\n    fee: ${word}\n`),
    );
  });
});

describe('a free channel in a channels table given as CSV', () => {
  it('is read as the channel’s fee, "Không" and 0 alike', async () => {
    const csv = join(ROOT, 'test/interchange/fixtures/free-channel-csv');
    const catalog = join(csv, 'danh-muc.csv');
    const channels = join(csv, 'cach-thuc.csv');
    const out = join(tempDir(), 'out');
    const run = await runCli(['import', '--lang', 'en', catalog, channels, '-o', out]);
    expect(run.code).toBe(0);
    expect(onlineChannel(join(out, 'QT-MP-11.yaml'))).toBe('\n  - kind: online\n    fee: Không\n');
    expect(onlineChannel(join(out, 'QT-MP-12.yaml'))).toBe('\n  - kind: online\n    fee: 0\n');
  });
});
