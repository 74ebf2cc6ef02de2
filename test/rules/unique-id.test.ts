import { testRule } from '../helpers/rule-tester.js';

testRule('unique-id', {
  'invalid-duplicate.yaml': [
    { line: 1, column: 5, message: 'Procedure id "QT-HT-01" is already used in test/rules/fixtures/unique-id/valid-first.yaml', vi: 'Mã hiệu "QT-HT-01" đã được dùng trong test/rules/fixtures/unique-id/valid-first.yaml' },
  ],
});
