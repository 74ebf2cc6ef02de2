import { describe, expect, it } from 'vitest';
import { canonicalProcedure, canonicalStepId } from '../../src/model/lenient.js';
import { validateProcedure } from '../../src/model/schema.js';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-step-id', {
  'invalid-headings.yaml': [
    {
      line: 11,
      column: 9,
      message: 'Write step id "Bước 1:" as "Bước 1"',
      vi: 'Hãy ghi mã bước "Bước 1:" thành "Bước 1"',
    },
    {
      line: 15,
      column: 9,
      message: 'Write step id "Bước 2." as "Bước 2"',
      vi: 'Hãy ghi mã bước "Bước 2." thành "Bước 2"',
    },
    { line: 19, column: 9, message: 'Write step id "B3:" as "B3"', vi: 'Hãy ghi mã bước "B3:" thành "B3"' },
  ],
  'invalid-next.yaml': [
    {
      line: 15,
      column: 11,
      message: 'Write next step "B2:" as "B2"',
      vi: 'Hãy ghi bước tiếp theo "B2:" thành "B2"',
    },
    { line: 20, column: 12, message: 'Write next step "B3:" as "B3"' },
    // "Bước 4" is read as the step numbered 4, B4: the id the step is named by.
    { line: 20, column: 19, message: 'Write next step "Bước 4:" as "B4"' },
    { line: 25, column: 27, message: 'Write next step "B5:" as "B5"' },
    { line: 25, column: 43, message: 'Write next step "Bước 4." as "B4"' },
    { line: 31, column: 9, message: 'Write next step "Bước 5:" as "B5"' },
  ],
});

describe('rule canonical-step-id fix', () => {
  it('writes each id without its heading mark, keeping quotes and comments', () => {
    expect(fixedFixture('canonical-step-id', 'invalid-headings.yaml')).toBe(
      fixtureText('canonical-step-id', 'valid-ids.yaml'),
    );
  });

  it('writes each step named in next by its id, in a text, a list and a decision, keeping quotes and comments', () => {
    expect(fixedFixture('canonical-step-id', 'invalid-next.yaml')).toBe(
      fixtureText('canonical-step-id', 'valid-next.yaml'),
    );
  });
});

describe('canonicalStepId: a step heading as the portal prints it', () => {
  it.each([
    ['Bước 1:', 'Bước 1'],
    ['Bước 1.', 'Bước 1'],
    ['Bước 1 :', 'Bước 1'],
    ['Bước 1：', 'Bước 1'],
    ['B1:', 'B1'],
    ['B2.1.', 'B2.1'],
    ['receive:', 'receive'],
    // A full stop after a word stays: it is no heading's.
    ['nhan.', 'nhan.'],
    ['Bước 1', 'Bước 1'],
  ])('%s → %s', (written, id) => {
    expect(canonicalStepId(written)).toBe(id);
  });
});

describe("a step id with its heading's colon", () => {
  const file = {
    id: 'QT-X',
    title: 'Thử',
    revision: 1,
    effective: '2025-07-01',
    time_limit: '3d',
    steps: [
      { id: 'Bước 1:', name: 'Tiếp nhận', body: 'Một cửa', duration: '1h', next: 'Bước 2:' },
      { id: 'Bước 2:', name: 'Trả kết quả', body: 'Một cửa', duration: '1h' },
    ],
  };

  it('is no schema error, and reads as the step number it heads, in ids and in next alike', () => {
    expect(validateProcedure(file, 'vi')).toEqual([]);
    const steps = canonicalProcedure(file).steps;
    expect(steps.map((step) => step.id)).toEqual(['Bước 1', 'Bước 2']);
    expect(steps[0]!.next).toEqual(['Bước 2']);
  });
});
