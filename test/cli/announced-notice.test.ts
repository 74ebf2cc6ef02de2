import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/announced-notice';

describe('the notice of a year the catalog’s calendar announces (CLI)', () => {
  it('is in time --format json as in the text and in procmap calendar', async () => {
    const args = ['time', `${DIR}/p5d.yaml`, '--received', '29/01/2027 10:00', '--calendar', `${DIR}/calendar.yaml`];
    const json = await runCli([...args, '-f', 'json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    // The JSON said "notice": null where the text names the notice.
    expect(JSON.parse(json.stdout).procedures[0].calendar_years).toEqual([
      {
        year: 2027,
        status: 'announced',
        notice: null,
        further_notices: [],
        calendar_notice: 'Thông báo 1234/TB-BNV ngày 20/10/2026',
      },
    ]);
    const text = await runCli(args);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('Lịch nghỉ đã tính: 2027 đã công bố (Thông báo 1234/TB-BNV ngày 20/10/2026)\n');
  });

  it('keeps procmap’s own notices of a built-in year, the further ones too', async () => {
    const json = await runCli(['time', `${DIR}/p5d.yaml`, '--received', '02/01/2026 10:00', '-f', 'json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).procedures[0].calendar_years).toEqual([
      {
        year: 2026,
        status: 'announced',
        notice: { number: '9441/TB-BNV', date: '2025-10-16' },
        further_notices: [{ number: '12729/VPCP-KGVX', date: '2025-12-25' }],
        calendar_notice: null,
      },
    ]);
  });
});
