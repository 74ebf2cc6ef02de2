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

describe('a case of a decision followed by items that are no step ({ Hợp lệ: sign, trả, thu })', () => {
  it('is told once, at the first such item, with both readings and what to write for each', async () => {
    const text = fixture('case-bare-items.yaml');
    const { diagnostics } = lint([loadFile('p.yaml', Buffer.from(text))], { lang: 'en' });
    // Before: '15:27 empty cannot be a step id …' and '15:32 empty cannot be a step id …'.
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '15:27 schema The case "Hợp lệ" is followed by "trả" and "thu" without a step: inside { } a comma ends a case\'s step, so it is not clear whether these are more steps for "Hợp lệ" or cases without their step. More steps: a case leads to one step; add a step for the case with next: [sign, trả, thu] and write its id for "Hợp lệ", or split the case, e.g. { Hợp lệ – case 1: sign, Hợp lệ – case 2: trả, Hợp lệ – case 3: thu }. A case: write its step after the colon, e.g. trả: B3',
    ]);
    // Which reading is meant is the officer's to say: no fix.
    expect(diagnostics.filter((d) => d.fix !== undefined)).toEqual([]);
    const result = await runCli(['lint', join(ROOT, DIR, 'case-bare-items.yaml')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(result.stdout).toContain(
      '15:27  lỗi  Sau trường hợp "Hợp lệ" có "trả" và "thu" nhưng không ghi bước: trong { }, dấu phẩy kết thúc bước của một trường hợp',
    );
    expect(result.stdout).not.toContain('không dùng được làm mã bước');
    expect(result.stdout.match(/ lỗi /g)).toHaveLength(1);
  });
});
