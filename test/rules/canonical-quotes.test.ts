import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixedFixture, testRule } from '../helpers/rule-tester.js';
import { unquotedValue } from '../../src/model/typographic-quotes.js';

const EMPTY_TITLE = [
  'id: QT-P-01',
  'title: “”',
  'revision: 1',
  'effective: 2025-07-01',
  'time_limit: 5d',
  'bodies: { TN: { name: Bộ phận Tiếp nhận và Trả kết quả, single_window: true } }',
  'steps:',
  '  - { id: B1, name: Tiếp nhận, body: TN, duration: 4h }',
  '',
].join('\n');

const quotes = (line: number, column: number, text: string) => ({
  line,
  column,
  message: `The quotes “…” around "${text}" are not part of the value: write ${text}`,
  vi: `Dấu nháy “…” quanh "${text}" không thuộc giá trị: hãy viết ${text}`,
});

testRule('canonical-quotes', {
  'invalid-pasted.yaml': [
    quotes(2, 8, 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp'),
    quotes(3, 7, '1.002804'),
    quotes(5, 12, '01/03/2025'),
    quotes(6, 8, 'Cấp tỉnh'),
    quotes(8, 19, 'Không'),
    quotes(9, 9, '15:00'),
    quotes(11, 5, 'Đơn đề nghị đổi giấy phép lái xe'),
    quotes(16, 68, 'B2'),
    quotes(17, 21, 'Trả kết quả'),
  ],
  // Each value told with the marks it was written between: all were told “…”, which the officer looked for in vain.
  'invalid-single-quotes.yaml': [
    {
      line: 3,
      column: 8,
      message:
        'The quotes ‘…’ around "Cấp lại giấy phép lái xe" are not part of the value: write Cấp lại giấy phép lái xe',
      vi: 'Dấu nháy ‘…’ quanh "Cấp lại giấy phép lái xe" không thuộc giá trị: hãy viết Cấp lại giấy phép lái xe',
    },
    {
      line: 6,
      column: 8,
      message: 'The quotes «…» around "Cấp tỉnh" are not part of the value: write Cấp tỉnh',
      vi: 'Dấu nháy «…» quanh "Cấp tỉnh" không thuộc giá trị: hãy viết Cấp tỉnh',
    },
  ],
});

describe('rule canonical-quotes', () => {
  it('writes each value without its typographic quotes, in straight quotes where YAML needs them', () => {
    expect(fixedFixture('canonical-quotes', 'invalid-pasted.yaml').split('\n').slice(0, 17)).toEqual([
      'id: QT-GT-01',
      'title: Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
      'code: "1.002804"',
      'revision: 1',
      'effective: 01/03/2025',
      'level: Cấp tỉnh',
      'time_limit: 05 ngày làm việc',
      'four_on_the_spot: Không # như văn bản gốc',
      'cutoff: "15:00"',
      'dossier:',
      '  - Đơn đề nghị đổi giấy phép lái xe',
      '  - Bản sao “Giấy phép lái xe” và “Giấy chứng nhận sức khỏe”',
      'bodies:',
      '  MC: { name: Bộ phận Một cửa, single_window: true }',
      'steps:',
      '  - { id: B1, name: Tiếp nhận hồ sơ, body: MC, duration: 4h, next: B2 }',
      '  - { id: B2, name: Trả kết quả, body: MC, duration: 4h }',
    ]);
  });

  it('reads a pair that wraps the whole value, never quotes that are part of the text', () => {
    expect(unquotedValue('“01/03/2025”')).toBe('01/03/2025');
    expect(unquotedValue('”Cấp xã”')).toBe('Cấp xã');
    expect(unquotedValue('«B4»')).toBe('B4');
    expect(unquotedValue('“Cửa hàng “Hoa Sen””')).toBe('Cửa hàng “Hoa Sen”');
    expect(unquotedValue('“A” và “B”')).toBeUndefined();
    expect(unquotedValue('“Tờ khai” (mẫu 01)')).toBeUndefined();
    expect(unquotedValue('Trường “Hoa Sen”')).toBeUndefined();
    expect(unquotedValue('”A” và ”B”')).toBeUndefined();
    expect(unquotedValue('“Lê Văn ”Tư” An”')).toBeUndefined();
  });

  it('reads an empty pair as the empty text, which a field refuses as it refuses ""', () => {
    expect(unquotedValue('“”')).toBe('');
    expect(unquotedValue('“ ”')).toBe('');
    expect(unquotedValue('«»')).toBe('');
  });
});

describe('procmap lint on a value written as an empty pair of typographic quotes', () => {
  it('says the field is empty, as for "", in both languages, and prints no document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-quotes-'));
    writeFileSync(join(dir, 'p.yaml'), EMPTY_TITLE);
    const en = await runCli(['lint', '--lang', 'en', 'p.yaml'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stdout).toBe(
      'p.yaml\n  2:8  error  "title" must not be empty  schema\n\n✖ 1 problem (1 error, 0 warnings)\n' +
        '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed.\n',
    );
    const vi = await runCli(['lint', 'p.yaml'], { cwd: dir, env: { PROCMAP_LANG: undefined } });
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('2:8  lỗi  "title" không được để trống  schema');
    const doc = await runCli(['doc', '-f', 'md', '-o', 'out', 'p.yaml'], { cwd: dir });
    expect(doc.code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
