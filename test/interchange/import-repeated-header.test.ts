import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatsHeader } from '../../src/interchange/repeated-header.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Tables pasted together from the pages Word or Excel printed them on, each page's header row kept as a row of the
// table (make-word.mjs, make-workbook.mjs). Read as data, it was a draft step "Nội dung công việc" of a body
// "Trách nhiệm" (key TN), or a catalog row skipped for its limit "Thời hạn giải quyết".
const DIR = join(ROOT, 'test/interchange/fixtures');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-repeated-header-'));
const steps = (file: string) =>
  [...file.matchAll(/\n {2}- id: (.*)\n {4}name: (.*)\n/gu)].map((m) => `${m[1]} ${m[2]}`);

describe('procmap import: a header row repeated inside a table', () => {
  it('passes over the header and column numbers of each page of a Word step table', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'quy-trinh-lap-tieu-de.docx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT').split('test/interchange/fixtures').join('F')).toBe(
      'imported     OUT/QT-LAP-01.yaml  ← F/quy-trinh-lap-tieu-de.docx (Cấp giấy xác nhận tình trạng hôn nhân)\n' +
        '1 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, 'QT-LAP-01.yaml'), 'utf8');
    expect(steps(file)).toEqual(['B1 Tiếp nhận hồ sơ', 'B2 Thẩm định hồ sơ', 'B3 Ký, trả kết quả']);
    expect(file).not.toMatch(/draft|Trách nhiệm|Thời gian/u);
    const lint = await runCli(['lint', '--lang', 'en', out]);
    expect([lint.code, lint.stderr]).toEqual([0, '']);
  });

  it('passes over the header of each printed page of a catalog and of a step sheet', async () => {
    const out = fresh();
    const run = await runCli(['import', '--lang', 'en', join(DIR, 'bang-lap-tieu-de.xlsx'), '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(out).join('OUT').split('test/interchange/fixtures').join('F')).toBe(
      'imported     OUT/QT-TP-05.yaml  ← F/bang-lap-tieu-de.xlsx: sheet "Danh mục" row 2\n' +
        'imported     OUT/QT-TP-06.yaml  ← F/bang-lap-tieu-de.xlsx: sheet "Danh mục" row 4\n' +
        '               no sequence in the source: one draft step to replace with the real steps\n' +
        '2 imported, 0 skipped\n',
    );
    const file = readFileSync(join(out, 'QT-TP-05.yaml'), 'utf8');
    expect(steps(file)).toEqual(['B1 Tiếp nhận hồ sơ', 'B2 Thẩm định', 'B3 Ký', 'B4 Trả kết quả']);
    expect(file).not.toMatch(/draft|Trách nhiệm/u);
  });
});

describe('repeatsHeader', () => {
  const header = ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'];
  it('is a row of the header texts, spaces, case and marks aside', () => {
    expect(repeatsHeader(['TT', 'Nội dung  công việc', 'TRÁCH NHIỆM', 'Thời gian'], header)).toBe(true);
    // A merged or cleared cell on the page's copy: still the header.
    expect(repeatsHeader(['TT', 'Nội dung công việc', '', 'Thời gian'], header)).toBe(true);
  });
  it('is never a row of data, nor one cell that happens to be a heading', () => {
    expect(repeatsHeader(['B3', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'], header)).toBe(false);
    expect(repeatsHeader(['', '', '', 'Thời gian'], header)).toBe(false);
    expect(
      repeatsHeader(
        ['', 'Nội dung công việc', '', 'Thời gian'],
        ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian', 'Biểu mẫu', 'Ghi chú'],
      ),
    ).toBe(false);
  });
});
