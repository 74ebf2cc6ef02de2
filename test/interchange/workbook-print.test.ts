import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The exported workbook printed with Excel's default margins (0.7" at the sides, 0.75" top and bottom) on every sheet,
// where an administrative document takes those of Decree 30/2020 (left 30 mm, right 15 mm, top and bottom 20 mm), as
// procmap's Word document does. A sheet prints landscape, the paper turned a quarter: the margins turn with it, the
// binding's 30 mm at the top (then it printed them unturned, the 30 mm on a side no binding is on), as the Word file's
// landscape pages. Read from the sheets' XML, as Excel and LibreOffice read them.
const MM = 25.4;

describe('the exported workbook’s pages', () => {
  it('print every sheet on A4 landscape in the margins of Decree 30/2020 turned with the paper, with the header row on every page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-workbook-print-'));
    const book = join(dir, 'danh-muc.xlsx');
    const run = await runCli(['export', 'test/interchange/fixtures/flows', '-o', book]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(book));
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThan(5);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    for (const name of sheets) {
      const xml = await zip.file(name)!.async('string');
      const margins = /<pageMargins ([^>]*)\/>/.exec(xml)?.[1] ?? '';
      const mm = (side: string) => Number(new RegExp(`\\b${side}="([\\d.]+)"`).exec(margins)?.[1]) * MM;
      expect(mm('top'), name).toBeCloseTo(30, 0);
      expect(mm('bottom'), name).toBeCloseTo(15, 0);
      expect(mm('left'), name).toBeCloseTo(20, 0);
      expect(mm('right'), name).toBeCloseTo(20, 0);
      // The header 20 mm from the bound edge, clear of the punch holes.
      expect(mm('header'), name).toBeCloseTo(20, 0);
      expect(xml, name).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
      // Fit to as few pages across as stay readable, as many long as it takes: Excel reads the fit only with fitToPage.
      expect(xml, name).toMatch(/<pageSetUpPr fitToPage="1"\/>[\s\S]*fitToWidth="\d+" fitToHeight="0"/);
      const index = Number(/sheet(\d+)\.xml$/.exec(name)![1]) - 1;
      expect(workbook, name).toMatch(new RegExp(`_xlnm\\.Print_Titles" localSheetId="${index}">[^<]*\\$1:\\$1<`));
    }
  });
});
