import { describe, expect, it } from 'vitest';
import { langAfterCommand } from '../../src/cli/lang-first.js';
import { runCli } from '../helpers/run-cli.js';

describe('--lang written before the command', () => {
  it('is taken by the command, as written after it', async () => {
    // Before: "error: unknown option '--lang'", exit 2, whatever the command.
    for (const args of [
      ['--lang', 'en', 'rules', 'nfc'],
      ['--lang=en', 'rules', 'nfc'],
    ]) {
      const run = await runCli(args, { env: { PROCMAP_LANG: undefined } });
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout.split('\n')[0]).toMatch(/^Rule +Severity +Preset +Fix +Description$/);
    }
    const twice = await runCli(['--lang', 'en', 'rules', '--lang', 'vi', 'nfc'], { env: { PROCMAP_LANG: undefined } });
    expect([twice.code, twice.stdout]).toEqual([2, '']);
    expect(twice.stderr).toBe('procmap: --lang is given twice: "en" and "vi"; give it once, with the value meant\n');
  });

  it('moves only --lang and its value, and leaves arguments without it as they are', () => {
    expect(langAfterCommand(['--debug', '--lang', 'en', 'lint', '-f', 'json'])).toEqual([
      '--debug',
      'lint',
      '--lang',
      'en',
      '-f',
      'json',
    ]);
    const args = ['lint', '--lang', 'en', 'a.yaml'];
    expect(langAfterCommand(args)).toBe(args);
    expect(langAfterCommand(['--lang'])).toEqual(['--lang']);
    // No command: the help already speaks it.
    expect(langAfterCommand(['--lang', 'en', '--help'])).toEqual(['--help']);
  });
});
