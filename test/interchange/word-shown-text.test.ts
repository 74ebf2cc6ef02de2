import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/interchange/docx-read.js';
import { symbolText } from '../../src/interchange/symbol-font.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// Written by fixtures/make-shown-text.mjs.
const FIXTURES = join(ROOT, 'test/interchange/fixtures');

describe('import reads a Word document as Word shows it', () => {
  it('reads each kind of run content as the text Word shows, with tracked changes accepted and hidden text left out', async () => {
    const { paragraphs } = await readDocx(readFileSync(join(FIXTURES, 'doan-van-word.docx')));
    expect(paragraphs).toEqual([
      // Non-breaking hyphens (Ctrl+Shift+-) are hyphens; an optional hyphen shows only where a line breaks.
      'QT-TEST-01',
      'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)',
      // Insert > Symbol: the Symbol font's arrow, a Unicode font's dash; a Wingdings picture is no text.
      'Đạt → B3',
      'Tư pháp – Hộ tịch',
      '☐ Bản sao',
      'Tiếp nhận 4 giờ',
      // Hidden text (w:vanish) is left out, unless turned off; a hidden paragraph mark, or hidden formatting a tracked
      // change replaced, hides no text.
      'Ký duyệt hồ sơ',
      'Trả kết quả',
      'Lãnh đạo UBND xã',
      'Nội dung đã sửa.',
      '« Procédure d’État » : délai de 3 jours, Noël, garçon, naïve, Île-de-France, ÉTAT CIVIL',
      // A soft hyphen typed into a word is read as nothing, as in any value procmap reads.
      'Microsoft® Word®, 25 m², Nº 5, 1ª, 3×4, col·lecció, Straße, Köln, ¿Qué? Señor, review',
    ]);
  });

  it('writes the procedure a document edited with Track Changes shows with the changes accepted, under the code its header gives', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-shown-'));
    const run = await runCli(['import', '--lang', 'en', 'quy-trinh-sua-doi-an.docx', '-o', out], { cwd: FIXTURES });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `imported     ${out}/QT-TEST-01.yaml  ← quy-trinh-sua-doi-an.docx (Cấp giấy xác nhận thử nghiệm)\n` +
        '               effective date set to the issue date ("Ngày ban hành"), 02/03/2026, as the document states no other: write "Ngày hiệu lực: …" in it, or use --effective\n' +
        '1 imported, 0 skipped\n',
    );
    // The code and the body typed with non-breaking hyphens keep them; the words moved are read where they went, the
    // corrected time as corrected, the deleted row not at all, and the old time hidden in the cell not at all.
    await expect(readFileSync(join(out, 'QT-TEST-01.yaml'), 'utf8')).toMatchFileSnapshot(
      'golden/quy-trinh-sua-doi-an.yaml',
    );
  });

  it('reads a Symbol font character as its Unicode one, a Unicode font character as itself, and no picture', () => {
    expect(symbolText('Symbol', 'F0AE')).toBe('→');
    expect(symbolText('Symbol', 'F0B3')).toBe('≥');
    expect(symbolText('Symbol', 'F061')).toBe('α');
    expect(symbolText('Symbol', 'F035')).toBe('5');
    expect(symbolText('Times New Roman', '2013')).toBe('–');
    expect(symbolText('Wingdings', 'F0FC')).toBe('');
    expect(symbolText(undefined, 'E001')).toBe('');
    expect(symbolText('Arial', 'D800')).toBe('');
    expect(symbolText('Arial', 'zz')).toBe('');
    expect(symbolText('Arial', undefined)).toBe('');
  });
});
