import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// "B2 hoặc B3" beside a parallel step: no output may print the "or" as work done at once.
const DIR = 'test/cli/fixtures/choice-in-parallel';
const LIST = `${DIR}/list.yaml`;

const MESSAGE_VI =
  'Bước tiếp theo "B2 hoặc B3" vừa chọn một trong các bước B2 và B3, vừa chuyển đồng thời sang B6, nhưng procmap không ghi được một lựa chọn nằm trong các nhánh làm đồng thời: hãy thêm một bước quyết định chọn giữa B2 và B3, với next: { Trường hợp 1: B2, Trường hợp 2: B3 } (ghi tên từng trường hợp), rồi ở đây ghi next: [mã bước đó, B6]; nếu mọi bước đều làm đồng thời, hãy ghi next: [B2, B3, B6]';

describe('a choice of steps beside a parallel one (CLI)', () => {
  it('is an error at the list item, saying how to write it', async () => {
    const result = await runCli(['lint', LIST]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${LIST}\n  13:63  lỗi  ${MESSAGE_VI}  schema\n\n✖ 1 vấn đề (1 lỗi, 0 cảnh báo)\n  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa.\n`,
    );
  });

  it('says it in English too', async () => {
    const result = await runCli(['lint', '--lang', 'en', LIST]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `  13:63  error  Next step "B2 hoặc B3" both takes one of B2 and B3 and goes on to B6 in parallel, and procmap cannot keep a choice inside parallel branches: add a step that decides between B2 and B3, with next: { Case 1: B2, Case 2: B3 } (naming each case), and write next: [that step's id, B6] here; if all of them are done in parallel, write next: [B2, B3, B6]  schema\n`,
    );
  });

  it('makes no document that would print the choice as parallel work', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-choice-'));
    const result = await runCli(['doc', '-f', 'md', '-o', out, LIST]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `${LIST}:13:63: ${MESSAGE_VI} (schema)\n` +
        'procmap: không tạo tài liệu cho test/cli/fixtures/choice-in-parallel/list.yaml: hãy sửa các vấn đề ở trên (procmap lint liệt kê đầy đủ)\n',
    );
    expect(existsSync(join(out, 'QT-N-01.md'))).toBe(false);
  });

  it('accepts the file written as the error asks, a deciding step beside the parallel one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'procmap-choice-'));
    const result = await runCli(['doc', '-f', 'md', '-o', out, `${DIR}/decided.yaml`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const rows = readFileSync(join(out, 'QT-N-02.md'), 'utf8');
    // Every id is the officer's step number (B1, B1a, B2 … B6): the rows say them, the deciding step's 1a included.
    expect(rows).toContain('| 1 | **Tiếp nhận**<br>Chuyển đồng thời: bước 1a, 6 |');
    expect(rows).toMatch(/\| 1a \| \*\*Phân loại hồ sơ\*\*<br>Hồ sơ đơn giản → bước 2; Hồ sơ phức tạp → bước 3 \|/);
  });
});

describe('a choice of steps named by a step whose id is a map', () => {
  it('is the schema error at that id, never an internal error', async () => {
    const file = `${DIR}/map-id.yaml`;
    const result = await runCli(['lint', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^ {2}14:9 {2}lỗi {2}một bảng khóa – giá trị không dùng được làm mã bước: /m);
    expect(result.stdout).toContain('✖ 1 vấn đề (1 lỗi, 0 cảnh báo)');
  });
});
