import { describe, expect, it } from 'vitest';
import { fixedFixture, fixtureText, testRule } from '../helpers/rule-tester.js';

testRule('canonical-channel', {
  'invalid-vietnamese.yaml': [
    {
      line: 7,
      column: 13,
      message: 'Write channel "Trực tiếp" as "in_person"',
      vi: 'Hãy ghi cách nộp "Trực tiếp" thành "in_person"',
    },
    {
      line: 8,
      column: 13,
      message: 'Write channel "Trực tuyến" as "online"',
      vi: 'Hãy ghi cách nộp "Trực tuyến" thành "online"',
    },
    {
      line: 9,
      column: 11,
      message: 'Write channel "Qua dịch vụ bưu chính công ích" as "postal"',
      vi: 'Hãy ghi cách nộp "Qua dịch vụ bưu chính công ích" thành "postal"',
    },
  ],
  'invalid-names.yaml': [
    {
      line: 7,
      column: 5,
      message: 'Write channel "Trực tiếp" as { kind: in_person }',
      vi: 'Hãy ghi cách nộp "Trực tiếp" dạng { kind: in_person }',
    },
    { line: 8, column: 5, message: 'Write channel "Dịch vụ công trực tuyến" as { kind: online }' },
  ],
  'invalid-one-line-limits.yaml': [
    {
      line: 6,
      column: 11,
      message:
        'Write channels "Trực tiếp: 05 ngày làm việc; Trực tuyến: 04 ngày làm việc" as the list [{ kind: in_person, time_limit: "05 ngày làm việc" }, { kind: online, time_limit: "04 ngày làm việc" }]',
    },
  ],
  // A line each (`channels: |`): quoted on one line, its lines joined by "; ".
  'invalid-block-limits.yaml': [
    {
      line: 6,
      column: 11,
      message:
        'Write channels "Trực tiếp: 05 ngày làm việc; Trực tuyến toàn trình: 05 ngày làm việc" as the list [{ kind: in_person, time_limit: "05 ngày làm việc" }, { kind: online, time_limit: "05 ngày làm việc", note: Trực tuyến toàn trình }]',
      vi: 'Hãy ghi các cách nộp "Trực tiếp: 05 ngày làm việc; Trực tuyến toàn trình: 05 ngày làm việc" dạng danh sách [{ kind: in_person, time_limit: "05 ngày làm việc" }, { kind: online, time_limit: "05 ngày làm việc", note: Trực tuyến toàn trình }]',
    },
  ],
  'invalid-named-limits.yaml': [
    {
      line: 7,
      column: 5,
      message: 'Write channel "Trực tiếp: 03 ngày làm việc" as { kind: in_person, time_limit: "03 ngày làm việc" }',
    },
    {
      line: 8,
      column: 5,
      message: 'Write channel "Trực tuyến: 02 ngày làm việc" as { kind: online, time_limit: "02 ngày làm việc" }',
    },
  ],
  // Whatever a name says beyond its kind (grade, app, portal, place) stays in the note, with a limit or without.
  'invalid-named-words.yaml': [
    {
      line: 7,
      column: 5,
      message: 'Write channel "Trực tiếp: 05 ngày làm việc" as { kind: in_person, time_limit: "05 ngày làm việc" }',
    },
    {
      line: 8,
      column: 5,
      message:
        'Write channel "Trực tuyến toàn trình: 04 ngày làm việc" as { kind: online, time_limit: "04 ngày làm việc", note: Trực tuyến toàn trình }',
    },
    {
      line: 9,
      column: 5,
      message: 'Write channel "Trực tuyến một phần" as { kind: online, note: Trực tuyến một phần }',
    },
    { line: 10, column: 5, message: 'Write channel "Ứng dụng VNeID" as { kind: online, note: Ứng dụng VNeID }' },
    { line: 11, column: 5, message: 'Write channel "Cổng DVC quốc gia" as { kind: online, note: Cổng DVC quốc gia }' },
    {
      line: 12,
      column: 5,
      message: 'Write channel "Nộp hồ sơ trực tiếp tại UBND xã" as { kind: in_person, note: Trực tiếp tại UBND xã }',
      vi: 'Hãy ghi cách nộp "Nộp hồ sơ trực tiếp tại UBND xã" dạng { kind: in_person, note: Trực tiếp tại UBND xã }',
    },
  ],
  // The fee the national record writes after a channel's limit is the channel's fee, not part of its limit.
  'invalid-named-fee.yaml': [
    {
      line: 8,
      column: 5,
      message:
        'Write channel ""Trực tiếp: 05 ngày làm việc; Lệ phí: 50.000 đồng"" as { kind: in_person, time_limit: "05 ngày làm việc", fee: "Lệ phí: 50.000 đồng" }',
    },
    {
      line: 9,
      column: 5,
      message:
        'Write channel "Trực tuyến: "04 ngày làm việc; Lệ phí: 25.000 đồng"" as { kind: online, time_limit: "04 ngày làm việc", fee: "Lệ phí: 25.000 đồng" }',
    },
  ],
  // A line each: no fix (the map spans lines), the message says what to write.
  'invalid-named-map.yaml': [
    {
      line: 7,
      column: 3,
      message:
        'Write channels "Trực tiếp: 03 ngày làm việc; Trực tuyến: 02 ngày làm việc" as the list [{ kind: in_person, time_limit: "03 ngày làm việc" }, { kind: online, time_limit: "02 ngày làm việc" }]',
    },
  ],
  // "Một phần" (partly online) and "toàn trình" (fully) are both online: the grade is kept in the note, never dropped.
  'invalid-online-grade.yaml': [
    {
      line: 7,
      column: 11,
      message:
        'Write channel "Trực tuyến một phần" as "online", with note: "Trực tuyến một phần" beside it, which keeps what the kind cannot say',
      vi: 'Hãy ghi cách nộp "Trực tuyến một phần" thành "online", kèm note: "Trực tuyến một phần" để giữ điều mà cách nộp không ghi được',
    },
    {
      line: 9,
      column: 5,
      message: 'Write channel "Dịch vụ công trực tuyến toàn trình" as { kind: online, note: Trực tuyến toàn trình }',
    },
  ],
  'invalid-one-line.yaml': [
    {
      line: 6,
      column: 11,
      message:
        'Write channels "Trực tiếp; trực tuyến hoặc qua bưu chính" as the list [{ kind: in_person }, { kind: online }, { kind: postal }]',
      vi: 'Hãy ghi các cách nộp "Trực tiếp; trực tuyến hoặc qua bưu chính" dạng danh sách [{ kind: in_person }, { kind: online }, { kind: postal }]',
    },
  ],
  // The grade of online filing named on one line is kept in the note, as in a list of the names.
  'invalid-one-line-grade.yaml': [
    {
      line: 6,
      column: 11,
      message:
        'Write channels "Trực tiếp; Trực tuyến toàn trình" as the list [{ kind: in_person }, { kind: online, note: Trực tuyến toàn trình }]',
      vi: 'Hãy ghi các cách nộp "Trực tiếp; Trực tuyến toàn trình" dạng danh sách [{ kind: in_person }, { kind: online, note: Trực tuyến toàn trình }]',
    },
  ],
});

describe('rule canonical-channel fix', () => {
  it('writes a channel given by its name alone as the map of its kind, keeping the comment', () => {
    expect(fixedFixture('canonical-channel', 'invalid-names.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-maps.yaml').replace('QT-MAU-04', 'QT-MAU-03'),
    );
  });

  it('writes the names on one line as the list of their maps, keeping the comment', () => {
    expect(fixedFixture('canonical-channel', 'invalid-one-line.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-one-line-fixed.yaml'),
    );
  });

  it('writes the names on one line with the grade of online filing in the note', () => {
    expect(fixedFixture('canonical-channel', 'invalid-one-line-grade.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-one-line-grade-fixed.yaml'),
    );
  });

  it('writes each way of filing with the limit the line gives it', () => {
    expect(fixedFixture('canonical-channel', 'invalid-one-line-limits.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-one-line-limits-fixed.yaml'),
    );
  });

  it('writes the names a line each (`channels: |`) as the list of their maps, limits included', () => {
    expect(fixedFixture('canonical-channel', 'invalid-block-limits.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-block-limits-fixed.yaml'),
    );
  });

  it('keeps every word a name says beyond its kind in the note: grade, app, portal, place, with or without a limit', () => {
    expect(fixedFixture('canonical-channel', 'invalid-named-words.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-named-words-fixed.yaml'),
    );
  });

  it("writes the fee written after a channel's limit in the channel's fee", () => {
    expect(fixedFixture('canonical-channel', 'invalid-named-fee.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-named-fee-fixed.yaml'),
    );
  });

  it('writes a channel given by its name and limit as its map, keeping the comment', () => {
    expect(fixedFixture('canonical-channel', 'invalid-named-limits.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-named-limits-fixed.yaml'),
    );
  });

  it('keeps the grade of online filing in the note, and leaves a kind whose fix would drop it for the officer', () => {
    const fixed = fixedFixture('canonical-channel', 'invalid-online-grade.yaml');
    expect(fixed).toContain('  - kind: Trực tuyến một phần\n    fee: 8000\n');
    expect(fixed).toContain('  - { kind: online, note: Trực tuyến toàn trình }\n');
  });

  it('writes the English value in place, keeping the comment', () => {
    expect(fixedFixture('canonical-channel', 'invalid-vietnamese.yaml')).toBe(
      fixtureText('canonical-channel', 'valid-english.yaml'),
    );
  });
});
