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
  // Each refusal says what to write instead, in both languages.
  'invalid-order.yaml': [
    {
      line: 26,
      column: 15,
      message:
        "History revisions must go up: 1 comes after 2; list the rows from revision 1 down to the current one, or correct this row's revision to a number above 2",
      vi: 'Lần ban hành trong bảng theo dõi phải tăng dần: 1 đứng sau 2; hãy xếp các dòng từ lần 1 xuống đến lần hiện tại, hoặc sửa số lần ban hành của dòng này thành một số lớn hơn 2',
    },
    {
      line: 27,
      column: 11,
      message:
        "History dates must not go back: 01/07/2025 comes after 10/01/2026; correct this row's date to 10/01/2026 or later, or list the rows in the order they were issued",
      vi: 'Ngày trong bảng theo dõi không được lùi: 01/07/2025 đứng sau 10/01/2026; hãy sửa ngày của dòng này thành 10/01/2026 hoặc muộn hơn, hoặc xếp các dòng theo thứ tự ban hành',
    },
    {
      line: 30,
      column: 11,
      message:
        "The last history row is dated 01/04/2026, after the effective date 01/03/2026: a revision takes effect on or after its date; if that row is the issue now in force, write `effective: 01/04/2026`, else correct the row's date to 01/03/2026 or earlier",
      vi: 'Dòng cuối của bảng theo dõi có ngày 01/04/2026, sau ngày hiệu lực 01/03/2026: lần ban hành có hiệu lực từ ngày của nó trở đi; nếu dòng đó là lần ban hành đang áp dụng, hãy ghi "effective: 01/04/2026", nếu không, hãy sửa ngày của dòng này thành 01/03/2026 hoặc sớm hơn',
    },
  ],
});
