import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPdfInfo } from '../../src/render/pdf-info.js';
import { pdfOfObjects } from '../helpers/minimal-pdf.js';

/** A one-page PDF with an information dictionary, as Chromium writes it. */
function minimalPdf(): Buffer {
  return pdfOfObjects([
    '<</Title (Old title) /Creator (Chromium) /Producer (Skia/PDF)>>',
    '<</Type /Catalog /Pages 3 0 R>>',
    '<</Type /Pages /Kids [4 0 R] /Count 1>>',
    '<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
  ]);
}

function info(pdf: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'procmap-pdf-')), 'x.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' });
}

describe('PDF document properties', () => {
  it('sets title, subject and author in Vietnamese by an incremental update that poppler reads, keeping the rest', () => {
    const original = minimalPdf();
    const updated = withPdfInfo(original, {
      title: 'QT-01 – Đăng ký kết hôn',
      subject: 'QT-01',
      author: 'UBND xã Tiên Du',
    });
    expect(updated.subarray(0, original.length).equals(original)).toBe(true);
    const text = info(updated);
    expect(text).toMatch(/^Title:\s+QT-01 – Đăng ký kết hôn$/m);
    expect(text).toMatch(/^Subject:\s+QT-01$/m);
    expect(text).toMatch(/^Author:\s+UBND xã Tiên Du$/m);
    expect(text).toMatch(/^Creator:\s+Chromium$/m);
    expect(text).not.toContain('Syntax Error');
  });

  it('leaves a file whose trailer it cannot read as it was', () => {
    const odd = Buffer.from('%PDF-1.7\n% a cross-reference stream, no trailer\n');
    expect(withPdfInfo(odd, { title: 'x' })).toBe(odd);
  });
});
