import { describe, expect, it } from 'vitest';
import { inStepOrder, stepNumberOf, stepNumberParts } from '../../src/interchange/step-order.js';

/** The names of rows [TT, name] in the order inStepOrder gives them. */
const order = (rows: [string, string][]) => inStepOrder(rows, ([tt]) => tt).rows.map(([, name]) => name);

describe('the step numbers of a TT column', () => {
  it.each([
    ['3', [3]],
    ['03', [3]],
    ['3.', [3]],
    ['B3', [3]],
    ['B.3', [3]],
    ['b. 3', [3]],
    ['Bước 3', [3]],
    ['bước 03:', [3]],
    ['Buoc 3', [3]],
    ['Step 3', [3]],
    ['S3', [3]],
    ['1.2', [1, 2]],
    ['1.2.', [1, 2]],
    ['B2.1', [2, 1]],
    ['Bước 2.1', [2, 1]],
  ])('reads %j as %j', (text, parts) => {
    expect(stepNumberParts(text)).toEqual(parts);
  });

  it.each(['', 'I', 'IV', 'a', 'Tiếp nhận', 'B', '1,5', '2 giờ'])('reads no number in %j', (text) => {
    expect(stepNumberParts(text)).toBeUndefined();
  });

  it("gives a whole step's number, not a sub-step's", () => {
    expect(stepNumberOf('B.4')).toBe(4);
    expect(stepNumberOf('4.1')).toBeUndefined();
  });
});

describe('steps in the order of their numbers', () => {
  it('sorts every form of step number a table writes, 2 before 10', () => {
    expect(
      order([
        ['B.2', 'Thẩm định'],
        ['B.1', 'Tiếp nhận'],
        ['B.4', 'Trả kết quả'],
        ['B.3', 'Ký'],
      ]),
    ).toEqual(['Tiếp nhận', 'Thẩm định', 'Ký', 'Trả kết quả']);
    expect(
      order([
        ['Bước 10', 'j'],
        ['Bước 2', 'b'],
        ['Bước 1', 'a'],
      ]),
    ).toEqual(['a', 'b', 'j']);
  });

  it('puts sub-steps after their step and before the next one', () => {
    expect(
      order([
        ['2.2', 'd'],
        ['1', 'a'],
        ['3', 'e'],
        ['2.1', 'c'],
        ['2', 'b'],
      ]),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps the rows as written and names the number written twice, not guessing which comes first', () => {
    const rows: [string, string][] = [
      ['4', 'Trả kết quả'],
      ['2', 'Thẩm định'],
      ['1', 'Tiếp nhận'],
      ['2', 'Ký'],
    ];
    const result = inStepOrder(rows, ([tt]) => tt);
    expect(result.rows).toEqual(rows);
    expect(result.repeated).toEqual([{ row: rows[3], number: '2' }]);
    // "B2" and "Bước 2" are one number written two ways.
    expect(inStepOrder([['B2'], ['Bước 2']], ([tt]) => tt).repeated).toEqual([{ row: ['Bước 2'], number: '2' }]);
  });

  it('keeps the rows as written when one has no number: said only when the numbers are out of order', () => {
    const inOrder: [string, string][] = [
      ['1', 'a'],
      ['2', 'b'],
      ['', 'c'],
      ['4', 'd'],
    ];
    expect(inStepOrder(inOrder, ([tt]) => tt)).toEqual({ rows: inOrder, repeated: [] });
    const sorted: [string, string][] = [
      ['2', 'b'],
      ['', 'c'],
      ['1', 'a'],
    ];
    expect(inStepOrder(sorted, ([tt]) => tt)).toEqual({ rows: sorted, repeated: [], unnumbered: sorted[1] });
    // No numbers at all (no TT column, or "I", "II"): the order written, unsaid.
    const none: [string, string][] = [
      ['II', 'b'],
      ['I', 'a'],
    ];
    expect(inStepOrder(none, ([tt]) => tt)).toEqual({ rows: none, repeated: [] });
  });
});
