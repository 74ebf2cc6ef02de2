import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { JSON_SCHEMA, load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/interchange/sheets.js';
import { canonicalProcedure } from '../../src/model/lenient.js';
import { canonicalSpelling } from '../../src/model/duration.js';
import type { Procedure } from '../../src/model/types.js';
import { ROOT, type RunResult } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

const row = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name));
}

const FLOWS = 'test/interchange/fixtures/flows';
const TIME_KEYS = new Set(['time_limit', 'duration']);
/** A time in procmap's short spelling where it has one ("10 ngày làm việc" → 10d), else as written. */
const spelled = (value: unknown) => (typeof value === 'string' ? (canonicalSpelling(value, 8, false) ?? value) : value);
const read = (path: string) => load(readFileSync(path, 'utf8')) as Procedure;

describe('procmap export --format xlsx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-'));
  const path = join(dir, 'danh-muc.xlsx');
  let result: RunResult;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    result = await runCli(['export', 'procedures', 'test/interchange/fixtures/flows', '-o', path]);
    book = await readBook(path);
  });

  it('writes one workbook and names it', async () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${path}\n`);
  });

  it('has catalog, steps and bodies sheets with Vietnamese headers, frozen and filtered, with fitted widths', async () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Quy trình',
      'Các bước',
      'Đơn vị',
      'Cách thức thực hiện',
      'Thành phần hồ sơ',
      'Biểu mẫu',
      'Hồ sơ cần lưu',
      'Định nghĩa, viết tắt',
      'Soạn thảo, phê duyệt',
      'Theo dõi sửa đổi',
    ]);
    const [catalog, steps, bodies] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(row(catalog, 1).slice(0, 12)).toEqual([
      'Mã hiệu quy trình',
      'Mã thủ tục',
      'Tên thủ tục',
      'Cấp thực hiện',
      'Lĩnh vực',
      'Cơ quan thực hiện',
      'Thời hạn giải quyết',
      'Tổng thời gian các bước (giờ làm việc)',
      'Còn dư so với thời hạn (giờ làm việc)',
      'Còn dư tính theo thời hạn riêng của cách thức hoặc trường hợp',
      '4 tại chỗ',
      'Lần ban hành',
    ]);
    expect(row(steps, 1).slice(0, 9)).toEqual([
      'Mã hiệu quy trình',
      'TT',
      'Mã bước',
      'Nội dung công việc',
      'Mã đơn vị',
      'Trách nhiệm',
      'Thời gian (giờ làm việc)',
      'Lũy kế (giờ làm việc)',
      'Thời gian',
    ]);
    expect(row(bodies, 1)).toEqual([
      'Mã hiệu quy trình',
      'Mã đơn vị',
      'Tên đơn vị',
      'Bộ phận Một cửa',
      'Làm việc tại Trung tâm',
    ]);
    const procedures = yamlFiles(join(ROOT, 'procedures')).length + 1;
    expect(catalog.actualRowCount).toBe(procedures + 1);
    for (const sheet of [catalog, steps, bodies]) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
      // In the body's font: a heading font that names none is a serif in LibreOffice.
      expect(sheet.getRow(1).getCell(1).font).toMatchObject({ name: 'Calibri', size: 11, bold: true });
      // exceljs leaves out a width of 9, the sheet's default, and reads it back as none.
      for (let c = 1; c <= sheet.columnCount; c++) expect(sheet.getColumn(c).width ?? 9).toBeGreaterThanOrEqual(6);
    }
    // The title column is wider than the revision column: widths follow the text.
    expect(catalog.getColumn(3).width!).toBeGreaterThan(catalog.getColumn(11).width!);
  });

  it('makes each row of wrapped text as tall as its lines, and prints each sheet A4 landscape, readable', async () => {
    // A4 landscape less the margins of Decree 30/2020 turned with the paper (20 mm at each side), in pixels; a column
    // of width w is 7w pixels; a hidden column (the counts as written, for import) prints none.
    const page = ((297 - 40) / 25.4) * 96;
    const width = (sheet: ExcelJS.Worksheet, n: number) =>
      sheet.getColumn(n).hidden ? 0 : (sheet.getColumn(n).width ?? 9) * 7;
    const across = (sheet: ExcelJS.Worksheet, from: number, to: number) =>
      [...Array(to - from + 1).keys()].reduce((sum, i) => sum + width(sheet, from + i), 0);
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        printTitlesRow: '1:1',
      });
      // Shrunk to fit as few pages across as keep it at 60 % or more (fitToPage: without it the fit is not read), as
      // many pages long as it takes; more than one across, its first columns repeated on each page.
      expect(sheet.pageSetup, sheet.name).toMatchObject({ fitToPage: true, fitToHeight: 0 });
      if (across(sheet, 1, sheet.columnCount) * 0.6 <= page) expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      else {
        const titles = /^A:([A-Z]+)$/.exec(sheet.pageSetup.printTitlesColumn ?? '')?.[1];
        expect(titles, sheet.name).toBeDefined();
        expect(across(sheet, 1, sheet.getColumn(titles!).number)).toBeLessThanOrEqual(
          Math.max(page / 3, across(sheet, 1, 1)),
        );
      }
      sheet.eachRow((cells, n) => {
        if (n === 1) return;
        // At least a line of 15 points for each line the text is written on (a long line wraps onto more).
        let lines = 1;
        cells.eachCell((cell) => {
          if (cell.alignment?.wrapText && typeof cell.value === 'string')
            lines = Math.max(lines, cell.value.split('\n').length);
        });
        if (lines > 1) expect(cells.height, `${sheet.name} row ${n}`).toBeGreaterThanOrEqual(Math.min(409, lines * 15));
      });
    }
    // The catalog sheet, 25 columns wide, printed one page wide came out at 16 %: a few pages across, the procedure's
    // id and code repeated on each.
    expect(book.worksheets[0]!.pageSetup).toMatchObject({ fitToPage: true, printTitlesColumn: 'A:B' });
    expect(book.worksheets[0]!.pageSetup.fitToWidth).toBeGreaterThan(1);
    // A text of one line more than twice as long as its column is wide wraps onto more lines: its row is taller.
    const long = book.worksheets.flatMap((sheet) =>
      [...Array(sheet.rowCount).keys()].flatMap((i) => {
        const cells = sheet.getRow(i + 1);
        const texts: string[] = [];
        cells.eachCell((cell, c) => {
          const text = String(cell.value);
          if (cell.alignment?.wrapText && !text.includes('\n') && text.length > 2 * sheet.getColumn(c).width!)
            texts.push(text);
        });
        return texts.length > 0 ? [cells.height ?? 0] : [];
      }),
    );
    expect(long.length).toBeGreaterThan(0);
    for (const height of long) expect(height).toBeGreaterThanOrEqual(30);
  });

  it('writes the effective and amendment dates as Excel dates shown dd/mm/yyyy', async () => {
    const catalog = book.worksheets[0]!;
    const effective = (catalog.getRow(1).values as unknown[]).indexOf('Ngày hiệu lực');
    const chungThuc = [...Array(catalog.rowCount).keys()]
      .map((i) => catalog.getRow(i + 1))
      .find((r) => r.getCell(1).value === 'QT-CT-01')!;
    // effective: 2025-10-15 in procedures/xa/chung-thuc-ban-sao.yaml
    expect(chungThuc.getCell(effective).value).toEqual(new Date(Date.UTC(2025, 9, 15)));
    expect(chungThuc.getCell(effective).numFmt).toBe('dd/mm/yyyy');
    const history = book.getWorksheet('Theo dõi sửa đổi')!;
    expect(history.getRow(1).getCell(3).value).toBe('Ngày');
    const dates = [...Array(history.rowCount - 1).keys()].map((i) => history.getRow(i + 2).getCell(3));
    expect(dates.length).toBeGreaterThan(0);
    for (const cell of dates) {
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.numFmt).toBe('dd/mm/yyyy');
    }
  });

  it('gives each procedure its limit, total and slack, and each step its duration in working hours and as written', async () => {
    const [catalog, steps] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const line = [...Array(catalog.actualRowCount).keys()]
      .map((i) => row(catalog, i + 1))
      .find((cells) => cells[0] === 'QT-TEST-BPMN-01')!;
    expect(line.slice(0, 12)).toEqual([
      'QT-TEST-BPMN-01',
      '9.999001',
      'Cấp giấy phép có thẩm định liên ngành',
      'Cấp tỉnh',
      'Thử nghiệm',
      'Sở Xây dựng',
      '10 ngày làm việc',
      62,
      18,
      // Against the procedure's own limit: no channel's is tighter.
      '',
      // four_on_the_spot: false in the file, said so in the cell
      'Không',
      2,
    ]);
    const stepLines = [...Array(steps.actualRowCount).keys()]
      .map((i) => row(steps, i + 1))
      .filter((cells) => cells[0] === 'QT-TEST-BPMN-01');
    expect(stepLines.map((cells) => cells.slice(1, 9))).toContainEqual([
      2,
      'check',
      'Kiểm tra tính đầy đủ',
      'PQL',
      'Phòng Quản lý xây dựng',
      4,
      // From receipt to the step's end, as `time` prints it.
      8,
      // procmap's short form in the words the document prints, which officers and one-stop software read.
      '0,5 ngày làm việc',
    ]);
    const next = row(steps, 1).indexOf('Bước tiếp theo');
    expect(stepLines.find((cells) => cells[2] === 'check')![next]).toBe('Hồ sơ chưa đủ → request\nHồ sơ đủ → appraise');
  });

  it('writes English headers with --lang en', async () => {
    const en = join(dir, 'catalog-en.xlsx');
    expect((await runCli(['export', 'test/interchange/fixtures/flows', '--lang', 'en', '-o', en])).code).toBe(0);
    const english = await readBook(en);
    expect(english.worksheets.map((s) => s.name)).toEqual([
      'Procedures',
      'Steps',
      'Bodies',
      'Channels',
      'Dossier',
      'Forms',
      'Records',
      'Definitions',
      'Sign-off',
      'Amendment history',
    ]);
    expect(row(english.worksheets[0]!, 1).slice(0, 3)).toEqual(['Document code', 'Procedure code', 'Title']);
  });

  it('refuses an output that is not an .xlsx file, writing nothing', async () => {
    const run = await runCli(['export', 'test/interchange/fixtures/flows', '-o', join(dir, 'out.xls')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `procmap: Với xlsx, --output là tên tệp sổ tính, có đuôi .xlsx, không phải "${join(dir, 'out.xls')}"\n`,
    );
    expect(readdirSync(dir)).not.toContain('out.xls');
  });

  it.each(['vi', 'en'])(
    'round trip (%s): importing the workbook gives the same procedures, document sections included',
    async (lang) => {
      const book = lang === 'vi' ? path : join(dir, 'round-trip-en.xlsx');
      if (lang === 'en')
        expect((await runCli(['export', 'procedures', FLOWS, '--lang', 'en', '-o', book])).code).toBe(0);
      const back = mkdtempSync(join(tmpdir(), 'procmap-roundtrip-'));
      const run = await runCli(['import', '--lang', 'en', book, '-o', back]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const originals = [...yamlFiles(join(ROOT, 'procedures')), join(ROOT, FLOWS, 'tham-dinh.yaml')];
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${originals.length} imported, 0 skipped`);
      // Everything but the logo, a path from the file's own folder.
      // Everything but the logo, a path from the file's own folder; times as procmap spells them: a limit a file
      // writes in procmap's words ("10 ngày làm việc") comes back in its short form (10d), the workbook writing 10d so.
      const canonical = (file: string) => {
        const { logo: _, ...procedure } = canonicalProcedure(
          load(readFileSync(file, 'utf8'), { schema: JSON_SCHEMA }) as Record<string, unknown>,
        );
        return JSON.parse(JSON.stringify(procedure, (key, value) => (TIME_KEYS.has(key) ? spelled(value) : value)));
      };
      for (const file of originals) {
        const original = canonical(file);
        expect(canonical(join(back, `${original.id}.yaml`)), original.id).toEqual(original);
      }
      expect((await runCli(['lint', back])).code).toBe(0);
    },
  );
});

describe('procmap export of a text longer than an Excel cell holds', () => {
  it('leaves that procedure out, says which text and how long, and writes the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-long-'));
    const catalog = join(dir, 'catalog');
    mkdirSync(catalog);
    const text = readFileSync(join(ROOT, FLOWS, 'tham-dinh.yaml'), 'utf8');
    writeFileSync(join(catalog, 'ok.yaml'), text);
    // Excel holds 32,767 characters in a cell and cuts the rest when it opens the file: four laws of 9,000
    // characters (a text holds at most 10,000) make a cell of 36,003, one law per line.
    const laws = [1, 2, 3, 4].map((n) => `  - "${String(n).repeat(9_000)}"\n`).join('');
    const long = text
      .replace('id: QT-TEST-BPMN-01', 'id: QT-TEST-LONG')
      .replace('legal_basis:\n  - Luật Xây dựng số 50/2014/QH13 ngày 18/6/2014\n', `legal_basis:\n${laws}`);
    writeFileSync(join(catalog, 'long.yaml'), long);
    const book = join(dir, 'book.xlsx');
    const run = await runCli(['export', catalog, '--lang', 'en', '-o', book]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `procmap: ${join(catalog, 'long.yaml')}: "Legal basis" (sheet "Procedures") has 36,003 characters, more than an Excel cell holds (32,767): the procedure is left out of the workbook; shorten it\n`,
    );
    const written = await readBook(book);
    const ids = (written.worksheets[0]!.getColumn(1).values as unknown[]).slice(2);
    expect(ids).toEqual(['QT-TEST-BPMN-01']);
  });
});

/**
 * A procedure (a rule fixture, changed by `change`) exported to a workbook and imported back: the workbook and the
 * procedure read from it.
 */
async function throughWorkbook(
  change: (text: string) => string,
): Promise<{ book: string; back: Procedure; files: { original: string; back: string } }> {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-back-'));
  const catalog = join(dir, 'catalog');
  mkdirSync(catalog);
  const text = readFileSync(join(ROOT, 'test/rules/fixtures/canonical-body/valid-declared.yaml'), 'utf8');
  writeFileSync(join(catalog, 'p.yaml'), change(text));
  const book = join(dir, 'book.xlsx');
  expect((await runCli(['export', catalog, '-o', book])).code).toBe(0);
  const back = join(dir, 'back');
  expect((await runCli(['import', '--lang', 'en', book, '-o', back])).code).toBe(0);
  const file = yamlFiles(back)[0]!;
  return { book, back: read(file), files: { original: join(catalog, 'p.yaml'), back: file } };
}

describe('procmap export and import of lists the procedure says are none', () => {
  // The procedure as the fixture has it, through the workbook: once for the five keys below, which only read it.
  let unset: Procedure;
  beforeAll(async () => {
    ({ back: unset } = await throughWorkbook((text) => text));
  });

  it('writes "Không" in the conditions\' cell and reads it back as none', async () => {
    const { book, back } = await throughWorkbook((text) => `${text}conditions: Không\n`);
    const sheet = (await readBook(book)).worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Điều kiện thực hiện');
    expect(sheet.getRow(2).getCell(column).value).toBe('Không');
    expect(back.conditions).toEqual([]);
  });

  it.each(['legal_basis', 'dossier', 'forms', 'records', 'definitions'] as const)(
    'reads %s back as none, and left out as left out',
    async (key) => {
      const { back } = await throughWorkbook((text) => `${text}${key}: Không\n`);
      expect(back[key]).toEqual([]);
      expect(unset).not.toHaveProperty(key);
    },
  );
});

describe('procmap export and import of a signer with only a title or only a name', () => {
  it('keeps each signer as the file writes it, the approver named by office alone included', async () => {
    const signoff =
      'signoff:\n  prepared_by: { name: Nguyễn Văn An, title: Chuyên viên }\n' +
      '  reviewed_by: { name: Trần Thị Bình }\n  approved_by: { title: Chủ tịch UBND phường }\n';
    const { back } = await throughWorkbook((text) => `${text}${signoff}`);
    expect(back.signoff).toEqual({
      prepared_by: { name: 'Nguyễn Văn An', title: 'Chuyên viên' },
      reviewed_by: { name: 'Trần Thị Bình' },
      approved_by: { title: 'Chủ tịch UBND phường' },
    });
  });
});

describe('procmap export and import of an issue date', () => {
  it('writes it as an Excel date shown dd/mm/yyyy, and reads it back as the file wrote it', async () => {
    const { book, back } = await throughWorkbook((text) => `${text}issued: 2025-06-20\n`);
    const sheet = (await readBook(book)).worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Ngày ban hành');
    expect(sheet.getRow(2).getCell(column).value).toEqual(new Date(Date.UTC(2025, 5, 20)));
    expect(sheet.getRow(2).getCell(column).numFmt).toBe('dd/mm/yyyy');
    // js-yaml reads a bare date as a Date: the import writes the file's YYYY-MM-DD.
    const issued: unknown = back.issued;
    expect(issued instanceof Date ? issued.toISOString().slice(0, 10) : issued).toBe('2025-06-20');
  });
});

describe('procmap export and import of a limit in words alone', () => {
  it.each([
    'Trong ngày làm việc',
    'Trong ngày; nếu tiếp nhận sau 15h thì trả kết quả trước 10 giờ ngày làm việc tiếp theo',
  ])('keeps "%s" as written, capital included, so that diff sees no change', async (limit) => {
    const { back, files } = await throughWorkbook((text) =>
      text.replace(/^time_limit: .*$/m, `time_limit: "${limit}"`),
    );
    expect(back.time_limit).toBe(limit);
    const diff = await runCli(['diff', files.original, files.back, '--lang', 'vi']);
    expect(diff.stderr).toBe('');
    expect(diff.stdout).not.toContain('viết lại');
  });
});

describe('procmap export and import of step ids officers write', () => {
  it('keeps ids such as B1 and "Bước 2" through the workbook', async () => {
    const { back } = await throughWorkbook((text) => text.replace('- id: B2', '- id: Bước 2'));
    expect(back.steps.map((step) => step.id)).toEqual(['B1', 'Bước 2', 'B3']);
  });
});

describe('reading a workbook as the officer sees it', () => {
  it('keeps the decimals a cell shows and reads a time of day as HH:MM', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh mục');
    sheet.addRow(['Mã thủ tục', 'Giờ tiếp nhận cuối', 'Phí']);
    const cells = sheet.addRow([2.00082, 0.625, 50000]);
    cells.getCell(1).numFmt = '0.000000';
    cells.getCell(2).numFmt = 'hh:mm';
    cells.getCell(3).numFmt = '#,##0';
    const read = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    // The value is 2.00082: the code shown, 2.000820, is another procedure's.
    expect(read[0]!.rows[1]).toEqual(['2.000820', '15:00', '50000']);
  });
});

describe('a workbook one of whose parts is not XML', () => {
  it('names the part, for import and for ontime, with one full stop', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Danh mục').addRow(['Mã thủ tục', 'Tên thủ tục', 'Ngày tiếp nhận']);
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    // Entities a DOCTYPE declares are never expanded (no "billion laughs"): the part is refused.
    zip.file(
      'xl/sharedStrings.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&a;</t></si></sst>',
    );
    const out = mkdtempSync(join(tmpdir(), 'procmap-xlsx-xml-'));
    const file = join(out, 'laughs.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
    const imported = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(
      /laughs\.xlsx: xl\/sharedStrings\.xml declares entities \(a DOCTYPE\), which Excel never writes, and procmap does not read a file that declares them: if the file came from Excel, open it there and save it again\n$/,
    );
    const measured = await runCli([
      'ontime',
      '--lang',
      'en',
      file,
      '--catalog',
      join(ROOT, 'test/fixtures/ontime/catalog'),
    ]);
    expect(measured.code).toBe(1);
    expect(measured.stderr).toMatch(
      /laughs\.xlsx: xl\/sharedStrings\.xml declares entities \(a DOCTYPE\), which Excel never writes/,
    );
  });
});

describe('procmap export and import of a dossier item counted 0', () => {
  it('reads originals: 0 and copies: 0 back as the numbers they were', async () => {
    const { back } = await throughWorkbook(
      (text) =>
        `${text}dossier:\n  - name: Bản chụp căn cước\n    originals: 0\n    copies: 1\n  - name: Tờ khai\n    originals: 1\n    copies: 0\n`,
    );
    expect(back.dossier).toEqual([
      { name: 'Bản chụp căn cước', originals: 0, copies: 1 },
      { name: 'Tờ khai', originals: 1, copies: 0 },
    ]);
  });
});

describe('procmap export and import of a count that says not which, where originals have a column', () => {
  const dossier = 'dossier:\n  - Tờ khai：０１ bản chính\n  - Giấy khai sinh: 01 bản\n  - "Sơ đồ vị trí (01 bản)"\n';
  const expected = [
    { name: 'Tờ khai', originals: 1 },
    { name: 'Giấy khai sinh', copies: '01 bản' },
    { name: 'Sơ đồ vị trí', copies: '01 bản' },
  ];
  // Exported and imported once: both tests only read the workbook and the file that came back.
  let through: Awaited<ReturnType<typeof throughWorkbook>>;
  beforeAll(async () => {
    through = await throughWorkbook((text) => `${text}${dossier}`);
  });

  it('writes it after the name as the document prints it, under neither column, and reads it back so', async () => {
    const { book, back, files } = through;
    const sheet = (await readBook(book)).getWorksheet('Thành phần hồ sơ')!;
    expect(row(sheet, 1)).toEqual([
      'Mã hiệu quy trình',
      'Trường hợp',
      'Tên giấy tờ',
      'Bản chính',
      'Bản sao',
      'Mẫu đơn, tờ khai',
    ]);
    expect(row(sheet, 3).slice(2, 5)).toEqual(['Giấy khai sinh (01 bản)', '', '']);
    expect(row(sheet, 4).slice(2, 5)).toEqual(['Sơ đồ vị trí (01 bản)', '', '']);
    expect(back.dossier).toEqual(expected);
    // original-or-copy still asks the officer which, as of the file exported.
    const lint = await runCli(['lint', '--lang', 'en', files.back]);
    expect(lint.code).toBe(0);
    expect(lint.stdout.match(/original-or-copy/g)).toHaveLength(2);
  });

  it('reads it back so from the sheets saved as CSV files', async () => {
    const workbook = await readBook(through.book);
    const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-count-csv-'));
    const csv: string[] = [];
    for (const sheet of workbook.worksheets) {
      if (sheet.rowCount < 2) continue;
      const file = join(dir, `book-${sheet.name}.csv`);
      writeFileSync(file, new Uint8Array(await workbook.csv.writeBuffer({ sheetName: sheet.name, dateUTC: true })));
      csv.push(file);
    }
    const run = await runCli(['import', '--lang', 'en', ...csv, '-o', join(dir, 'out')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(read(yamlFiles(join(dir, 'out'))[0]!).dossier).toEqual(expected);
  });
});

describe("procmap export and import of a channel's fee", () => {
  it("reads a fee of 100000 on a channel as the procedure's fee is read, so diff finds nothing changed", async () => {
    const { back, files } = await throughWorkbook(
      (text) => `${text}fee: 50000\nchannels:\n  - kind: in_person\n  - kind: online\n    fee: 100000\n`,
    );
    expect(back.fee).toBe('50.000 đồng');
    expect(back.channels).toEqual([{ kind: 'in_person' }, { kind: 'online', fee: '100.000 đồng' }]);
    const diff = await runCli(['diff', '--lang', 'en', files.original, files.back]);
    expect(diff.stdout).toBe('No changes\n');
  });

  it("says in the channels sheet that a channel without a fee of its own follows the procedure's, as the document does, and reads that back as no fee", async () => {
    const fee = '|\n  Nhà ở riêng lẻ: 75.000 đồng/giấy phép\n  Công trình khác: 150.000 đồng/giấy phép\n';
    const { book, back, files } = await throughWorkbook(
      (text) => `${text}fee: ${fee}channels:\n  - kind: in_person\n  - kind: online\n    fee: 100000\n`,
    );
    const sheet = (await readBook(book)).getWorksheet('Cách thức thực hiện')!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('Phí, lệ phí');
    expect([2, 3].map((n) => sheet.getRow(n).getCell(column).value)).toEqual(['Như phí, lệ phí chung', '100.000 đồng']);
    expect(back.channels).toEqual([{ kind: 'in_person' }, { kind: 'online', fee: '100.000 đồng' }]);
    const diff = await runCli(['diff', '--lang', 'en', files.original, files.back]);
    expect(diff.stdout).toBe('No changes\n');
  });
});

describe('procmap export and import of channels that repeat the procedure', () => {
  it("keeps a channel's fee and limit equal to the procedure's, as the file wrote them", async () => {
    const { back, files } = await throughWorkbook(
      (text) =>
        `${text}fee: 50000\nchannels:\n  - kind: in_person\n    fee: 50000\n    time_limit: 1d\n  - kind: online\n`,
    );
    expect(back.channels).toEqual([{ kind: 'in_person', fee: '50.000 đồng', time_limit: '1d' }, { kind: 'online' }]);
    const diff = await runCli(['diff', '--lang', 'en', files.original, files.back]);
    expect(diff.stdout).toBe('No changes\n');
  });
});

describe('procmap import of a steps sheet sorted in Excel', () => {
  // Excel sorts whole rows, TT included: the flow must read back the same, whatever order the rows are in.
  async function sortedBack(order: (a: unknown[], b: unknown[]) => number): Promise<RunResult> {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-sorted-'));
    const catalog = join(dir, 'catalog');
    mkdirSync(catalog);
    writeFileSync(join(catalog, 'p.yaml'), readFileSync(join(ROOT, FLOWS, 'tham-dinh.yaml')));
    const path = join(dir, 'book.xlsx');
    expect((await runCli(['export', catalog, '-o', path])).code).toBe(0);
    const book = await readBook(path);
    const steps = book.getWorksheet('Các bước')!;
    const rows = Array.from({ length: steps.rowCount - 1 }, (_, i) => row(steps, i + 2)).sort(order);
    rows.forEach((cells, i) => {
      steps.getRow(i + 2).values = cells as ExcelJS.CellValue[];
    });
    await book.xlsx.writeFile(path);
    const imported = await runCli(['import', '--lang', 'en', path, '-o', catalog, '--force']);
    expect(imported.stderr).toBe('');
    return imported;
  }
  const column = (header: string) => [...STEPS_HEADERS].indexOf(header);
  const STEPS_HEADERS = ['Mã hiệu quy trình', 'TT', 'Mã bước', 'Nội dung công việc', 'Mã đơn vị', 'Trách nhiệm'];

  it('follows the TT column when the rows are sorted by "Trách nhiệm"', async () => {
    const at = column('Trách nhiệm');
    const imported = await sortedBack((a, b) => String(a[at]).localeCompare(String(b[at]), 'vi'));
    expect(imported.stdout).toMatch(/^unchanged /);
    expect(imported.code).toBe(0);
  });

  it('follows the TT column when the rows are in reverse order', async () => {
    const at = column('TT');
    const imported = await sortedBack((a, b) => Number(b[at]) - Number(a[at]));
    expect(imported.stdout).toMatch(/^unchanged /);
    expect(imported.code).toBe(0);
  });
});

describe('procmap import --force of a workbook over the files it was exported from', () => {
  // Files written the lenient ways an officer writes them ("Lần 2", "xã", "Trực tiếp; Trực tuyến", "01 bản chính").
  const OWN = 'test/interchange/fixtures/own-spellings';
  const FILES = ['chung-thuc.yaml', 'ly-lich.yaml'];

  /** The fixtures exported, the workbook edited by `edit`, imported with --force over a copy: the report and files. */
  async function editedBack(edit: (catalog: ExcelJS.Worksheet, header: (name: string) => number) => void) {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-own-'));
    const catalog = join(dir, 'catalog');
    mkdirSync(catalog);
    for (const name of FILES) writeFileSync(join(catalog, name), readFileSync(join(ROOT, OWN, name)));
    const path = join(dir, 'book.xlsx');
    expect((await runCli(['export', catalog, '-o', path])).code).toBe(0);
    const book = await readBook(path);
    const sheet = book.getWorksheet('Quy trình')!;
    edit(sheet, (name) => (sheet.getRow(1).values as unknown[]).indexOf(name));
    await book.xlsx.writeFile(path);
    const imported = await runCli(['import', '--lang', 'en', path, '-o', catalog, '--force']);
    const lines = (name: string) => ({
      before: readFileSync(join(ROOT, OWN, name), 'utf8').split('\n'),
      after: readFileSync(join(catalog, name), 'utf8').split('\n'),
    });
    const changed = (name: string) => {
      const { before, after } = lines(name);
      return { removed: before.filter((l) => !after.includes(l)), added: after.filter((l) => !before.includes(l)) };
    };
    return { imported, changed, text: (name: string) => readFileSync(join(catalog, name), 'utf8') };
  }

  it('leaves a procedure whose row was not edited unchanged, byte for byte, however its file spells its values', async () => {
    const { imported, changed, text } = await editedBack((sheet, header) => {
      sheet.getRow(3).getCell(header('Thời hạn giải quyết')).value = 'Không quá 05 ngày làm việc';
    });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^unchanged +\S*chung-thuc\.yaml/m);
    expect(imported.stdout).toMatch(/^overwritten +\S*ly-lich\.yaml/m);
    expect(imported.code).toBe(0);
    expect(text('chung-thuc.yaml')).toBe(readFileSync(join(ROOT, OWN, 'chung-thuc.yaml'), 'utf8'));
    // The edited limit, and nothing else: the dossier's "01 bản chính" stays as written.
    expect(changed('ly-lich.yaml')).toEqual({
      removed: ['time_limit: 10 ngày làm việc'],
      added: ['time_limit: Không quá 05 ngày làm việc'],
    });
  });

  it('rewrites only the edited date, not the values the file spells its own way', async () => {
    const { imported, changed } = await editedBack((sheet, header) => {
      sheet.getRow(2).getCell(header('Ngày hiệu lực')).value = '15/08/2025';
    });
    expect(imported.stdout).toMatch(/^overwritten +\S*chung-thuc\.yaml/m);
    expect(imported.stdout).toMatch(/^unchanged +\S*ly-lich\.yaml/m);
    expect(changed('chung-thuc.yaml')).toEqual({
      removed: ['effective: ngày 01 tháng 7 năm 2025'],
      added: ['effective: 2025-08-15'],
    });
  });
});

describe('procmap import of a workbook saved as CSV files, one a sheet', () => {
  // The file's "10 ngày làm việc" is the words the workbook writes for 10d too: a fresh import gives procmap's
  // spelling, the same limit (over the file it is "unchanged", the file's spelling kept).
  const LIMIT_IN_SHORT_FORM = (back: string) =>
    `QT-STP-LLTP-01 Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam (${back})\n` +
    '  info      Time limit: 10 ngày làm việc → 10d  reworded, same time limit\n\n' +
    '1 procedure changed: 0 breaking, 0 warnings, 1 info\n';
  // The procedure exported once (the tests read it and the workbook, and write only in folders of their own).
  let original: string;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const catalog = join(mkdtempSync(join(tmpdir(), 'procmap-xlsx-csv-')), 'catalog');
    mkdirSync(catalog);
    original = join(catalog, 'ly-lich.yaml');
    // Its issue date (20/06/2025) has a day past 12; its effective date (01/07/2025) reads either way.
    const text = readFileSync(join(ROOT, 'test/interchange/fixtures/own-spellings/ly-lich.yaml'), 'utf8');
    writeFileSync(original, text.replace('effective: 2025-10-20\n', 'effective: 2025-07-01\nissued: 2025-06-20\n'));
    const path = join(catalog, '..', 'book.xlsx');
    expect((await runCli(['export', catalog, '-o', path])).code).toBe(0);
    book = await readBook(path);
  });
  // As LibreOffice or Excel save each sheet of `procmap export`'s workbook, in US English (dates month first) or not,
  // in a folder of the test's own.
  async function csvFiles(dateFormat: string): Promise<{ dir: string; files: string[]; original: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-csv-'));
    const files: string[] = [];
    for (const sheet of book.worksheets) {
      if (sheet.rowCount < 2) continue;
      const file = join(dir, `book-${sheet.name}.csv`);
      writeFileSync(
        file,
        new Uint8Array(await book.csv.writeBuffer({ sheetName: sheet.name, dateFormat, dateUTC: true })),
      );
      files.push(file);
    }
    return { dir, files, original };
  }

  it('joins the steps, bodies and tables to the catalog by "Mã hiệu quy trình", giving back the procedure', async () => {
    const { dir, files, original } = await csvFiles('DD/MM/YYYY');
    expect(files.length).toBeGreaterThan(3);
    const out = join(dir, 'out');
    const run = await runCli(['import', '--lang', 'en', ...files, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^imported +\S+QT-STP-LLTP-01\.yaml +← \S+book-Quy trình\.csv: row 2\n/);
    expect(run.stdout).not.toMatch(/^skipped|draft/m);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 imported, 0 skipped');
    expect(run.code).toBe(0);
    const diff = await runCli(['diff', '--lang', 'en', original, join(out, 'QT-STP-LLTP-01.yaml')]);
    expect(diff.stdout).toBe(LIMIT_IN_SHORT_FORM(join(out, 'QT-STP-LLTP-01.yaml')));
  });

  it.each([
    [
      'en',
      'dates in {file} ("Ngày hiệu lực", "Ngày ban hành") are written month first, as a spreadsheet in US English saves them (06/20/2025 has no month 20): read as month/day/year, 07/01/2025 → 2025-07-01; check them, or save the file with dates as dd/mm/yyyy',
    ],
    [
      'vi',
      'ngày trong {file} ("Ngày hiệu lực", "Ngày ban hành") được ghi tháng trước, ngày sau, như bảng tính đặt tiếng Anh (Mỹ) lưu (06/20/2025 không có tháng 20): đã đọc theo tháng/ngày/năm, 07/01/2025 → 2025-07-01; hãy kiểm tra lại, hoặc lưu tệp với ngày dạng dd/mm/yyyy',
    ],
  ])('reads dates month first, said (%s), when a date of the files can only be so', async (lang, said) => {
    const { dir, files, original } = await csvFiles('MM/DD/YYYY');
    const out = join(dir, 'out');
    const catalogCsv = files.find((file) => file.endsWith('Quy trình.csv'))!;
    const run = await runCli(['import', '--lang', lang, ...files, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`               ${said.replace('{file}', catalogCsv)}\n`);
    expect(run.code).toBe(0);
    const diff = await runCli(['diff', '--lang', 'en', original, join(out, 'QT-STP-LLTP-01.yaml')]);
    expect(diff.stdout).toBe(LIMIT_IN_SHORT_FORM(join(out, 'QT-STP-LLTP-01.yaml')));
    // The catalog alone proves it too.
    const alone = await runCli(['import', '--lang', 'en', catalogCsv, '-o', join(dir, 'alone')]);
    expect(alone.stdout).toContain('read as month/day/year, 07/01/2025 → 2025-07-01');
    expect(readFileSync(join(dir, 'alone', 'QT-STP-LLTP-01.yaml'), 'utf8')).toMatch(
      /effective: 2025-07-01\nissued: 2025-06-20\n/,
    );
  });

  it('says to give the catalog with a steps file given alone, once for the file, not a row at a time', async () => {
    const { dir, files } = await csvFiles('DD/MM/YYYY');
    const steps = files.find((file) => file.endsWith('Các bước.csv'))!;
    const run = await runCli(['import', '--lang', 'en', steps, '-o', join(dir, 'out')]);
    expect(run.stdout).toMatch(
      /^skipped +\S+Các bước\.csv: row 2: \d+ rows naming procedures \("QT-STP-LLTP-01"\) and no catalog given with them: give the catalog \(the sheet "Quy trình", saved as CSV\) in the same command as this file, or import the whole workbook \(\.xlsx\)\n0 imported, 1 skipped\n$/,
    );
    expect(run.code).toBe(1);
    const vi = await runCli(['import', '--lang', 'vi', steps, '-o', join(dir, 'out')]);
    expect(vi.stdout).toContain(
      'dòng ghi mã quy trình ("QT-STP-LLTP-01") nhưng không có danh mục đi kèm: hãy nhập tệp danh mục',
    );
  });

  it('names the column of an issue date it cannot read, in both languages', async () => {
    const { dir, files } = await csvFiles('DD/MM/YYYY');
    const catalogCsv = files.find((file) => file.endsWith('Quy trình.csv'))!;
    writeFileSync(catalogCsv, readFileSync(catalogCsv, 'utf8').replace('20/06/2025', '31/06/2025'));
    const en = await runCli(['import', '--lang', 'en', catalogCsv, '-o', join(dir, 'en')]);
    expect(en.stdout).toContain(
      '               "Ngày ban hành" "31/06/2025" is not a date procmap reads (write dd/mm/yyyy or YYYY-MM-DD): kept in the note\n',
    );
    const vi = await runCli(['import', '--lang', 'vi', catalogCsv, '-o', join(dir, 'vi')]);
    expect(vi.stdout).toContain(
      '               "Ngày ban hành" "31/06/2025" không phải ngày procmap đọc được (hãy ghi dd/mm/yyyy hoặc YYYY-MM-DD): giữ trong ghi chú\n',
    );
  });
});

describe('procmap export and import of a procedure lint finds fault with in what it says', () => {
  // The steps take 8 working hours: over the online channel's own 6, and more than four on-the-spot allows with a body
  // off the centre. The export writes it (lint tells what to mend); the import gives it back, saying so.
  const change = (text: string) =>
    text
      .replace('time_limit: 1d\n', 'time_limit: 1d\nfour_on_the_spot: true\n')
      .concat('channels:\n  - kind: in_person\n  - kind: online\n    time_limit: 6h\n');

  it("imports it field for field, each verdict said under it in the officer's rows and step numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-xlsx-verdict-'));
    const catalog = join(dir, 'catalog');
    mkdirSync(catalog);
    const original = join(catalog, 'p.yaml');
    writeFileSync(
      original,
      change(readFileSync(join(ROOT, 'test/rules/fixtures/canonical-body/valid-declared.yaml'), 'utf8')),
    );
    const lint = await runCli(['lint', '--lang', 'en', original]);
    expect(lint.stdout).toContain('within-time-limit');
    expect(lint.stdout).toContain('four-on-the-spot');
    const book = join(dir, 'book.xlsx');
    expect((await runCli(['export', catalog, '-o', book])).code).toBe(0);

    const back = join(dir, 'back');
    const run = await runCli(['import', '--lang', 'en', book, '-o', back]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^imported {5}.*QT-MAU-02\.yaml {2}← /);
    const verdicts = lines.filter((line) => line.startsWith('               lint will report this as an error'));
    expect(verdicts).toHaveLength(lint.stdout.match(/ error /g)!.length);
    expect(verdicts.join('\n')).toMatch(/: sheet "Các bước" rows 2, 3, 4: .*\(online\)/);
    expect(verdicts.join('\n')).toContain('step 1');
    expect(lines.at(-2)).toBe('1 imported, 0 skipped');
    const diff = await runCli(['diff', '--lang', 'en', original, join(back, 'QT-MAU-02.yaml')]);
    expect(diff.stdout).toBe('No changes\n');

    const vi = await runCli(['import', book, '-o', join(dir, 'back-vi')]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(
      /\n {15}lint sẽ báo lỗi này, cần sửa trước khi ban hành quy trình: trang tính "Các bước", dòng 2, 3, 4: /,
    );
  });
});
