import { describe, expect, it, vi } from 'vitest';
import { readDocx } from '../../src/interchange/docx-read.js';
import { zipOf } from '../helpers/zip.js';

// Cleaning a paragraph's text (control and invisible characters, full-width forms, spaces) is what made a file of
// 4 million empty paragraphs take 84 s: an empty or blank one is passed over before it. Counted, not timed.
const cleaned = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/interchange/text.js', async (original) => {
  const text = await original<typeof import('../../src/interchange/text.js')>();
  return {
    ...text,
    clean: (value: string) => {
      cleaned.count++;
      return text.clean(value);
    },
  };
});

const docx = (body: string) =>
  zipOf([
    { name: 'word/document.xml', data: Buffer.from(`<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`) },
  ]);

describe('readDocx: empty paragraphs', () => {
  it('cleans no empty or blank paragraph, in the body or in a cell, and reads the text around them', async () => {
    const blank =
      '<w:p/><w:p></w:p><w:p><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p><w:p><w:r><w:br/></w:r></w:p>';
    const text = (value: string) => `<w:p><w:r><w:t>${value}</w:t></w:r></w:p>`;
    const cell = `<w:tbl><w:tr><w:tc>${blank.repeat(1000)}${text('Bộ phận một cửa')}</w:tc></w:tr></w:tbl>`;
    cleaned.count = 0;
    const read = await readDocx(docx(`${blank.repeat(1000)}${text('QUY TRÌNH')}${blank.repeat(1000)}${cell}`));
    expect(read.paragraphs).toEqual(['QUY TRÌNH']);
    expect(read.tables.map((table) => table.rows)).toEqual([[['Bộ phận một cửa']]]);
    // The two paragraphs of text, and the cell they make: its 12,000 blank paragraphs cleaned would count 12,003.
    expect(cleaned.count).toBe(3);
  });
});
