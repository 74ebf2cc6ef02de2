import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// ho-so-mac.xlsx (make.mjs beside it): ho-so.csv's two dossiers saved in the 1904 date system, each moment once a
// date-formatted cell and once a bare serial. Counted by hand: 1904-serial 44742 + 1462 = 46204, and 46023 is
// 01/01/2026, so 46204 is day 182 of 2026, Wed 01/07/2026; WD2's 2 working days fall due Fri 03/07/2026. D1, returned
// on 03/07 10:00, is on time (a limit in days runs through its due day); D2, returned Mon 06/07, is late. Read from
// 1900, a bare serial was four years and a day early (D1's result 02/07/2022, before its receipt: not measured).
const DIR = 'test/fixtures/ontime/date-1904';
const RUN = ['--catalog', 'test/fixtures/ontime/date-receipt/catalog', '--as-of', '10/07/2026', '--lang', 'en'];

async function report(file: string) {
  const run = await runCli(['ontime', file, ...RUN]);
  return { code: run.code, stderr: run.stderr, stdout: run.stdout.split(file).join('FILE') };
}

describe('procmap ontime: a workbook of the 1904 date system', () => {
  it("counts its dates, formatted or bare, from 1904: the report is the CSV's", async () => {
    const csv = await report(`${DIR}/ho-so.csv`);
    expect(csv.stdout).toContain('Finished: 2 (early 0, on time 1, late 1)\n');
    expect(csv.stderr).toBe('');
    expect(await report(`${DIR}/ho-so-mac.xlsx`)).toEqual(csv);
  });

  it('takes date1904="true" (xsd:boolean, as LibreOffice writes it) as "1"', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(ROOT, DIR, 'ho-so-mac.xlsx')));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('date1904="1"');
    zip.file('xl/workbook.xml', workbook.replace('date1904="1"', 'date1904="true"'));
    const file = join(mkdtempSync(join(tmpdir(), 'procmap-1904-')), 'ho-so-libreoffice.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    expect(await report(file)).toEqual(await report(`${DIR}/ho-so.csv`));
  });
});
