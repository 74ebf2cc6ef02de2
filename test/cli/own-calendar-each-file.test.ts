import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Two sub-catalogs side by side, each with its own procmap.config.yaml: phuong-dong keeps 07:30–17:00 (8 hours a
// day), xa-tay 08:00–17:30 (7.5 hours) and Saturday mornings. No configuration above them.
const CATALOG = 'test/fixtures/catalogs-own-calendar';
const DOSSIERS = 'test/fixtures/ontime-own-calendar/ho-so.csv';

describe('a catalog whose sub-folders have their own configuration (CLI)', () => {
  it('ontime counts each dossier on its procedure file’s own office hours', async () => {
    const result = await runCli([
      'ontime',
      DOSSIERS,
      '--catalog',
      CATALOG,
      '--as-of',
      '31/03/2026 17:00',
      '--lang',
      'en',
      '-f',
      'json',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // Both were due Mon 16:00 on the default hours: xa-tay's 15 office hours from Thu 16:00 run through its
    // Saturday morning and end Mon 10:30.
    const dues = JSON.parse(result.stdout).dossiers.map((d: { id: string; due: string; lateHours: number }) => [
      d.id,
      d.due,
      d.lateHours,
    ]);
    expect(dues).toEqual([
      ['T1', '2026-03-09T10:30', 11],
      ['D1', '2026-03-09T16:00', 8],
    ]);
  });

  it('stats judges each procedure against its limit on its own file’s working day', async () => {
    const result = await runCli(['stats', CATALOG, '-f', 'json', '--lang', 'en']);
    // xa-tay's path of 15.5 hours is over its 2 working days of 7.5 hours, as lint says; on 8-hour days it was within.
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('within-time-limit');
    const stats = JSON.parse(result.stdout);
    expect(stats.withinLimit).toMatchObject({ within: 1, over: 1 });
    const lint = await runCli(['lint', CATALOG, '--lang', 'en']);
    expect(lint.stdout).toContain('xa-tay/chung-thuc.yaml');
    expect(lint.stdout).not.toContain('phuong-dong/chung-thuc.yaml');
  });
});
