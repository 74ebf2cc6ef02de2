import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { JSON_SCHEMA, load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { linePieces } from '../../src/interchange/long-lists.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// What the workbook and the national record lost or changed on their way out and back (probe of the interchange):
// an officer's counts under "Bản sao" came in as papers of no kind; step names that start "Bước 1:" lost those words
// on the way back from procmap's own workbook; a single line of 1,562 characters was sized 27 lines where it wraps in
// 28, and cut at the row's foot; a procedure's cutoff left no trace in the record, a channel's fee of 0 came back
// "Không", and originals counted in words ("01 bản chính") were dropped; the steps' hours added up to more than the
// total where the flow branches, with nothing to say why.
const FIXTURES = join(ROOT, 'test/interchange/fixtures/interchange-trip');
const BRANCHED = join(ROOT, 'procedures/xa/chung-thuc-ban-sao.yaml');

const tempDir = () => mkdtempSync(join(tmpdir(), 'procmap-interchange-trip-'));
const yamlOf = (file: string) => load(readFileSync(file, 'utf8'), { schema: JSON_SCHEMA }) as Record<string, unknown>;

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The rows of a sheet under its header, as values, by header. */
function records(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((header, i) => [header, values[i] ?? ''])));
  });
  return rows;
}

describe('an officer\'s Excel sheet with counts under "Bản sao" only', () => {
  it('imports the counts as copies, not as papers of no kind', async () => {
    const out = tempDir();
    const run = await runCli(['import', join(FIXTURES, 'ban-sao.xlsx'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(yamlOf(join(out, '1.004082.yaml')).dossier).toEqual([
      { name: 'Giấy tờ tùy thân của hai bên', copies: '01 bản sao' },
      { name: 'Giấy xác nhận tình trạng hôn nhân', copies: '02 bản sao' },
    ]);
  });
});

describe("procmap's own workbook, exported and imported back", () => {
  it('gives back step names that start with "Bước N" as they are: the file is unchanged', async () => {
    const dir = tempDir();
    const catalog = join(dir, 'catalog');
    cpSync(join(FIXTURES, 'buoc-trong-ten.yaml'), join(catalog, 'buoc-trong-ten.yaml'));
    const book = join(dir, 'danh-muc.xlsx');
    expect((await runCli(['export', catalog, '-o', book])).code).toBe(0);
    const run = await runCli(['import', '--lang', 'en', book, '-o', catalog]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('0 imported, 1 unchanged, 0 skipped');
    const steps = yamlOf(join(catalog, 'buoc-trong-ten.yaml')).steps as { name: string }[];
    expect(steps.map((step) => step.name)).toEqual([
      'Bước 1: Tiếp nhận yêu cầu',
      'Tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; in bản sao trích lục',
      'Bước 3 - Ký bản sao trích lục hộ tịch',
      'Thu lệ phí, trả kết quả',
    ]);
  });
});

describe('a single line taller than the tallest row', () => {
  const dir = tempDir();
  const book = join(dir, 'danh-muc.xlsx');
  const purpose = String(yamlOf(join(FIXTURES, 'dong-dai.yaml')).purpose);
  beforeAll(async () => {
    expect((await runCli(['export', join(FIXTURES, 'dong-dai.yaml'), '-o', book])).code).toBe(0);
  });

  it('is noted and listed in pieces of whole words on "Danh sách dài", as a cell of many lines is', async () => {
    // 1,562 characters: 27 lines of 58 characters counted, 28 as whole words wrap.
    expect(purpose.length).toBe(1562);
    expect(purpose).not.toContain('\n');
    const workbook = await readBook(book);
    const catalog = workbook.getWorksheet('Quy trình')!;
    const headers = (catalog.getRow(1).values as unknown[]).map(String);
    const cell = catalog.getRow(2).getCell(headers.indexOf('Mục đích'));
    expect(cell.value).toBe(purpose);
    const note = cell.note;
    expect(typeof note === 'string' ? note : (note?.texts ?? []).map((part) => part.text).join('')).toContain(
      '"Danh sách dài"',
    );
    const lists = records(workbook.getWorksheet('Danh sách dài')!);
    expect(lists.map((row) => [row['Cột'], row.STT])).toEqual([
      ['Mục đích', 1],
      ['Mục đích', 1],
    ]);
    expect(lists.map((row) => row['Nội dung']).join(' ')).toBe(purpose);
    workbook.getWorksheet('Danh sách dài')!.eachRow((row, n) => {
      if (n > 1) expect(row.height ?? 15, `row ${n}`).toBeLessThan(409);
    });
  });

  it('is cut into pieces of whole words, a word longer than a piece cut too', () => {
    const pieces = linePieces(`${'a'.repeat(998)} bb ${'c'.repeat(1500)}`);
    expect(pieces.map((piece) => piece.length)).toEqual([998, 1000, 503]);
    expect(pieces[1]!.startsWith(`bb ${'c'}`)).toBe(true);
    expect(linePieces('ngắn')).toEqual(['ngắn']);
  });
});

describe('the national record, exported and imported back', () => {
  it('keeps the cutoff in the in-person limit’s description and gives back a channel’s fee of 0 as 0', async () => {
    const dir = tempDir();
    const record = join(dir, 'records.json');
    expect((await runCli(['export', '-f', 'json', join(FIXTURES, 'buoc-trong-ten.yaml'), '-o', record])).code).toBe(0);
    const [written] = JSON.parse(readFileSync(record, 'utf8')) as {
      CACHTHUCTHUCHIEN: { KENH: string; THOIGIAN: { MOTA: string }[] }[];
    }[];
    expect(written!.CACHTHUCTHUCHIEN.map((way) => [way.KENH, way.THOIGIAN[0]!.MOTA])).toEqual([
      ['1', 'Trường hợp nhận hồ sơ sau 15 giờ thì tính là nhận vào ngày làm việc tiếp theo'],
      ['2', ''],
    ]);
    const out = join(dir, 'out');
    const run = await runCli(['import', record, '-o', out, '--effective', '2025-10-15']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const procedure = yamlOf(join(out, 'QT-HT-09B.yaml'));
    expect(procedure.cutoff).toBe('15:00');
    expect(procedure.channels).toEqual([
      { kind: 'in_person', fee: 'Lệ phí theo Nghị quyết của HĐND tỉnh Bắc Ninh' },
      { kind: 'online', fee: 0 },
    ]);
  });

  it('reads originals counted in words, and keeps other words about them with the copies', async () => {
    const out = tempDir();
    const run = await runCli(['import', join(FIXTURES, 'so-ban-chinh.json'), '-o', out, '--effective', '2025-10-15']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(yamlOf(join(out, '1.000001.yaml')).dossier).toEqual([
      { name: 'Tờ khai', originals: 1, copies: 0 },
      { name: 'Giấy chứng nhận', copies: '01 bản chính (xuất trình); 01 bản sao' },
      { name: 'Sổ', originals: 2 },
    ]);
  });
});

describe('the steps sheet of the exported workbook', () => {
  it('gives each step’s time from receipt, which ends at the total on the critical path, where the hours add up to more', async () => {
    const book = join(tempDir(), 'danh-muc.xlsx');
    expect((await runCli(['export', BRANCHED, '-o', book])).code).toBe(0);
    const workbook = await readBook(book);
    const [procedure] = records(workbook.getWorksheet('Quy trình')!);
    const total = procedure!['Tổng thời gian các bước (giờ làm việc)'];
    expect(total).toBe(1.75);
    const steps = records(workbook.getWorksheet('Các bước')!);
    // A refusal beside the approval: five steps of 2 hours, a total of 1.75.
    expect(steps.reduce((sum, step) => sum + Number(step['Thời gian (giờ làm việc)']), 0)).toBe(2);
    expect(steps.map((step) => [step['Mã bước'], step['Lũy kế (giờ làm việc)']])).toEqual([
      ['receive', 0.25],
      ['compare', 1],
      ['sign', 1.5],
      ['return', 1.75],
      ['refuse', 0.5],
    ]);
  });
});
