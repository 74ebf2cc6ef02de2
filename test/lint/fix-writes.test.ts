import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
