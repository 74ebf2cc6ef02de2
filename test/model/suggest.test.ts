import { describe, expect, it } from 'vitest';
import { sameStepNumber } from '../../src/model/suggest.js';

describe('sameStepNumber', () => {
  const ids = ['B1', 'B2', 'Bước 3', '04', 'receive'];

  it.each([
    ['Bước 2', 'B2'],
    ['bước 02', 'B2'],
    ['B.3', 'Bước 3'],
    ['3', 'Bước 3'],
    ['Step 4', '04'],
    ['B9', undefined],
  ])('%s names %s', (name, id) => {
    expect(sameStepNumber(name, ids)).toBe(id);
  });

  it('gives no step when two share the number, and says when the name is not a number', () => {
    expect(sameStepNumber('2', ['B2', 'Bước 2'])).toBeUndefined();
    expect(sameStepNumber('retrun', ids)).toBeNull();
  });
});
