import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const PROCEDURE = join(ROOT, 'test/rules/fixtures/lookalike-letters/valid-fixed.yaml');
const DOSSIERS = join(ROOT, 'test/fixtures/ontime');

/** Undoes what made a folder read-only, so the test's folder can be removed. */
let undo: (() => void) | undefined;
afterEach(() => {
  undo?.();
  undo = undefined;
});

/**
 * A folder that takes no new file, even for root: immutable (chattr +i) as root, without write permission otherwise.
 * Where neither holds (no chattr), the "folder" is a file, so the write still fails and the test never skips.
 */
function readOnlyFolder(files: Record<string, string> = {}): { cwd: string; readOnly: boolean } {
  const cwd = mkdtempSync(join(tmpdir(), 'procmap-rodir-'));
  const dir = join(cwd, 'rodir');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    undo = () => chmodSync(dir, 0o755);
    return { cwd, readOnly: true };
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    undo = () => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
    return { cwd, readOnly: true };
  } catch {
    rmSync(dir, { recursive: true });
    writeFileSync(dir, '');
    return { cwd, readOnly: false };
  }
}

describe('writing into a read-only folder', () => {
  const commands: [string, string[], string][] = [
    ['export', ['export', PROCEDURE, '-o', 'rodir/w.xlsx'], 'rodir/w.xlsx'],
    ['doc', ['doc', PROCEDURE, '--format', 'md', '-o', 'rodir'], 'rodir/QT-LA-02.md'],
    [
      'ontime',
      [
        'ontime',
        '--catalog',
        join(DOSSIERS, 'catalog'),
        join(DOSSIERS, 'due-day.csv'),
        '-f',
        'json',
        '-o',
        'rodir/r.json',
      ],
      'rodir/r.json',
    ],
  ];
  for (const [name, args, target] of commands)
    it(`${name} names the file asked for and its folder, not procmap's hidden record`, async () => {
      const { cwd, readOnly } = readOnlyFolder();
      const vi = await runCli(args, { cwd });
      expect([vi.code, vi.stdout]).toEqual([2, '']);
      expect(vi.stderr).not.toContain('.procmap-outputs.json');
      expect(vi.stderr).toContain(`procmap: Không ghi được "${target}"`);
      if (readOnly) {
        expect(vi.stderr).toBe(
          `procmap: Không ghi được "${target}": thư mục "rodir" chỉ cho đọc, không ghi được vào đó; hãy chọn thư mục khác, hoặc cho phép ghi vào thư mục đó\n`,
        );
        const en = await runCli([...args, '--lang', 'en'], { cwd });
        expect([en.code, en.stderr]).toEqual([
          2,
          `procmap: Cannot write "${target}": the folder "rodir" is read-only, nothing can be written into it; choose another folder, or allow writing into it\n`,
        ]);
        expect(readdirSync(join(cwd, 'rodir'))).toEqual([]);
      }
    });
});

// It named "rodir/sub", which does not exist, as the read-only folder: the one to make writable is "rodir".
it('names the read-only folder that exists, not the output folder it refused to make inside it', async () => {
  const { cwd, readOnly } = readOnlyFolder();
  const args = ['doc', PROCEDURE, '--format', 'md', '-o', 'rodir/sub'];
  const en = await runCli([...args, '--lang', 'en'], { cwd });
  expect([en.code, en.stdout]).toEqual([2, '']);
  expect(en.stderr).toBe(
    readOnly
      ? 'procmap: Cannot write "rodir/sub/QT-LA-02.md": the folder "rodir" is read-only, nothing can be written into it; choose another folder, or allow writing into it\n'
      : 'procmap: Cannot write into "rodir": it is a file, not a folder\n',
  );
  if (readOnly) expect(readdirSync(join(cwd, 'rodir'))).toEqual([]);
});

// It said "choose another folder", which means nothing when a file is fixed where it is: the fixed copy is written into
// the file's own folder, so that folder is named, and what to do.
it('lint --fix says a file in a read-only folder was not fixed, naming the folder, and changes nothing', async () => {
  const text = readFileSync(join(ROOT, 'test/rules/fixtures/lookalike-letters/invalid-lookalikes.yaml'), 'utf8');
  const { cwd, readOnly } = readOnlyFolder({ 'a.yaml': text });
  const vi = await runCli(['lint', 'rodir/a.yaml', '--fix'], { cwd });
  expect(vi.code).toBe(2);
  if (!readOnly) return expect(vi.stderr).toContain('rodir/a.yaml');
  expect(vi.stderr).toBe(
    'procmap: không sửa: rodir/a.yaml: thư mục chứa tệp là "rodir" chỉ cho đọc, mà --fix lưu tệp đã sửa thành một bản mới trong thư mục đó; tệp được giữ nguyên; hãy cho phép ghi vào thư mục đó rồi chạy lại, hoặc chạy không có --fix để chỉ xem các vấn đề\n',
  );
  const en = await runCli(['lint', 'rodir/a.yaml', '--fix', '--lang', 'en'], { cwd });
  expect([en.code, en.stderr]).toEqual([
    2,
    'procmap: not fixed: rodir/a.yaml: its folder "rodir" is read-only, and --fix saves a fixed file as a new copy in that folder; it is left as it was; make the folder writable and run again, or run without --fix to list the problems only\n',
  ]);
  expect(readdirSync(join(cwd, 'rodir'))).toEqual(['a.yaml']);
  expect(readFileSync(join(cwd, 'rodir', 'a.yaml'), 'utf8')).toBe(text);
});
