import { testRule } from '../helpers/rule-tester.js';

testRule('revision-history', {
  'invalid-missing-row.yaml': [
    {
      line: 3,
      column: 11,
      message:
        'The document says revision 2, but the history has no row for it: add a history row, e.g. - { revision: 2, date: 01/03/2026, changes: "Sửa đổi, bổ sung …" }',
      vi: 'Tài liệu ghi lần ban hành 2 nhưng bảng theo dõi sửa đổi không có dòng này: thêm một dòng history, ví dụ - { revision: 2, date: 01/03/2026, changes: "Sửa đổi, bổ sung …" }',
    },
  ],
  'invalid-no-history.yaml': [
    {
      line: 3,
      column: 11,
      message:
        'Revision 2 has no amendment history: add `history` with a row for each revision up to 2, from - { revision: 1, date: …, changes: Ban hành lần đầu } to - { revision: 2, date: 01/03/2026, changes: "Sửa đổi, bổ sung …" }',
    },
  ],
  // Revision 3 of a first draft with no history: the row of revision 3 amends, it is not "Ban hành lần đầu".
  'invalid-no-history-3.yaml': [
    {
      line: 3,
      column: 11,
      message:
        'Revision 3 has no amendment history: add `history` with a row for each revision up to 3, from - { revision: 1, date: …, changes: Ban hành lần đầu } to - { revision: 3, date: 01/07/2025, changes: "Sửa đổi, bổ sung …" }',
      vi: 'Lần ban hành 3 nhưng không có bảng theo dõi sửa đổi: thêm "history" với một dòng cho mỗi lần ban hành đến lần 3, từ - { revision: 1, date: …, changes: Ban hành lần đầu } đến - { revision: 3, date: 01/07/2025, changes: "Sửa đổi, bổ sung …" }',
    },
  ],
  'invalid-order.yaml': [
    { line: 26, column: 15, message: 'History revisions must go up: 1 comes after 2' },
    { line: 27, column: 11, message: 'History dates must not go back: 01/07/2025 comes after 10/01/2026' },
    {
      line: 30,
      column: 11,
      message:
        'The last history row is dated 01/04/2026, after the effective date 01/03/2026: a revision takes effect on or after its date',
    },
  ],
});
