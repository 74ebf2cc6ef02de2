import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A procedure copied from a decision into Word qualifies its limit in a footnote: the body holds only the mark Word
// prints, the text is in word/footnotes.xml (with the separators Word keeps there, which are no notes).
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string, after = '') => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r>${after}</w:p>`;
const footnoteMark = (id: number) =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
const row = (cells: string[]) => `<w:tr>${cells.map((cell) => `<w:tc>${para(cell)}</w:tc>`).join('')}</w:tr>`;
const STEPS = [
  ['TT', 'Nội dung công việc', 'Trách nhiệm', 'Thời gian'],
  ['1', 'Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '4 giờ'],
  ['2', 'Giải quyết hồ sơ', 'Công chức Tư pháp - Hộ tịch', '02 ngày làm việc'],
  ['3', 'Trả kết quả', 'Bộ phận Một cửa', '4 giờ'],
];

async function wordWithNotes(): Promise<string> {
  const body = [
    para('QUY TRÌNH'),
    para('Đăng ký khai sinh'),
    para('Mã hiệu: QT-HT-01'),
    para('Ngày hiệu lực: 01/07/2025'),
    // Word numbers the marks 1, 2 in the order of the body, whatever their ids in the part.
    para('Thời hạn giải quyết: 03 ngày làm việc', footnoteMark(7)),
    para('Phí, lệ phí: Miễn phí', `${footnoteMark(3)}<w:r><w:endnoteReference w:id="2"/></w:r>`),
  ].join('');
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<w:document ${W}><w:body>${body}<w:tbl>${STEPS.map(row).join('')}</w:tbl></w:body></w:document>`,
  );
  zip.file(
    'word/footnotes.xml',
    `<w:footnotes ${W}>` +
      `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
      `<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
      `<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Trẻ em thuộc hộ nghèo.</w:t></w:r></w:p></w:footnote>` +
      `<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kể từ ngày nhận đủ hồ sơ hợp lệ.</w:t></w:r></w:p></w:footnote>` +
      `</w:footnotes>`,
  );
  zip.file(
    'word/endnotes.xml',
    `<w:endnotes ${W}><w:endnote w:id="2"><w:p><w:r><w:t>Theo Nghị quyết của HĐND tỉnh.</w:t></w:r></w:p></w:endnote></w:endnotes>`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'procmap-footnotes-')), 'quy-trinh.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('procmap import of a Word document with footnotes', () => {
  it('keeps each footnote and endnote in the note, by its mark and paragraph, and says so in both languages', async () => {
    const file = await wordWithNotes();
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-footnotes-')), 'out');
    const run = await runCli(['import', '--lang', 'en', file, '-o', out]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split(file).join('F').split(out).join('OUT')).toBe(
      'imported     OUT/QT-HT-01.yaml  ← F (Đăng ký khai sinh)\n' +
        '               the table gives 3 steps no id: procmap numbered B1–B3\n' +
        "               3 footnotes of the document kept in the note, each by its mark and the paragraph it stands in: write what each says where it belongs (a limit's legal tail, a fee's case)\n" +
        '1 imported, 0 skipped\n',
    );
    const yaml = readFileSync(join(out, 'QT-HT-01.yaml'), 'utf8');
    expect(yaml.split('\n').filter((line) => line.startsWith('#   '))).toEqual([
      '#   Chú thích 1 (sau "Thời hạn giải quyết: 03 ngày làm việc"): Kể từ ngày nhận đủ hồ sơ hợp lệ.',
      '#   Chú thích 2 (sau "Phí, lệ phí: Miễn phí"): Trẻ em thuộc hộ nghèo.',
      '#   Chú thích cuối văn bản 1 (sau "Phí, lệ phí: Miễn phí"): Theo Nghị quyết của HĐND tỉnh.',
    ]);
    // The marks print no digit into the text they follow.
    expect(yaml).toContain('\ntime_limit: 03 ngày làm việc\n');
    expect(yaml).toContain('\nfee: Miễn phí\n');
    const vi = await runCli(['import', file, '-o', join(mkdtempSync(join(tmpdir(), 'procmap-footnotes-')), 'out')]);
    expect(vi.stdout).toContain(
      '               3 chú thích của tài liệu (chú thích cuối trang, cuối văn bản) được giữ trong ghi chú, theo số và đoạn có số đó: hãy ghi nội dung từng chú thích vào đúng chỗ (phần sau của thời hạn, trường hợp của phí…)\n',
    );
  });
});
