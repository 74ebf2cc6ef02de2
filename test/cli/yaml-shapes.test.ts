import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/yaml-shapes';

describe('procmap lint, a YAML structure error of a common shape', () => {
  it.each([
    [
      'item-under-item.yaml',
      '  5:1  lỗi  Dòng này thụt sâu hơn "- name: A" ở dòng 4 nên YAML hiểu là một phần của dòng đó: hãy viết "- name: B" thẳng cột với "- name: A" ở dòng 4 (thụt 2 dấu cách)  parse\n',
    ],
    [
      'key-deeper.yaml',
      '  6:1  lỗi  Dòng này thụt sâu hơn "name: A" ở dòng 5 nên YAML hiểu là một phần của dòng đó: hãy viết "body: X" thẳng cột với "name: A" ở dòng 5 (thụt 4 dấu cách)  parse\n',
    ],
    ['missing-colon.yaml', '  2:1  lỗi  Thiếu dấu ":" sau tên trường "title": hãy viết "title: Thử"  parse\n'],
    [
      'item-out-of-line.yaml',
      '  6:1  lỗi  Mục danh sách này không thẳng cột với mục phía trên: hãy viết "- name: B" thẳng cột với "- name: A" ở dòng 4 (thụt 2 dấu cách)  parse\n',
    ],
  ])('%s: says the line to write', async (file, line) => {
    const result = await runCli(['lint', `${DIR}/${file}`, '--lang', 'vi']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(line);
    // Never the quoted heading advice, which is wrong for two items of one list.
    expect(result.stdout).not.toContain('"name: A":');
  });

  it('says it in English too', async () => {
    const result = await runCli(['lint', `${DIR}/item-under-item.yaml`, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('write "- name: B" in line with "- name: A" on line 4 (2 spaces)');
  });
});
