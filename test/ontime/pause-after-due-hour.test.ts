import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, evaluateCsv, FIXTURES } from './helpers.js';

// QT-HT-02 (5 working days) received Thu 12/02/2026 16:00 is due Thu 26/02 16:00 (Tết off 14–22/02), in time all that
// day: a limit in whole days ends at 24:00. Each dossier is paused on that day and resumes on Mon 02/03.
const CSV = readFileSync(join(FIXTURES, 'pause-after-due-hour.csv'), 'utf8');

describe('a pause that starts on the due day after the due hour', () => {
  const results = evaluateCsv(CSV, '2026-03-04 10:00');
  const dueAndStatus = (id: string) => {
    const result = results.get(id)!;
    return [result.due, result.status];
  };

  it('resumes the dossier in time: due on the day the clock starts again, with the office time left at the pause', () => {
    // From 15:59, one office minute was left: due 08:01 on resumption. From 16:01, 16:30 or 16:45 none was, and the
    // minutes after 16:00 are no one's: the clock resumes at 08:00 and the dossier is due that day.
    expect(dueAndStatus('G-1')).toEqual([at('2026-03-02 08:01'), 'on_time']);
    expect(dueAndStatus('G-2')).toEqual([at('2026-03-02 08:00'), 'on_time']);
    expect(dueAndStatus('G-3')).toEqual([at('2026-03-02 08:00'), 'on_time']);
    expect(dueAndStatus('G-4')).toEqual([at('2026-03-02 08:00'), 'on_time']);
  });

  it('resumes at the next opening when the supplement comes while the office is closed', () => {
    // Completed online on Sunday 01/03: the clock starts again at Monday's opening, as counting starts for a receipt.
    expect(dueAndStatus('G-5')).toEqual([at('2026-03-02 07:30'), 'on_time']);
  });

  it('is late on a later day than the day it resumes, and never calls a dossier still paused overdue', () => {
    expect(dueAndStatus('G-6')).toEqual([at('2026-03-02 08:00'), 'late']);
    // Late by the office time after 08:00 on 02/03: 3.5 h + 4 h that day, and 07:30–08:00 on 03/03.
    expect(results.get('G-6')!.lateMinutes).toBe(8 * 60);
    // Still waiting for the supplement on 04/03: paused in time, with no office time left; it is due when the clock
    // starts again, not at a moment that moves with the report's.
    expect(dueAndStatus('G-7')).toEqual([at('2026-02-26 16:00'), 'open_paused']);
    expect(results.get('G-7')!.leftMinutes).toBe(0);
  });
});
