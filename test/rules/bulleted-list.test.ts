import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { fixedFixture, fixtureText, fullyFixedFixture, lintFixture, testRule } from '../helpers/rule-tester.js';

const lines = (field: string, count: number, bullet: string) => ({
  message: `${field} is written as ${count} lines starting with "${bullet}", which procmap reads as ${count} items: write each item on a line starting with "- "`,
  vi: `${field} được ghi thành ${count} dòng bắt đầu bằng "${bullet}", procmap hiểu là ${count} mục: hãy viết mỗi mục trên một dòng bắt đầu bằng "- "`,
});

testRule('bulleted-list', {
  // At the first bullet of each list: Word's bullets, numbers, dashes (with or without their space), letters.
  'invalid-bullets.yaml': [
    { line: 7, column: 3, endLine: 7, endColumn: 4, ...lines('legal_basis', 2, '•') },
    { line: 10, column: 3, endColumn: 5, ...lines('dossier', 2, '1.') },
    { line: 13, column: 13, ...lines('conditions', 2, '–') },
    { line: 16, column: 3, ...lines('records', 2, '▪') },
    { line: 24, column: 7, ...lines('inputs', 2, 'a)') },
    { line: 27, column: 7, ...lines('outputs', 2, '-') },
    // One line alone is that text: "+ Sổ theo dõi" on line 33 may begin so, as "1) …" or "-->" may.
  ],
  // A bullet after an item's "- " (printed "- •" in the document) and before a step's name (in the chart).
  'invalid-item-bullets.yaml': [
    {
      line: 8,
      column: 5,
      message:
        'Item 1 of conditions starts with the bullet "•" after its "- ": procmap leaves the bullet out; delete it',
      vi: 'Mục 1 của conditions có dấu đầu dòng "•" sau "- ": procmap bỏ dấu này; hãy xóa dấu "•"',
    },
    {
      line: 11,
      column: 5,
      message:
        'Item 1 of legal_basis starts with the bullet "–" after its "- ": procmap leaves the bullet out; delete it',
    },
    {
      line: 17,
      column: 11,
      message:
        'The name of step B1 starts with the bullet "•": procmap leaves it out of the times, the document and the flowchart; delete it',
      vi: 'Tên bước B1 bắt đầu bằng dấu đầu dòng "•": procmap bỏ dấu này trong bảng thời gian, tài liệu và lưu đồ; hãy xóa dấu "•"',
    },
    {
      line: 21,
      column: 9,
      message: 'Item 1 of outputs starts with the bullet "▪" after its "- ": procmap leaves the bullet out; delete it',
    },
  ],
  // Two marks before a list's one text, and numbers in order or a second mark after items' "- ": they
  // were kept, and the document printed "- \\- • Luật Đất đai 2024" and "1. Mẫu 01" after its own number.
  'invalid-text-bullets.yaml': [
    {
      line: 8,
      column: 14,
      message: 'legal_basis starts with "- •", pasted with the text: procmap leaves it out; delete it',
      vi: 'legal_basis bắt đầu bằng "- •" dán kèm văn bản: procmap bỏ phần này; hãy xóa "- •"',
    },
    {
      line: 12,
      column: 5,
      message: 'Item 1 of forms starts with the bullet "1." after its "- ": procmap leaves the bullet out; delete it',
    },
    {
      line: 13,
      column: 5,
      message: 'Item 2 of forms starts with the bullet "2)" after its "- ": procmap leaves the bullet out; delete it',
    },
    {
      line: 14,
      column: 5,
      message: 'Item 3 of forms starts with the bullet "3." after its "- ": procmap leaves the bullet out; delete it',
    },
    {
      line: 22,
      column: 13,
      message: 'inputs starts with "- 1.", pasted with the text: procmap leaves it out; delete it',
    },
  ],
  // Marks pasted from a bulleted Word table: two after an item's "- " (named both, fixed in one pass), a Word bullet
  // before one unquoted text (a list of one: no text begins with "•"), a bullet and a full stop around a step's body.
  'invalid-pasted-marks.yaml': [
    {
      line: 9,
      column: 5,
      message:
        'Item 1 of legal_basis starts with the marks "- •" after its "- ": procmap leaves them out; delete "- •"',
      vi: 'Mục 1 của legal_basis có các dấu "- •" sau "- ": procmap bỏ các dấu này; hãy xóa "- •"',
    },
    {
      line: 11,
      column: 10,
      message:
        'records is written as a line starting with "•", which procmap reads as a list of one item: write the item on a line of its own below records, starting with "- "',
    },
    {
      line: 18,
      column: 11,
      message:
        'The body of step B1 is written "- MC.": procmap reads it as MC, for the key or name of a body holds no bullet or full stop; write body: MC',
      vi: 'Đơn vị của bước B1 được ghi "- MC.": procmap hiểu là MC, vì mã hay tên đơn vị không có dấu đầu dòng hay dấu chấm; hãy ghi body: MC',
    },
    {
      line: 20,
      column: 13,
      message:
        'inputs is written as a line starting with "▪", which procmap reads as a list of one item: write the item on a line of its own below inputs, starting with "- "',
    },
    {
      line: 23,
      column: 11,
      message:
        'The body of step B2 is written "• Công chức Tư pháp - Hộ tịch;": procmap reads it as TPHT, for the key or name of a body holds no bullet or full stop; write body: TPHT',
    },
  ],
  'invalid-flow-bullet.yaml': [
    {
      line: 10,
      column: 70,
      message:
        'inputs is written as a line starting with "•", which procmap reads as a list of one item: write the item on a line of its own below inputs, starting with "- "',
    },
  ],
  // A byte order mark before the "- " of an item on its key's line: read as the list of that item, as YAML reads the
  // item below its key; at the dash, after the mark. Quoted, the text is as written.
  'invalid-hidden-dash.yaml': [
    {
      line: 15,
      column: 13,
      message:
        'forms is written as a line starting with "-", which procmap reads as a list of one item: write the item on a line of its own below forms, starting with "- "',
      vi: 'forms được ghi thành một dòng bắt đầu bằng "-", procmap hiểu là danh sách một mục: hãy viết mục đó trên một dòng riêng bên dưới forms, bắt đầu bằng "- "',
    },
  ],
});

describe('rule bulleted-list fix', () => {
  it('writes a pasted body as its key, a Word-bulleted text as a list item and an item without both marks, in one pass', () => {
    const fixed = fixedFixture('bulleted-list', 'invalid-pasted-marks.yaml');
    expect(fixed).toBe(fixtureText('bulleted-list', 'valid-pasted-marks-fixed.yaml'));
    expect(fullyFixedFixture('bulleted-list', 'invalid-pasted-marks.yaml')).toBe(fixed);
  });

  it('offers no fix for a Word-bulleted text inside braces, where a block list cannot stand', () => {
    expect(lintFixture('bulleted-list', 'invalid-flow-bullet.yaml').map((d) => d.fix)).toEqual([undefined]);
  });

  it('keeps CRLF line ends and a byte order mark', () => {
    const text = fixtureText('bulleted-list', 'invalid-pasted-marks.yaml');
    const crlf = `\ufeff${text.replace(/\n/g, '\r\n')}`;
    const want = `\ufeff${fixtureText('bulleted-list', 'valid-pasted-marks-fixed.yaml').replace(/\n/g, '\r\n')}`;
    const fixes = lintFixture('bulleted-list', 'invalid-pasted-marks.yaml', 'en', crlf).flatMap((d) =>
      d.fix ? [d.fix] : [],
    );
    expect(applyFixes(crlf, fixes)).toBe(want);
  });

  it("moves an item after a byte order mark on its key's line below the key, without the mark", () => {
    expect(fixedFixture('bulleted-list', 'invalid-hidden-dash.yaml')).toBe(
      fixtureText('bulleted-list', 'valid-hidden-dash-fixed.yaml'),
    );
  });

  it('writes a "- " item for each bullet, keeping the text, the continued lines and the comments', () => {
    expect(fixedFixture('bulleted-list', 'invalid-bullets.yaml')).toBe(
      fixtureText('bulleted-list', 'valid-fixed.yaml'),
    );
  });

  it('deletes the marks before a list\'s one text and a number after an item\'s "- ", once', () => {
    expect(fixedFixture('bulleted-list', 'invalid-text-bullets.yaml')).toBe(
      fixtureText('bulleted-list', 'valid-text-bullets-fixed.yaml'),
    );
  });

  it('deletes a bullet after an item\'s "- " and before a step\'s name, keeping the rest as written', () => {
    expect(fixedFixture('bulleted-list', 'invalid-item-bullets.yaml')).toBe(
      fixtureText('bulleted-list', 'valid-item-bullets-fixed.yaml'),
    );
  });
});
