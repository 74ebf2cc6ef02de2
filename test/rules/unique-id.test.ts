import { testRule } from '../helpers/rule-tester.js';

testRule('unique-id', {
  'invalid-case.yaml': [
    {
      line: 1,
      column: 5,
      message:
        'Procedure id "qt-ht-01" is "QT-HT-01" of test/rules/fixtures/unique-id/valid-first.yaml in other letter case; both would write the same files on Windows and macOS',
      vi: 'Mã hiệu "qt-ht-01" trùng với "QT-HT-01" của test/rules/fixtures/unique-id/valid-first.yaml nếu không phân biệt chữ hoa, chữ thường; trên Windows và macOS cả hai sẽ ghi vào cùng một tệp',
    },
  ],
  'invalid-duplicate.yaml': [
    {
      line: 1,
      column: 5,
      message: 'Procedure id "QT-HT-01" is already used in test/rules/fixtures/unique-id/valid-first.yaml',
      vi: 'Mã hiệu "QT-HT-01" đã được dùng trong test/rules/fixtures/unique-id/valid-first.yaml',
    },
  ],
});
