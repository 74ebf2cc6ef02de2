import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// README: "Every command takes --help, in Vietnamese unless --lang en". Written before the command, or with no command,
// --lang was taken for procmap's own option (refused) or its value for a command ("unknown command 'en'").
describe('--lang before the command', () => {
  it('procmap --help --lang en is the English help', async () => {
    const english = await runCli(['--help'], { env: { PROCMAP_LANG: 'en' } });
    for (const args of [
      ['--help', '--lang', 'en'],
      ['--lang', 'en', '--help'],
      ['--lang=en', '-h'],
      ['help', '--lang', 'en'],
      ['--lang', 'en', 'help'],
    ]) {
      const result = await runCli(args);
      expect({ code: result.code, stderr: result.stderr }, args.join(' ')).toEqual({ code: 0, stderr: '' });
      expect(result.stdout).toBe(english.stdout);
      expect(result.stdout).toMatch(/^Usage: procmap \[options\] \[command\]/);
    }
  });

  it('procmap --lang en help lint is the English help of lint', async () => {
    const after = await runCli(['lint', '--help', '--lang', 'en']);
    for (const args of [
      ['--lang', 'en', 'help', 'lint'],
      ['help', '--lang', 'en', 'lint'],
      ['help', 'lint', '--lang', 'en'],
    ]) {
      const result = await runCli(args);
      expect(result, args.join(' ')).toEqual(after);
      expect(result.stdout).toMatch(/^Usage: procmap lint /);
    }
  });

  it('procmap --lang en calendar 2026 runs the command in English', async () => {
    const after = await runCli(['calendar', '2026', '--lang', 'en']);
    const before = await runCli(['--lang', 'en', 'calendar', '2026']);
    expect(before).toEqual(after);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^Working calendar 2026/m);
  });

  it('a wrong --lang with no command is still refused, in both languages', async () => {
    for (const args of [
      ['--lang', 'fr', '--help'],
      ['--lang', 'fr', 'help'],
      ['help', 'lint', '--lang', 'fr'],
    ]) {
      const result = await runCli(args);
      expect(result, args.join(' ')).toMatchObject({
        code: 2,
        stdout: '',
        stderr: 'procmap: --lang takes vi or en, not "fr" (--lang nhận vi hoặc en)\n',
      });
    }
  });
});
