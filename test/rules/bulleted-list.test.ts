import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

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
});

describe('rule bulleted-list fix', () => {
  it('writes a "- " item for each bullet, keeping the text, the continued lines and the comments', () => {
    expect(fixedFixture('bulleted-list', 'invalid-bullets.yaml')).toBe(
      fixtureText('bulleted-list', 'valid-fixed.yaml'),
    );
  });
});
