import { describe, expect, it } from 'vitest';
import { jsonParseProblem, jsonSyntaxProblem } from '../../src/interchange/json-position.js';
import { LineIndex } from '../../src/model/source.js';

/** Where and why, as the officer reads it: `line:column: words`. */
function problem(text: string): string {
  let error: unknown;
  try {
    JSON.parse(text);
  } catch (thrown) {
    error = thrown;
  }
  // Every text here is one JSON.parse refuses: the scan must not find mistakes Node does not.
  expect(error).toBeInstanceOf(SyntaxError);
  const found = jsonParseProblem(text, error);
  const place = new LineIndex(text).position(found.offset);
  return `${place.line}:${place.column}: ${found.said.en}`;
}

describe('a JSON syntax mistake', () => {
  it.each([
    // Each shape of Node 20's JSON.parse errors, named in procmap's words with what to write instead.
    ['{\n  title: 1}', '2:3: the name title is not in double quotes: write "title"'],
    ["{'a': 1}", '1:2: text in single quotes: JSON needs double quotes, as in "title"'],
    ['{"a": \'x\'}', '1:7: text in single quotes: JSON needs double quotes, as in "title"'],
    ['{"a": 1,\n}', '1:8: a comma with nothing after it before "}": remove the comma'],
    ['[1, 2, ]', '1:6: a comma with nothing after it before "]": remove the comma'],
    ['{"a": 1} // note', '1:10: JSON has no comments: remove the comment that starts here'],
    ['[1, /* note */ 2]', '1:5: JSON has no comments: remove the comment that starts here'],
    ['{"a": "x\ty"}', '1:9: a tab or other control character inside text in quotes: write a tab as \\t, or remove it'],
    [
      '{"a": "x\ny"}',
      '1:9: the text in quotes runs past the end of the line: close it with " on its line, and write a line break inside it as \\n',
    ],
    ['{"a": "C:\\Hồ sơ"}', '1:10: \\H is no escape JSON knows: write a backslash itself as \\\\ (as in "C:\\\\Hồ sơ")'],
    ['{"a": "\\u12"}', '1:8: \\u12 is no escape JSON knows: write a backslash itself as \\\\ (as in "C:\\\\Hồ sơ")'],
    ['[\n  {"a": 1}\n', '3:1: the file ends before the list is closed: add "]" at the end, or export the file again'],
    // Cut short: no one closer mends it, so only a new export is said (never an added quote mark).
    ['{"a": "x', '1:9: the file seems cut short: it ends in the middle of a text in quotes; export the file again'],
    ['"x', '1:3: the file seems cut short: it ends in the middle of a text in quotes; export the file again'],
    [
      '{"a": [{"b": 1',
      '1:15: the file seems cut short: it ends with 3 lists and objects still open (}]} missing); export the file again',
    ],
    ['{"a": }', '1:7: a value is missing here: write one, e.g. "" or null'],
    ['[1,,2]', '1:4: a value is missing here: write one, e.g. "" or null'],
    [
      '{"a": True}',
      '1:7: True is not a JSON value: write text in double quotes ("True"), a number, true, false or null',
    ],
    [
      '{"a": 012}',
      '1:7: the number 012 is written wrongly: write it as 12 or 1.5 (a point before decimals, no leading zero), or as text in double quotes',
    ],
    ['{"a" 1}', '1:6: a colon is missing after the name "a": write "a": and then its value'],
    ['[{"a": 1} {"b": 2}]', '1:11: a comma is missing before this item: write "," between two items'],
    ['{"a": [1}', '1:9: "}" does not close the open list: write "]"'],
    [
      '{"a": 1} {"b": 2}',
      '1:10: more text after the end of the JSON: remove it, or put all items in one list [ … , … ]',
    ],
  ])('%j', (text, said) => {
    expect(problem(text)).toBe(said);
  });

  it('is said in Vietnamese too', () => {
    expect(jsonSyntaxProblem('{\n  title: 1}')?.said.vi).toBe('tên title chưa đặt trong ngoặc kép: hãy viết "title"');
    expect(jsonSyntaxProblem('[{"a": "Gi')?.said.vi).toBe(
      'tệp có vẻ bị cắt cụt: tệp kết thúc giữa chừng một chuỗi trong ngoặc kép; hãy xuất lại tệp',
    );
  });

  it('finds none in valid JSON, and falls back to Node’s position when too deep to scan', () => {
    expect(jsonSyntaxProblem('{"a": [1, -2.5e3, "x\\n\\u00e9", true, null], "b": {}}')).toBeUndefined();
    const deep = `${'['.repeat(200_000)}x`;
    const found = jsonParseProblem(deep, new SyntaxError('Unexpected token in JSON at position 200000'));
    expect(found.offset).toBe(200_000);
  });
});
