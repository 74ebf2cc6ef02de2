import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// `time --received` reads a moment with the reader of `ontime`'s date cells (src/time/moment.ts readMoment): the forms
// officers write in a dossier export read the same on the command line, and the same mistakes are said the same way.
// test/fixtures/ontime/received-forms.csv holds the same texts as receipts.
const PROCEDURE = 'test/fixtures/ontime/catalog/chung-thuc.yaml';
const CATALOG = 'test/fixtures/ontime/catalog';
const FORMS = 'test/fixtures/ontime/received-forms.csv';

describe('procmap time --received, the forms a dossier cell is read in', () => {
  it.each([
    ['10.4.2026 14.30', '2026-04-10T14:30'],
    ['10/04/2026 (14:30)', '2026-04-10T14:30'],
    ['14:30 - 10/04/2026', '2026-04-10T14:30'],
  ])('reads "%s" as ontime reads it', async (received, iso) => {
    const run = await runCli(['time', PROCEDURE, '--received', received, '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).procedures[0].received).toBe(iso);
  });

  it('says the same mistakes in the same words as ontime says them of a cell', async () => {
    const ontime = await runCli(['ontime', FORMS, '--catalog', CATALOG, '--as-of', '01/06/2026 08:00', '--lang', 'en']);
    expect(ontime.code).toBe(0);
    expect(ontime.stderr).toBe(
      [
        `${FORMS}:3: received date "31.4.2026 14.30": "31.4.2026" is not a date: month 4 of 2026 has 30 days`,
        `${FORMS}:4: received date "10/04/2026 (25:30)": there is no hour 25; hours go from 00 to 23`,
        'Rows not measured: 2',
        '',
      ].join('\n'),
    );
    const date = await runCli(['time', PROCEDURE, '--received', '31.4.2026 14.30', '--lang', 'en']);
    expect(date).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'procmap: --received: "31.4.2026" is not a date: month 4 of 2026 has 30 days\n',
    });
    const hour = await runCli(['time', PROCEDURE, '--received', '10/04/2026 (25:30)', '--lang', 'vi']);
    expect(hour).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'procmap: --received: "10/04/2026 (25:30)": không có giờ 25; giờ chỉ từ 00 đến 23\n',
    });
  });
});

describe('procmap time --received, a day written from today', () => {
  it('reads "hôm nay 9h" as 09:00 today in Vietnam, and refuses "mai" alone as no moment', async () => {
    const run = await runCli(['time', PROCEDURE, '--received', 'hôm nay 9h', '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const received: string = JSON.parse(run.stdout).procedures[0].received;
    // Today in Vietnam (UTC+7), read after the run: the run may cross midnight, so either day is accepted.
    const day = (offset: number) => new Date(Date.now() + 7 * 3_600_000 - offset).toISOString().slice(0, 10);
    expect([`${day(0)}T09:00`, `${day(60_000)}T09:00`]).toContain(received);
    const alone = await runCli(['time', PROCEDURE, '--received', 'mai', '--lang', 'en']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('not "mai"');
  });
});

describe('dates and moments typed with the invisible characters a copy carries', () => {
  it('reads them as the text they show, in --received, --as-of and calendar YEAR', async () => {
    // Copied from a web page or a chat: a zero-width space, a byte-order mark. It looked right and was refused.
    const received = await runCli([
      'time',
      PROCEDURE,
      '--received',
      '10/04/2026\u200b 14:30\ufeff',
      '--format',
      'json',
    ]);
    expect(received).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(received.stdout).procedures[0].received).toBe('2026-04-10T14:30');
    const asOf = await runCli(['time', PROCEDURE, '--as-of', '\u200b01/01/2026', '--format', 'json']);
    expect(asOf).toMatchObject({ code: 0, stderr: '' });
    const year = await runCli(['calendar', '2026\u200b', '--lang', 'en']);
    expect(year).toMatchObject({ code: 0, stderr: '' });
    expect(year.stdout).toMatch(/^Working calendar 2026/);
    // A mistake is still said with what was typed, the invisible character shown.
    const wrong = await runCli(['time', PROCEDURE, '--received', '10/04/2026 25:00\u200b', '--lang', 'en']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('not "10/04/2026 25:00\\u200b"');
  });
});

describe('procmap time --received, a part of a day from today', () => {
  // Tuesday 08/12/2026 at 10:15 in Vietnam.
  const NOW = '2026-12-08T10:15:00+07:00';

  it.each([
    ['sáng nay 9h', '2026-12-08T09:00'],
    ['sang nay 9h', '2026-12-08T09:00'],
    ['9h sáng nay', '2026-12-08T09:00'],
    // Chiều makes an hour before 12 the afternoon hour.
    ['chiều nay 2h', '2026-12-08T14:00'],
    ['14h chiều nay', '2026-12-08T14:00'],
    ['chiều mai 3h', '2026-12-09T15:00'],
    ['Tối nay 8h', '2026-12-08T20:00'],
  ])('reads "%s" as %s', async (received, iso) => {
    const run = await runCli(['time', PROCEDURE, '--received', received, '--format', 'json'], { now: NOW });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout).procedures[0].received).toBe(iso);
  });

  it('asks for the hour of "sáng mai" and "chieu mai", as a morning is hours long', async () => {
    const morning = await runCli(['time', PROCEDURE, '--received', 'sáng mai'], { now: NOW });
    expect(morning).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: --received: "sáng mai" chưa có giờ; hãy thêm giờ, ví dụ "9h sáng mai"\n',
    });
    const afternoon = await runCli(['time', PROCEDURE, '--received', 'chieu mai', '--lang', 'en'], { now: NOW });
    expect(afternoon).toEqual({
      code: 2,
      stdout: '',
      stderr: 'procmap: --received: "chieu mai" has no hour; add it, e.g. "2h chieu mai"\n',
    });
  });
});
