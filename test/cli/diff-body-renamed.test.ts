import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A body renamed, its key and its name (a reorganisation renames the one-stop unit), with every step it did going
// with it: one change, at a rename's level (information, docs/diff.md "Why these levels"), with its steps counted.
// Before: the body said removed, the new one added, and each of its steps said to change body, a warning each.
const DIR = 'test/cli/fixtures/diff-body-renamed';
const sides = (name: string) => [join(DIR, name, 'a'), join(DIR, name, 'b')];

/** The change lines of a text report (the procedure's heading and the summary left out). */
const lines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('  '));

describe('diff: a body renamed in every step it does', () => {
  it('is one line saying so, at information, in both languages and as JSON', async () => {
    const vi = await runCli(['diff', ...sides('renamed')]);
    expect({ code: vi.code, stderr: vi.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(vi.stdout)).toEqual([
      '  thông tin     Thay đổi: Đơn vị TTHCC: Trung tâm Phục vụ hành chính công phường Kinh Bắc (bộ phận một cửa) → ' +
        'Trung tâm Hành chính công phường Kinh Bắc (bộ phận một cửa)  đổi tên đơn vị, ở cả 2 bước đơn vị thực hiện',
      // The document prints the new name: a new issue is due.
      '  cảnh báo      Chưa ghi nhận lần ban hành: 1 → 1  nội dung thay đổi nhưng lần ban hành không tăng',
    ]);
    const en = await runCli(['diff', '--lang', 'en', ...sides('renamed')]);
    expect(lines(en.stdout)[0]).toBe(
      '  info      Changed: body TTHCC: Trung tâm Phục vụ hành chính công phường Kinh Bắc (single window) → ' +
        'Trung tâm Hành chính công phường Kinh Bắc (single window)  body renamed, in the 2 steps it does',
    );
    const json = await runCli(['diff', '--format', 'json', ...sides('renamed')]);
    expect({ code: json.code, stderr: json.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes } = JSON.parse(json.stdout) as {
      changes: { kind: string; level: string; reason: string; field: string; renamedIn?: number }[];
    };
    expect(changes.map((c) => [c.kind, c.level, c.reason, c.field, c.renamedIn])).toEqual([
      ['field-changed', 'info', 'body-renamed', 'bodies.TTHCC', 2],
      ['revision-not-bumped', 'warning', 'not-raised', null, undefined],
    ]);
  });

  it('is one line where the steps name the body rather than a key of bodies', async () => {
    const result = await runCli(['diff', '--lang', 'en', '--fail-on', 'warning', ...sides('named')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' });
    expect(lines(result.stdout)).toEqual([
      '  info      Changed: body TTPVHCC: Bộ phận Một cửa (single window) → Trung tâm Phục vụ hành chính công ' +
        '(single window)  body renamed, in the 2 steps it does',
      '  warning   Revision not recorded: 1 → 1  content changed but the revision did not rise',
    ]);
  });

  it('is still a step handed to another body where the old body keeps some of its steps', async () => {
    const result = await runCli(['diff', '--lang', 'en', ...sides('handed')]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(result.stdout)).toEqual([
      '  info      Changed: body TTHCC: Trung tâm Hành chính công phường Kinh Bắc  added',
      '  warning   Responsible body (step 1 "Tiếp nhận yêu cầu"): BPTN (Bộ phận Tiếp nhận) → TTHCC (Trung tâm Hành ' +
        'chính công phường Kinh Bắc)',
      '  warning   Revision not recorded: 1 → 1  content changed but the revision did not rise',
    ]);
  });
});
