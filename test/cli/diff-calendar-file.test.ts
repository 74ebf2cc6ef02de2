import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { git } from '../helpers/git.js';

// A configuration that names its calendar file (`calendar: lich-2026.yaml`), read from git: the file is read at the
// same revision, next to the configuration there. The history: `c1` closes 01/06/2026; `c2` only edits the calendar
// file (02/06 and 03/06 closed, Saturday 06/06 opened); `c3` renames it, its content kept; on a branch, `mat-lich`
// deletes it while the configuration still names it. The working tree is `c3`.
const FIXTURES = fileURLToPath(new URL('fixtures/diff-calendar-file', import.meta.url));
const DAYS = 'thêm ngày nghỉ 02/06/2026, 03/06/2026; thêm ngày làm bù 06/06/2026';

describe('procmap diff: the calendar file a configuration names, read at the revision', () => {
  let scratch: string;
  let repo: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'procmap-diff-calendar-file-'));
    repo = join(scratch, 'repo');
    const catalog = join(repo, 'tp');
    mkdirSync(join(catalog, 'procedures'), { recursive: true });
    git(['init', '-q', '-b', 'main'], repo);
    cpSync(join(FIXTURES, 'p.yaml'), join(catalog, 'procedures', 'p.yaml'));
    cpSync(join(FIXTURES, 'procmap.config.yaml'), join(catalog, 'procmap.config.yaml'));
    cpSync(join(FIXTURES, 'lich-before.yaml'), join(catalog, 'lich-2026.yaml'));
    git(['add', '-A'], repo);
    git(['commit', '-q', '-m', 'ban hành'], repo);
    git(['tag', 'c1'], repo);
    cpSync(join(FIXTURES, 'lich-after.yaml'), join(catalog, 'lich-2026.yaml'));
    git(['commit', '-q', '-am', 'lịch nghỉ'], repo);
    git(['tag', 'c2'], repo);
    git(['mv', 'tp/lich-2026.yaml', 'tp/lich.yaml'], repo);
    writeFileSync(join(catalog, 'procmap.config.yaml'), 'calendar: lich.yaml\n');
    git(['commit', '-q', '-am', 'đổi tên tệp lịch'], repo);
    git(['tag', 'c3'], repo);
    git(['checkout', '-q', '-b', 'mat-lich'], repo);
    git(['rm', '-q', 'tp/lich.yaml'], repo);
    git(['commit', '-q', '-m', 'xóa tệp lịch'], repo);
    git(['checkout', '-q', 'main'], repo);
  });

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads each side’s calendar file at its revision, and sees days changed in it alone', async () => {
    const result = await runCli(['diff', 'c1:tp/procedures', 'c2:tp/procedures'], { cwd: repo });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain(DAYS);
  });

  it('compares a revision’s calendar file with the working tree’s (--since), from a folder below the root', async () => {
    const result = await runCli(['diff', '--since', 'c1', '--format', 'json', 'procedures'], {
      cwd: join(repo, 'tp'),
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const { changes } = JSON.parse(result.stdout) as { changes: { kind: string; days?: unknown }[] };
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'calendar-changed',
        days: {
          holidaysAdded: ['2026-06-02', '2026-06-03'],
          holidaysRemoved: [],
          workdaysAdded: ['2026-06-06'],
          workdaysRemoved: [],
        },
      }),
    ]);
  });

  it('names the calendar file a change was read from, not "the configuration", in text, Markdown and json', async () => {
    // Its path as procedure files are shown: at the revision (REV:path), or relative to the folder the diff runs in
    // (the working tree's, renamed lich.yaml).
    const text = await runCli(['diff', 'c1:tp/procedures', 'c2:tp/procedures'], { cwd: repo });
    expect(text.stdout).toContain(`Ngày nghỉ, ngày làm bù (c2:tp/lich-2026.yaml): ${DAYS}`);
    expect(text.stdout).not.toContain('tệp cấu hình');
    const since = { cwd: join(repo, 'tp') };
    const markdown = await runCli(
      ['diff', '--since', 'c1', '--format', 'markdown', '--lang', 'en', 'procedures'],
      since,
    );
    expect(markdown).toMatchObject({ code: 0, stderr: '' });
    expect(markdown.stdout).toContain('| Days off and make-up working days (lich.yaml) |');
    const json = await runCli(['diff', '--since', 'c1', '--format', 'json', 'procedures'], since);
    const { changes } = JSON.parse(json.stdout) as { changes: { calendarFile?: string }[] };
    expect(changes.map((change) => change.calendarFile)).toEqual(['lich.yaml']);
  });

  it('finds no change in a calendar file renamed with the same days', async () => {
    const result = await runCli(['diff', '--lang', 'en', 'c2:tp/procedures', 'c3:tp/procedures'], { cwd: repo });
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: 'No changes\n' });
  });

  it('refuses a revision whose configuration names a calendar file it does not hold, naming REV:path', async () => {
    const vi = await runCli(['diff', 'c3:tp/procedures', 'mat-lich:tp/procedures'], { cwd: repo });
    expect(vi).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'procmap: Không đọc được tệp lịch làm việc "mat-lich:tp/lich.yaml": phiên bản đó không có tệp này\n',
    });
    const en = await runCli(['diff', '--lang', 'en', 'c3:tp/procedures', 'mat-lich:tp/procedures'], { cwd: repo });
    expect(en.stderr).toBe(
      'procmap: Cannot read calendar file "mat-lich:tp/lich.yaml": there is no such file at that revision\n',
    );
  });
});
