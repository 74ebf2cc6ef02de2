import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile, localised } from '../../src/model/load.js';
import { mayHaveCollectionKeys } from '../../src/model/collection-keys.js';
import { procmap, ROOT } from '../helpers/cli.js';

const FIXTURES = 'test/model/fixtures/collection-keys';
const load = (name: string) => loadFile(name, readFileSync(join(ROOT, FIXTURES, name)));

describe('a key written as a list or a map', () => {
  it('is refused where it stands, as written, in both languages', () => {
    const cases = [
      ['list-key.yaml', 10, 3, '"[a, b]" is a list', 'a: …'],
      ['map-key.yaml', 7, 5, '"{A: 1}" is a map', 'A: …'],
      ['flow-key.yaml', 6, 39, '"[TP, HT]" is a list', 'TP: …'],
    ] as const;
    for (const [name, line, column, what, example] of cases) {
      const loaded = load(name);
      expect(loaded.data, name).toBeUndefined();
      expect(
        loaded.diagnostics.map((d) => [d.line, d.column, d.severity, d.rule]),
        name,
      ).toEqual([[line, column, 'error', 'parse']]);
      expect(loaded.diagnostics[0]!.message).toBe(
        `The key ${what}; a key must be a plain name: write one name before the ":", e.g. ${example}`,
      );
    }
    expect(localised(load('list-key.yaml').diagnostics[0]!, 'vi').message).toBe(
      'Khóa "[a, b]" là một danh sách; khóa phải là một tên đơn giản: hãy viết một tên trước dấu ":", ví dụ a: …',
    );
  });

  it('is told by lint with nothing on stderr: no warning of Node, no "[object Object]"', () => {
    const result = procmap(['lint', '--lang', 'en', `${FIXTURES}/list-key.yaml`, `${FIXTURES}/map-key.yaml`]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        `${FIXTURES}/list-key.yaml`,
        '  10:3  error  The key "[a, b]" is a list; a key must be a plain name: write one name before the ":", e.g. a: …  parse',
        '',
        `${FIXTURES}/map-key.yaml`,
        '  7:5  error  The key "{A: 1}" is a map; a key must be a plain name: write one name before the ":", e.g. A: …  parse',
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '  Some rules have not yet checked 2 files with the problems above: they run once those are fixed.',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
  });

  it('is looked for only where YAML could read one: a "?" starting a line, or ":" after a bracket or brace', () => {
    expect(mayHaveCollectionKeys('a: Có phải không? Có.\nnext: [B2]\nb: {x: 1}\n- {id: B1}\n')).toBe(false);
    expect(mayHaveCollectionKeys('? [a]\n: b\n')).toBe(true);
    expect(mayHaveCollectionKeys('  - ? x\n')).toBe(true);
    expect(mayHaveCollectionKeys('{a: 1}: b\n')).toBe(true);
  });
});
