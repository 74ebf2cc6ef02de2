import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src/model/types.js';
import { measuredProcedure } from '../../src/ontime/procedures.js';
import { ROOT } from '../helpers/cli.js';
import { runCli } from '../helpers/run-cli.js';
import { at, evaluateCsv } from '../ontime/helpers.js';

// test/fixtures/time/hand-counted: one procedure per kind of limit and 20 dossiers, each due moment and verdict counted
// by hand on the calendar described in hand-counted-calendar.test.ts. A limit in whole days runs to 24:00 of its due
// day (Civil Code Art. 148, QĐ 766/QĐ-TTg: on time when settled on or before the appointment date); a limit in hours or
// half a day is judged by its due moment; lateness is the office time after the due moment.
const DIR = 'test/fixtures/time/hand-counted';
const CSV = readFileSync(join(ROOT, DIR, 'ho-so.csv'), 'utf8');
const AS_OF = '2027-01-31 23:59';
const procedures = readdirSync(join(ROOT, DIR, 'catalog'))
  .sort()
  .map((name) => YAML.load(readFileSync(join(ROOT, DIR, 'catalog', name), 'utf8')) as Procedure)
  .map((procedure) => measuredProcedure(procedure)!);

type Row = [id: string, due: string, status: string, lateHours: number];

describe('hand-counted on-time verdicts', () => {
  const results = evaluateCsv(CSV, AS_OF, procedures);
  it.each<Row>([
    // 5 working days from Fri 13/02/2026 09:00 end Fri 27/02 09:00 (Tết 14–22/2): returned then, on time; at 16:30
    // the same day, on time (whole days); Mon 02/03 08:00, late by 27/02 09:00–11:30, 13:00–17:00 and Mon 07:30–08:00
    // (7 h); Thu 26/02, a day earlier, early.
    ['D01', '2026-02-27 09:00', 'on_time', 0],
    ['D02', '2026-02-27 09:00', 'on_time', 0],
    ['D03', '2026-02-27 09:00', 'late', 7],
    ['D04', '2026-02-27 09:00', 'early', 0],
    // 10 calendar days from Fri 13/02/2026 (received 17:30, that day): day 10 Mon 23/02; 19:30 that day is on time,
    // Tue 24/02 07:45 late by 15 minutes of office time.
    ['D05', '2026-02-23 17:00', 'on_time', 0],
    ['D06', '2026-02-23 17:00', 'late', 0.25],
    // 1 month from Tue 31/03/2026: Thu 30/04 (no 31st), off with 1/5 and the weekend: Mon 04/05. Returned that day,
    // on time; on the holiday 30/04, a day earlier, early.
    ['D07', '2026-05-04 17:00', 'on_time', 0],
    ['D08', '2026-05-04 17:00', 'early', 0],
    // Same day, cutoff 15:00: Fri 13/02 15:30 is due Mon 23/02 (after Tết), returned 16:00, on time; 14:00 is due that
    // day at 17:00, returned Mon 23/02 08:00: late by 07:30–08:00.
    ['D09', '2026-02-23 17:00', 'on_time', 0],
    ['D10', '2026-02-13 17:00', 'late', 0.5],
    // Next working day from Sat 29/08/2026 (the National Day break, to Wed 2/9): Thu 03/09. Returned Thu 16:00, on
    // time; Fri 04/09 10:00 late by 07:30–10:00.
    ['D11', '2026-09-03 17:00', 'on_time', 0],
    ['D12', '2026-09-03 17:00', 'late', 2.5],
    // 4 working hours: from 12:00 (noon break) on Wed 11/03/2026, 13:00–17:00; from Fri 13/02 15:00, 2 h then Mon 23/02
    // 07:30–09:30, returned 10:00: late by 30 minutes.
    ['D13', '2026-03-11 17:00', 'on_time', 0],
    ['D14', '2026-02-23 09:30', 'late', 0.5],
    // Half a working day from Tue 10/03/2026 15:00: 2 h, then 07:30–09:30 on Wed 11/03; returned 11:00, 1.5 h late.
    ['D15', '2026-03-11 09:30', 'late', 1.5],
    // 5 working days from Thu 31/12/2026 09:00: Fri 1/1/2027 off (Labour Code); Mon 4 – Fri 8/1; returned then.
    ['D16', '2027-01-08 09:00', 'on_time', 0],
    // 5 working days from Fri 25/04/2025: Sat 26/4 (make-up), Mon 28, Tue 29, Mon 5/5, Tue 6/5; returned Mon 05/05.
    ['D17', '2025-05-06 09:00', 'early', 0],
    // 10 calendar days from Wed 20/08/2025: day 10 Sat 30/8, off to Tue 2/9: Wed 03/09; returned 17:30, on time.
    ['D18', '2025-09-03 17:00', 'on_time', 0],
    // Same day, received Sun 01/03/2026: Mon 02/03; returned 17:30 that day, on time.
    ['D19', '2026-03-02 17:00', 'on_time', 0],
    // Next working day from Mon 09/03/2026 18:00 (after closing, still Monday): Tue 10/03; returned 16:00.
    ['D20', '2026-03-10 17:00', 'on_time', 0],
  ])('%s is due %s, %s (late %s h)', (id, due, status, lateHours) => {
    const result = results.get(id);
    expect(result, id).toBeDefined();
    expect(result!.due, `${id} due`).toBe(at(due));
    expect(result!.status, `${id} status`).toBe(status);
    expect(result!.lateMinutes, `${id} late`).toBe(lateHours * 60);
  });

  it.each(['ho-so.csv', 'ho-so.xlsx'])(
    'gives the same counts through the command from %s, 2027 by the Labour Code',
    async (file) => {
      // ho-so.xlsx holds the same rows with the moments as date cells (dd/mm/yyyy hh:mm), as one-stop exports write them.
      const run = await runCli([
        'ontime',
        `${DIR}/${file}`,
        '--catalog',
        `${DIR}/catalog`,
        '--as-of',
        '31/01/2027',
        '--format',
        'json',
        '--lang',
        'vi',
      ]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const report = JSON.parse(run.stdout);
      expect(report.totals).toMatchObject({ dossiers: 20, finished: 20, early: 3, on_time: 11, late: 6, rate: 0.7 });
      expect(report.holiday_rule_years).toEqual([2027]);
      expect(report.dossiers.map((d: { id: string; due: string }) => [d.id, d.due])).toEqual([
        ['D03', '2026-02-27T09:00'],
        ['D12', '2026-09-03T17:00'],
        ['D15', '2026-03-11T09:30'],
        ['D10', '2026-02-13T17:00'],
        ['D14', '2026-02-23T09:30'],
        ['D06', '2026-02-23T17:00'],
      ]);
    },
  );
});

describe('hand-counted due dates through procmap time', () => {
  it('gives the working day after a Saturday receipt inside a break, and says when 2027 is counted by the law', async () => {
    const saturday = await runCli([
      'time',
      `${DIR}/catalog/qt-nd.yaml`,
      '--received',
      '29/08/2026 09:00',
      '--lang',
      'vi',
    ]);
    expect(saturday).toMatchObject({ code: 0, stderr: '' });
    // Sat 29/8/2026, off to Wed 2/9 (9441/TB-BNV): Thursday 03/09.
    expect(saturday.stdout).toContain('HẸN TRẢ KẾT QUẢ: 17 giờ 00 phút, thứ Năm, ngày 03/09/2026\n');
    const newYear = await runCli([
      'time',
      `${DIR}/catalog/qt-w5.yaml`,
      '--received',
      '31/12/2026 09:00',
      '--lang',
      'en',
    ]);
    expect(newYear).toMatchObject({ code: 0, stderr: '' });
    // Thu 31/12/2026 09:00: 6.5 h; Fri 1/1/2027 off; Mon 4 – Thu 7/1 32 h; Fri 8/1 07:30 + 1.5 h.
    expect(newYear.stdout).toContain('APPOINTMENT (ngày hẹn trả kết quả): 09:00 on Friday 08/01/2027\n');
    expect(newYear.stdout).toContain('2027');
    expect(newYear.stdout).toMatch(/Labour Code/);
  });
});
