import { testRule } from '../helpers/rule-tester.js';

testRule('unique-step-id', {
  'invalid-duplicate.yaml': [
    {
      line: 18,
      column: 9,
      message: 'Step id "sign" is already used by step 2',
      vi: 'Mã bước "sign" đã được dùng ở bước 2',
    },
  ],
  // Ids equal but for letter case are one id to an officer (`Bước 2`, `bước 2`), as procedure ids are to unique-id.
  'invalid-other-case.yaml': [
    {
      line: 17,
      column: 9,
      message: 'Step id "bước 2" is "Bước 2" of step 2 in other letter case: give this step its own id',
      vi: 'Mã bước "bước 2" trùng với mã "Bước 2" của bước thứ 2 (chỉ khác chữ hoa/chữ thường): hãy đặt cho bước này một mã khác',
    },
  ],
  // B2 and b2, with `next: b2`: the flow skips B2 unseen unless the pair is named.
  'invalid-other-case-next.yaml': [
    {
      line: 18,
      column: 9,
      message: 'Step id "b2" is "B2" of step 2 in other letter case: give this step its own id',
      vi: 'Mã bước "b2" trùng với mã "B2" của bước thứ 2 (chỉ khác chữ hoa/chữ thường): hãy đặt cho bước này một mã khác',
    },
  ],
});
