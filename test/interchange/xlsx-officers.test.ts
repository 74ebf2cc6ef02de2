import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { JSON_SCHEMA, load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// The exported workbook as officers open and print it (probe of a catalog with a procedure of 20 fee cases and 20
// legal bases): those past the 409 points of Excel's tallest row were in the cell but shown nowhere; the sheets too
// wide for one page printed at full size, a 25-column catalog 19 pages across (263 pages for 40 procedures); a limit
// the file writes "2 working days" and a channel's "3d" were printed so, where the document prints "2 ngày làm việc".
const FIXTURES = join(ROOT, 'test/interchange/fixtures/workbook-print');
const ENGLISH_LIMIT = join(ROOT, 'procedures/xa/chung-thuc-hop-dong-giao-dich.yaml');

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The rows of a sheet under its header, as texts, by header. */
function records(sheet: ExcelJS.Worksheet): Record<string, string>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((header, i) => [header, String(values[i] ?? '')])));
  });
  return rows;
}

const noteText = (note: ExcelJS.Cell['note']) =>
  typeof note === 'string' ? note : (note?.texts ?? []).map((part) => part.text).join('');

describe('the exported workbook as officers open and print it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-officers-'));
  const vi = join(dir, 'danh-muc.xlsx');
  const en = join(dir, 'catalog-en.xlsx');
  const long = load(readFileSync(join(FIXTURES, 'long-lists.yaml'), 'utf8'), { schema: JSON_SCHEMA }) as {
    fee: string[];
    legal_basis: string[];
  };
  let runs: { code: number | null; stdout: string; stderr: string }[];
  beforeAll(async () => {
    runs = [
      await runCli(['export', FIXTURES, ENGLISH_LIMIT, '-o', vi]),
      await runCli(['export', '--lang', 'en', FIXTURES, ENGLISH_LIMIT, '-o', en]),
    ];
  });

  it('lists each line of a cell taller than a row can be, one a row, on a sheet of its own, and notes the cell', async () => {
    expect(runs.map(({ code, stdout, stderr }) => ({ code, stdout, stderr }))).toEqual([
      { code: 0, stdout: `${vi}\n`, stderr: '' },
      { code: 0, stdout: `${en}\n`, stderr: '' },
    ]);
    const book = await readBook(vi);
    const sheet = book.getWorksheet('Danh sách dài');
    expect(sheet).toBeDefined();
    const lines = (column: string) =>
      records(sheet!)
        .filter((row) => row['Mã hiệu quy trình'] === 'QT-DD-LONG-01' && row['Cột'] === column)
        .map((row) => [row['Trang tính'], Number(row.STT), row['Nội dung']]);
    // The fee's lines, every one marked "- " in the file, are read and written without their marks.
    expect(lines('Phí, lệ phí')).toEqual(long.fee.map((fee, i) => ['Quy trình', i + 1, fee.replace(/^- /u, '')]));
    expect(lines('Căn cứ pháp lý')).toEqual(long.legal_basis.map((basis, i) => ['Quy trình', i + 1, basis]));
    // Only the cells that pass their row's foot: the other procedures' cells show whole.
    expect(new Set(records(sheet!).map((row) => row['Mã hiệu quy trình']))).toEqual(new Set(['QT-DD-LONG-01']));
    // Each line's row is as tall as the line: none reaches Excel's tallest.
    sheet!.eachRow((row, n) => {
      if (n > 1) expect(row.height ?? 15, `row ${n}`).toBeLessThan(409);
    });
    // The catalog's cell keeps the whole list (import reads it) and says where to read it.
    const catalog = book.getWorksheet('Quy trình')!;
    const headers = (catalog.getRow(1).values as unknown[]).map(String);
    const row = records(catalog).findIndex((cells) => cells['Mã hiệu quy trình'] === 'QT-DD-LONG-01') + 2;
    const cell = catalog.getRow(row).getCell(headers.indexOf('Căn cứ pháp lý'));
    expect(cell.value).toBe(long.legal_basis.join('\n'));
    expect(noteText(cell.note)).toContain('"Danh sách dài"');
    const short = catalog.getRow(row).getCell(headers.indexOf('Tên thủ tục'));
    expect(short.note).toBeUndefined();
    const english = await readBook(en);
    expect(english.worksheets.at(-1)!.name).toBe('Long lists');
    expect(english.worksheets.at(-1)!.getRow(1).values).toEqual([
      undefined,
      'Document code',
      'Sheet',
      'Column',
      'No.',
      'Text',
    ]);
  });

  it('prints every sheet shrunk to as few pages across as keep it at 60 % or more, as many pages long as it takes', async () => {
    const zip = await JSZip.loadAsync(readFileSync(vi));
    const book = await readBook(vi);
    const page = ((297 - 40) / 25.4) * 96;
    for (const [i, sheet] of book.worksheets.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      // Without fitToPage Excel and LibreOffice print at the scale alone, whatever fitToWidth says.
      expect(xml, sheet.name).toContain('<pageSetUpPr fitToPage="1"/>');
      const across = Number(/fitToWidth="(\d+)"/.exec(xml)?.[1]);
      expect(/fitToHeight="(\d+)"/.exec(xml)?.[1], sheet.name).toBe('0');
      const widths = [...Array(sheet.columnCount).keys()].map((c) => (sheet.getColumn(c + 1).width ?? 9) * 7);
      const total = widths.reduce((a, b) => a + b, 0);
      const titles = /^A:([A-Z]+)$/.exec(sheet.pageSetup.printTitlesColumn ?? '')?.[1];
      const titlesPx = titles ? widths.slice(0, sheet.getColumn(titles).number).reduce((a, b) => a + b, 0) : 0;
      const scale = (pages: number) => (pages * page) / (total + (pages - 1) * titlesPx);
      expect(scale(across), sheet.name).toBeGreaterThanOrEqual(0.6);
      if (across > 1) {
        expect(scale(across - 1), sheet.name).toBeLessThan(0.6);
        expect(titles, sheet.name).toBeDefined();
      }
    }
    // The catalog, 25 columns: a few pages across, not 19.
    const catalog = book.getWorksheet('Quy trình')!;
    expect(catalog.pageSetup).toMatchObject({ fitToPage: true, fitToHeight: 0, printTitlesColumn: 'A:B' });
    expect(catalog.pageSetup.fitToWidth).toBeGreaterThan(1);
    expect(catalog.pageSetup.fitToWidth).toBeLessThanOrEqual(6);
  });

  it('writes limits in the words the document prints, in the workbook’s language, the channels’ too', async () => {
    const limits = async (path: string, lang: 'vi' | 'en') => {
      const book = await readBook(path);
      const [catalog, channels] = [book.worksheets[0]!, book.worksheets[3]!];
      const [id, limit, kind] =
        lang === 'vi'
          ? ['Mã hiệu quy trình', 'Thời hạn giải quyết', 'Cách thức']
          : ['Document code', 'Time limit', 'Channel'];
      return {
        catalog: Object.fromEntries(records(catalog).map((row) => [row[id], row[limit]])),
        channels: records(channels).map((row) => [row[kind], row[limit]]),
      };
    };
    expect(await limits(vi, 'vi')).toEqual({
      catalog: { 'QT-KD-CH-01': '5 ngày làm việc', 'QT-CT-04': '2 ngày làm việc', 'QT-DD-LONG-01': '20 ngày làm việc' },
      channels: [
        ['Trực tiếp', ''],
        ['Trực tuyến', '3 ngày làm việc'],
        ['Qua dịch vụ bưu chính công ích', ''],
      ],
    });
    // As `doc --lang en` prints them.
    expect(await limits(en, 'en')).toEqual({
      catalog: { 'QT-KD-CH-01': '5 working days', 'QT-CT-04': '2 working days', 'QT-DD-LONG-01': '20 working days' },
      channels: [
        ['In person', ''],
        ['Online', '3 working days'],
        ['By public postal service', ''],
      ],
    });
  });

  it('reads back to the same procedures: over the files, each unchanged; into an empty folder, diff finds nothing', async () => {
    const work = mkdtempSync(join(tmpdir(), 'procmap-xlsx-officers-back-'));
    const files = join(work, 'files');
    cpSync(FIXTURES, files, { recursive: true });
    cpSync(ENGLISH_LIMIT, join(files, 'chung-thuc.yaml'));
    const book = join(work, 'book.xlsx');
    expect((await runCli(['export', files, '-o', book])).code).toBe(0);
    // What is read back is the document's words, the channel's limit included, and the long lists' sheet beside.
    const written = await readBook(book);
    expect(records(written.worksheets[3]!).map((row) => row['Thời hạn giải quyết'])).toEqual([
      '',
      '3 ngày làm việc',
      '',
    ]);
    expect(written.worksheets.at(-1)!.name).toBe('Danh sách dài');
    const over = await runCli(['import', '--force', '--lang', 'en', book, '-o', files]);
    expect(over.stderr).toBe('');
    expect(over.code).toBe(0);
    expect(over.stdout).toMatch(/^0 imported, 3 unchanged, 0 skipped$/m);
    expect(over.stdout.split('\n').filter((line) => line.startsWith('unchanged '))).toHaveLength(3);
    for (const name of readdirSync(files))
      expect(readFileSync(join(files, name), 'utf8'), name).toBe(
        readFileSync(join(name === 'chung-thuc.yaml' ? ENGLISH_LIMIT : join(FIXTURES, name)), 'utf8'),
      );
    const back = join(work, 'back');
    expect((await runCli(['import', '--lang', 'en', book, '-o', back])).code).toBe(0);
    const diff = await runCli([
      'diff',
      '--lang',
      'en',
      join(FIXTURES, 'channel-limit.yaml'),
      join(back, 'QT-KD-CH-01.yaml'),
    ]);
    expect(diff).toMatchObject({ code: 0, stdout: 'No changes\n', stderr: '' });
  });
});
