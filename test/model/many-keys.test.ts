import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/format/stylish.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';

// Maps of tens of thousands of keys, as a hostile or broken file may hold: each problem is placed and told in time
// linear in the file (a step per key against every key before it took minutes at this size). Not a speed test (speed
// lives in `npm run bench`): the linear code takes seconds here, more on a loaded CI machine, and the timeout of 120 s
// only catches the quadratic code, which the sizes put past it.
const KEYS = 20_000;
// 20,000 unknown keys of a block map took 37 s with a step per key against every key before it: twice as many take
// four times that, past the timeout.
const UNKNOWN_KEYS = 2 * KEYS;
const HEAD = 'id: QT-A\ntitle: Thủ tục A\nrevision: 1\neffective: 2026-07-01\ntime_limit: 3d\n';
const keys = (count: number, each: (i: number) => string) => Array.from({ length: count }, (_, i) => each(i)).join('');

function lintText(text: string) {
  return lint([loadFile('many.yaml', Buffer.from(text))], { lang: 'en' }).diagnostics;
}

describe('maps of many keys', { timeout: 120_000 }, () => {
  // Keys of a block map without values: unknown keys, not the rest of a value a comma in braces cut short.
  let unknownKeys: ReturnType<typeof lintText> | undefined;
  const blockKeys = () => (unknownKeys ??= lintText(HEAD + keys(UNKNOWN_KEYS, (i) => `k${i}:\n`)));

  it('place every unknown key of a procedure at its line', () => {
    const diagnostics = blockKeys();
    const unknown = diagnostics.filter((d) => d.message.startsWith('Unknown property'));
    expect(unknown).toHaveLength(UNKNOWN_KEYS);
    expect(unknown.at(-1)).toMatchObject({ line: 5 + UNKNOWN_KEYS, column: 1 });
  });

  it('tell a run of keys a comma in braces cut off, each message short', () => {
    const run = keys(KEYS, (i) => `, k${i}`);
    const text = `${HEAD}bodies: { A: { name: UBND xã } }\nsteps:\n  - { id: B1, name: Tiếp nhận${run}, body: A, duration: 2h }\n`;
    const diagnostics = lintText(text);
    expect(diagnostics).toHaveLength(KEYS);
    expect(diagnostics.every((d) => d.line === 8 && d.message.length < 400)).toBe(true);
    // One fix joins the whole run.
    expect(diagnostics.filter((d) => d.fix)).toHaveLength(1);
  });

  it('find a key written twice after many others', () => {
    const diagnostics = lintText(HEAD + keys(KEYS, (i) => `k${i}: 1\n`) + 'title: B\n');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      `${6 + KEYS}:1 Duplicate key "title"; a key may appear once in a map`,
    ]);
  });

  it('tell each of ten thousand steps without an id the id to write', () => {
    // Each schema problem was checked against a list of every step's duration: minutes at this size.
    const steps = keys(KEYS / 2, (i) => `  - name: Bước ${i}\n    body: A\n    duration: 1h\n`);
    const missing = lintText(`${HEAD}steps:\n${steps}`).filter((d) => d.message.startsWith('Missing required'));
    expect(missing).toHaveLength(KEYS / 2);
    expect(missing.at(-1)).toMatchObject({
      line: 7 + 3 * (KEYS / 2 - 1),
      message: expect.stringContaining('id: B10000'),
    });
  });

  it('are reported in the stylish format without overflowing the call stack', () => {
    const many = Array.from({ length: 10 }, () => blockKeys()).flat();
    const out = stylish({ diagnostics: many, files: 1 }, { lang: 'en', color: false, cwd: '/' });
    expect(out.split('\n').length).toBeGreaterThan(many.length);
  });
});
