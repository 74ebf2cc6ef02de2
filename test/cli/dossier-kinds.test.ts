import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { buildCitizenView } from '../../src/render/site/citizen-view.js';
import { analyseTime } from '../../src/time/analyse.js';
import { createCalendar } from '../../src/time/calendar.js';
import { dayFromParts } from '../../src/time/moment.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// One fact, a dossier item's kind (original, copy, or a count of no kind) and its case, the same in every output.
const DIR = join(ROOT, 'test/cli/fixtures/dossier-kinds');
const CASES = join(DIR, 'cases.yaml');
const ORIGINALS = join(DIR, 'originals.yaml');

/** The dossier table of `doc -f md` for a fixture. */
async function documentRows(file: string, id: string): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'procmap-dossier-kinds-'));
  const result = await runCli(['doc', '-f', 'md', '-o', out, file]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const lines = readFileSync(join(out, `${id}.md`), 'utf8').split('\n');
  const first = lines.findIndex((line) => line.startsWith('| TT | Tên giấy tờ'));
  return lines.slice(first + 2, lines.indexOf('', first));
}

/** The workbook's "Thành phần hồ sơ" sheet after `export`, a row of cells each, the header left out. */
async function workbookRows(...files: string[]): Promise<unknown[][]> {
  const path = join(mkdtempSync(join(tmpdir(), 'procmap-dossier-kinds-')), 'danh-muc.xlsx');
  const result = await runCli(['export', '-o', path, ...files]);
  expect(result).toMatchObject({ code: 0, stderr: '', stdout: `${path}\n` });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: unknown[][] = [];
  book.getWorksheet('Thành phần hồ sơ')!.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1).map((cell) => cell ?? ''));
  });
  return rows;
}

describe('a dossier item’s kind and case, alike in the document, the workbook and the citizen page', () => {
  it('prints the papers for every case first, and each count under the kind it says or after the name', async () => {
    expect(await documentRows(CASES, 'QT-HS-21')).toEqual([
      // No case: for every case, before the cases, not under the last one.
      '| 1 | Tờ khai lệ phí trước bạ | 01 bản |  |  |',
      '| | **Trường hợp chuyển nhượng** | | | |',
      // `copies: 1` where no item gives originals apart is "01 bản": a declaration's is its original.
      '| 2 | Đơn đăng ký biến động | 01 bản |  |  |',
      '| 3 | Hợp đồng chuyển nhượng đã công chứng | 01 bản |  |  |',
      // "Bản gốc", the certificate as issued, is the original.
      '| 4 | Giấy chứng nhận đã cấp | 01 bản |  |  |',
      '| | **Trường hợp thừa kế** | | | |',
      '| 5 | Văn bản khai nhận di sản thừa kế | 01 bản chính hoặc bản sao có chứng thực |  |  |',
      // A count of no kind, a remark after it or not: after the name, under neither column.
      '| 6 | Sơ đồ thửa đất (02 bản) |  |  |  |',
      '| 7 | Báo cáo đo đạc (01 bản (kèm bản điện tử)) |  |  |  |',
    ]);
    // Where an item gives its originals apart, a number under copies counts copies.
    expect(await documentRows(ORIGINALS, 'QT-HS-22')).toEqual([
      '| 1 | Giấy ủy quyền | 01 bản |  |  |',
      '| 2 | Giấy phép cũ |  | 01 bản |  |',
    ]);
  });

  it('writes the workbook’s dossier rows in the same order and columns', async () => {
    // The last cell is the hidden column of counts as the file writes them, where it holds them otherwise.
    expect(await workbookRows(CASES, ORIGINALS)).toEqual([
      ['QT-HS-21', '', 'Tờ khai lệ phí trước bạ', 1, '', '', 1],
      ['QT-HS-21', 'Trường hợp chuyển nhượng', 'Đơn đăng ký biến động', 1, '', '', 1],
      ['QT-HS-21', 'Trường hợp chuyển nhượng', 'Hợp đồng chuyển nhượng đã công chứng', 1, '', '', '01 bản chính'],
      ['QT-HS-21', 'Trường hợp chuyển nhượng', 'Giấy chứng nhận đã cấp', 1, '', '', '01 bản gốc'],
      [
        'QT-HS-21',
        'Trường hợp thừa kế',
        'Văn bản khai nhận di sản thừa kế',
        '01 bản chính hoặc bản sao có chứng thực',
        '',
        '',
        '',
      ],
      ['QT-HS-21', 'Trường hợp thừa kế', 'Sơ đồ thửa đất (02 bản)', '', '', '', 2],
      ['QT-HS-21', 'Trường hợp thừa kế', 'Báo cáo đo đạc (01 bản (kèm bản điện tử))', '', '', '', ''],
      ['QT-HS-22', '', 'Giấy ủy quyền', 1, '', '', ''],
      ['QT-HS-22', '', 'Giấy phép cũ', '', 1, '', ''],
    ]);
  });

  it('reads the workbook back as the file says it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'procmap-dossier-kinds-')), 'danh-muc.xlsx');
    await runCli(['export', '-o', path, CASES]);
    const out = mkdtempSync(join(tmpdir(), 'procmap-dossier-kinds-'));
    expect((await runCli(['import', '-o', out, path])).code).toBe(0);
    const again = await documentRows(join(out, 'QT-HS-21.yaml'), 'QT-HS-21');
    expect(again).toEqual(await documentRows(CASES, 'QT-HS-21'));
  });

  it('lists the same papers on the citizen page, for every case first, each of the kind the document prints', () => {
    const { procedures } = lint([loadFile('cases.yaml', readFileSync(CASES))]);
    const procedure = procedures[0]!.procedure;
    const calendar = createCalendar({});
    const today = dayFromParts(2026, 12, 7)!;
    const view = buildCitizenView({
      procedure,
      analysis: analyseTime(procedure, calendar),
      calendar,
      lang: 'vi',
      today,
    });
    expect(
      view.dossier.map((group) => [
        group.case,
        group.items.map((item) => `${item.name} — ${item.counts?.map((part) => part.text).join(', ')}`),
      ]),
    ).toEqual([
      [null, ['Tờ khai lệ phí trước bạ — 01 bản chính']],
      [
        'Trường hợp chuyển nhượng',
        [
          'Đơn đăng ký biến động — 01 bản chính',
          'Hợp đồng chuyển nhượng đã công chứng — 01 bản chính',
          'Giấy chứng nhận đã cấp — 01 bản chính',
        ],
      ],
      [
        'Trường hợp thừa kế',
        [
          'Văn bản khai nhận di sản thừa kế — 01 bản chính hoặc bản sao có chứng thực',
          'Sơ đồ thửa đất — 02 bản',
          'Báo cáo đo đạc — 01 bản (kèm bản điện tử)',
        ],
      ],
    ]);
  });

  it('asks which kind a count of papers is, whether written as a number or with a remark', async () => {
    const result = await runCli(['lint', '--lang', 'en', CASES, ORIGINALS]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'test/cli/fixtures/dossier-kinds/cases.yaml',
        '  23:13  warning  Dossier item "Sơ đồ thửa đất" has copies: 2, here a number of papers, but not whether originals or copies: no item of the dossier gives its originals under originals, and the document prints originals and copies in columns of their own: write originals: 2 or copies: "02 bản sao"  original-or-copy',
        '  27:13  warning  Dossier item "Báo cáo đo đạc" has copies: "01 bản (kèm bản điện tử)", a number of papers, but not whether originals or copies, and the document prints them in columns of their own: write copies: "01 bản chính (kèm bản điện tử)" or copies: "01 bản sao (kèm bản điện tử)"  original-or-copy',
        '',
        '✖ 2 problems (0 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });
});
