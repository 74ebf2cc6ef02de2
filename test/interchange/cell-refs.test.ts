import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { withCellRefs } from '../../src/interchange/cell-refs.js';
import { SheetError } from '../../src/interchange/read-error.js';
import { checkCellLengths, wholeWorkbook } from '../../src/interchange/workbook-parts.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Rows and cells may leave out their reference (ECMA-376 Part 1, 18.3.1.73, 18.3.1.4), as some programs export a
// catalog: a row follows the row before, a cell the cell before it. Excel opens such a file; exceljs refused it.
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROWS = [
  ['Tên thủ tục', 'Mã thủ tục', 'Thời hạn giải quyết', 'Ngày hiệu lực'],
  ['Đăng ký khai sinh', '1.001193', '03 ngày làm việc', '01/07/2025'],
  ['Đăng ký kết hôn', '1.000894', '05 ngày làm việc', '01/07/2025'],
];

/** A workbook of one sheet written as such a program writes it: inline texts, rows and cells without `r`. */
async function unreferencedWorkbook(rows: string): Promise<string> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Danh mục" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`);
  const file = join(mkdtempSync(join(tmpdir(), 'procmap-cell-refs-')), 'danh-muc.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;

describe('withCellRefs', () => {
  it('numbers rows after the row before and cells after the cell before, keeping the references written', () => {
    expect(withCellRefs('<row><c/><c r="D1"><v>1</v></c><c t="s"></c></row><row r="5"><c/></row><row/>')).toBe(
      '<row r="1"><c r="A1"/><c r="D1"><v>1</v></c><c r="E1" t="s"></c></row><row r="5"><c r="A5"/></row><row r="6"/>',
    );
  });

  it('gives a prefixed tag its reference, and leaves a sheet whose rows and cells all have theirs', () => {
    expect(withCellRefs('<x:row><x:c><x:v>2</x:v></x:c></x:row>')).toBe(
      '<x:row r="1"><x:c r="A1"><x:v>2</x:v></x:c></x:row>',
    );
    expect(withCellRefs('<cols><col min="1"/></cols><row r="1"><c r="A1"/></row><rowBreaks/>')).toBeUndefined();
  });
});

describe('procmap import of a workbook whose rows and cells have no references', () => {
  it.each([
    ['rows and cells', (cells: string) => `<row>${cells}</row>`],
    ['cells only', (cells: string, r: number) => `<row r="${r}">${cells}</row>`],
  ])('reads it as Excel shows it (%s without)', async (_, row) => {
    const file = await unreferencedWorkbook(ROWS.map((cells, r) => row(cells.map(cell).join(''), r + 1)).join(''));
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-cell-refs-')), 'out');
    const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(file).join('F').split(out).join('OUT')).toBe(
      'imported     OUT/1.001193.yaml  ← F: sheet "Danh mục" row 2 (1.001193)\n' +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        'imported     OUT/1.000894.yaml  ← F: sheet "Danh mục" row 3 (1.000894)\n' +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        '2 imported, 0 skipped\n',
    );
    const yaml = readFileSync(join(out, '1.000894.yaml'), 'utf8');
    expect(yaml).toContain('\ntitle: Đăng ký kết hôn\n');
    expect(yaml).toContain('\ntime_limit: 05 ngày làm việc\n');
    expect(yaml).toContain('\neffective: 2025-07-01\n');
  });
});

// The sheets to mend were found by inflating each sheet a second time and looking for such a tag in its text
// (withCellRefs); the length check's one pass now says which they are. Every workbook of the tests, and the two
// without references above, gets the same answer both ways.
describe('the sheets checkCellLengths gives to mend', () => {
  it('are those withCellRefs changes, for every workbook of the tests', async () => {
    const files = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.xlsx'))
      .map((file) => join(ROOT, 'test', file));
    for (const row of [(cells: string) => `<row>${cells}</row>`, (cells: string) => `<row r="1">${cells}</row>`])
      files.push(await unreferencedWorkbook(ROWS.map((cells) => row(cells.map(cell).join(''))).join('')));
    let compared = 0;
    let mended = 0;
    for (const file of files) {
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(readFileSync(file));
      } catch {
        continue; // A fixture that is no zip on purpose.
      }
      let parts;
      let flagged;
      try {
        parts = await wholeWorkbook(zip);
        flagged = await checkCellLengths(zip, parts, 10_000);
      } catch (error) {
        // A fixture refused on purpose (in words, or as XML that is none): its sheets are never mended.
        if (error instanceof SheetError || /entity|xml|tag/i.test(String(error))) continue;
        throw error;
      }
      const changed = [];
      for (const sheet of parts.sheets) {
        const xml = await zip.file(sheet.part)?.async('string');
        if (xml !== undefined && withCellRefs(xml) !== undefined) changed.push(sheet);
      }
      expect(flagged, file).toEqual(changed);
      compared++;
      mended += changed.length;
    }
    expect(compared).toBeGreaterThan(50);
    expect(mended).toBeGreaterThanOrEqual(2);
  });
});
