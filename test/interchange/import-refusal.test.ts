import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { stopsImport } from '../../src/interchange/lint-refusal.js';
import type { Diagnostic } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/interchange/fixtures');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-refusal-'));
const importIn = (lang: 'en' | 'vi', file: string) =>
  runCli(['import', '--lang', lang, file, '-o', fresh(), '--effective', '2025-07-01']);

// The steps of fixtures/quy-trinh-quay-vong.csv: step 3 routes back to step 2, which goes on to step 3.
const STEPS = [
  ['TT', 'Trình tự thực hiện', 'Trách nhiệm', 'Thời gian'],
  ['1', 'Tiếp nhận hồ sơ\n→ bước 3', 'Bộ phận Một cửa', '2 giờ'],
  ['2', 'Thẩm định', 'Công chức Tư pháp', '2 giờ'],
  ['3', 'Ký duyệt\n→ bước 2', 'Lãnh đạo UBND xã', '2 giờ'],
];

const LOOP_VI =
  'các bước quay vòng: bước 2 → bước 3 → bước 2; vòng lặp không có điểm kết thúc để tính ngày hẹn trả. Ở bước trả lại hồ sơ (để bổ sung, Mẫu 02), hãy bỏ đường quay lại từ bước 3 về bước 2 và kết thúc luồng ở đó: hồ sơ đã bổ sung được tiếp nhận như hồ sơ mới';

/** A Word document of one procedure: its title and limit as lines, then the step table. */
async function wordDocument(file: string): Promise<void> {
  const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const row = (cells: string[]) =>
    `<w:tr>${cells.map((cell) => `<w:tc>${cell.split('\n').map(para).join('')}</w:tc>`).join('')}</w:tr>`;
  const lines = ['QUY TRÌNH', 'Đăng ký khai sinh', 'Mã TTHC: 1.001193', 'Thời hạn giải quyết: 01 ngày làm việc'];
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<w:document xmlns:w="w"><w:body>${lines.map(para).join('')}<w:tbl>${STEPS.map(row).join('')}</w:tbl></w:body></w:document>`,
  );
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
}

describe('procmap import: a procedure refused for its flow is said of the input', () => {
  it("names a CSV file's rows and the officer's step numbers, never the YAML it did not write or its ids", async () => {
    const file = join(FIXTURES, 'quy-trinh-quay-vong.csv');
    const shown = relative(ROOT, file);
    const vi = await importIn('vi', file);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toBe('');
    expect(vi.stdout).toBe(
      `bỏ qua       ${shown} (1.001193): quy trình sẽ không qua kiểm tra: dòng 5, 6: ${LOOP_VI}\nđã nhập 0, bỏ qua 1\n`,
    );
    const en = await importIn('en', file);
    expect(en.stdout).toBe(
      `skipped      ${shown} (1.001193): the procedure would not lint: rows 5, 6: the steps loop: step 2 → step 3 → step 2; a loop has no end to count an appointment to. Where a dossier goes back (to be completed, Mẫu 02), take out the route back from step 3 to step 2 and end the flow there: the completed dossier is received as a new one\n0 imported, 1 skipped\n`,
    );
  });

  it("writes any rule's message with the officer's step numbers in place of procmap's ids", async () => {
    // fixtures/quy-trinh-buoc-khong-toi.csv: step 1 routes to step 3, and nothing leads to step 2.
    const file = join(FIXTURES, 'quy-trinh-buoc-khong-toi.csv');
    const shown = relative(ROOT, file);
    const vi = await importIn('vi', file);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe(
      `bỏ qua       ${shown} (1.001193): quy trình sẽ không qua kiểm tra: dòng 4, 5: Không thể đi tới bước "2" từ bước đầu tiên "1"\nđã nhập 0, bỏ qua 1\n`,
    );
    const en = await importIn('en', file);
    expect(en.stdout).toContain(
      ': the procedure would not lint: rows 4, 5: Step "2" cannot be reached from the first step "1"\n',
    );
  });

  it('leaves the numbers of a message alone when the step ids are numbers, and names the steps on its path', async () => {
    // fixtures/quy-trinh-vuot-nua-ngay.csv: steps 1–5 with ids 1–5 take 12 hours against a limit of one working day.
    const file = join(FIXTURES, 'quy-trinh-vuot-nua-ngay.csv');
    const vi = await importIn('vi', file);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      ': dòng 4, 5, 6, 7, 8: Đường găng mất 1,5 ngày làm việc (12 giờ), vượt thời hạn giải quyết 1 ngày làm việc (8 giờ) là 0,5 ngày làm việc (4 giờ): bước 1 → bước 2 → bước 3 → bước 4 → bước 5\n',
    );
  });

  it("names a workbook's sheet and rows", async () => {
    const file = join(fresh(), 'quy-trinh.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Quy trình');
    sheet.addRow(['Quy trình: Đăng ký khai sinh (Mã TTHC: 1.001193)']);
    sheet.addRow(['Thời hạn giải quyết: 01 ngày làm việc']);
    for (const row of STEPS) sheet.addRow(row);
    await book.xlsx.writeFile(file);
    const vi = await importIn('vi', file);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe(
      `bỏ qua       ${file} (1.001193): quy trình sẽ không qua kiểm tra: trang tính "Quy trình", dòng 5, 6: ${LOOP_VI}\nđã nhập 0, bỏ qua 1\n`,
    );
    const en = await importIn('en', file);
    expect(en.stdout).toContain(': the procedure would not lint: sheet "Quy trình" rows 5, 6: the steps loop: ');
  });

  it("names a Word document's table and rows", async () => {
    const file = join(fresh(), 'quy-trinh.docx');
    await wordDocument(file);
    const vi = await importIn('vi', file);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe(
      `bỏ qua       ${file} (1.001193): quy trình sẽ không qua kiểm tra: bảng 1, dòng 3, 4: ${LOOP_VI}\nđã nhập 0, bỏ qua 1\n`,
    );
    const en = await importIn('en', file);
    expect(en.stdout).toContain(': the procedure would not lint: table 1, rows 3, 4: the steps loop: step 2 → step 3');
  });
});

describe('procmap import: which errors stop a procedure', () => {
  it('stops for a file unreadable or wrong in form, and writes one lint only finds fault with in what it says', () => {
    // Decided rule by rule: a new error rule lands in one list or the other here, never by accident.
    const errors = [
      ...new Set(['parse', 'schema', ...RULES.filter((rule) => rule.severity === 'error').map((rule) => rule.id)]),
    ];
    const stops = (rule: string) => stopsImport({ rule, severity: 'error' } as Diagnostic);
    expect(errors.filter(stops).sort()).toEqual([
      'acyclic',
      'known-body',
      'known-step',
      'lookalike-letters',
      'parse',
      'reachable',
      'schema',
      'unique-id',
      'unique-step-id',
    ]);
    expect(errors.filter((rule) => !stops(rule)).sort()).toEqual([
      'bracketed-hours',
      'four-on-the-spot',
      // Import refuses a legacy font's text itself, at its cell, before any procedure is linted.
      'legacy-font-text',
      'step-duration-positive',
      // An agency's steps over its share of a liên thông limit: what the table says, like an overrun of the limit.
      'steps-within-share',
      // A heading step whose sub-steps do not add up to it: the table's own contradiction, for the officer to settle.
      'substep-total',
      // A step table's total row pasted as a step: lint's --fix deletes it.
      'total-row',
      'within-time-limit',
    ]);
  });
});
