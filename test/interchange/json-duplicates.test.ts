import { describe, expect, it } from 'vitest';
import { duplicateJsonKey, duplicateKeyMessage } from '../../src/interchange/json-duplicates.js';

describe('duplicateJsonKey', () => {
  it('finds the second of two equal keys in one object, at its quote mark', () => {
    const text = '{"MATTHC": "1", "TENTTHC": "cũ", "TENTTHC": "mới"}';
    expect(duplicateJsonKey(text)).toEqual({ key: 'TENTTHC', offset: text.lastIndexOf('"TENTTHC"') });
  });

  it('compares keys as JSON reads them, escapes and all', () => {
    expect(duplicateJsonKey('{"A": 1, "\\u0041": 2}')?.key).toBe('A');
    expect(duplicateJsonKey('{"a\\"b": 1, "a\\u0022b": 2}')?.key).toBe('a"b');
    expect(duplicateJsonKey('{"a\\\\": 1, "a\\\\": 2}')?.key).toBe('a\\');
  });

  it('finds one in a nested object or a list of objects', () => {
    expect(duplicateJsonKey('[{"a": 1}, {"b": {"c": [1, {"d": 1, "d": 2}]}}]')?.key).toBe('d');
    expect(duplicateJsonKey('{"x": [{"a": 1, "b": 2, "a": 3}]}')?.key).toBe('a');
  });

  it('passes equal keys of different objects, values equal to keys, and brackets inside strings', () => {
    expect(duplicateJsonKey('[{"a": 1}, {"a": 2}]')).toBeUndefined();
    expect(duplicateJsonKey('{"a": {"a": {"a": "a"}}, "b": "a"}')).toBeUndefined();
    expect(duplicateJsonKey('{"a": "}, {\\"a\\": ", "b": "[,\\"a\\""}')).toBeUndefined();
    expect(duplicateJsonKey('{"a": [], "b": {}, "c": ["a", "a"], "__proto__": 1, "constructor": 2}')).toBeUndefined();
    expect(duplicateJsonKey('"a"')).toBeUndefined();
  });

  it('quotes a key with control characters escaped', () => {
    expect(duplicateKeyMessage('a\u001b[2J').en).toBe(
      'Duplicate key "a\\u001b[2J"; a key may appear once in an object: keep the right value and delete the other',
    );
  });
});
