import { describe, expect, it } from 'vitest';
import { officerStepNumber, shownStepNumbers } from '../../src/model/step-numbers.js';

const steps = (...ids: string[]) => ids.map((id) => ({ id }));

describe('the number a step is shown with', () => {
  it.each([
    ['B1', '1'],
    ['b1', '1'],
    ['B 1', '1'],
    ['B.3', '3'],
    ['B01', '1'],
    ['B2a', '2a'],
    ['B2b', '2b'],
    ['B2.1', '2.1'],
    ['Bước 3', '3'],
    ['bước 03', '3'],
    ['Buoc 4', '4'],
    ['Step 5', '5'],
    ['1', '1'],
    ['2a', '2a'],
    ['2.1', '2.1'],
  ])('reads the officer’s %s as step %s', (id, shown) => {
    expect(officerStepNumber(id)).toBe(shown);
  });

  it.each(['receive', 'approve', 'B', 'Bước', 'B2-1', 'B2ab', '2 a', 'Tiếp nhận 1'])(
    'does not read %s as a step number',
    (id) => {
      expect(officerStepNumber(id)).toBeUndefined();
    },
  );

  it('shows the officer’s numbers when every id is one: B3 after the side step B2b is step 3, not the 4th', () => {
    expect(shownStepNumbers(steps('B1', 'B2', 'B2b', 'B3'))).toEqual(['1', '2', '2b', '3']);
    expect(shownStepNumbers(steps('Bước 1', 'Bước 2', 'Bước 2.1', 'Bước 3'))).toEqual(['1', '2', '2.1', '3']);
    expect(shownStepNumbers(steps('1', '2', '2a', '3'))).toEqual(['1', '2', '2a', '3']);
  });

  it('numbers the steps by position when any id is not a step number, as the bundled catalog’s word ids', () => {
    expect(shownStepNumbers(steps('receive', 'approve', 'return'))).toEqual(['1', '2', '3']);
    expect(shownStepNumbers(steps('B1', 'B2b', 'tra-ket-qua'))).toEqual(['1', '2', '3']);
  });

  it('numbers the steps by position when two ids would show one number', () => {
    expect(shownStepNumbers(steps('B1', 'B2', 'Bước 2', 'B3'))).toEqual(['1', '2', '3', '4']);
    expect(shownStepNumbers(steps('B01', 'B1'))).toEqual(['1', '2']);
    expect(shownStepNumbers(steps('B3', 'B2a', 'B2A'))).toEqual(['1', '2', '3']);
  });

  it('numbers the steps by position when the ids count from 0, as no approved table does', () => {
    expect(shownStepNumbers(steps('s0', 's1', 's2'))).toEqual(['1', '2', '3']);
    expect(shownStepNumbers(steps('B0', 'B1'))).toEqual(['1', '2']);
  });
});
