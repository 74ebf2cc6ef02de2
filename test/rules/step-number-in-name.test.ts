import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

const twice = (name: string, written: string, rest: string) =>
  `Step name "${name}" starts with its step number, "${written}"; procmap numbers the steps itself, so the number would be printed twice: write the name as "${rest}"`;

testRule('step-number-in-name', {
  'invalid-pasted.yaml': [
    {
      line: 11,
      column: 11,
      message: twice('Bước 1: Tiếp nhận hồ sơ', 'Bước 1', 'Tiếp nhận hồ sơ'),
      vi: 'Tên bước "Bước 1: Tiếp nhận hồ sơ" bắt đầu bằng số bước "Bước 1"; procmap tự đánh số các bước nên số này sẽ được in hai lần: hãy ghi tên bước là "Tiếp nhận hồ sơ"',
    },
    { line: 15, column: 11, message: twice('B2. Thẩm định hồ sơ', 'B2', 'Thẩm định hồ sơ') },
    {
      line: 18,
      column: 21,
      message:
        'Step name "4 - Trình ký" starts with a step number, "4", but the document numbers this step 3; procmap numbers the steps itself: write the name as "Trình ký"',
      vi: 'Tên bước "4 - Trình ký" bắt đầu bằng số bước "4", nhưng tài liệu đánh số bước này là 3; procmap tự đánh số các bước: hãy ghi tên bước là "Trình ký"',
    },
    { line: 20, column: 11, message: twice('bước 4 – Ký giấy khai sinh', 'bước 4', 'Ký giấy khai sinh') },
    { line: 24, column: 11, message: twice('5. Trả kết quả', '5', 'Trả kết quả') },
    // A sub-step's number is no step's place: removed, without saying it differs.
    { line: 27, column: 21, message: twice('Bước 2.1： Lưu hồ sơ', 'Bước 2.1', 'Lưu hồ sơ') },
  ],
  // The side step B2a is printed "2a": B3 is step 3 as printed, though fourth in the list, and only B4's "5" differs.
  'invalid-side-step.yaml': [
    { line: 11, column: 11, message: twice('Bước 1: Tiếp nhận hồ sơ', 'Bước 1', 'Tiếp nhận hồ sơ') },
    { line: 15, column: 11, message: twice('Bước 2: Thẩm định hồ sơ', 'Bước 2', 'Thẩm định hồ sơ') },
    { line: 25, column: 11, message: twice('Bước 3: Lãnh đạo Sở ký duyệt', 'Bước 3', 'Lãnh đạo Sở ký duyệt') },
    {
      line: 29,
      column: 11,
      message:
        'Step name "Bước 5: Trả kết quả" starts with a step number, "Bước 5", but the document numbers this step 4; procmap numbers the steps itself: write the name as "Trả kết quả"',
    },
  ],
  'invalid-repeated.yaml': [
    // Pasted twice: every number goes, and the message says the name --fix writes.
    { line: 11, column: 11, message: twice('Bước 1: Bước 1: Tiếp nhận hồ sơ', 'Bước 1: Bước 1', 'Tiếp nhận hồ sơ') },
    // The step's body in brackets after the number goes with it, never left as "(…):" before the name.
    {
      line: 15,
      column: 11,
      message: twice('Bước 2 (Bộ phận Một cửa): Chuyển hồ sơ', 'Bước 2 (Bộ phận Một cửa)', 'Chuyển hồ sơ'),
    },
    // Who does the step, when the file does not say it: kept for the officer to place, so nothing is fixed.
    {
      line: 19,
      column: 11,
      message:
        'Step name "Bước 3 (Trưởng phòng): Thẩm định hồ sơ" starts with its step number, "Bước 3 (Trưởng phòng)", and "Trưởng phòng", who does the step, which is not its name: write the name as "Thẩm định hồ sơ", and "Trưởng phòng" in the step\'s role (role: Trưởng phòng) or as its body',
      vi: 'Tên bước "Bước 3 (Trưởng phòng): Thẩm định hồ sơ" bắt đầu bằng số bước "Bước 3 (Trưởng phòng)" và "Trưởng phòng", người thực hiện bước, không phải tên bước: hãy ghi tên bước là "Thẩm định hồ sơ", và ghi "Trưởng phòng" ở role (role: Trưởng phòng) hoặc làm đơn vị thực hiện (body) của bước',
    },
  ],
});

describe('rule step-number-in-name fix', () => {
  it('writes the name its message gives, repeated numbers and the body in brackets removed', () => {
    expect(fixedFixture('step-number-in-name', 'invalid-repeated.yaml')).toBe(
      fixtureText('step-number-in-name', 'invalid-repeated.yaml')
        .replace('name: "Bước 1: Bước 1: Tiếp nhận hồ sơ"', 'name: "Tiếp nhận hồ sơ"')
        .replace('name: "Bước 2 (Bộ phận Một cửa): Chuyển hồ sơ"', 'name: "Chuyển hồ sơ"'),
    );
  });

  it('removes the number and its mark, keeping quotes, comments and the flow map as written', () => {
    expect(fixedFixture('step-number-in-name', 'invalid-pasted.yaml')).toBe(
      fixtureText('step-number-in-name', 'invalid-pasted.yaml')
        .replace('name: "Bước 1: Tiếp nhận hồ sơ"', 'name: "Tiếp nhận hồ sơ"')
        .replace('name: B2. Thẩm định hồ sơ # dán từ Word', 'name: Thẩm định hồ sơ # dán từ Word')
        .replace('name: 4 - Trình ký,', 'name: Trình ký,')
        .replace('name: bước 4 – Ký giấy khai sinh', 'name: Ký giấy khai sinh')
        .replace('name: 5. Trả kết quả', 'name: Trả kết quả')
        .replace('name: Bước 2.1： Lưu hồ sơ,', 'name: Lưu hồ sơ,'),
    );
  });
});
