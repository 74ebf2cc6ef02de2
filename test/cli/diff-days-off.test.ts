import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Two sides whose configurations differ only in their days off: the revision closes 02/06 and 03/06/2026 and opens
// Saturday 06/06/2026. The office hours are the same, and a report that called it an office-hours change, with the
// same hours before and after, told the reviewer nothing of what changed.
const DIR = 'test/cli/fixtures/diff-days-off';
const sides = [`${DIR}/a`, `${DIR}/b`];

describe('procmap diff of a calendar that only adds days off or make-up days', () => {
  it('names the days in Vietnamese dates and says nothing of office hours', async () => {
    const vi = await runCli(['diff', ...sides, '--fail-on', 'breaking']);
    expect(vi).toMatchObject({ code: 1, stderr: '' });
    expect(vi.stdout).toContain(
      '  nghiêm trọng  Ngày nghỉ, ngày làm bù (tệp cấu hình): thêm ngày nghỉ 02/06/2026, 03/06/2026; thêm ngày làm bù 06/06/2026  đã vượt thời hạn giải quyết 5 ngày (lịch) từ trước',
    );
    expect(vi.stdout).not.toContain('Giờ làm việc');
    expect(vi.stdout).not.toContain('giờ làm việc như cũ');
  });

  it('says them once in Markdown, in English, and lists them in JSON', async () => {
    const md = await runCli(['diff', '--lang', 'en', '--format', 'markdown', ...sides]);
    expect(md).toMatchObject({ code: 0, stderr: '' });
    expect(md.stdout).toContain(
      '| 🛑 breaking | `QT-L-01` | Days off and make-up working days (configuration) |  | days off added 02/06/2026, 03/06/2026; make-up working days added 06/06/2026 |  |',
    );
    expect(md.stdout).not.toMatch(/office hours/i);
    const json = await runCli(['diff', '--format', 'json', ...sides]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const [change] = (JSON.parse(json.stdout) as { changes: { kind: string; days: unknown }[] }).changes;
    expect(change).toMatchObject({
      kind: 'calendar-changed',
      days: {
        holidaysAdded: ['2026-06-02', '2026-06-03'],
        holidaysRemoved: [],
        workdaysAdded: ['2026-06-06'],
        workdaysRemoved: [],
      },
    });
  });
});
