import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../src/render/kept-blocks.js';

describe('pdfPageCount', () => {
  it('counts the page objects, not the page tree nor the outline counts', () => {
    // As Chromium writes them: a page tree whose Count is the pages', and an outline whose Counts are its entries'.
    const pdf = Buffer.from(
      [
        '%PDF-1.4',
        '2 0 obj\n<</Type /Page\n/Resources <<>>\n/Parent 9 0 R>>\nendobj',
        '3 0 obj\n<</Type /Page /Parent 9 0 R>>\nendobj',
        '4 0 obj\n<</Type/Page/Parent 9 0 R>>\nendobj',
        '9 0 obj\n<</Type /Pages\n/Count 3\n/Kids [2 0 R 3 0 R 4 0 R]>>\nendobj',
        '10 0 obj\n<</Type /Outlines\n/Count 16>>\nendobj',
        '%%EOF',
      ].join('\n'),
      'latin1',
    );
    expect(pdfPageCount(pdf)).toBe(3);
  });

  it('gives 0 for bytes that are no PDF', () => {
    expect(pdfPageCount(Buffer.from('<!doctype html><p>Pages</p>'))).toBe(0);
  });
});
