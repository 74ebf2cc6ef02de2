import { describe, expect, it } from 'vitest';
import { fixtureText, lintFixture, testRule } from '../helpers/rule-tester.js';
import { runCli } from '../helpers/run-cli.js';

const CASES =
  'one way of filing is one channel. The document prints a row for each, and a case named in a note is not applied to the steps of that case. Write one channel, its cases in its limit: time_limit:';
const SAME =
  'with the same limit: one way of filing is one channel, and the document prints a row for each. Keep one entry, with the fee and note of both';

testRule('unique-channel', {
  // In person twice, the second as its Vietnamese name: the usual case's limit first, the other's in brackets.
  'invalid-cases.yaml': [
    {
      line: 10,
      column: 5,
      message: `Channel in_person is listed twice (line 8 and here): ${CASES} "03 ngày làm việc (Trường hợp cần xác minh: 05 ngày làm việc)"`,
      vi: 'Cách nộp in_person được ghi hai lần (dòng 8 và ở đây): mỗi cách nộp chỉ ghi một lần. Tài liệu in mỗi lần ghi một dòng, và trường hợp ghi trong ghi chú không được áp dụng cho các bước của trường hợp đó. Hãy ghi một cách nộp, các trường hợp trong thời hạn của nó: time_limit: "03 ngày làm việc (Trường hợp cần xác minh: 05 ngày làm việc)"',
    },
  ],
  // Each way's limit on one line, in person twice: no case is named, so the other is "trường hợp khác", as import writes.
  'invalid-one-line.yaml': [
    {
      line: 7,
      column: 11,
      message: `Channel in_person is listed twice (both on this line): ${CASES} "03 ngày làm việc (trường hợp khác: 05 ngày làm việc)"`,
    },
  ],
  // A map of names, each with its limit, in person twice: the report points at `channels`, which holds both.
  'invalid-map.yaml': [
    {
      line: 8,
      column: 3,
      message: `Channel in_person is listed twice (both under channels): ${CASES} "03 ngày làm việc (trường hợp khác: 05 ngày làm việc)"`,
    },
  ],
  // A name alone and a block map, both in person with the procedure's limit; online at one grade twice, the second
  // writing the procedure's limit again in short (3d is 03 ngày làm việc).
  'invalid-repeated.yaml': [
    { line: 10, column: 5, message: `Channel in_person is listed twice (line 8 and here), ${SAME}` },
    { line: 12, column: 5, message: `Channel online is listed twice (line 9 and here), ${SAME}` },
  ],
});

describe('unique-channel beyond its fixtures', () => {
  it('passes online filing at two grades, and warns when a grade is given twice', () => {
    const text = fixtureText('unique-channel', 'valid-online-grades.yaml');
    expect(lintFixture('unique-channel', 'grades.yaml', 'en', text)).toEqual([]);
    const twice = text.replace('note: Trực tuyến một phần,', 'note: Trực tuyến toàn trình,');
    expect(lintFixture('unique-channel', 'twice.yaml', 'en', twice).map((d) => [d.line, d.message])).toEqual([
      // The notes name a way of filing, which brackets would read as that way's limit: no merged limit to offer.
      [
        10,
        'Channel online is listed twice (line 9 and here), with the limits "02 ngày làm việc" and "01 ngày làm việc": one way of filing is one channel, and the document prints a row for each. Write one channel, the usual case\'s limit first and each other case\'s after it in brackets, named by its case ("03 ngày làm việc (Trường hợp cần xác minh: 05 ngày làm việc)"); online filing at two grades is two channels, each grade named in its note ("Trực tuyến một phần", "Trực tuyến toàn trình")',
      ],
    ]);
  });

  it('passes a place or a portal of one way named in its note, with the same limit', () => {
    const text = fixtureText('unique-channel', 'invalid-repeated.yaml')
      .replace('  - Trực tiếp\n', '  - { kind: in_person, note: Trực tiếp tại UBND xã }\n')
      .replace('note: Trực tuyến toàn trình, time_limit: 3d', 'note: Ứng dụng VNeID');
    expect(lintFixture('unique-channel', 'places.yaml', 'en', text)).toEqual([]);
  });

  it('warns in lint, exit 0, with the line of the second entry, leaving the file as it was', async () => {
    const file = 'test/rules/fixtures/unique-channel/invalid-cases.yaml';
    const before = fixtureText('unique-channel', 'invalid-cases.yaml');
    const result = await runCli(['lint', '--lang', 'vi', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${file}\n` +
        '  10:5  cảnh báo  Cách nộp in_person được ghi hai lần (dòng 8 và ở đây): mỗi cách nộp chỉ ghi một lần. Tài liệu in mỗi lần ghi một dòng, và trường hợp ghi trong ghi chú không được áp dụng cho các bước của trường hợp đó. Hãy ghi một cách nộp, các trường hợp trong thời hạn của nó: time_limit: "03 ngày làm việc (Trường hợp cần xác minh: 05 ngày làm việc)"  unique-channel\n' +
        '\n✖ 1 vấn đề (0 lỗi, 1 cảnh báo)\n',
    );
    expect(fixtureText('unique-channel', 'invalid-cases.yaml')).toBe(before);
  });
});
