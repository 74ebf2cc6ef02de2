import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Some ISO documents print their control data in the page footer, not the header: "Mã hiệu: QT-HT-07", "Lần ban
// hành: 02", "Ngày hiệu lực: 01/07/2025", in a table of cells or on one line with tabs between the fields.
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const row = (cells: string[]) => `<w:tr>${cells.map((cell) => `<w:tc>${para(cell)}</w:tc>`).join('')}</w:tr>`;
const STEPS = [
  ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'],
  ['1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ'],
  ['2', 'Giải quyết hồ sơ', 'Công chức Tư pháp - Hộ tịch', '02 ngày làm việc'],
];

async function withFooter(footer: string, body: string[] = []): Promise<string> {
  const lines = ['QUY TRÌNH', 'Đăng ký khai tử', ...body, 'Thời hạn giải quyết: 03 ngày làm việc'];
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<w:document ${W}><w:body>${lines.map(para).join('')}<w:tbl>${STEPS.map(row).join('')}</w:tbl></w:body></w:document>`,
  );
  zip.file('word/footer1.xml', `<w:ftr ${W}>${footer}</w:ftr>`);
  const file = join(mkdtempSync(join(tmpdir(), 'procmap-footer-')), 'quy-trinh.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

const importOf = async (file: string) => {
  const out = join(mkdtempSync(join(tmpdir(), 'procmap-footer-')), 'out');
  const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
  return { ...run, out };
};

describe('procmap import of a Word document whose control data is in the page footer', () => {
  it('reads the id, revision and effective date from a footer table', async () => {
    const run = await importOf(
      await withFooter(
        `<w:tbl>${row(['Mã hiệu: QT-HT-07', 'Lần ban hành: 02', 'Ngày hiệu lực: 01/07/2025', 'Trang 1/3'])}</w:tbl>`,
      ),
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(run.out).join('OUT')).toMatch(/^imported {5}OUT\/QT-HT-07\.yaml {2}← /u);
    const yaml = readFileSync(join(run.out, 'QT-HT-07.yaml'), 'utf8');
    expect(yaml).toContain('\nid: QT-HT-07\n');
    expect(yaml).toContain('\nrevision: 2\n');
    expect(yaml).toContain('\neffective: 2025-07-01\n');
  });

  it('reads the fields of one footer line apart, tabs between them', async () => {
    const run = await importOf(
      await withFooter(
        `<w:p><w:r><w:t>Mã hiệu: QT-HT-07</w:t><w:tab/><w:t>Lần ban hành: 02</w:t><w:tab/><w:t>Ngày hiệu lực: 01/07/2025</w:t></w:r></w:p>`,
      ),
    );
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(run.out, 'QT-HT-07.yaml'), 'utf8');
    expect(yaml).toContain('\nrevision: 2\n');
    expect(yaml).toContain('\neffective: 2025-07-01\n');
  });

  it('takes what the body says over the footer', async () => {
    const run = await importOf(
      await withFooter(`<w:p><w:r><w:t>Mã hiệu: QT-CU-01 · Lần ban hành: 01</w:t></w:r></w:p>`, [
        'Mã hiệu: QT-HT-07',
        'Lần ban hành: 03',
        'Ngày hiệu lực: 01/07/2025',
      ]),
    );
    expect(run.code).toBe(0);
    const yaml = readFileSync(join(run.out, 'QT-HT-07.yaml'), 'utf8');
    expect(yaml).toContain('\nrevision: 3\n');
    expect(yaml).not.toContain('QT-CU-01');
  });
});

describe('procmap import of a Word document with no effective date', () => {
  it('says to write the line in the document, not to add a column, in both languages', async () => {
    const file = await withFooter(`<w:p><w:r><w:t>Trang 1/3</w:t></w:r></w:p>`);
    const run = await importOf(file);
    expect(run.stdout.split(file).join('F')).toBe(
      'skipped      F (Đăng ký khai tử): no effective date: write a line "Ngày hiệu lực: dd/mm/yyyy" in the document (in its page header, its body or its page footer), or give --effective YYYY-MM-DD\n' +
        '0 imported, 1 skipped\n',
    );
    expect(run.code).toBe(1);
    const vi = await runCli(['import', file, '-o', run.out]);
    expect(vi.stdout).toContain(
      ': không có ngày hiệu lực: hãy ghi một dòng "Ngày hiệu lực: dd/mm/yyyy" trong tài liệu (ở đầu trang, trong nội dung hoặc ở chân trang), hoặc dùng --effective YYYY-MM-DD\n',
    );
  });
});
