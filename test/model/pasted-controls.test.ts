import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';

// Messages go to terminals and CI logs: a pasted line quoted back must not carry the file's control characters
// (a carriage return a cut left inside a line, found by the random pipeline test with seed 783309657).
const BASE = readFileSync(join(ROOT, 'procedures/xa/dang-ky-ket-hon.yaml'), 'utf8');

describe('pasted lines quoted in messages', () => {
  it.each([
    ['a carriage return inside the pasted item', '  1) Giấy\rkhai sinh'],
    ['a C1 control inside the pasted item', '  1) Giấy\u0085khai sinh'],
  ])('%s is shown escaped', (_name, pasted) => {
    const text = BASE.replace('dossier:\n', `dossier:\n  - Tờ khai\n${pasted}\n`);
    expect(text).not.toBe(BASE);
    const messages = loadFile('p.yaml', Buffer.from(text)).diagnostics.map((d) => d.message);
    expect(messages.join('\n')).toMatch(/among list items that start with "- "/);
    for (const message of messages) expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
