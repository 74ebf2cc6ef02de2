import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/model/duration.js';

// A time limit copied from a Word table keeps the footnote mark that pointed to the table's note: the mark is no part
// of the limit, and its digit never one of the limit's ("03 ngày làm việc¹" is 3 days, not 31 or 3,1).
describe('a time limit with a footnote mark pasted from Word', () => {
  it.each([
    ['03 ngày làm việc¹', 3],
    ['03 ngày làm việc²³', 3],
    ['15 ngày làm việc [2]', 15],
    ['Không quá 05 ngày làm việc*', 5],
    ['10 ngày làm việc**', 10],
  ])('reads %s as %i working days', (text, days) => {
    expect(parseDuration(text)).toEqual(parseDuration(`${days} ngày làm việc`));
  });

  it('reads nothing from a mark alone', () => {
    expect(parseDuration('¹')).toBeUndefined();
    expect(parseDuration('[2]')).toBeUndefined();
  });
});
