import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// What `lint --fix` writes in the default preset is the same procedure said canonically: a review that diffs the file
// before and after it must not be told to record a new issue (revision-not-bumped), nor fail `--fail-on warning`.
// Files pasted from "Quyết định công bố" annexes (step numbers in names, bare days) and the rules' own fixtures.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILES = [
  'test/cli/fixtures/fix-then-diff/ban-le-ruou.yaml',
  'test/cli/fixtures/fix-then-diff/bieu-dien-nghe-thuat.yaml',
  'test/rules/fixtures/control-characters/invalid-raw.yaml',
  'test/rules/fixtures/control-characters/invalid-windows-1252.yaml',
  'test/rules/fixtures/ambiguous-days/invalid-case.yaml',
  'test/rules/fixtures/ambiguous-days/invalid-breakdown.yaml',
  'test/rules/fixtures/ambiguous-days/invalid-excluded.yaml',
];

describe('diff after lint --fix is quiet', () => {
  it.each(FILES)('%s: the fixed file differs in wording only, exit 0 under --fail-on warning', async (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-fix-then-diff-'));
    const [before, after] = [join(dir, 'before'), join(dir, 'after')];
    mkdirSync(before);
    mkdirSync(after);
    copyFileSync(join(ROOT, file), join(before, basename(file)));
    copyFileSync(join(ROOT, file), join(after, basename(file)));
    await runCli(['lint', '--fix', after]);
    // The fix changed the file: otherwise the diff below proves nothing.
    expect(readFileSync(join(after, basename(file)), 'utf8')).not.toBe(readFileSync(join(ROOT, file), 'utf8'));
    const result = await runCli(['diff', '--fail-on', 'warning', before, after]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).not.toContain('Chưa ghi nhận lần ban hành');
    expect(result.stdout).toContain(', 0 cảnh báo,');
  });

  it('a step number taken off a name is said as wording, "chỉ sửa chữ"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-fix-then-diff-'));
    const file = join(ROOT, 'test/cli/fixtures/fix-then-diff/ban-le-ruou.yaml');
    mkdirSync(join(dir, 'after'));
    copyFileSync(file, join(dir, 'after', 'ban-le-ruou.yaml'));
    await runCli(['lint', '--fix', join(dir, 'after')]);
    const result = await runCli(['diff', file, join(dir, 'after', 'ban-le-ruou.yaml')]);
    expect(result.stdout).toContain(
      '  thông tin     Đổi tên bước (bước 3): Bước 3: Trình ký → Trình ký  chỉ sửa chữ, nội dung không đổi',
    );
  });
});
