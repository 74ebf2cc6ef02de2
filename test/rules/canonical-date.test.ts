import { describe, expect, it } from 'vitest';
import { lintFixture, testRule } from '../helpers/rule-tester.js';

testRule('canonical-date', {
  'invalid-in-words.yaml': [
    {
      line: 4,
      column: 12,
      message: 'Write date "ngày 01 tháng 7 năm 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "ngày 01 tháng 7 năm 2025" thành "2025-07-01"',
    },
    {
      line: 23,
      column: 26,
      message: 'Write date "01.07.2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "01.07.2025" thành "2025-07-01"',
    },
  ],
  'invalid-day-first.yaml': [
    {
      line: 4,
      column: 12,
      message: 'Write date "01/07/2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "01/07/2025" thành "2025-07-01"',
    },
    {
      line: 23,
      column: 26,
      message: 'Write date "1/7/2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "1/7/2025" thành "2025-07-01"',
    },
  ],
  // A month in Roman numerals, a year after a comma without "năm".
  'invalid-roman-month.yaml': [
    {
      line: 4,
      column: 12,
      message: 'Write date "ngày 01 tháng VII năm 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "ngày 01 tháng VII năm 2025" thành "2025-07-01"',
    },
    {
      line: 5,
      column: 9,
      message: 'Write date "1 tháng 7, 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "1 tháng 7, 2025" thành "2025-07-01"',
    },
    {
      line: 24,
      column: 26,
      message: 'Write date "1 tháng VII, 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "1 tháng VII, 2025" thành "2025-07-01"',
    },
  ],
  // A month in words, "thg" as phones and Office shorten "tháng", a Roman month between slashes: all three were refused.
  'invalid-month-words.yaml': [
    {
      line: 4,
      column: 12,
      message: 'Write date "ngày 01 tháng Bảy năm 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "ngày 01 tháng Bảy năm 2025" thành "2025-07-01"',
    },
    {
      line: 5,
      column: 9,
      message: 'Write date "1 thg 7, 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "1 thg 7, 2025" thành "2025-07-01"',
    },
    {
      line: 24,
      column: 26,
      message: 'Write date "01/VII/2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "01/VII/2025" thành "2025-07-01"',
    },
  ],
  // The month named in English, as Excel in an English locale exports a date cell: refused before, as no date.
  'invalid-english-month.yaml': [
    {
      line: 4,
      column: 12,
      message: 'Write date "01-Jul-2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "01-Jul-2025" thành "2025-07-01"',
    },
    {
      line: 5,
      column: 9,
      message: 'Write date "Jul 1, 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "Jul 1, 2025" thành "2025-07-01"',
    },
    {
      line: 24,
      column: 26,
      message: 'Write date "1 July 2025" as "2025-07-01"',
      vi: 'Hãy viết ngày "1 July 2025" thành "2025-07-01"',
    },
  ],
});

describe('rule canonical-date fix', () => {
  it('offers YYYY-MM-DD for each date', () => {
    expect(lintFixture('canonical-date', 'invalid-day-first.yaml').map((d) => d.fix)).toEqual([
      { path: ['effective'], value: '2025-07-01' },
      { path: ['history', 0, 'date'], value: '2025-07-01' },
    ]);
  });

  it('offers YYYY-MM-DD for a month in words, "thg" and a Roman month', () => {
    expect(lintFixture('canonical-date', 'invalid-month-words.yaml').map((d) => d.fix)).toEqual([
      { path: ['effective'], value: '2025-07-01' },
      { path: ['issued'], value: '2025-07-01' },
      { path: ['history', 0, 'date'], value: '2025-07-01' },
    ]);
  });
});
