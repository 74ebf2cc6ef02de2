import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('total-row', {
  // A step table's last row pasted as a step (d41 of the first-draft probe): it agrees with the steps, 7 days.
  'invalid-pasted-row.yaml': [
    {
      line: 25,
      column: 9,
      message:
        'Step "Tổng" ("Tổng thời gian giải quyết") is the total row of a step table, not a step: procmap computes the total time from the steps; delete this step',
      vi: 'Bước "Tổng" ("Tổng thời gian giải quyết") là dòng tổng của bảng các bước, không phải một bước: procmap tự tính tổng thời gian từ các bước; hãy xóa bước này',
    },
  ],
  // The row says 8 days where the steps take 7: which one is wrong is the officer's to see.
  'invalid-disagrees.yaml': [
    {
      line: 25,
      column: 9,
      message:
        'Step "Tổng" ("Tổng thời gian giải quyết") is the total row of a step table, not a step: procmap computes the total time from the steps, and they take 7 working days (56 h), not the 8 working days (64 h) written here; delete this step, and check the steps\' times',
      vi: 'Bước "Tổng" ("Tổng thời gian giải quyết") là dòng tổng của bảng các bước, không phải một bước: procmap tự tính tổng thời gian từ các bước, và các bước mất 7 ngày làm việc (56 giờ), không phải 8 ngày làm việc (64 giờ) như ghi ở đây; hãy xóa bước này và kiểm tra lại thời gian các bước',
    },
  ],
});

describe('total-row --fix', () => {
  it('deletes the row, its lines and nothing else', () => {
    expect(fixedFixture('total-row', 'invalid-pasted-row.yaml')).toBe(fixtureText('total-row', 'valid-procedure.yaml'));
  });
});
