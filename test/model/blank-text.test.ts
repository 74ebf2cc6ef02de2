import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printsNothing } from '../../src/model/control-characters.js';
import { loadFile } from '../../src/model/load.js';
import { validateProcedure } from '../../src/model/schema.js';
import { ROOT } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/blank-text');

/** A fixture as the loader reads it. */
const loaded = (name: string) => loadFile(`${name}.yaml`, readFileSync(join(FIXTURES, `${name}.yaml`)));

/** The data read from a YAML text. */
const read = (text: string) => loadFile('p.yaml', Buffer.from(text)).data;

describe('the loader reads an invisible character written as an escape as one written as it is', () => {
  it('reads a zero-width space alone, escaped, as an empty text', () => {
    expect(read('name: "\\u200b"\n')).toEqual({ name: '' });
    expect(read('name: "\u200b"\n')).toEqual({ name: '' });
  });

  it('reads the escapes of each length, in values and keys, without their invisible characters', () => {
    expect(read('name: "Thẩm\\xadđịnh"\n"ti\\u200btle": "\\U0000200bA\\u202e"\n')).toEqual({
      name: 'Thẩmđịnh',
      title: 'A',
    });
    // An escape of a visible character, and a backslash before one (a Windows path), read as before.
    expect(read('a: "C:\\\\u200b\\\\x"\nb: "\\u00e0"\n')).toEqual({ a: 'C:\\u200b\\x', b: 'à' });
  });
});

describe('a text that prints as nothing', () => {
  it.each([
    ['spaces', '   '],
    ["Word's line break", '\v'],
    ['a C1 control', '\u0080'],
    ['next line', '\u0085'],
    ['DEL and NUL', '\u007f\u0000'],
    ['an invisible character', '\u200b'],
    ['controls, invisible characters and spaces', ' \u0080\u00ad\u2028\u00a0'],
  ])('%s prints nothing', (_name, text) => {
    expect(printsNothing(text)).toBe(true);
  });

  it.each([
    ['an empty text (the schema tells it)', ''],
    ['a word after a control', '\u0080Thẩm định'],
    ["a Windows-1252 quote pasted as C1, which prints as '“'", '\u0093'],
    ['a Windows-1252 dash pasted as C1', ' \u0097 '],
    ['a letter', 'a'],
  ])('%s prints something', (_name, text) => {
    expect(printsNothing(text)).toBe(false);
  });

  it("is refused in the schema's own words, at the value", () => {
    const source = loaded('c1-name');
    expect(validateProcedure(source.data, 'vi')).toEqual([
      { path: ['steps', 1, 'name'], target: 'value', message: '"name" không được để trống', blank: true },
    ]);
    expect(validateProcedure(loaded('controls-title').data, 'en').map((p) => [p.path, p.message])).toEqual([
      [['title'], '"title" must not be empty'],
    ]);
  });
});
