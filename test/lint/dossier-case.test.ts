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
});
