import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

const DRAFT = join(ROOT, 'test/lenient/fixtures/accepted-draft.yaml');
const NO_LANG = { PROCMAP_LANG: undefined };

/** A catalog with one procedure and its configuration written under another tool's kind of name. */
function catalog(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-misnamed-'));
  mkdirSync(join(dir, 'procedures'));
  cpSync(DRAFT, join(dir, 'procedures', 'draft.yaml'));
  writeFileSync(join(dir, name), 'lang: en\nrules:\n  unused-body: off\n');
  return dir;
}

describe('a configuration under another name than procmap.config.yaml', () => {
  it('stops the run with the command that renames it (procmap.yaml was linted as a procedure missing its id)', async () => {
    const dir = catalog('procmap.yaml');
    const result = await runCli(['lint'], { cwd: dir, env: NO_LANG });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: Tệp "procmap.yaml" không được đọc: procmap chỉ đọc cấu hình từ tệp procmap.config.yaml. Hãy đổi tên tệp (git mv "procmap.yaml" "procmap.config.yaml")\n',
    });
    expect(readFileSync(join(dir, 'procmap.yaml'), 'utf8')).toBe('lang: en\nrules:\n  unused-body: off\n');
  });

  it('is said alone, not first noted as a hidden procedure file (.procmaprc.yaml was passed over in silence)', async () => {
    const dir = catalog('.procmaprc.yaml');
    const result = await runCli(['lint', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: ".procmaprc.yaml" is not read: procmap reads its configuration only from procmap.config.yaml. Rename it (git mv ".procmaprc.yaml" "procmap.config.yaml")\n',
    });
    const time = await runCli(['time', 'procedures', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect([time.code, time.stdout]).toEqual([2, '']);
  });

  it('is no matter beside procmap.config.yaml, which is read', async () => {
    const dir = catalog('procmap.yaml');
    writeFileSync(join(dir, 'procmap.config.yaml'), 'lang: en\n');
    const result = await runCli(['lint', 'procedures'], { cwd: dir, env: NO_LANG });
    expect([result.code, result.stderr, result.stdout]).toEqual([0, '', '✔ 1 file checked, no problems\n']);
  });
});

// The look-up goes up to the disk's root: a procmap.yaml of another tool (or catalog) in a home folder above stopped
// every run below it. Only where the officer would have meant it (up to the git work tree's top, else the working
// folder) does it stop the run; above, it is noted.
describe('a misnamed configuration above the catalog', () => {
  /** A folder with procmap.yaml, and below it work/procedures/draft.yaml; `git` puts a .git in work/. */
  function above({ git }: { git: boolean }): string {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-misnamed-above-'));
    mkdirSync(join(dir, 'work', 'procedures'), { recursive: true });
    if (git) mkdirSync(join(dir, 'work', '.git'));
    cpSync(DRAFT, join(dir, 'work', 'procedures', 'draft.yaml'));
    writeFileSync(join(dir, 'procmap.yaml'), 'lang: en\n');
    return dir;
  }
  const NOTE =
    'procmap: note: "procmap.yaml" is not read: it stands above this catalog\'s folder, and procmap reads its configuration only from procmap.config.yaml; if it is meant for this catalog, move it into the catalog\'s folder under that name\n';

  it('above the working folder is noted once, and the run goes on', async () => {
    const dir = above({ git: false });
    const result = await runCli(['lint', 'procedures', '--lang', 'en'], { cwd: join(dir, 'work'), env: NO_LANG });
    // Outside the working folder, a file is named by its whole path (src/node/files.ts, displayPath).
    const stderr = NOTE.replace('"procmap.yaml"', `"${join(dir, 'procmap.yaml')}"`);
    expect(result).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr });
  });

  it('above the git work tree is noted, even when the run works above the work tree', async () => {
    const dir = above({ git: true });
    const result = await runCli(['time', 'work/procedures', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(NOTE);
  });

  it('in the working folder above the catalog still stops the run', async () => {
    const dir = above({ git: false });
    const result = await runCli(['lint', 'work/procedures', '--lang', 'en'], { cwd: dir, env: NO_LANG });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'procmap: "procmap.yaml" is not read: procmap reads its configuration only from procmap.config.yaml. Rename it (git mv "procmap.yaml" "procmap.config.yaml")\n',
    });
  });
});
