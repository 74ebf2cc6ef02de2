import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/dossier-case');

/** `lint --fix` on a copy of a fixture: the run, a lint of the result, and the dossier it left. */
async function fixed(name: string, lang: 'en' | 'vi' = 'en') {
  const { text, ...run } = await fixFixture('dossier-case', name, lang);
  return { ...run, dossier: text.slice(text.indexOf('dossier:'), text.indexOf('steps:')) };
}

describe('lint --fix on dossier items laid out by case', () => {
  it('writes each item with its case and keeps every comment, the case’s with its first item', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const { result, again, dossier } = await fixed('comments', lang);
      expect(dossier).toBe(
        [
          'dossier:',
          '  - name: Tờ khai   # mẫu 01',
          '    case: Trường hợp 1   # theo QĐ 1234/QĐ-UBND',
          '  - name: Giấy khai sinh',
          '    case: Trường hợp 1',
          '',
        ].join('\n'),
      );
      expect(result.code).toBe(0);
      expect(result.stderr).toBe(
        lang === 'en' ? 'procmap: fixed 1 problem in p.yaml\n' : 'procmap: đã sửa 1 vấn đề trong p.yaml\n',
      );
      expect(again.code).toBe(0);
    }
  });

  it('takes every item form a dossier has at the top level under a case: counts, kinds of copy, maps', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'item-forms.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '8:5   error  A case is written on each of its dossier items, not as a heading above them: write each item with its case, e.g. - { name: "Tờ khai", case: "Trường hợp 1" }  schema\n' +
        '  11:5  error  A case is written on each of its dossier items, not as a heading above them: write each item with its case, e.g. - { name: "Điều lệ", case: "Trường hợp 2" }  schema\n',
    );
    expect(lint.stdout).not.toContain('Missing required property');
    const { result, again, dossier } = await fixed('item-forms');
    expect(dossier).toBe(
      [
        'dossier:',
        '  - Giấy đề nghị   # chung cho mọi trường hợp',
        '  - name: Tờ khai',
        '    originals: 1',
        '    case: Trường hợp 1',
        '  - name: Giấy khai sinh',
        '    copies: Bản sao có chứng thực',
        '    case: Trường hợp 1',
        '  # QĐ 2',
        '  # bản đã ký',
        '  - { name: Điều lệ, copies: 2, case: Trường hợp 2 }   # dự thảo',
        '  - name: Giấy phép   # bản cũ',
        '    form: Mẫu 02',
        '    case: Trường hợp 2',
        '  - name: Sổ hộ khẩu',
        '    copies: 01 bản sao',
        '    case: Trường hợp 2',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('procmap: fixed 2 problems in p.yaml\n');
    expect(again.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('reads a case heading written flat among the items as the case of the items after it, and writes each with it', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'flat.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '8:5   error  "Trường hợp 1: Người đề nghị trực tiếp" is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: "Đơn đề nghị", case: "Trường hợp 1: Người đề nghị trực tiếp" }, or indent them under the case  schema\n' +
        '  11:5  error  "Trường hợp 2" is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: "Đơn đề nghị", case: "Trường hợp 2" }, or indent them under the case  schema\n',
    );
    expect(lint.stdout).not.toContain('Missing required property');
    const vi = await runCli(['lint', '--lang', 'vi', join(FIXTURES, 'flat.yaml')]);
    expect(vi.stdout).toContain(
      '"Trường hợp 2" là trường hợp đứng đầu các thành phần hồ sơ phía sau, không phải một giấy tờ: hãy ghi mỗi thành phần đó kèm trường hợp của nó, ví dụ - { name: "Đơn đề nghị", case: "Trường hợp 2" }, hoặc thụt lề các thành phần vào dưới trường hợp',
    );
    expect(vi.stdout).not.toContain('Thiếu trường bắt buộc');
    const { result, again, dossier } = await fixed('flat');
    expect(dossier).toBe(
      [
        'dossier:',
        '  - Tờ khai chung',
        '  - name: Đơn đề nghị',
        '    originals: 1',
        '    case: "Trường hợp 1: Người đề nghị trực tiếp"',
        '  - { name: Điều lệ, copies: 2, case: "Trường hợp 1: Người đề nghị trực tiếp" }',
        '  - name: Đơn đề nghị',
        '    originals: 1',
        '    case: Trường hợp 2',
        '  - name: Giấy ủy quyền',
        '    case: Trường hợp 2',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
    expect(again.stdout).toBe('✔ 1 file checked, no problems\n');
  });
});
