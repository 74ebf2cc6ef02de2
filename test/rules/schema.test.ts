import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('schema', {
  'invalid-duration.yaml': [
    {
      line: 17,
      column: 15,
      message:
        '"vài giờ" is not a duration: write a number and a unit, e.g. "4h", "30 min", "1 giờ 30 phút", "0.5d", "3 ngày làm việc", "30 ngày lịch", "3 tháng" or "trong ngày"',
    },
  ],
  'invalid-missing-title.yaml': [
    {
      line: 1,
      column: 1,
      message: 'Missing required property "title"; add it, e.g. title: Chứng thực bản sao từ bản chính',
      vi: 'Thiếu trường bắt buộc "title"; hãy thêm, ví dụ title: Chứng thực bản sao từ bản chính',
    },
  ],
  // A cross ticks what applies in some tables and says "no" in others: refused, with what to write ("x" and "✓" say yes).
  'invalid-flag-cross.yaml': [
    {
      line: 6,
      column: 19,
      message:
        '"four_on_the_spot" is a cross, "✗", which some tables use to tick what applies and others to say it does not: write true if it applies, false if it does not',
      vi: '"four_on_the_spot" là dấu chéo "✗", có bảng dùng để đánh dấu mục áp dụng, có bảng dùng để ghi không áp dụng: hãy ghi true nếu áp dụng, false nếu không',
    },
  ],
  'invalid-typo.yaml': [{ line: 5, column: 1, message: 'Unknown property "time_limt"; did you mean "time_limit"?' }],
  // An id may hold Đ (valid-id-with-d.yaml, QT-ĐKKD-01), no other letter with a mark: the ASCII form is suggested.
  'invalid-id-accents.yaml': [
    {
      line: 1,
      column: 5,
      message:
        '"QT-ẤP-01" cannot be a procedure id: a procedure id is made of Latin letters without accents (and Đ, đ), digits, ".", "-" and "_", starts with a letter or a digit and does not end with "."; it names the document files, e.g. QT-AP-01',
      vi: '"QT-ẤP-01" không dùng được làm mã hiệu quy trình: mã hiệu gồm chữ cái Latinh không dấu (và chữ Đ, đ), chữ số, ".", "-" và "_", bắt đầu bằng chữ cái hoặc chữ số và không kết thúc bằng "."; mã hiệu dùng để đặt tên tệp tài liệu, ví dụ QT-AP-01',
    },
  ],
  // A "Người thực hiện" column on a step with no body (d39 of the first-draft probe): the person's unit does the
  // step, as written; it was told to be the role, and the missing body given the one-stop unit, some other step's.
  'invalid-person-column.yaml': [
    {
      line: 16,
      column: 5,
      message: 'Unknown property "Người thực hiện"; write it as body: Công chức Tư pháp - Hộ tịch',
      vi: 'Trường không hợp lệ "Người thực hiện"; hãy ghi body: Công chức Tư pháp - Hộ tịch',
    },
  ],
  // A role without a body, no office in the role, no other step with it: the agency, not the person, is the example.
  'invalid-role-no-body.yaml': [
    {
      line: 14,
      column: 5,
      message:
        'Missing required property "body", the office that does this step ("role" says who in it does it); add it, e.g. body: UBND xã Tiên Du',
      vi: 'Thiếu trường bắt buộc "body", đơn vị thực hiện bước này ("role" chỉ ghi người thực hiện); hãy thêm, ví dụ body: UBND xã Tiên Du',
    },
  ],
  // `role: Chuyên viên` alone (first drafts): not "body: Chuyên viên", but the body of the step before, done by a
  // Chuyên viên too; several bodies are declared, so --fix leaves it to the officer.
  'invalid-role-chuyen-vien.yaml': [
    {
      line: 23,
      column: 5,
      message:
        'Missing required property "body", the office that does this step ("role" says who in it does it); add it, e.g. body: TP',
      vi: 'Thiếu trường bắt buộc "body", đơn vị thực hiện bước này ("role" chỉ ghi người thực hiện); hãy thêm, ví dụ body: TP',
    },
  ],
  // A role that names a unit ("Văn thư UBND xã"): the unit is the body, in full as the agency names it; --fix writes it.
  'invalid-role-unit.yaml': [
    {
      line: 13,
      column: 5,
      message:
        'Missing required property "body", the office that does this step ("role" says who in it does it); add it, e.g. body: UBND xã Tiên Du',
      vi: 'Thiếu trường bắt buộc "body", đơn vị thực hiện bước này ("role" chỉ ghi người thực hiện); hãy thêm, ví dụ body: UBND xã Tiên Du',
    },
  ],
  // A procedure with one body: that one, which --fix writes.
  'invalid-role-one-body.yaml': [
    {
      line: 16,
      column: 5,
      message:
        'Missing required property "body", the office that does this step ("role" says who in it does it); add it, e.g. body: TPHT',
      vi: 'Thiếu trường bắt buộc "body", đơn vị thực hiện bước này ("role" chỉ ghi người thực hiện); hãy thêm, ví dụ body: TPHT',
    },
  ],
  // A decision's case leading to a list of steps (d43 of the first-draft probe): told as "B3 và B4" is, not as a list
  // that cannot be a step id.
  'invalid-case-list.yaml': [
    {
      line: 17,
      column: 23,
      message:
        'The case "Hồ sơ đủ" leads to B3 and B4, but a case of a decision leads to one step: if they are all done in parallel, add a step for this case with next: [B3, B4] and write that step\'s id for the case "Hồ sơ đủ"; if one of them is taken, split the case into cases of one step each, e.g. { Hồ sơ đủ – case 1: B3, Hồ sơ đủ – case 2: B4 } (naming when each is taken)',
      vi: 'Trường hợp "Hồ sơ đủ" dẫn tới B3 và B4, nhưng mỗi trường hợp của một bước rẽ nhánh chỉ dẫn tới một bước: nếu các bước đó làm đồng thời, hãy thêm một bước cho trường hợp này với next: [B3, B4], rồi ghi mã bước đó cho trường hợp "Hồ sơ đủ"; nếu chỉ chuyển sang một trong các bước, hãy tách thành các trường hợp, mỗi trường hợp một bước, ví dụ { Hồ sơ đủ – trường hợp 1: B3, Hồ sơ đủ – trường hợp 2: B4 } (ghi rõ khi nào chuyển sang bước nào)',
    },
  ],
  // A history row without what changed (d38 of the first-draft probe): an example, as a missing duration has.
  'invalid-history-changes.yaml': [
    {
      line: 26,
      column: 5,
      message: 'Missing required property "changes"; add it, e.g. changes: Ban hành lần đầu',
      vi: 'Thiếu trường bắt buộc "changes"; hãy thêm, ví dụ changes: Ban hành lần đầu',
    },
  ],
  // History rows without what changed (first drafts): only the first issue's row is "Ban hành lần đầu".
  'invalid-history-changes-later.yaml': [
    {
      line: 16,
      column: 5,
      message: 'Missing required property "changes"; add it, e.g. changes: Ban hành lần đầu',
      vi: 'Thiếu trường bắt buộc "changes"; hãy thêm, ví dụ changes: Ban hành lần đầu',
    },
    {
      line: 18,
      column: 5,
      message: 'Missing required property "changes"; add it, e.g. changes: Sửa đổi, bổ sung …',
      vi: 'Thiếu trường bắt buộc "changes"; hãy thêm, ví dụ changes: Sửa đổi, bổ sung …',
    },
    {
      line: 20,
      column: 5,
      message: 'Missing required property "changes"; add it, e.g. changes: Sửa đổi, bổ sung …',
    },
  ],
  // A step table's total written as a field (d47 of the first-draft probe): procmap computes it, and the steps take 7.
  'invalid-total-key.yaml': [
    {
      line: 8,
      column: 1,
      message:
        '"Tổng thời gian giải quyết" is not a field: procmap computes the total time from the steps, and they take 7 working days (56 h), not the 6 working days (48 h) written here; delete this line, and check the steps\' times',
      vi: '"Tổng thời gian giải quyết" không phải là một trường: procmap tự tính tổng thời gian từ các bước, và các bước mất 7 ngày làm việc (56 giờ), không phải 6 ngày làm việc (48 giờ) như ghi ở đây; hãy xóa dòng này và kiểm tra lại thời gian các bước',
    },
  ],
});

describe('schema --fix of a total written as a field', () => {
  it('deletes its line', () => {
    const text = fixtureText('schema', 'invalid-total-key.yaml');
    expect(fixedFixture('schema', 'invalid-total-key.yaml')).toBe(
      text.replace('Tổng thời gian giải quyết: 06 ngày làm việc\n', ''),
    );
  });
});

describe('schema --fix of a person column on a step with no body', () => {
  it('writes it as the body', () => {
    const text = fixtureText('schema', 'invalid-person-column.yaml');
    expect(fixedFixture('schema', 'invalid-person-column.yaml')).toBe(
      text.replace('Người thực hiện: Công chức', 'body: Công chức'),
    );
  });
});

describe('schema --fix of a step with a role and no body', () => {
  it('writes the unit the role names after the role', () => {
    const text = fixtureText('schema', 'invalid-role-unit.yaml');
    expect(fixedFixture('schema', 'invalid-role-unit.yaml')).toBe(
      text.replace('role: Văn thư UBND xã\n', 'role: Văn thư UBND xã\n    body: UBND xã Tiên Du\n'),
    );
  });

  it("writes a procedure's one body, in braces as the step is written", () => {
    const text = fixtureText('schema', 'invalid-role-one-body.yaml');
    expect(fixedFixture('schema', 'invalid-role-one-body.yaml')).toBe(
      text.replace('role: Chuyên viên,', 'role: Chuyên viên, body: TPHT,'),
    );
  });

  it('leaves a body among several to the officer', () => {
    const text = fixtureText('schema', 'invalid-role-chuyen-vien.yaml');
    expect(fixedFixture('schema', 'invalid-role-chuyen-vien.yaml')).toBe(text);
    expect(fixedFixture('schema', 'invalid-role-no-body.yaml')).toBe(
      fixtureText('schema', 'invalid-role-no-body.yaml'),
    );
  });
});

describe('schema --fix of a procedure id', () => {
  it('leaves Đ as the officer wrote it (QT-ĐKKD-01), and still writes other marked letters in ASCII (QT-ẤP-01)', () => {
    expect(fixedFixture('schema', 'valid-id-with-d.yaml')).toBe(fixtureText('schema', 'valid-id-with-d.yaml'));
    expect(fixedFixture('schema', 'invalid-id-accents.yaml')).toBe(
      fixtureText('schema', 'invalid-id-accents.yaml').replace('id: QT-ẤP-01', 'id: QT-AP-01'),
    );
  });
});
