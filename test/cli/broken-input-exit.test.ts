import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A broken file is a problem in the input (exit 1), for `import` as for `ontime`; exit 2 is for what stops procmap.
const DIR = 'test/fixtures/broken-input';
const CATALOG = 'test/fixtures/ontime/catalog';

const DUPLICATE =
  'duplicate.json:2:26: Duplicate key "MATTHC"; a key may appear once in an object: keep the right value and delete the other';
const XLSX =
  'broken.xlsx: not an Excel workbook (.xlsx) procmap can read: the file is not the zip package an .xlsx is (damaged, cut off, or another kind of file renamed). An old .xls file: save it as .xlsx or CSV UTF-8 first';
const DOCX =
  'broken.docx: not a Word document (.docx) procmap can read: the file is not the zip package a .docx is (damaged, cut off, or another kind of file renamed). An old .doc file: save it as .docx first';
// Cut after the list's first object began: one closer would not mend it, only a new export does.
const CUT = 'the file seems cut short: it ends with 2 lists and objects still open (}] missing); export the file again';
const CSV = 'windows-1258.csv: not UTF-8 text: in Excel, save it as "CSV UTF-8 (Comma delimited)"';
// The last line of stderr when a dossier file is refused: no report is written, not even an empty one.
const noReport = (file: string): string =>
  `procmap: no report written: the dossier file "${file}" could not be read (see above), and a report without its dossiers would give wrong figures. Fix it, or leave it out of the command, and run again\n`;

describe('a broken input file', () => {
  it.each([
    // procmap's own words, not Node's parser's (English, and changing between Node versions).
    ['cut.json', `procmap: ${DIR}/cut.json:3:1: not valid JSON: ${CUT}\n`],
    ['duplicate.json', `procmap: ${DIR}/${DUPLICATE}\n`],
    ['broken.xlsx', `procmap: ${DIR}/${XLSX}\n`],
    ['broken.docx', `procmap: ${DIR}/${DOCX}\n`],
    ['windows-1258.csv', `procmap: ${DIR}/${CSV}\n`],
  ])('import %s: names it and exits 1, writing nothing', async (name, stderr) => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-broken-input-')), 'out');
    const run = await runCli(['import', `${DIR}/${name}`, '-o', out, '--lang', 'en']);
    if (typeof stderr === 'string') expect(run.stderr).toBe(stderr);
    else expect(run.stderr).toMatch(stderr);
    expect(run.stdout).toBe('0 imported, 0 skipped, 1 file unreadable\n');
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['cut.json', `cut.json:3:1: ${CUT}`],
    ['duplicate.json', DUPLICATE],
    ['broken.xlsx', XLSX],
    ['windows-1258.csv', CSV],
  ])('ontime %s: names it and exits 1, as import does', async (name, message) => {
    const run = await runCli([
      'ontime',
      `${DIR}/${name}`,
      '--catalog',
      CATALOG,
      '--as-of',
      '2026-03-31 17:00',
      '--lang',
      'en',
    ]);
    expect(run.stderr).toBe(`${DIR}/${message}\n${noReport(`${DIR}/${name}`)}`);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(1);
  });
});
