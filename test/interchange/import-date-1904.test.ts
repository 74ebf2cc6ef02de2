import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// ngay-mac-1904.xlsx (make-workbook.mjs): a catalog saved in Excel for Mac's 1904 date system. Its serials count from
// 01/01/1904, 1462 days after the 1900 system's 30/12/1899 (ECMA-376 Part 1, 18.17.4.1). Counted by hand:
// 1900-serial 45658 is 01/01/2025; 44523 + 1462 = 45985 = 45658 + 327, day 328 of 2025, 24/11/2025 (304 days to the
// end of October); 44522 is the day before, 23/11/2025. Read from 1900, they were 23/11/2021 and 22/11/2021, four
// years and a day early, and the cut-off 16:30 (0.6875, day 0 of 1904) read as the date 1904-01-01.
const F = 'test/interchange/fixtures/ngay-mac-1904.xlsx';

const DATES = 'effective: 2025-11-24\nissued: 2025-11-23\ntime_limit: 03 ngày làm việc\ncutoff: "16:30"\n';

async function imported(file: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-1904-'));
  const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
  expect([run.code, run.stderr]).toEqual([0, '']);
  expect(run.stdout.split(out).join('OUT')).toBe(
    `imported     OUT/QT-TP-09.yaml  ← ${file}: sheet "Danh mục" row 2\n1 imported, 0 skipped\n`,
  );
  return readFileSync(join(out, 'QT-TP-09.yaml'), 'utf8');
}

describe('procmap import: a workbook of the 1904 date system', () => {
  it('counts its dates, formatted or bare, and its times of day from 1904', async () => {
    expect(await imported(F)).toContain(DATES);
  });

  it('takes date1904="true" (xsd:boolean, as LibreOffice writes it) as "1"', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(ROOT, F)));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('date1904="1"');
    zip.file('xl/workbook.xml', workbook.replace('date1904="1"', 'date1904="true"'));
    const file = join(mkdtempSync(join(tmpdir(), 'procmap-1904-')), 'ngay-libreoffice.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    expect(await imported(file)).toContain(DATES);
  });
});
