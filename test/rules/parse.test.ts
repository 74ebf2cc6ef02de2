import { testRule } from '../helpers/rule-tester.js';

testRule('parse', {
  'invalid-duplicate-key.yaml': [
    { line: 4, column: 1, message: 'Duplicate key "revision"; a key may appear once in a map' },
  ],
  'invalid-unclosed-quote.yaml': [
    { line: 22, column: 1, message: 'Missing closing "quote' },
  ],
});
