import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { loadFile } from '../../src/model/load.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/unchecked');
// body-key.yaml declares a body "LĐ", which the rules that read bodies do not read past (the others run); checked.yaml is the same procedure with "LD".
const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-unchecked-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
};

const NOTE = {
  en: '  Some rules have not yet checked 1 file with the problems above: they run once those are fixed, and `--fix` may then fix more.\n',
  vi: '  Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và --fix có thể sửa thêm.\n',
};

describe('files the rules did not check', () => {
  it('are the files whose shape stopped the rules, in the lint result', () => {
    const load = (name: string) => loadFile(name, Buffer.from(`id: [\nbroken`));
    const result = lint([load('a.yaml'), loadFile('b.yaml', Buffer.from('id: QT-1\n'))]);
    expect(result.unchecked).toEqual(['a.yaml', 'b.yaml']);
    expect(lint([]).unchecked).toEqual([]);
  });

  it('are said to hold more that --fix may fix, beside the count of what it can fix now (en, vi)', async () => {
    const dir = copy();
    const en = await runCli(['lint', '--lang', 'en', 'body-key.yaml'], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stderr).toBe('');
    expect(en.stdout).toMatch(
      /\n✖ 18 problems \(2 errors, 16 warnings\)\n {2}1 error and 16 warnings potentially fixable with the `--fix` option\.\n/,
    );
    expect(en.stdout.endsWith(NOTE.en)).toBe(true);
    const vi = await runCli(['lint', '--lang', 'vi', 'body-key.yaml'], { cwd: dir });
    expect(vi.stdout).toContain('  1 lỗi và 16 cảnh báo có thể sửa tự động bằng tùy chọn --fix.\n');
    expect(vi.stdout.endsWith(NOTE.vi)).toBe(true);
    // What --fix then says stays what it did: the first fix, and the spellings the rules found after it (the body key
    // and the step that writes it are one fix).
    const fixed = await runCli(['lint', '--lang', 'en', '--fix', 'body-key.yaml'], { cwd: dir });
    expect(fixed.stderr).toBe(
      'procmap: fixed 19 problems in body-key.yaml: the 17 lint reports, and 2 more that only showed once those were fixed\n',
    );
  });

  it('are not mentioned when the rules checked every file with a fix', async () => {
    const dir = copy();
    const result = await runCli(['lint', '--lang', 'en', 'checked.yaml'], { cwd: dir });
    expect(result.stdout).toContain('  0 errors and 16 warnings potentially fixable with the `--fix` option.\n');
    expect(result.stdout).not.toContain('have not yet checked');
  });

  it('are said when none of their problems can be fixed by --fix, without promising it more (en, vi)', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'missing.yaml'), 'id: QT-1\n');
    const result = await runCli(['lint', '--lang', 'en', 'missing.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /\n✖ 5 problems \(5 errors, 0 warnings\)\n {2}Some rules have not yet checked 1 file with the problems above: they run once those are fixed\.\n$/,
    );
    const vi = await runCli(['lint', '--lang', 'vi', 'missing.yaml'], { cwd: dir });
    expect(vi.stdout).toMatch(
      /\n {2}Một số quy tắc chưa kiểm tra 1 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa\.\n$/,
    );
  });

  // The first-draft probe's run: a missing duration (d36), an item out of line (f03), a case leading to a list (d43)
  // and pasted column headings (d39). Every one stopped some rules; the note counted only d39, which --fix can fix.
  it('are all counted, whether or not --fix can fix them (en, vi)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-unchecked-'));
    cpSync(join(ROOT, 'test/lint/fixtures/unchecked-mixed'), dir, { recursive: true });
    const files = ['d36.yaml', 'f03.yaml', 'd43.yaml', 'd39.yaml'];
    const en = await runCli(['lint', '--lang', 'en', ...files], { cwd: dir });
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(
      /\n {2}Some rules have not yet checked 4 files with the problems above: they run once those are fixed, and `--fix` may then fix more\.\n$/,
    );
    const vi = await runCli(['lint', '--lang', 'vi', ...files], { cwd: dir });
    expect(vi.stdout).toMatch(
      /\n {2}Một số quy tắc chưa kiểm tra 4 tệp có vấn đề ở trên: chúng sẽ chạy khi các vấn đề đó được sửa, và --fix có thể sửa thêm\.\n$/,
    );
    // Without d39, no problem --fix can fix: the note stays, its promise goes.
    const unfixable = await runCli(['lint', '--lang', 'en', ...files.slice(0, 3)], { cwd: dir });
    expect(unfixable.stdout).toMatch(
      /\n {2}Some rules have not yet checked 3 files with the problems above: they run once those are fixed\.\n$/,
    );
  });
});
