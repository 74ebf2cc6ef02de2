import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('falls-into-branch', {
  // The refusal step listed last, after "Trả kết quả" (the probe's q3.yaml): the return step runs on into it.
  'invalid-return-before-refusal.yaml': [
    {
      line: 28,
      column: 9,
      message:
        'Step B5 ("Trả kết quả") has no next, so the flow runs on from it into B6 ("Thông báo từ chối, trả hồ sơ"), which starts the branch "Không hợp lệ" of B2: if the flow ends at B5, write "next: []" on it',
      vi: 'Bước B5 ("Trả kết quả") không có next nên luồng chạy tiếp sang B6 ("Thông báo từ chối, trả hồ sơ"), bước đầu nhánh "Không hợp lệ" ở B2: nếu luồng kết thúc ở B5, hãy ghi "next: []" ở bước đó',
    },
  ],
  // The refusal step listed first, the decision written in words: the refusal runs on into the accepted branch.
  'invalid-refusal-first.yaml': [
    {
      line: 19,
      column: 9,
      message:
        'Step B3 ("Thông báo từ chối, trả hồ sơ") has no next, so the flow runs on from it into B4 ("Kiểm tra kiến thức, ký giấy xác nhận"), which starts the branch "Hợp lệ" of B2: if the flow ends at B3, write "next: []" on it',
    },
  ],
  // A step whose name does not say it ends runs on into the refusal: no fix, the officer says where it goes.
  'invalid-into-refusal.yaml': [
    {
      line: 19,
      column: 9,
      message:
        'Step B3 ("Ra văn bản nêu lý do") has no next, so the flow runs on from it into B4 ("Thông báo từ chối, trả hồ sơ"), which starts another branch of B2: write the step it goes on to with "next: [<step id>]", or "next: []" if the flow ends there',
      vi: 'Bước B3 ("Ra văn bản nêu lý do") không có next nên luồng chạy tiếp sang B4 ("Thông báo từ chối, trả hồ sơ"), bước đầu một nhánh khác ở B2: hãy ghi bước tiếp theo bằng "next: [<mã bước>]", hoặc "next: []" nếu luồng kết thúc ở đó',
    },
  ],
});

describe('rule falls-into-branch --fix', () => {
  it('ends the flow at the step whose name says it returns the result', () => {
    expect(fixedFixture('falls-into-branch', 'invalid-return-before-refusal.yaml')).toBe(
      fixtureText('falls-into-branch', 'valid-procedure.yaml'),
    );
  });

  it('ends the flow at a refusal step listed before the accepted branch', () => {
    const fixed = fixedFixture('falls-into-branch', 'invalid-refusal-first.yaml');
    expect(fixed).toBe(
      fixtureText('falls-into-branch', 'invalid-refusal-first.yaml').replace(
        '    duration: 4h\n  - id: B4',
        '    duration: 4h\n    next: []\n  - id: B4',
      ),
    );
  });

  it('offers no fix where the name does not say the flow ends', () => {
    const text = fixtureText('falls-into-branch', 'invalid-into-refusal.yaml');
    expect(fixedFixture('falls-into-branch', 'invalid-into-refusal.yaml')).toBe(text);
  });
});
