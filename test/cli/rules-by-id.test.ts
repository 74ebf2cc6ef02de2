import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('procmap rules <ids>', () => {
  it('shows the rules named, with their page, as an officer asks after reading an id at the end of a problem', async () => {
    // Before: "thừa tham số; lệnh nhận 0 tham số nhưng được 1", exit 2.
    const vi = await runCli(['rules', 'within-time-limit', '--lang', 'vi']);
    expect([vi.code, vi.stderr]).toEqual([0, '']);
    expect(vi.stdout).toBe(
      [
        'Quy tắc            Mức độ  Bộ                         Sửa  Mô tả',
        'within-time-limit  lỗi     khuyên dùng (recommended)       Tổng thời gian theo đường găng không được vượt thời hạn giải quyết',
        'Tài liệu within-time-limit: https://github.com/procmap/procmap/blob/main/docs/rules/within-time-limit.md',
        '',
      ].join('\n'),
    );
    // In the order named, an id in other letter case read as the rule, and JSON for scripts alike.
    const json = await runCli(['rules', 'nfc', 'Unused-Body', '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    expect((JSON.parse(json.stdout).rules as { id: string }[]).map((rule) => rule.id)).toEqual(['nfc', 'unused-body']);
  });

  it('refuses an id that names no rule, with the closest one, and writes nothing', async () => {
    const vi = await runCli(['rules', 'within-time-limt', '--lang', 'vi']);
    expect([vi.code, vi.stdout]).toEqual([2, '']);
    expect(vi.stderr).toBe(
      'procmap: Không có quy tắc "within-time-limt"; có phải là "within-time-limit"? (procmap rules liệt kê mọi quy tắc)\n',
    );
    const en = await runCli(['rules', 'nfc', 'xyzabc', '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe('procmap: There is no rule "xyzabc" (procmap rules lists every rule)\n');
  });

  it('reads an id as copied from a document or a terminal: another dash, a zero-width space, quotes, brackets', async () => {
    const ids = ['within‐time–limit', 'nfc​', '(ambiguous-days)', '“unused-body”', ' Unused‑Body'];
    const json = await runCli(['rules', ...ids, '--format', 'json']);
    expect([json.code, json.stderr]).toEqual([0, '']);
    expect((JSON.parse(json.stdout).rules as { id: string }[]).map((rule) => rule.id)).toEqual([
      'within-time-limit',
      'nfc',
      'ambiguous-days',
      'unused-body',
    ]);
  });

  it('refuses an empty id as a missing rule id (it asked for a path), and shows a control character escaped', async () => {
    const empty = await runCli(['rules', 'nfc', ' ', '--lang', 'vi']);
    expect([empty.code, empty.stdout]).toEqual([2, '']);
    expect(empty.stderr).toBe(
      'procmap: Tham số thứ 2 bị trống: hãy ghi mã quy tắc, ví dụ procmap rules within-time-limit\n',
    );
    const en = await runCli(['rules', '', '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toBe("procmap: Argument 1 is empty: write a rule's id, e.g. procmap rules within-time-limit\n");
    const newline = await runCli(['rules', 'a\nb', '--lang', 'en']);
    expect(newline.stderr).toBe('procmap: There is no rule "a\\nb" (procmap rules lists every rule)\n');
  });
});
