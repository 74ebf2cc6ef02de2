import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/format/github.js';
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

  it('is what `procmap lint --format github` prints', async () => {
    const result = await runCli(['lint', '--lang', 'en', '--format', 'github', 'procedures'], {
      cwd: join(ROOT, 'test/cli/fixtures/config-catalog'),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '::warning file=procedures/tinh/ly-lich-tu-phap.yaml,line=10,col=3,endLine=10,endColumn=7,title=unused-body::Body "VHXH" is declared but no step uses it\n' +
        '::warning file=procedures/xa/chung-thuc.yaml,line=10,col=3,endLine=10,endColumn=7,title=unused-body::Body "VHXH" is declared but no step uses it\n',
    );
  });
});
