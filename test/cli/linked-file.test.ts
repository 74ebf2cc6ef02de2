import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test/cli/fixtures/linked-file/a.yaml');

/** A catalog holding a procedure file and, beside it, a link to it: one file, reached by two paths. */
function linkedCatalog(): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-linked-'));
  mkdirSync(join(dir, 'catalog', 'real'), { recursive: true });
  cpSync(FIXTURE, join(dir, 'catalog', 'real', 'a.yaml'));
  symlinkSync('real/a.yaml', join(dir, 'catalog', 'link.yaml'));
  return dir;
}

describe('a file reached through a link inside the catalog', () => {
  it('is linted once, by its own path: no id "used twice", no problem reported twice', async () => {
    const dir = linkedCatalog();
    const result = await runCli(['lint', '--lang', 'en', 'catalog'], { cwd: dir });
    expect(result.stdout).toBe(
      'catalog/real/a.yaml\n' +
        '  13:5  warning  "Tờ khai：01 bản chính" holds the full-width characters "：" of an input method, which procmap reads as ":" but other tools read as other letters: write "Tờ khai: 01 bản chính"  full-width-characters\n' +
        '\n' +
        '✖ 1 problem (0 errors, 1 warning)\n' +
        '  0 errors and 1 warning potentially fixable with the `--fix` option.\n',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('is fixed once, where it stands, and the link stays a link', async () => {
    const dir = linkedCatalog();
    const result = await runCli(['lint', '--fix', '--lang', 'en', 'catalog'], { cwd: dir });
    expect(result.stderr).toBe('procmap: fixed 1 problem in catalog/real/a.yaml\n');
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'catalog', 'real', 'a.yaml'), 'utf8')).toContain('  - "Tờ khai: 01 bản chính"\n');
    expect(lstatSync(join(dir, 'catalog', 'link.yaml')).isSymbolicLink()).toBe(true);
  });

  it('is one file when both of its paths are named', async () => {
    const dir = linkedCatalog();
    const result = await runCli(['lint', '--lang', 'en', 'catalog/link.yaml', 'catalog/real/a.yaml'], { cwd: dir });
    expect(result.stdout).toMatch(/^catalog\/real\/a\.yaml\n {2}13:5 {2}warning .*\n\n✖ 1 problem /);
    expect(result.code).toBe(0);
  });
});

describe('a link to a folder', () => {
  /** A catalog holding a procedure, a link to a folder inside it, and a link to a folder outside it. */
  function folderLinks(): string {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-folder-links-'));
    mkdirSync(join(dir, 'catalog', 'real'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    cpSync(FIXTURE, join(dir, 'catalog', 'real', 'a.yaml'));
    cpSync(FIXTURE, join(dir, 'elsewhere', 'b.yaml'));
    symlinkSync('real', join(dir, 'catalog', 'inside'));
    symlinkSync('../elsewhere', join(dir, 'catalog', 'outside'));
    return dir;
  }

  it('outside the folder being checked is named, not followed (a link to / would read the whole disk)', async () => {
    const dir = folderLinks();
    const result = await runCli(['lint', '--lang', 'en', 'catalog'], { cwd: dir });
    expect(result.stdout).toContain(
      'catalog/outside\n' +
        '  1:1  error  Cannot read: a link to the folder "elsewhere", outside the folder being checked, is not followed; to check that folder, name it on the command line  parse\n',
    );
    // The link inside is followed, and its folder walked once (by the first path to it); b.yaml is never read.
    expect(result.stdout.match(/full-width-characters/g)).toHaveLength(1);
    expect(result.stdout).toContain('catalog/inside/a.yaml\n');
    expect(result.stdout).not.toContain('b.yaml');
    expect(result.code).toBe(2);
  });

  it('says so in Vietnamese too, and the folder named on the command line is checked', async () => {
    const dir = folderLinks();
    const vi = await runCli(['lint', 'catalog'], { cwd: dir });
    expect(vi.stdout).toContain(
      'Không đọc được: liên kết tới thư mục "elsewhere" nằm ngoài thư mục đang kiểm tra nên không được mở; muốn kiểm tra thư mục đó, hãy ghi nó trên dòng lệnh',
    );
    const named = await runCli(['lint', '--lang', 'en', 'catalog/outside'], { cwd: dir });
    expect(named.stdout).toMatch(/^catalog\/outside\/b\.yaml\n/);
    expect(named.code).toBe(0);
  });
});
