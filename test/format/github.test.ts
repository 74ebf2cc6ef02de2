import { cpSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/format/github.js';
import { realPathOf, workTreeTop } from '../../src/node/work-tree.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';

describe('github formatter', () => {
  it('escapes % CR LF in messages, and also : and , in properties', async () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('writes one workflow command per diagnostic, notice for info', async () => {
    const text = github(
      {
        diagnostics: [
          {
            file: 'procedures/xa/a,b.yaml',
            line: 10,
            column: 13,
            endLine: 10,
            endColumn: 15,
            severity: 'error',
            rule: 'within-time-limit',
            message: 'Over by 50%:\nreceive → sign',
          },
          {
            file: 'procedures/xa/c.yaml',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 2,
            severity: 'info',
            rule: 'nfc',
            message: 'Line 1',
          },
          {
            file: '',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            severity: 'warning',
            rule: 'unique-id',
            message: 'Rule failed',
          },
        ],
        files: 2,
      },
      { color: false, lang: 'en' },
    );
    expect(text).toBe(
      '::error file=procedures/xa/a%2Cb.yaml,line=10,col=13,endLine=10,endColumn=15,title=within-time-limit::Over by 50%25:%0Areceive → sign\n' +
        '::notice file=procedures/xa/c.yaml,line=1,col=1,endLine=1,endColumn=2,title=nfc::Line 1\n' +
        '::warning title=unique-id::Rule failed\n',
    );
  });

  // A copy of the catalog, in a checkout (a .git at its top, a folder or the file of a linked worktree) or not.
  const catalogCopy = (git: 'folder' | 'file' | 'none') => {
    const top = mkdtempSync(join(tmpdir(), 'procmap-github-'));
    if (git === 'folder') mkdirSync(join(top, '.git'));
    if (git === 'file') writeFileSync(join(top, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    cpSync(join(ROOT, 'test/cli/fixtures/config-catalog'), join(top, 'catalog'), { recursive: true });
    return top;
  };

  it('is what `procmap lint --format github` prints, paths as shown outside any repository', async () => {
    const top = catalogCopy('none');
    expect(workTreeTop(top)).toBeUndefined();
    const result = await runCli(['lint', '--lang', 'en', '--format', 'github', 'procedures'], {
      cwd: join(top, 'catalog'),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      '::warning file=procedures/tinh/ly-lich-tu-phap.yaml,line=10,col=3,endLine=10,endColumn=7,title=unused-body::Body "VHXH" is declared but no step uses it\n' +
        '::warning file=procedures/xa/chung-thuc.yaml,line=10,col=3,endLine=10,endColumn=7,title=unused-body::Body "VHXH" is declared but no step uses it\n',
    );
  });

  it.each(['folder', 'file'] as const)(
    'names files from the top of the repository, where GitHub looks for them, from any folder (.git a %s)',
    async (git) => {
      const top = catalogCopy(git);
      const result = await runCli(['lint', '--lang', 'en', '--format', 'github', 'chung-thuc.yaml', '../tinh'], {
        cwd: join(top, 'catalog', 'procedures', 'xa'),
      });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(
        '::warning file=catalog/procedures/tinh/ly-lich-tu-phap.yaml,line=10,col=3,endLine=10,endColumn=7,title=unused-body::Body "VHXH" is declared but no step uses it\n' +
          '::warning file=catalog/procedures/xa/chung-thuc.yaml,line=10,col=3,endLine=10,endColumn=7,title=unused-body::Body "VHXH" is declared but no step uses it\n',
      );
    },
  );

  it('names a file through a link by its place in the repository, and one outside it as shown', () => {
    const top = realpathSync(catalogCopy('folder'));
    const link = join(mkdtempSync(join(tmpdir(), 'procmap-github-link-')), 'repo link');
    symlinkSync(top, link);
    const diagnostic = (file: string) => ({
      file,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      severity: 'warning' as const,
      rule: 'nfc',
      message: 'm',
    });
    const text = github(
      {
        diagnostics: [
          diagnostic(join(link, 'catalog', 'procedures', 'xa', 'chung-thuc.yaml')),
          diagnostic('../../outside/b.yaml'),
        ],
        files: 2,
      },
      { color: false, lang: 'en', cwd: join(top, 'catalog'), sourceRoot: top, realPath: realPathOf },
    );
    expect(text).toBe(
      '::warning file=catalog/procedures/xa/chung-thuc.yaml,line=1,col=1,endLine=1,endColumn=2,title=nfc::m\n' +
        '::warning file=../../outside/b.yaml,line=1,col=1,endLine=1,endColumn=2,title=nfc::m\n',
    );
  });
});
