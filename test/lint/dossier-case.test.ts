import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('reads the other common wordings of a flat heading as the numbered one is read, and fixes them alike', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'flat-wordings.yaml')]);
    expect(lint.code).toBe(1);
    const heading = (at: string, heading: string, name: string) =>
      `${at}  error  "${heading}" is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: "${name}", case: "${heading}" }, or indent them under the case  schema\n`;
    expect(lint.stdout).toContain(
      heading('8:5 ', 'Trường hợp thứ nhất: Cá nhân', 'Tờ khai') +
        heading('  10:5', 'a) Trường hợp ủy quyền', 'Giấy ủy quyền') +
        heading('  12:5', 'TH3: Tổ chức', 'Quyết định thành lập') +
        heading('  14:5', 'Đối với tổ chức nước ngoài', 'Giấy phép') +
        // Typed with an input method's full-width colon: the case is written with ":".
        heading('  16:5', 'Trường hợp 5: Người đề nghị trực tiếp', 'Tờ khai'),
    );
    // A paper whose name holds "trường hợp" is no heading.
    expect(lint.stdout).not.toContain('7:5');
    const vi = await runCli(['lint', '--lang', 'vi', join(FIXTURES, 'flat-wordings.yaml')]);
    expect(vi.stdout).toContain(
      '"TH3: Tổ chức" là trường hợp đứng đầu các thành phần hồ sơ phía sau, không phải một giấy tờ: hãy ghi mỗi thành phần đó kèm trường hợp của nó, ví dụ - { name: "Quyết định thành lập", case: "TH3: Tổ chức" }',
    );
    const { result, again, dossier } = await fixed('flat-wordings');
    expect(dossier).toBe(
      [
        'dossier:',
        '  - Giấy tờ chứng minh trường hợp được miễn lệ phí (01 bản sao)',
        '  - name: Tờ khai',
        '    originals: 1',
        '    case: "Trường hợp thứ nhất: Cá nhân"',
        '  - name: Giấy ủy quyền',
        '    case: a) Trường hợp ủy quyền',
        '  - name: Quyết định thành lập',
        '    case: "TH3: Tổ chức"',
        '  - name: Giấy phép',
        '    case: Đối với tổ chức nước ngoài',
        '  - name: Tờ khai',
        '    originals: 1',
        '    case: "Trường hợp 5: Người đề nghị trực tiếp"',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
    expect(again.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('keeps a sub-numbered case heading as written, in the message and in what --fix writes', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'flat-subnumbered.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '7:5  error  "Trường hợp 1.1: Cá nhân đề nghị" is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: "Tờ khai", case: "Trường hợp 1.1: Cá nhân đề nghị" }, or indent them under the case  schema\n',
    );
    expect(lint.stderr).toBe('');
    const { result, again, dossier } = await fixed('flat-subnumbered');
    expect(dossier).toBe(
      [
        'dossier:',
        '  - name: Tờ khai',
        '    originals: 1',
        '    case: "Trường hợp 1.1: Cá nhân đề nghị"',
        '  - name: Giấy ủy quyền',
        '    originals: 1',
        '    case: "Trường hợp 1.2: Ủy quyền"',
        '',
      ].join('\n'),
    );
    expect(result).toMatchObject({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: 'procmap: fixed 2 problems in p.yaml\n',
    });
    expect(again.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('writes a heading’s case on its items up to one that gives its own case, a "*" before a heading read as a bullet', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'flat-before-own-case.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '7:5   error  "Đối với tổ chức nước ngoài" is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: "Văn bản đề nghị", case: "Đối với tổ chức nước ngoài" }, or indent them under the case  schema\n' +
        '  10:5  error  "Trường hợp nộp qua bưu chính" is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: "Phong bì có dán tem", case: "Trường hợp nộp qua bưu chính" }, or indent them under the case  schema\n' +
        '\n✖ 2 problems (2 errors, 0 warnings)\n' +
        '  2 errors and 0 warnings potentially fixable with the `--fix` option.\n',
    );
    const { result, again, dossier } = await fixed('flat-before-own-case');
    expect(dossier).toBe(
      [
        'dossier:',
        '  - name: Văn bản đề nghị',
        '    copies: 01 bản',
        '    case: Đối với tổ chức nước ngoài',
        '  - { name: Hộ chiếu, copies: 1, case: Người nước ngoài }',
        '  - name: Phong bì có dán tem',
        '    case: Trường hợp nộp qua bưu chính',
        '',
      ].join('\n'),
    );
    expect(result).toMatchObject({
      code: 0,
      stdout: '✔ 1 file checked, no problems\n',
      stderr: 'procmap: fixed 2 problems in p.yaml\n',
    });
    expect(again).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
  });

  it('keeps papers whose names hold "trường hợp" or "đối với" as papers', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'papers.yaml')]);
    expect(lint).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
  });

  it('says a heading with no items after it is a case with no papers, and asks of a line that ends with a colon', async () => {
    const file = join(FIXTURES, 'flat-empty.yaml');
    const lint = await runCli(['lint', '--lang', 'en', file]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '  7:5   error  "Trường hợp 1: Cá nhân" is a case heading with no dossier items after it, not a document: write the papers of that case after it, each with its case, e.g. - { name: "Tờ khai", case: "Trường hợp 1: Cá nhân" }, or remove the heading  schema\n' +
        '  8:5   error  "Trường hợp 2: Tổ chức" is a case heading the dossier items after it, not a document: write each of those items with its case, e.g. - { name: "Tờ khai", case: "Trường hợp 2: Tổ chức" }, or indent them under the case  schema\n' +
        '  10:5  error  "Trường hợp 3" is a case heading with no dossier items after it, not a document: write the papers of that case after it, each with its case, e.g. - { name: "Tờ khai", case: "Trường hợp 3" }, or remove the heading  schema\n' +
        '  11:5  error  "Giấy tờ khác:" ends with a colon, as a heading does, not a document’s name: if it heads a case, write that case on each of its items in its place, e.g. - { name: "Giấy phép", case: "Giấy tờ khác" }; if it is a document, write its name without the colon  schema\n' +
        '\n✖ 4 problems (4 errors, 0 warnings)\n' +
        '  1 error and 0 warnings potentially fixable with the `--fix` option.\n',
    );
    const vi = await runCli(['lint', '--lang', 'vi', file]);
    expect(vi.stdout).toContain(
      '"Trường hợp 1: Cá nhân" là tiêu đề một trường hợp nhưng không có thành phần hồ sơ nào phía sau, không phải một giấy tờ: hãy ghi các giấy tờ của trường hợp đó ngay sau nó, mỗi giấy tờ kèm trường hợp, ví dụ - { name: "Tờ khai", case: "Trường hợp 1: Cá nhân" }, hoặc xóa dòng tiêu đề',
    );
    expect(vi.stdout).toContain(
      '"Giấy tờ khác:" kết thúc bằng dấu hai chấm như một tiêu đề, không như tên giấy tờ: nếu đó là một trường hợp, hãy ghi trường hợp ấy ở từng giấy tờ của nó thay cho dòng này, ví dụ - { name: "Giấy phép", case: "Giấy tờ khác" }; nếu đó là một giấy tờ, hãy ghi tên không có dấu hai chấm',
    );
    // --fix writes the case of the items it can, and leaves the headings with none for the officer: never a paper.
    const { result, again, dossier } = await fixed('flat-empty');
    expect(dossier).toBe(
      [
        'dossier:',
        '  - Trường hợp 1: Cá nhân',
        '  - name: Tờ khai',
        '    originals: 1',
        '    case: "Trường hợp 2: Tổ chức"',
        '  - Trường hợp 3:',
        '  - Giấy tờ khác:',
        '  - Giấy phép',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(
      '7:5   error  "Trường hợp 1: Cá nhân" is a case heading with no dossier items after it',
    );
    const out = mkdtempSync(join(tmpdir(), 'procmap-dossier-case-'));
    const doc = await runCli(['doc', '--lang', 'en', '-f', 'md', '-o', out, file]);
    expect(doc.code).toBe(1);
    expect(doc.stderr).toContain('"Trường hợp 1: Cá nhân" is a case heading with no dossier items after it');
    expect(readdirSync(out)).toEqual([]);
  });

  it('reads "TH1:" and a lettered "a) Trường hợp …:" with items under them as their case too', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'nested-wordings.yaml')]);
    expect(lint.stdout).toContain(
      '7:5  error  A case is written on each of its dossier items, not as a heading above them: write each item with its case, e.g. - { name: "Tờ khai", case: "TH1" }  schema\n',
    );
    const { again, dossier } = await fixed('nested-wordings');
    expect(dossier).toBe(
      [
        'dossier:',
        '  - name: Tờ khai',
        '    originals: 1',
        '    case: TH1',
        '  - name: Giấy ủy quyền',
        '    case: a) Trường hợp ủy quyền',
        '',
      ].join('\n'),
    );
    expect(again.stdout).toBe('✔ 1 file checked, no problems\n');
  });
});
