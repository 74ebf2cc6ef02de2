import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lint } from '../../src/lint/linter.js';
import { buildFlow } from '../../src/model/flow.js';
import { loadFile } from '../../src/model/load.js';
import type { Procedure } from '../../src/model/types.js';
import { createCalendar, type WorkingCalendar } from '../../src/time/calendar.js';
import { parseDay } from '../../src/time/moment.js';
import { sweepReceipts } from '../../src/time/sweep.js';
import { runCli } from '../helpers/run-cli.js';

// Issue 14, items 8 and 10: durations that would walk the calendar for minutes, eat memory, overflow to Infinity
// or leave the lunar table must be clear errors, and one such file must not break the next one.

const yaml = (timeLimit: string, durations: string[]) =>
  [
    'id: QT-HOSTILE',
    'title: Thủ tục thử',
    'revision: 1',
    'effective: 2026-01-01',
    `time_limit: "${timeLimit}"`,
    'bodies: { MC: { name: Bộ phận Một cửa, single_window: true } }',
    'steps:',
    ...durations.map((duration, i) => `  - { id: s${i}, name: Bước ${i}, body: MC, duration: "${duration}" }`),
    '',
  ].join('\n');

const source = (name: string, text: string) => loadFile(name, Buffer.from(text));

// Far more days than a 30-day limit's checks look up; a walk of 99999999999 days passes it at once.
const MAX_LOOK_UPS = 10_000;

describe('durations and limits have a sane maximum', () => {
  it('refuses a 400-digit duration instead of reading it as Infinity', async () => {
    const huge = `${'9'.repeat(400)}d`;
    const { diagnostics } = lint([source('huge.yaml', yaml('5d', ['1h', huge]))]);
    expect(diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      // Quoted by its first 200 characters: the message says what to write, not the value again.
      ['schema', 9, `"${'9'.repeat(200)}…" is longer than procmap accepts: at most 2500 working days`],
    ]);
  });

  it('refuses 99999999999d quickly with public_holidays: none, and the next file still lints clean', async () => {
    const calendar = createCalendar({ public_holidays: 'none' });
    // The days the checks look up, counted, not timed (speed is `npm run bench`'s): the 33 s, 1.3 GB walk looked up
    // each of the 99999999999 days, and is stopped at the first look-up past what the two files need.
    const lookUp = calendar.day.bind(calendar);
    let lookUps = 0;
    vi.spyOn(calendar, 'day').mockImplementation((day) => {
      if (++lookUps > MAX_LOOK_UPS) throw new Error(`looked up more than ${MAX_LOOK_UPS} days`);
      return lookUp(day);
    });
    const { diagnostics } = lint(
      [source('long.yaml', yaml('99999999999d', ['99999999999d'])), source('ok.yaml', yaml('30cd', ['1d', '2d']))],
      { calendar },
    );
    expect(lookUps).toBeLessThanOrEqual(MAX_LOOK_UPS);
    expect(diagnostics.filter((d) => d.file === 'ok.yaml')).toEqual([]);
    expect(diagnostics.filter((d) => d.file === 'long.yaml').map((d) => d.message)).toEqual([
      '"99999999999d" is longer than procmap accepts: at most 2500 working days',
      '"99999999999d" is longer than procmap accepts: at most 2500 working days',
    ]);
  });

  it('keeps one file that cannot be dated from failing the files after it', async () => {
    // Effective in 2099: the sweep reaches 2100, beyond the lunar table. That file gets a located error; the next
    // file, checked with the same calendar, is not affected.
    const late = yaml('3660cd', ['1d'])
      .replace('effective: 2026-01-01', 'effective: 2099-06-01')
      .replace('QT-HOSTILE', 'QT-LATE');
    // Effective in 2025, the next file's year of receipts is all in the announced years: it lints clean.
    const ok = yaml('30cd', ['1d', '2d']).replace('effective: 2026-01-01', 'effective: 2025-07-01');
    const { diagnostics } = lint([source('late.yaml', late), source('ok.yaml', ok)], {
      calendar: createCalendar(),
    });
    expect(diagnostics.filter((d) => d.file === 'ok.yaml')).toEqual([]);
    const [problem] = diagnostics.filter((d) => d.file === 'late.yaml' && d.rule === 'within-time-limit');
    expect(problem?.message).toBe(
      "The time limit cannot be checked for receipts from 01/06/2099 to 31/05/2100 (a year from the effective date): procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; the count from 2099 runs into 2109; write a date whose count ends by 31/12/2099",
    );
  });
});

describe('the calendar-day sweep costs the same whatever the number of parallel branches', () => {
  const parallel = (branches: number): Procedure => {
    const ids = Array.from({ length: branches }, (_, i) => `b${i}`);
    return {
      id: 'QT-PARALLEL',
      title: 'Song song',
      revision: 1,
      effective: '2026-01-01',
      time_limit: '30cd',
      bodies: { MC: { name: 'Một cửa' } },
      steps: [
        { id: 'start', name: 'start', body: 'MC', duration: '1h', next: ids },
        ...ids.map((id) => ({ id, name: id, body: 'MC', duration: '20d', next: ['end'] })),
        { id: 'end', name: 'end', body: 'MC', duration: '1h', next: [] },
      ],
    };
  };
  const calendarWalk = (branches: number) => {
    const base = createCalendar();
    let calls = 0;
    const counting: WorkingCalendar = { ...base, day: (day) => (calls++, base.day(day)) };
    const procedure = parallel(branches);
    sweepReceipts(procedure, buildFlow(procedure.steps), counting, {
      from: parseDay('2026-01-01')!,
      days: 60,
      basis: 'as-of',
    });
    return calls;
  };

  it('walks the calendar as much for 999 branches as for 1', async () => {
    expect(calendarWalk(999)).toBe(calendarWalk(1));
  });
});

describe('procmap time --received on huge limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'procmap-safety-'));

  it('says a limit is too long instead of "lunar calendar … not 2100" or NaN', async () => {
    writeFileSync(join(dir, 'long.yaml'), yaml('99999999999d', ['1d']));
    const result = await runCli(['time', join(dir, 'long.yaml'), '--received', '2026-03-02 09:00', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"99999999999d" is longer than procmap accepts: at most 2500 working days');
    expect(result.stderr).not.toMatch(/NaN|lunar|Infinity/);
  });

  it('says which dates it can count when a due date leaves the lunar table', async () => {
    writeFileSync(join(dir, 'ok.yaml'), yaml('3660cd', ['1d']));
    const result = await runCli(['time', join(dir, 'ok.yaml'), '--received', '2099-06-01 09:00', '--lang', 'en'], {
      now: '2026-12-08T09:00:00+07:00',
    });
    // The file's problem, said at its limit (exit 1), not the command line's.
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `${join(dir, 'ok.yaml')}\n  5:13  error  The due dates cannot be counted for a dossier received Mon 01/06/2099 09:00: procmap knows the working calendar of 2000 to 2099 only, as its table of lunar dates (Tết, Hùng Kings' day) ends there: days off as announced for 2025–2026, computed from the Labour Code 2019 for the other years; the count from 2099 runs into 2109; did you mean 2029? Write that year, or a date whose count ends by 31/12/2099  calendar\n`,
    );
  });
});
