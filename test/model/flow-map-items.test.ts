import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/flow-map-items';
const fixture = (name: string) => readFileSync(join(ROOT, DIR, name), 'utf8');

describe('a whole number a comma in braces left as a key ({ name: A, 5, B })', () => {
  it('is told as a piece of the value it was cut from, with the whole value in quotes, at its place', () => {
    const text = fixture('number-item.yaml');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    // Before: "5" alone was the run (JavaScript puts whole-number keys first), so its example dropped what came after
    // it (name: "Tổ 1, 5"), and "Hộ tịch" was an unknown property; "Tổ 1, 5" was even read as a decimal comma.
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '8:21 "5" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Tổ 1, 5, Hộ tịch"',
      '8:24 "Hộ tịch" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Tổ 1, 5, Hộ tịch"',
      '9:26 "Tổ 3" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Văn phòng, Tổ 3, 2"',
      '9:32 "2" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Văn phòng, Tổ 3, 2"',
      '16:34 "5" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Thẩm định, 5, ký"',
      '16:37 "ký" has no value: inside { } a comma ends the value of "name"; to keep the comma, put the text in quotes, e.g. name: "Thẩm định, 5, ký"',
    ]);
    // One --fix puts each whole value in quotes (before: "Tổ 1, 5" first, then "Hộ tịch" on a second run).
    const fixed = applyFixes(
      text,
      diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])),
    );
    expect(fixed.split('\n').filter((line) => line.includes('{'))).toEqual([
      '  TNTKQ: { name: Bộ phận Tiếp nhận và Trả kết quả, single_window: true }',
      '  TP: { name: "Tổ 1, 5, Hộ tịch" }',
      '  VP: { name: "Văn phòng, Tổ 3, 2" }',
      '  - { id: sign, name: "Thẩm định, 5, ký", body: TP, duration: 4h, next: [return] }',
    ]);
    expect(lint([loadFile('p.yaml', Buffer.from(fixed))]).diagnostics).toEqual([]);
  });

  it('is said in Vietnamese by the command, exit 1, the file unchanged', async () => {
    const result = await runCli(['lint', join(ROOT, DIR, 'number-item.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '8:21   lỗi  "5" không có giá trị: trong { }, dấu phẩy kết thúc giá trị của "name"; để giữ dấu phẩy, hãy đặt cả câu trong ngoặc kép, ví dụ name: "Tổ 1, 5, Hộ tịch"  schema',
    );
    expect(result.stdout).toContain(
      '8:24   lỗi  "Hộ tịch" không có giá trị: trong { }, dấu phẩy kết thúc giá trị của "name"; để giữ dấu phẩy, hãy đặt cả câu trong ngoặc kép, ví dụ name: "Tổ 1, 5, Hộ tịch"  schema',
    );
    expect(readFileSync(join(ROOT, DIR, 'number-item.yaml'), 'utf8')).toBe(fixture('number-item.yaml'));
  });
});
