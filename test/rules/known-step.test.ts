import { testRule } from '../helpers/rule-tester.js';

testRule('known-step', {
  'invalid-branch.yaml': [
    {
      line: 18,
      column: 43,
      message: 'Next step "tu-choi" does not exist: write the id of a step of this procedure (receive, sign, return)',
      vi: 'Bước tiếp theo "tu-choi" không tồn tại: hãy ghi mã của một bước trong quy trình (receive, sign, return)',
    },
  ],
  // "Kết thúc" ends a flow written as one text; a decision's branch needs a step for what happens then.
  'invalid-branch-ends.yaml': [
    {
      line: 20,
      column: 21,
      message:
        'The branch "Không hợp lệ" ends the flow without a step: add a step for what happens then, e.g. one that returns the dossier to the applicant with the reasons, with next: [], and write its id here',
      vi: 'Nhánh "Không hợp lệ" kết thúc quy trình mà không có bước nào: hãy thêm một bước cho việc làm khi đó, ví dụ trả lại hồ sơ cho người nộp kèm lý do, có next: [], và ghi mã bước đó ở đây',
    },
  ],
  // "Bước 3" is read as B3, the one step with that number; B9, the number of no step, is not a misspelt B1.
  'invalid-step-number.yaml': [
    {
      line: 18,
      column: 20,
      message: 'Next step "B9" does not exist: write the id of a step of this procedure (B1, B2, B3)',
      vi: 'Bước tiếp theo "B9" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3)',
    },
  ],
  // A next step by its name is read as the one step of that name; two steps share this one.
  'invalid-shared-name.yaml': [
    {
      line: 20,
      column: 21,
      message: 'Next step "Trả kết quả" is the name of several steps (B3, B4): write the id of the one meant, e.g. B3',
      vi: '"Trả kết quả" là tên của nhiều bước (B3, B4): hãy ghi mã của bước đúng, ví dụ B3',
    },
  ],
  // Two steps have the number 3: "Bước 3" could be either.
  'invalid-step-number-twice.yaml': [
    {
      line: 18,
      column: 12,
      message: 'Next step "Bước 3" does not exist: write the id of a step of this procedure (B1, B2, B3, 3)',
      vi: 'Bước tiếp theo "Bước 3" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3, 3)',
    },
  ],
  // Steps joined by "và" or "and" are several steps when each is one (read by lenient.ts): B5 is none. (A decision's
  // case that names several steps is the schema's to say: test/lenient/forms.test.ts.)
  'invalid-several.yaml': [
    {
      line: 24,
      column: 12,
      message: 'Next step "B4 and B5" does not exist: write the id of a step of this procedure (B1, B2, B3, B4)',
      vi: 'Bước tiếp theo "B4 and B5" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3, B4)',
    },
  ],
  // One of several steps ("B2 hoặc B9"): only the one that is no step is named, at its place, as for a list.
  'invalid-choice.yaml': [
    {
      line: 14,
      column: 19,
      endColumn: 21,
      message: 'Next step "B9" does not exist: write the id of a step of this procedure (B1, B2, B3)',
      vi: 'Bước tiếp theo "B9" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3)',
    },
    {
      line: 19,
      column: 20,
      endColumn: 26,
      message: 'Next step "Bước 7" does not exist: write the id of a step of this procedure (B1, B2, B3)',
      vi: 'Bước tiếp theo "Bước 7" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3)',
    },
  ],
  // A next written as one string is read into its steps and branches: the problem is placed at the step it names, not
  // at the string's start, unless the string names that step twice.
  'invalid-one-string.yaml': [
    {
      line: 14,
      column: 15,
      endColumn: 17,
      message: 'Next step "B7" does not exist: write the id of a step of this procedure (B1, B2, B3, B4)',
      vi: 'Bước tiếp theo "B7" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3, B4)',
    },
    {
      line: 19,
      column: 42,
      endColumn: 44,
      message: 'Next step "B9" does not exist: write the id of a step of this procedure (B1, B2, B3, B4)',
      vi: 'Bước tiếp theo "B9" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3, B4)',
    },
    {
      line: 24,
      column: 11,
      message: 'Next step "B8" does not exist: write the id of a step of this procedure (B1, B2, B3, B4)',
      vi: 'Bước tiếp theo "B8" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3, B4)',
    },
    {
      line: 24,
      column: 11,
      message: 'Next step "B8" does not exist: write the id of a step of this procedure (B1, B2, B3, B4)',
      vi: 'Bước tiếp theo "B8" không tồn tại: hãy ghi mã của một bước trong quy trình (B1, B2, B3, B4)',
    },
  ],
  'invalid-typo.yaml': [
    {
      line: 18,
      column: 12,
      message: 'Next step "retrun" does not exist; did you mean "return"?',
      vi: 'Bước tiếp theo "retrun" không tồn tại; có phải là "return"?',
    },
  ],
  // An id written in other letter case names the step, but ids are matched exactly: say it is the case.
  'invalid-other-case.yaml': [
    {
      line: 18,
      column: 12,
      message: 'Next step "RETURN" does not exist: the step is "return", in other letter case; write return',
      vi: 'Bước tiếp theo "RETURN" không tồn tại: mã bước là "return" (viết hoa/thường khác); hãy ghi return',
    },
  ],
});
