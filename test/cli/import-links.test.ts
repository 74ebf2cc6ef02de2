import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

// `import` over a procedure file it must not replace: a hard link (a renamed copy would leave the other name with the
// old text, as lint --fix says), a read-only file, and a procedure reached through a symbolic link (written beside it,
// the catalog had the procedure twice). --force overrides "different content", never these.
const DIR = join(ROOT, 'test/fixtures/import-guard');
const RECORD = join(DIR, 'ks.json');
const fresh = () => mkdtempSync(join(tmpdir(), 'procmap-import-links-'));

describe('import over a file it does not write', () => {
  it('a hard-linked procedure file: skipped with --force, both names keep one text', async () => {
    const dir = fresh();
    const out = join(dir, 'o2');
    mkdirSync(out);
    mkdirSync(join(dir, 'elsewhere'));
    const file = join(out, 'ks.yaml');
    copyFileSync(join(DIR, 'ks-edited.yaml'), file);
    linkSync(file, join(dir, 'elsewhere', 'ks-hardlink.yaml'));
    const before = readFileSync(file, 'utf8');
    const run = await runCli(['import', RECORD, '-o', out, '--force', '--lang', 'vi'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      stdout:
        `bỏ qua       ${RECORD}: bản ghi 1 (1.001193): Không ghi được "o2/ks.yaml": tệp còn có một tên khác (liên kết cứng), tên đó sẽ giữ nội dung cũ; muốn procmap ghi đè, hãy tách thành tệp riêng trước (chép sang tên mới rồi đổi tên đè lên nó)\n` +
        'đã nhập 0, bỏ qua 1\n',
      stderr: '',
    });
    expect(statSync(file).nlink).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a read-only procedure file: skipped with --force too', async () => {
    const dir = fresh();
    const out = join(dir, 'o');
    mkdirSync(out);
    const file = join(out, 'ks.yaml');
    copyFileSync(join(DIR, 'ks-edited.yaml'), file);
    chmodSync(file, 0o444);
    const run = await runCli(['import', RECORD, '-o', out, '--force', '--lang', 'en'], { cwd: dir });
    expect(run.stdout).toBe(
      `skipped      ${RECORD}: record 1 (1.001193): Cannot write "o/ks.yaml": it is read-only; to have procmap replace it, make it writable first (chmod u+w "o/ks.yaml")\n` +
        '0 imported, 1 skipped\n',
    );
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(DIR, 'ks-edited.yaml'), 'utf8'));
  });

  it('a procedure of the same id reached through a symbolic link: skipped, never a second file of that id', async () => {
    const dir = fresh();
    const out = join(dir, 'o4');
    mkdirSync(out);
    mkdirSync(join(dir, 'elsewhere'));
    copyFileSync(join(DIR, 'proc.yaml'), join(dir, 'elsewhere', 'proc.yaml'));
    symlinkSync('../elsewhere/proc.yaml', join(out, 'link.yaml'));
    const run = await runCli(['import', RECORD, '-o', out, '--force', '--lang', 'vi'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      stdout:
        `bỏ qua       ${RECORD}: bản ghi 1 (1.001193): o4/link.yaml đã có 1.001193 nhưng là liên kết tượng trưng; procmap không ghi qua nó, cũng không ghi 1.001193 thêm một lần bên cạnh: hãy nhập vào thư mục chứa tệp mà liên kết trỏ tới, hoặc thay liên kết bằng một bản sao của tệp đó\n` +
        'đã nhập 0, bỏ qua 1\n',
      stderr: '',
    });
    expect(readdirSync(out)).toEqual(['link.yaml']);
    expect(readFileSync(join(dir, 'elsewhere', 'proc.yaml'), 'utf8')).toBe(
      readFileSync(join(DIR, 'proc.yaml'), 'utf8'),
    );
  });
});

describe('import of a file that is not a regular file', () => {
  it('a link to a device is refused in the language asked for (the Vietnamese said why in English)', async () => {
    const dir = fresh();
    symlinkSync('/dev/zero', join(dir, 'ho-so.json'));
    const vi = await runCli(['import', 'ho-so.json', '-o', 'o'], { cwd: dir });
    expect(vi).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Không đọc được "ho-so.json": Không phải tệp thông thường (thiết bị, ống dẫn hay socket); procmap chỉ đọc tệp\n',
    });
    const en = await runCli(['import', 'ho-so.json', '-o', 'o', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe(
      'procmap: Cannot read "ho-so.json": Not a regular file (a device, pipe or socket); procmap reads only files\n',
    );
    expect(readdirSync(dir)).toEqual(['ho-so.json']);
  });
});
