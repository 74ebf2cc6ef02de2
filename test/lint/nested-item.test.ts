import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fixFixture } from '../helpers/fix-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/nested-item');

describe('a list item written after two "- " (`- - • Nam …`), which YAML reads as a list inside the list', () => {
  it('says to write one "- " per item, with the item to write, and --fix writes it when the inner list is one text', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'one.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toContain(
      '  8:5   error  Item 1 is written after two "- ", which YAML reads as a list inside the list: write one "- " per item, e.g. - Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi  schema\n',
    );
    // Quoted, as the item must be: its colon would end a plain text's key.
    expect(lint.stdout).toContain(
      '  21:9  error  Item 1 is written after two "- ", which YAML reads as a list inside the list: write one "- " per item, e.g. - "Giấy tiếp nhận: bản chính"  schema\n',
    );
    // A dossier item may be text or a map: a list of one text there is that text too.
    expect(lint.stdout).toContain(
      '  11:5  error  Item 1 is written after two "- ", which YAML reads as a list inside the list: write one "- " per item, e.g. - Tờ khai đăng ký kết hôn  schema\n',
    );
    expect(lint.stdout).toContain('3 errors and 0 warnings potentially fixable');
    const vi = await runCli(['lint', join(FIXTURES, 'one.yaml')]);
    expect(vi.stdout).toContain(
      '  8:5   lỗi  Mục 1 được ghi sau hai dấu "- ", YAML hiểu là một danh sách trong danh sách: hãy viết mỗi mục một dấu "- ", ví dụ - Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi  schema\n',
    );
    const { result, again, text } = await fixFixture('nested-item', 'one');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('procmap: fixed 3 problems in p.yaml\n');
    // The item after one "- ", its bullet left out and its comment kept.
    expect(text).toContain(
      'conditions:\n  - Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi   # pasted from Word\n  - Việc kết hôn do nam và nữ tự nguyện quyết định\n',
    );
    expect(text).toContain('dossier:\n  - Tờ khai đăng ký kết hôn\n');
    expect(text).toContain('    outputs:\n      - "Giấy tiếp nhận: bản chính"\n');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('leaves two texts under the second "- " to the officer: one item or two', async () => {
    const lint = await runCli(['lint', '--lang', 'en', join(FIXTURES, 'several.yaml')]);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      '  8:5  error  Item 1 is written after two "- ", which YAML reads as a list inside the list: write one "- " per item, e.g. - Luật Hộ tịch 2014  schema\n',
    );
    expect(lint.stdout).not.toContain('fixable');
  });
});
