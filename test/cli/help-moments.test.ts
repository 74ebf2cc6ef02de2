import { describe, expect, it } from 'vitest';
import { cellMoment } from '../../src/ontime/cells.js';
import { readMoment } from '../../src/time/moment.js';
import { runCli } from '../helpers/run-cli.js';

// Each form the help of `ontime` and of `time --received` names, as an officer types it, and a whole moment written so.
const FORMS: [said: string, moment: string][] = [
  ['13/02/2026 09:00', '13/02/2026 09:00'],
  ['13-02-2026', '13-02-2026 09:00'],
  ['13.02.2026', '13.02.2026 09:00'],
  ['2026-02-13T09:00', '2026-02-13T09:00'],
  ['9h30', '13/02/2026 9h30'],
  ["09h00'", "13/02/2026 09h00'"],
  ['2:30 CH', '13/02/2026 2:30 CH'],
  ['12 giờ trưa', '13/02/2026 12 giờ trưa'],
  ['9 giờ 00 phút, ngày 13/02/2026', '9 giờ 00 phút, ngày 13/02/2026'],
  ['(GMT+7)', '13/02/2026 09:00 (GMT+7)'],
];

describe('the date and time forms the help names', () => {
  it('are the forms procmap reads today, in ontime and time --received, in either language', async () => {
    for (const [command, lang] of [
      ['ontime', 'en'],
      ['ontime', 'vi'],
      ['time', 'en'],
      ['time', 'vi'],
    ] as const) {
      const help = (await runCli([command, '--help', '--lang', lang])).stdout.replace(/\s+/g, ' ');
      for (const [said] of FORMS) expect(help, `${command} ${lang}: ${said}`).toContain(said);
    }
    // Each reads as a moment, as time --received reads it and as an export's cell is read.
    for (const [, moment] of FORMS) {
      expect(readMoment(moment), moment).toHaveProperty('moment');
      expect(typeof cellMoment(moment), moment).toBe('number');
    }
  });
});
