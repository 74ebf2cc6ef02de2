import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Names, agencies and titles carry ESC, OSC and BEL sequences that would clear the screen or retitle the window.
const FILE = 'test/hostile/terminal/escapes-in-names.yaml';
// What procmap itself may write to a terminal: line breaks, and colours only when asked for.
const FOREIGN_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('terminal output of text from a procedure', () => {
  it.each([
    ['time', ['time', FILE, '--received', '2026-02-13 09:00']],
    ['time (vi)', ['time', FILE, '--lang', 'vi']],
    ['stats', ['stats', 'test/hostile/terminal']],
    [
      'flowchart listing',
      ['flowchart', FILE, '--format', 'mmd', '-o', mkdtempSync(join(tmpdir(), 'procmap-terminal-'))],
    ],
  ])('%s prints control characters escaped, never raw', async (_, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(FOREIGN_CONTROL);
    expect(result.stderr).not.toMatch(FOREIGN_CONTROL);
  });

  // A dossier export's cells come in as they are: this one's number holds an ESC sequence that clears the screen and
  // a NUL. The Markdown and HTML reports printed both raw, to the terminal with `-f markdown` and no `-o`.
  const DOSSIERS = 'test/hostile/terminal/escapes-in-dossiers.csv';
  const ONTIME = ['ontime', DOSSIERS, '--catalog', 'test/fixtures/ontime/catalog', '--as-of', '2026-05-08 09:00'];

  it('ontime -f markdown prints the control characters of a dossier number escaped, never raw', async () => {
    const result = await runCli([...ONTIME, '-f', 'markdown', '--lang', 'en']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).not.toMatch(FOREIGN_CONTROL);
    // Each escape's backslash doubled, as Markdown shows a backslash: the cell reads HS\u001b[2J\u0000-1 rendered.
    expect(result.stdout).toContain('| HS\\\\u001b\\[2J\\\\u0000-1 |');
  });

  it('ontime -f html writes the control characters of a dossier number escaped, never raw', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procmap-terminal-')), 'report.html');
    const result = await runCli([...ONTIME, '-f', 'html', '-o', out]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const page = readFileSync(out, 'utf8');
    expect(page).not.toMatch(FOREIGN_CONTROL);
    expect(page).toContain('HS\\u001b[2J\\u0000-1');
  });

  it('flowchart -f md writes the title as the chart does, without its control characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'procmap-terminal-'));
    const result = await runCli(['flowchart', FILE, '--format', 'md', '-o', dir]);
    expect(result.code).toBe(0);
    const page = readFileSync(join(dir, 'QT-ESC.flowchart.md'), 'utf8');
    expect(page).not.toMatch(FOREIGN_CONTROL);
  });

  // A calendar file's free text: a day's name and a notice. `calendar` and `time` printed them raw, and `-f ics`
  // wrote the name's CR into the event.
  const CALENDAR = 'test/hostile/terminal-calendar/escapes-in-calendar.yaml';

  it.each([
    ['calendar', ['calendar', '2026', '--calendar', CALENDAR]],
    ['calendar (ics)', ['calendar', '2026', '--calendar', CALENDAR, '--format', 'ics']],
    ['calendar (a year it says is announced)', ['calendar', '2027', '--calendar', CALENDAR]],
    ['time', ['time', FILE, '--calendar', CALENDAR, '--received', '2026-05-29 09:00']],
  ])('%s prints the names of a calendar file on one line, without their control characters', async (_, args) => {
    const result = await runCli(args);
    expect([result.code, result.stderr]).toEqual([0, '']);
    // The .ics file's own lines end in CR LF: no other CR, and no other control character.
    expect(result.stdout.replace(/\r\n/g, '\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).not.toMatch(/^(END|BEGIN):VEVENT\r?\nBEGIN:VEVENT\r?\nSUMMARY:pwn/m);
  });

  it('reads the names as one line each', async () => {
    const result = await runCli(['calendar', '2026', '--calendar', CALENDAR, '--lang', 'en']);
    expect(result.stdout).toContain('  Mon 01/06/2026  Nghỉ END:VEVENT BEGIN:VEVENT SUMMARY:pwn[2J — ');
    expect(result.stdout).toContain('  Tue 02/06/2026  Nghỉ theo quyết định của UBND tỉnh — ');
    const announced = await runCli(['calendar', '2027', '--calendar', CALENDAR, '--lang', 'en']);
    expect(announced.stdout.split('\n')[0]).toContain('Thông báo 1[2J/TB-BNV ngày 20/10/2026');
  });

  it('shows the escaped text so the reader still sees what the file holds', async () => {
    const result = await runCli(['time', '--lang', 'en', FILE]);
    expect(result.stdout).toContain('T\\u001b]0;pwned\\u0007\\u001b[2J');
  });

  it('keeps the exact text in JSON, where the encoding escapes it', async () => {
    const result = await runCli(['time', '--lang', 'en', FILE, '--format', 'json']);
    expect(JSON.parse(result.stdout).procedures[0].title).toBe('T\u001b]0;pwned\u0007\u001b[2J');
  });
});
