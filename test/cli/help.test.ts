import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const COMMANDS = [
  'init',
  'lint',
  'time',
  'calendar',
  'ontime',
  'flowchart',
  'doc',
  'diff',
  'build',
  'serve',
  'stats',
  'import',
  'export',
  'rules',
] as const;

// commander's own words, which Vietnamese help must not show.
const COMMANDER_ENGLISH =
  /Usage:|Options:|Arguments:|Commands:|(?:\(|, )(?:default|choices|preset|env): |display help|output the version/;

describe('help in the language of the run', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`procmap --help (${lang})`, async () => {
      const result = await runCli(['--help'], { env: { PROCMAP_LANG: lang } });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      await expect(result.stdout).toMatchFileSnapshot(`golden/help/procmap.${lang}.txt`);
    });

    it.each(COMMANDS)(`procmap %s --help (${lang})`, async (command) => {
      const result = await runCli([command, '--help', '--lang', lang]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      await expect(result.stdout).toMatchFileSnapshot(`golden/help/${command}.${lang}.txt`);
    });
  }

  it('is Vietnamese unless told otherwise, with none of commander’s English words', async () => {
    for (const command of COMMANDS) {
      const result = await runCli([command, '--help']);
      expect(result.stdout).toMatch(/^Cách dùng: procmap /);
      expect(result.stdout).toContain('Tùy chọn:');
      expect(result.stdout).not.toMatch(COMMANDER_ENGLISH);
    }
    const root = await runCli(['help']);
    expect(root.stdout).toContain('Lệnh:');
    expect(root.stdout).not.toMatch(COMMANDER_ENGLISH);
  });

  it('names no path of the repository, which a catalog installed from npm does not have beside it', async () => {
    // Before: lint said "Configuration: docs/configuration.md", rules "docs/rules/<id>.md", the root help "docs/".
    // Pages are linked by their published address (src/docs-url.ts); rules by `procmap rules <id>`, offline.
    const published = /https:\/\/github\.com\/procmap\/procmap\/blob\/main\/\S+/g;
    for (const lang of ['vi', 'en'] as const) {
      for (const args of [['--help'], ...COMMANDS.map((command) => [command, '--help'])]) {
        const result = await runCli([...args, '--lang', lang]);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        expect({ args, text: result.stdout.replace(published, '<url>') }).not.toMatchObject({
          text: expect.stringMatching(/(?<![\w/])(?:docs|schemas)\//),
        });
      }
    }
    const lint = await runCli(['lint', '--help', '--lang', 'en']);
    expect(lint.stdout).toContain('Configuration: https://github.com/procmap/procmap/blob/main/docs/configuration.md.');
  });

  it('shows the help on stderr and exits 2 when no command is given, as for any other bad usage', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Cách dùng: procmap \[tùy chọn\] \[lệnh\]\n/);
    const asked = await runCli(['help']);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toBe('');
  });

  it('refuses help of a command that does not exist with the closest name, exit 2', async () => {
    // Before: `help lnt` printed the whole help on stderr (exit 2) and `lnt --help` on stdout (exit 0), neither
    // saying that the name was wrong.
    const unknown = "lỗi: không có lệnh 'lnt'\n(Có phải là lint?)\n(chạy với --help để xem cách dùng)\n";
    for (const args of [
      ['help', 'lnt'],
      ['lnt', '--help'],
      ['-h', 'lnt'],
    ]) {
      const result = await runCli(args, { env: { PROCMAP_LANG: undefined } });
      expect(result).toEqual({ code: 2, stdout: '', stderr: unknown });
    }
    const english = await runCli(['help', 'stat', '--lang', 'en']);
    expect(english).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: unknown command 'stat'\n(Did you mean stats?)\n(run with --help for usage)\n",
    });
  });

  it('follows PROCMAP_LANG, and --lang before it, for `help <command>` too', async () => {
    const english = await runCli(['help', 'lint'], { env: { PROCMAP_LANG: 'en' } });
    expect(english.stdout).toMatch(/^Usage: procmap lint \[options\] \[paths\.\.\.\]\n/);
    const vietnamese = await runCli(['lint', '--help', '--lang', 'vi'], { env: { PROCMAP_LANG: 'en' } });
    expect(vietnamese.stdout).toMatch(/^Cách dùng: procmap lint \[tùy chọn\] \[paths\.\.\.\]\n/);
  });
});
