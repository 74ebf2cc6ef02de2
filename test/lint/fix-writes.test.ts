import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/lint/fixtures/fix-writes');
// A procedure saved under its title: 237 bytes, a legal name, with no room left for a temporary name built on it.
const LONG =
  'Thủ tục cấp giấy chứng nhận đăng ký hộ kinh doanh và đăng ký thay đổi nội dung đăng ký hộ kinh doanh tại Ủy ban nhân dân cấp xã phường thuộc tỉnh Bắc Ninh năm 2025 bản sửa đổi.yaml';

/** A catalog (extends: canonical) holding the fixture `date.yaml`, whose date --fix rewrites, under each name. */
function catalog(names: string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-fix-writes-'));
  cpSync(join(FIXTURES, 'procmap.config.yaml'), join(dir, 'procmap.config.yaml'));
  const text = readFileSync(join(FIXTURES, 'date.yaml'), 'utf8');
  // Each copy its own id: unique-id is not what these tests are about.
  names.forEach((name, k) => writeFileSync(join(dir, name), text.replace('QT-LN-05', `QT-LN-1${k}`)));
  for (const [name, fixture] of Object.entries(extra)) cpSync(join(FIXTURES, fixture), join(dir, name));
  return dir;
}

const fixedDate = (path: string) => readFileSync(path, 'utf8').includes('effective: 2025-07-01\n');

describe('lint --fix writes each file on its own', () => {
  it('fixes a file whose name leaves no room for a temporary name built on it, and the others', async () => {
    expect(Buffer.byteLength(LONG)).toBe(237);
    const dir = catalog(['aa.yaml', LONG, 'zz.yaml']);
    const result = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(result.stderr).toBe(
      [LONG, 'aa.yaml', 'zz.yaml'].map((file) => `procmap: fixed 1 problem in ${file}\n`).join(''),
    );
    expect(result.stdout).toBe('✔ 3 files checked, no problems\n');
    expect(result.code).toBe(0);
    for (const name of ['aa.yaml', LONG, 'zz.yaml']) expect(fixedDate(join(dir, name)), name).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['aa.yaml', 'procmap.config.yaml', LONG, 'zz.yaml'].sort());
  });

  it('says in one line why a file could not be written, fixes the others and exits 2', () => {
    const dir = catalog(['aa.yaml', 'zz.yaml'], { 'big.yaml': 'big.yaml' });
    const before = readFileSync(join(dir, 'big.yaml'), 'utf8');
    // Under a file size limit of 2 KiB the 4 KiB file cannot be written; the small ones can.
    const quoted = [process.execPath, BIN, 'lint', '--fix', '.'].map((arg) => `'${arg}'`).join(' ');
    const result = spawnSync('bash', ['-c', `ulimit -f 2; exec ${quoted}`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', PROCMAP_LANG: 'en' },
    });
    expect(result.stderr).toBe(
      [
        'procmap: Cannot write "big.yaml": the file is larger than this system allows (ulimit -f); it is left as it was, not fixed',
        'procmap: fixed 1 problem in aa.yaml',
        'procmap: fixed 1 problem in zz.yaml',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(
      /^big\.yaml\n {2}\d+:\d+ +warning .*canonical-date\n\n✖ 1 problem \(0 errors, 1 warning\)\n/,
    );
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, 'big.yaml'), 'utf8')).toBe(before);
    expect(fixedDate(join(dir, 'aa.yaml')) && fixedDate(join(dir, 'zz.yaml'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['aa.yaml', 'big.yaml', 'procmap.config.yaml', 'zz.yaml']);
  });
});

/** What a write must not change in a file it leaves alone: its bytes, permissions, owner and link count. */
function fileState(path: string) {
  const { mode, uid, gid, nlink } = statSync(path);
  return { bytes: readFileSync(path, 'utf8'), mode: mode & 0o777, uid, gid, nlink };
}

const ROOT_USER = process.getuid?.() === 0;
// `setpriv` runs the child as another user (nobody): only root may, and only where util-linux is installed.
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
const NOBODY = 65534;

describe('lint --fix after a run killed mid-write', () => {
  // A killed run leaves its temporary file (never a cut-off procedure file); nothing removed it, beside the officers'.
  it('removes the temporary file that run left in a folder it fixes, and no one else’s', async () => {
    const dir = catalog(['a.yaml']);
    const dead = spawnSync(process.execPath, ['--version']).pid!;
    const left = `.a.yaml.procmap-tmp-${dead}-0123abcd`;
    const kept = [`.a.yaml.procmap-tmp-${process.ppid}-0123abcd`, 'a.yaml.bak', '.a.yaml.swp'];
    for (const name of [left, ...kept]) writeFileSync(join(dir, name), 'half a file');
    const result = await runCli(['lint', '--fix', '--lang', 'en', '.'], { cwd: dir });
    expect(result.stderr).toBe('procmap: fixed 1 problem in a.yaml\n');
    expect(result.code).toBe(0);
    expect(fixedDate(join(dir, 'a.yaml'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'procmap.config.yaml', ...kept].sort());
  });
});

describe('lint --fix keeps what the user set on a file', () => {
  it('leaves a read-only file as it was, even for root (as an editor does), fixes the others and exits 2', async () => {
    const dir = catalog(['aa.yaml', 'ro.yaml']);
    chmodSync(join(dir, 'ro.yaml'), 0o444);
    const before = fileState(join(dir, 'ro.yaml'));
    const result = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(result.stderr).toBe(
      [
        'procmap: Cannot write "ro.yaml": it is read-only; to have it fixed, make it writable first (chmod u+w "ro.yaml"); it is left as it was, not fixed',
        'procmap: fixed 1 problem in aa.yaml',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(
      /^ro\.yaml\n {2}4:12 +warning .*canonical-date\n\n✖ 1 problem \(0 errors, 1 warning\)\n/,
    );
    expect(result.code).toBe(2);
    expect(fileState(join(dir, 'ro.yaml'))).toEqual(before);
    expect(fixedDate(join(dir, 'aa.yaml'))).toBe(true);
  });

  it.runIf(ROOT_USER && SETPRIV)('leaves a file the user may not write as it was, in a folder they may write', () => {
    const dir = catalog(['aa.yaml', 'theirs.yaml']);
    // The folder and aa.yaml are nobody's; theirs.yaml stays root's, rw-r--r--: nobody may rename over it, not write it.
    for (const name of ['', 'aa.yaml', 'procmap.config.yaml']) chownSync(join(dir, name), NOBODY, NOBODY);
    chmodSync(dir, 0o755);
    const before = fileState(join(dir, 'theirs.yaml'));
    const result = spawnSync(
      SETPRIV!,
      [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, 'lint', '--fix', '.'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PROCMAP_LANG: 'en' } },
    );
    expect(result.stderr).toBe(
      [
        'procmap: Cannot write "theirs.yaml": you have no permission to write it; ask its owner, or run as a user who may; it is left as it was, not fixed',
        'procmap: fixed 1 problem in aa.yaml',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(/^theirs\.yaml\n {2}4:12 +warning .*canonical-date\n\n✖ 1 problem/);
    expect(result.status).toBe(2);
    expect(fileState(join(dir, 'theirs.yaml'))).toEqual(before);
    expect(fixedDate(join(dir, 'aa.yaml'))).toBe(true);
  });

  it("gives the fixed file the old one's permissions, and its owner when procmap may set it", async () => {
    const dir = catalog(['shared.yaml']);
    const path = join(dir, 'shared.yaml');
    // rw-rw-r--: shared with the group, which the umask (022) would take away from a new file.
    chmodSync(path, 0o664);
    if (ROOT_USER) chownSync(path, NOBODY, NOBODY);
    const before = fileState(path);
    const result = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(result.stderr).toBe('procmap: fixed 1 problem in shared.yaml\n');
    expect(result.code).toBe(0);
    expect(fixedDate(path)).toBe(true);
    expect({ ...fileState(path), bytes: '' }).toEqual({ ...before, bytes: '' });
  });

  it('leaves a file hard-linked to one outside the catalog as it was, both names one file, and exits 2 as for a read-only file', async () => {
    const dir = catalog(['aa.yaml']);
    const outside = mkdtempSync(join(tmpdir(), 'procmap-fix-outside-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(outside, 'master.yaml'), readFileSync(join(FIXTURES, 'date.yaml')));
    linkSync(join(outside, 'master.yaml'), join(dir, 'sub', 'linked.yaml'));
    const before = fileState(join(outside, 'master.yaml'));
    expect(before.nlink).toBe(2);
    const result = await runCli(['lint', '--lang', 'en', '--fix', '.'], { cwd: dir });
    expect(result.stderr).toBe(
      [
        'procmap: not fixed: sub/linked.yaml has another name too (a hard link), which would keep the old text; fix it by hand in an editor, or make it a file of its own (cp it to a new name, then move that over it)',
        'procmap: fixed 1 problem in aa.yaml',
        '',
      ].join('\n'),
    );
    // Its problem is still shown, no longer offered to --fix.
    expect(result.stdout).toMatch(
      /^sub\/linked\.yaml\n {2}4:12 +warning .*canonical-date\n\n✖ 1 problem \(0 errors, 1 warning\)\n$/,
    );
    // The fix was not made: a CI step `lint --fix && git commit` must not pass, as for a read-only file.
    expect(result.code).toBe(2);
    expect(fileState(join(outside, 'master.yaml'))).toEqual(before);
    expect(fileState(join(dir, 'sub', 'linked.yaml'))).toEqual(before);
  });
});
