import { describe, expect, it } from 'vitest';
import { parseRate } from '../../src/cli/commands/ontime.js';
import { parseWholeNumber } from '../../src/cli/whole-number.js';
import { runCli } from '../helpers/run-cli.js';

// A Vietnamese IME left in full-width mode types "２０２６" for 2026: every number or date typed on the command line
// reads it as its ASCII twin, and a refusal shows what was typed.
const PROCEDURE = 'test/fixtures/ontime/catalog/chung-thuc.yaml';

describe('full-width digits typed on the command line', () => {
  it('reads the year of `procmap calendar ２０２６` as 2026', async () => {
    const full = await runCli(['calendar', '２０２６', '--format', 'json']);
    const ascii = await runCli(['calendar', '2026', '--format', 'json']);
    expect(full).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(full.stdout).year).toBe(2026);
    expect(full.stdout).toBe(ascii.stdout);
  });

  it('refuses a full-width year with a letter in it, showing it as typed', async () => {
    expect(await runCli(['calendar', '２０２６x', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: The year must be a year from 2000 to 2099, such as 2026, not "２０２６x"\n',
    });
  });

  // readMoment already folded these (it passed before the change); kept so that the option keeps reading them.
  it('reads --received with full-width digits, slash and colon', async () => {
    const run = await runCli(['time', PROCEDURE, '--received', '１３／０２／２０２６ ０９：００', '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).procedures[0].received).toBe('2026-02-13T09:00');
  });

  it('reads --as-of and --max-warnings with full-width digits', async () => {
    const asOf = await runCli([
      'lint',
      PROCEDURE,
      '--as-of',
      '０１/０３/２０２６',
      '--max-warnings',
      '０',
      '--lang',
      'en',
    ]);
    expect(asOf).toEqual({ code: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
    const wrong = await runCli(['lint', PROCEDURE, '--max-warnings', '１x', '--lang', 'en']);
    expect(wrong).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: --max-warnings takes a whole number from 0, such as 10, not "１x"\n',
    });
  });

  it('reads a --fail-under of ９５％ as 95 %', () => {
    expect(parseRate('９５％')).toBe(0.95);
  });

  it('reads a --port of ８０８０ as 8080', () => {
    expect(parseWholeNumber('--port', '８０８０', { min: 0, max: 65535, example: 8080 })).toBe(8080);
    expect(() => parseWholeNumber('--port', '７００００', { min: 0, max: 65535, example: 8080 })).toThrow(/７００００/);
  });
});
